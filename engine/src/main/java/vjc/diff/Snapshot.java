package vjc.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vjc.config.EnvironmentConfig;
import vjc.config.ProjectConfig;
import vjc.config.ProjectConfigLoader;
import vjc.diag.Outcome;
import vjc.load.Limits;
import vjc.load.RepositoryRoot;
import vjc.load.SourceReader;
import vjc.load.YamlLoader;

/**
 * The files vjc reads at one commit (job files, {@code .vjc.yaml} files and the overlays they name)
 * written to a temporary folder laid out like the repository, so that the normal pipeline runs on
 * them unchanged. Read through {@link Git}: the working tree is never touched. Closing the snapshot
 * deletes the folder. Its root holds an empty {@code .git} folder, so that it bounds what vjc reads
 * as the repository's root does.
 */
public final class Snapshot implements AutoCloseable {

  private final Path dir;
  private final String commit;

  private Snapshot(Path dir, String commit) {
    this.dir = dir;
    this.commit = commit;
  }

  /**
   * Materialises {@code commit}: every {@code .yaml}, {@code .yml} and {@code .json} file, then the
   * overlays that its {@code .vjc.yaml} files name under other extensions.
   */
  public static Snapshot of(Git git, String commit, Limits limits) throws Git.GitException {
    Path dir;
    try {
      dir = Files.createTempDirectory("vjc-base-").toRealPath();
      // An empty .git folder makes the snapshot a repository root, as the checkout it mirrors
      // is: .vjc.yaml lookup stops here instead of reaching $TMPDIR/.vjc.yaml, and reads stay in.
      // Git itself ignores it (no HEAD, no objects), so nothing mistakes it for a repository.
      Files.createDirectory(dir.resolve(RepositoryRoot.GIT));
    } catch (IOException e) {
      throw new Git.GitException("cannot create a temporary folder: " + e.getMessage());
    }
    Snapshot snapshot = new Snapshot(dir, commit);
    try {
      Map<String, String> objects = new LinkedHashMap<>();
      for (Git.Entry e : git.files(commit)) {
        objects.put(e.path(), e.object());
      }
      Map<Path, String> wanted = new LinkedHashMap<>();
      objects.forEach(
          (path, object) -> {
            if (isInput(path)) {
              snapshot.target(path).ifPresent(t -> wanted.put(t, object));
            }
          });
      git.writeBlobs(wanted);
      git.writeBlobs(snapshot.overlays(objects, wanted, limits));
      return snapshot;
    } catch (Git.GitException | RuntimeException e) {
      snapshot.close();
      throw e;
    }
  }

  /** The folder that stands for the repository root. */
  public Path root() {
    return dir;
  }

  /** The commit this is. */
  public String commit() {
    return commit;
  }

  /** Where the file at {@code repoRelative} (forward slashes) lies in the snapshot. */
  public Path resolve(String repoRelative) {
    return dir.resolve(repoRelative).normalize();
  }

  private static boolean isInput(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private Optional<Path> target(String repoRelative) {
    Path t = resolve(repoRelative);
    // Git refuses trees with ".." entries; a hand-made object store is no reason to write
    // elsewhere.
    return t.startsWith(dir) && !t.equals(dir) ? Optional.of(t) : Optional.empty();
  }

  /** Overlays named by the snapshot's configs that are not written yet (other extensions). */
  private Map<Path, String> overlays(
      Map<String, String> objects, Map<Path, String> written, Limits limits) {
    Map<Path, String> more = new HashMap<>();
    ProjectConfigLoader loader =
        new ProjectConfigLoader(new SourceReader(limits), new YamlLoader(limits));
    for (Path file : written.keySet()) {
      if (!file.getFileName().toString().equals(ProjectConfigLoader.FILE_NAME)) {
        continue;
      }
      Outcome<ProjectConfig> config = loader.load(file, file);
      for (EnvironmentConfig env :
          config.value().map(ProjectConfig::environments).orElse(List.of())) {
        for (Path overlay : env.overlays()) {
          Path abs = overlay.toAbsolutePath().normalize();
          if (!abs.startsWith(dir) || written.containsKey(abs)) {
            continue;
          }
          String rel = dir.relativize(abs).toString().replace('\\', '/');
          String object = objects.get(rel);
          if (object != null) {
            more.put(abs, object);
          }
        }
      }
    }
    return more;
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
