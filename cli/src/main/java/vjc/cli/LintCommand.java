package vjc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vjc.diag.Severity;
import vjc.diff.GateChanges;
import vjc.engine.Engine;
import vjc.engine.ExitCodes;
import vjc.engine.FileReport;
import vjc.engine.JobFinder;
import vjc.engine.UsageError;
import vjc.load.Limits;
import vjc.render.GithubRenderer;
import vjc.render.JsonRenderer;
import vjc.render.JunitRenderer;
import vjc.render.Renderer;
import vjc.render.SarifRenderer;
import vjc.render.TextRenderer;
import vjc.resolve.ResolveRequest;

/** {@code vjc lint}: checks job files and reports every problem found. */
@Command(
    name = "lint",
    header = "Check job files against the schema and the lint rules.",
    description = {
      "Checks each PATH under every environment it or .vjc.yaml declares (or only --env), and"
          + " prints each finding as file:line:col: severity: message [rule-id]. A directory is"
          + " searched for job files; .vjc.yaml or an overlay file stands for every job it"
          + " affects. The format never changes the exit code; --fail-on does."
    },
    mixinStandardHelpOptions = true)
public final class LintCommand extends IoCommand {

  /** The output formats of {@code vjc lint}. */
  public enum Format {
    TEXT,
    JSON,
    SARIF,
    GITHUB,
    JUNIT
  }

  /** The lowest severity that fails the run. */
  public enum FailOn {
    ERROR,
    WARNING
  }

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Job files, directories, .vjc.yaml or overlay files; - reads standard input. With"
              + " --new-since the default is the current folder.")
  List<Path> paths = new ArrayList<>();

  @Mixin ResolveOptions resolve = new ResolveOptions();

  @Mixin StdinOption stdin = new StdinOption();

  @Mixin ColorOption color = new ColorOption();

  @Mixin VerboseOption verbose = new VerboseOption();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
  Format format = Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the report to OUT atomically instead of stdout (- is stdout).")
  Path output;

  @Option(names = "--no-snippets", description = "Leave out source lines in text output.")
  boolean noSnippets;

  @Option(
      names = "--only-jobs",
      description =
          "Skip named files that are not custom jobs (for hooks that pass every YAML"
              + " file), as directory searches do.")
  boolean onlyJobs;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "Exit 1 on findings at this level or above: error (default) or warning.")
  FailOn failOn = FailOn.ERROR;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Files checked in parallel (default: the number of processors).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--new-since",
      paramLabel = "REF",
      description =
          "Report only findings not present at git revision REF (matched by file, rule,"
              + " message and environment, not by line), to adopt vjc without fixing old findings;"
              + " PATH defaults to the current folder.")
  String newSince;

  @Option(
      names = "--allow-config-changes",
      description =
          "With --new-since: report a change to what is checked (policies, rules, excludes,"
              + " environments, .vjc.yaml files, unchecked job files) as a warning, not an error;"
              + " for a change a reviewer approved.")
  boolean allowConfigChanges;

  @Option(
      names = "--no-new-suppressions",
      description = "With --new-since: a new # vjc:ignore comment is an error, not a warning.")
  boolean noNewSuppressions;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (jobs < 1) {
      throw new UsageError("--jobs must be at least 1: " + jobs);
    }
    if (newSince == null && (allowConfigChanges || noNewSuppressions)) {
      throw new UsageError("--allow-config-changes and --no-new-suppressions need --new-since REF");
    }
    List<Path> named = paths;
    if (named.isEmpty()) {
      if (newSince == null) {
        throw new UsageError(
            "lint needs a PATH: a job file, a folder, or - for standard input"
                + " (--new-since REF alone checks the current folder)");
      }
      named = List.of(Path.of("."));
    }
    if (newSince != null && named.contains(StdinOption.DASH)) {
      throw new UsageError("--new-since compares files in git; it cannot read standard input");
    }
    Optional<Path> toFile = AtomicFiles.destination(output);
    Optional<StdinOption.Given> in = stdin.read(named, System.in, Limits.DEFAULT);
    List<Path> targets = in.isPresent() ? in.get().replaceIn(named) : named;
    boolean snippets = format == Format.TEXT && !noSnippets;
    Engine pipeline = Engines.standard(snippets, in);
    if (in.isPresent() && standsForOthers(pipeline, in.get().path)) {
      // Its jobs would be read from disk, and what was piped in silently ignored.
      throw new UsageError(
          "--stdin-filename "
              + in.get().path
              + " is .vjc.yaml or an overlay; standard input can stand for a job file only");
    }
    ResolveRequest options = resolve.toPipelineOptions(pipeline.loader());
    List<FileReport> reports = pipeline.lint(targets, options, onlyJobs, jobs);
    if (newSince != null) {
      reports =
          vjc.diff.NewFindings.filter(
              newSince,
              targets,
              reports,
              options,
              Engines::standard,
              new GateChanges.Options(allowConfigChanges, noNewSuppressions),
              err());
    }
    Renderer renderer =
        switch (format) {
          case TEXT ->
              new TextRenderer(pipeline::source, snippets, color.enabled(toFile.isEmpty()));
          case JSON -> new JsonRenderer();
          case SARIF -> new SarifRenderer(pipeline.rules(), Version.VERSION);
          case GITHUB -> new GithubRenderer();
          case JUNIT -> new JunitRenderer();
        };
    String rendered = renderer.render(reports);
    if (toFile.isPresent()) {
      AtomicFiles.write(toFile.get(), rendered.getBytes(StandardCharsets.UTF_8));
    } else {
      PrintWriter out = out();
      out.print(rendered);
      out.flush();
    }
    return ExitCodes.ofReports(
        reports, failOn == FailOn.WARNING ? Severity.WARNING : Severity.ERROR);
  }

  /** True when {@code file} stands for other files: a .vjc.yaml or an overlay it names. */
  private static boolean standsForOthers(Engine pipeline, Path file) {
    return !new JobFinder(pipeline, false).find(List.of(file)).files().equals(List.of(file));
  }
}
