package vjc.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import vjc.config.ProjectConfigLoader;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;
import vjc.diag.Severity;
import vjc.engine.Engine;
import vjc.engine.FileReport;
import vjc.engine.JobFinder;
import vjc.load.JobDocument;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.SourceReader;
import vjc.load.SourceText;
import vjc.load.YamlComments;

/**
 * What a change does to the review gate itself, beside what it does to the jobs: changes to the
 * configuration that decides what is checked ({@link ConfigChanges}), {@code .vjc.yaml} files added
 * or deleted, new {@code # vjc:ignore} comments, and job files that the change adds or edits where
 * no check sees them (a skipped folder, an excluded path, another extension). Each is a finding at
 * the line that does it, so that switching a check off is never silent.
 */
public final class GateChanges {

  static final String UNCHECKED_JOB = "config/unchecked-job";
  static final String NEW_SUPPRESSION = "suppression/added";

  /**
   * How strict the gate is about its own changes.
   *
   * @param allowConfigChanges configuration changes were approved: report them as warnings
   * @param failOnNewSuppressions new {@code # vjc:ignore} comments are errors, not warnings
   */
  public record Options(boolean allowConfigChanges, boolean failOnNewSuppressions) {

    /** The default: configuration changes fail, new suppressions are listed. */
    public static Options strict() {
      return new Options(false, false);
    }

    Severity configSeverity() {
      return allowConfigChanges ? Severity.WARNING : Severity.ERROR;
    }
  }

  private final Git git;
  private final Snapshot base;
  private final Engine engine;
  private final Options options;
  private final SourceReader reader;

  private GateChanges(Git git, Snapshot base, Engine engine, Options options) {
    this.git = git;
    this.base = base;
    this.engine = engine;
    this.options = options;
    this.reader = new SourceReader(engine.limits());
  }

  /**
   * The gate's findings for the change from {@code base} to the working tree, one report per file
   * that has any; {@code checked} are the job files the gate linted, {@code scope} the paths it was
   * given: a finding counts when its file lies under one of them, or is a .vjc.yaml that configures
   * one of them.
   */
  public static List<FileReport> find(
      Git git, Snapshot base, Engine engine, Set<Path> checked, List<Path> scope, Options options)
      throws Git.GitException {
    GateChanges g = new GateChanges(git, base, engine, options);
    List<Diagnostic> found = new ArrayList<>();
    found.addAll(g.configs());
    found.addAll(g.suppressions(checked));
    found.addAll(g.uncheckedJobs(checked));
    Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
    List<Path> roots = new ArrayList<>();
    scope.forEach(p -> roots.add(p.toAbsolutePath().normalize()));
    for (Diagnostic d : found) {
      if (!inScope(d.origin().file(), roots)) {
        continue;
      }
      byFile.computeIfAbsent(d.origin().file(), f -> new ArrayList<>()).add(d);
    }
    List<FileReport> out = new ArrayList<>();
    byFile.forEach((file, ds) -> out.add(new FileReport(file, Engine.shown(ds), List.of(), false)));
    return out;
  }

  private static boolean inScope(Path file, List<Path> roots) {
    Path f = file.toAbsolutePath().normalize();
    boolean config = f.getFileName().toString().equals(ProjectConfigLoader.FILE_NAME);
    for (Path root : roots) {
      if (f.startsWith(root) || (config && root.startsWith(f.getParent()))) {
        return true;
      }
    }
    return false;
  }

  /** Every .vjc.yaml at the base or now, compared. */
  private List<Diagnostic> configs() {
    TreeSet<String> paths = new TreeSet<>(configsUnder(git.root()));
    Set<String> before = configsUnder(base.root());
    paths.addAll(before);
    List<Diagnostic> out = new ArrayList<>();
    for (String rel : paths) {
      Path now = git.root().resolve(rel);
      Path then = base.resolve(rel);
      boolean existed = before.contains(rel);
      if (!existed) {
        out.add(
            Diagnostic.of(
                    ConfigChanges.ID,
                    options.configSeverity(),
                    Origin.startOf(now),
                    "this change adds a .vjc.yaml: for every job below "
                        + folderOf(rel)
                        + " it replaces the rules, policies and excludes of the .vjc.yaml above")
                .withHint(
                    "Put the settings into the existing .vjc.yaml, or run the gate with"
                        + " --allow-config-changes once a reviewer approved the new one."));
      } else if (!Files.isRegularFile(now)) {
        out.add(
            Diagnostic.of(
                    ConfigChanges.ID,
                    options.configSeverity(),
                    Origin.startOf(now),
                    "this change deletes the .vjc.yaml that configured the checks of every job"
                        + " below "
                        + folderOf(rel))
                .withHint(
                    "Restore it, or run the gate with --allow-config-changes once a reviewer"
                        + " approved."));
      } else {
        Optional<MapNode> was = loadMap(then);
        Optional<MapNode> is = loadMap(now);
        if (was.isPresent() && is.isPresent()) {
          out.addAll(ConfigChanges.between(was.get(), is.get(), options.configSeverity()));
        }
      }
    }
    return out;
  }

