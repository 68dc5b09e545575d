package vjc.engine;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vjc.config.EnvironmentConfig;
import vjc.config.PathGlob;
import vjc.config.ProjectConfig;
import vjc.config.ProjectConfigLoader;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.load.RepositoryRoot;
import vjc.load.SourceReader;

/**
 * Turns {@code vjc lint} arguments into the job files to check. A directory is searched for job
 * files; {@code .vjc.yaml} or an overlay file it names stands for every job it affects, because a
 * pre-commit hook passes only the changed files.
 */
public final class JobFinder {

  /**
   * The files to lint and the problems met while finding them.
   *
   * @param files job files, in a stable order, each once
   * @param optional those of them found by searching (or named with --only-jobs): a file among them
   *     that turns out not to be a custom job is dropped rather than reported
   * @param problems unreadable paths, symlink loops, ...
   */
  public record Found(List<Path> files, Set<Path> optional, List<Diagnostic> problems) {}

  private final Engine pipeline;
  private final boolean onlyJobs;

  /** A finder that asks {@code pipeline} for project configs; see {@link Found#optional}. */
  public JobFinder(Engine pipeline, boolean onlyJobs) {
    this.pipeline = pipeline;
    this.onlyJobs = onlyJobs;
  }

  /** The job files that {@code arguments} stand for. */
  public Found find(List<Path> arguments) {
    Set<Path> files = new LinkedHashSet<>();
    Set<Path> optional = new HashSet<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path arg : arguments) {
      if (Files.isDirectory(arg)) {
        walk(arg, files, optional, problems);
      } else if (arg.getFileName() != null
          && arg.getFileName().toString().equals(ProjectConfigLoader.FILE_NAME)
          && Files.isRegularFile(arg)) {
        Path dir = arg.getParent() == null ? Path.of(".") : arg.getParent();
        walk(dir, files, optional, problems);
      } else {
        Optional<Path> projectDir = overlayOwner(arg);
        if (projectDir.isPresent()) {
          walk(projectDir.get(), files, optional, problems);
        } else {
          files.add(shown(arg));
          if (onlyJobs) {
            optional.add(shown(arg));
          }
        }
      }
    }
    return new Found(List.copyOf(files), optional, problems);
  }

  /** The project folder when {@code file} is an overlay named in the .vjc.yaml above it. */
  public Optional<Path> overlayOwner(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Optional<ProjectConfig> config = pipeline.projectConfig(file);
    if (config.isEmpty() || config.get().file().isEmpty()) {
      return Optional.empty();
    }
    Path target = file.toAbsolutePath().normalize();
    for (EnvironmentConfig env : config.get().environments()) {
      for (Path overlay : env.overlays()) {
        if (overlay.toAbsolutePath().normalize().equals(target)) {
          Path shown = config.get().file().get().getParent();
          return Optional.of(shown == null ? Path.of(".") : shown);
        }
      }
    }
    return Optional.empty();
  }

  private void walk(Path dir, Set<Path> files, Set<Path> optional, List<Diagnostic> problems) {
    List<Path> found = new ArrayList<>();
    // A walk stays in the repository (or, outside one, in the folder named): a committed link to
    // "/" must not walk the host's file system. Links inside it are followed as before.
    Path root = RepositoryRoot.of(dir).orElse(dir.toAbsolutePath().normalize());
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          64,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              String name = d.getFileName() == null ? "" : d.getFileName().toString();
              boolean hidden = name.startsWith(".") && !d.equals(dir) && !name.equals(".");
              if (hidden || name.equals("node_modules") || name.equals("target")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return escapes(root, d, problems)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && isCandidate(f)
                  && !(Files.isSymbolicLink(f) && escapes(root, f, problems))) {
                found.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              String why =
                  e instanceof FileSystemLoopException
                      ? "symbolic link loop; skipped"
                      : "cannot read: " + (e.getMessage() == null ? e : e.getMessage());
              problems.add(Diagnostic.error("io/unreadable", Origin.startOf(shown(f)), why));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              "io/unreadable", Origin.startOf(dir), "cannot walk directory: " + e.getMessage()));
    }
    found.sort(null);
    for (Path f : found) {
      // Whether it is a custom job at all is decided when it is linted, to parse it once.
      if (!isExcluded(f) && !isOverlayOrConfig(f) && files.add(shown(f))) {
        optional.add(shown(f));
      }
    }
  }

  /**
   * {@code path} as printed: relative paths without a leading {@code ./}, as the user would type
   * them, so that {@code vjc lint .} and {@code vjc lint jobs} name a file alike in every format.
   */
  public static Path shown(Path path) {
    Path p = path;
    while (!p.isAbsolute() && p.getNameCount() > 1 && p.getName(0).toString().equals(".")) {
      p = p.subpath(1, p.getNameCount());
    }
    return p;
  }

  /**
   * True, with the problem reported, when {@code p} resolves outside {@code root} or into its
   * {@code .git} folder; a folder's files need no check of their own unless they are links.
   */
  private static boolean escapes(Path root, Path p, List<Diagnostic> problems) {
    Optional<RepositoryRoot.Escape> escape;
    try {
      escape = RepositoryRoot.escape(root, p);
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              SourceReader.UNREADABLE,
              Origin.startOf(p),
              "cannot resolve: " + (e.getMessage() == null ? e : e.getMessage())));
      return true;
    }
    if (escape.isPresent()) {
      String place =
          (RepositoryRoot.of(root).isPresent() ? "the repository " : "the folder ") + root;
      problems.add(
          Diagnostic.error(
                  SourceReader.OUTSIDE,
                  Origin.startOf(p),
                  RepositoryRoot.describe(escape.get(), place) + "; not searched")
              .withHint(
                  "vjc searches only inside the repository (or the folder named, outside one)"
                      + " and never .git; commit files instead of a link out of it."));
    }
    return escape.isPresent();
  }

  private static boolean isCandidate(Path f) {
    String name = f.getFileName().toString();
    return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
        && !name.equals(ProjectConfigLoader.FILE_NAME);
  }

  private boolean isExcluded(Path f) {
    Optional<ProjectConfig> config = pipeline.projectConfig(f);
    if (config.isEmpty() || config.get().exclude().isEmpty()) {
      return false;
    }
    Path rel = config.get().root().relativize(f.toAbsolutePath().normalize());
    for (PathGlob glob : config.get().exclude()) {
      if (glob.matches(rel)) {
        return true;
      }
    }
    return false;
  }

  private boolean isOverlayOrConfig(Path f) {
    return overlayOwner(f).isPresent();
  }
}