  private static String folderOf(String rel) {
    int slash = rel.lastIndexOf('/');
    return slash < 0 ? "the repository root" : rel.substring(0, slash) + "/";
  }

  /** The repository-relative paths of every .vjc.yaml under {@code root}, .git aside. */
  private static Set<String> configsUnder(Path root) {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> !root.relativize(p).startsWith(".git"))
          .filter(p -> p.getFileName().toString().equals(ProjectConfigLoader.FILE_NAME))
          .filter(Files::isRegularFile)
          .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
    } catch (IOException | UncheckedIOException e) {
      // An unreadable folder hides nothing the jobs' own lint would not report.
    }
    return out;
  }

  private Optional<MapNode> loadMap(Path file) {
    Outcome<Node> node = reader.read(file).then(engine.loader()::load);
    return node.value().filter(MapNode.class::isInstance).map(MapNode.class::cast);
  }

  /** {@code # vjc:ignore} comments a checked file has now and did not have at the base. */
  private List<Diagnostic> suppressions(Set<Path> checked) {
    List<Diagnostic> out = new ArrayList<>();
    for (Path file : checked) {
      List<YamlComments.Comment> now = ignores(file);
      if (now.isEmpty()) {
        continue;
      }
      Map<String, Integer> before = new HashMap<>();
      Path then = base.resolve(JobSet.relative(git.root(), file));
      if (then.startsWith(base.root()) && Files.isRegularFile(then)) {
        ignores(then).forEach(c -> before.merge(c.text().strip(), 1, Integer::sum));
      }
      for (YamlComments.Comment c : now) {
        if (before.merge(c.text().strip(), -1, Integer::sum) >= 0) {
          continue;
        }
        out.add(
            Diagnostic.of(
                    NEW_SUPPRESSION,
                    options.failOnNewSuppressions() ? Severity.ERROR : Severity.WARNING,
                    Origin.of(file, c.line(), c.column()),
                    "this change adds a suppression: #" + c.text().stripTrailing())
                .withHint(
                    "A reviewer should agree with its reason; fix the finding instead where"
                        + " you can."));
      }
    }
    return out;
  }

  private List<YamlComments.Comment> ignores(Path file) {
    Optional<SourceText> text = reader.read(file).value();
    if (text.isEmpty() || !text.get().text().contains("vjc:ignore")) {
      return List.of();
    }
    return YamlComments.of(text.get()).stream()
        .filter(c -> c.text().strip().startsWith("vjc:ignore"))
        .toList();
  }

  /** Files the change adds or edits that hold a job, where the gate did not check them. */
  private List<Diagnostic> uncheckedJobs(Set<Path> checked) throws Git.GitException {
    Set<Path> seen = new java.util.HashSet<>();
    checked.forEach(p -> seen.add(p.toAbsolutePath().normalize()));
    List<Diagnostic> out = new ArrayList<>();
    for (String rel : git.changedSince(base.commit())) {
      Path file = git.root().resolve(rel).normalize();
      if (!file.startsWith(git.root())
          || seen.contains(file)
          || !Files.isRegularFile(file)
          || file.getFileName().toString().equals(ProjectConfigLoader.FILE_NAME)
          || isOverlay(file)
          || !isJob(file)) {
        continue;
      }
      out.add(
          Diagnostic.of(
                  UNCHECKED_JOB,
                  options.configSeverity(),
                  Origin.startOf(file),
                  "this change adds or edits a job file that no check sees: " + whyUnseen(rel))
              .withHint(
                  "Move it where vjc looks (a .yaml, .yml or .json file outside skipped and"
                      + " excluded folders), or lint it by name."));
    }
    return out;
  }

  private boolean isJob(Path file) {
    Outcome<JobDocument> doc = JobSet.load(engine, file);
    return doc.value().isPresent() && !Engine.saysNotAJob(doc.diagnostics());
  }

  private boolean isOverlay(Path file) {
    return new JobFinder(engine, false).overlayOwner(file).isPresent();
  }

  private static String whyUnseen(String rel) {
    for (String part : rel.split("/")) {
      if (part.equals(rel.substring(rel.lastIndexOf('/') + 1))) {
        break;
      }
      if (part.startsWith(".") || part.equals("target") || part.equals("node_modules")) {
        return "folder " + part + "/ is skipped when vjc searches for jobs";
      }
    }
    String name = rel.substring(rel.lastIndexOf('/') + 1);
    if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
      return "vjc searches only .yaml, .yml and .json files";
    }
    return "it is excluded by .vjc.yaml or outside the paths given";
  }
}
