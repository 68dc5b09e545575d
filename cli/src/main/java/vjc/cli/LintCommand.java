package vjc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vjc.cli.render.GithubRenderer;
import vjc.cli.render.JsonRenderer;
import vjc.cli.render.JunitRenderer;
import vjc.cli.render.Renderer;
import vjc.cli.render.SarifRenderer;
import vjc.cli.render.TextRenderer;
import vjc.diag.Diagnostic;
import vjc.diag.Severity;
import vjc.load.Limits;

/** {@code vjc lint}: checks job files and reports every problem found. */
@Command(
    name = "lint",
    header = "Check job files against the schema and the lint rules.",
    description = {
      "Checks each FILE under every environment it or .vjc.yaml declares (or only --env), and"
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
      arity = "1..*",
      description = "Job files, directories, .vjc.yaml or overlay files.")
  List<Path> paths = new ArrayList<>();

  @Mixin ResolveOptions resolve = new ResolveOptions();

  @Mixin VerboseOption verbose = new VerboseOption();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
  Format format = Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the report to OUT atomically instead of stdout.")
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
              + " message and environment, not by line), to adopt vjc without fixing old findings.")
  String newSince;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (jobs < 1) {
      throw new Vjc.UsageError("--jobs must be at least 1: " + jobs);
    }
    JobPipeline pipeline = new JobPipeline(Limits.DEFAULT);
    PipelineOptions options = resolve.toPipelineOptions(pipeline.loader());
    JobFinder.Found found = new JobFinder(pipeline, onlyJobs).find(paths);
    List<FileReport> reports = new ArrayList<>();
    for (Diagnostic problem : found.problems()) {
      reports.add(new FileReport(problem.origin().file(), List.of(problem), List.of(), true));
    }
    for (FileReport r : lintAll(pipeline, found.files(), options)) {
      if (!(found.optional().contains(r.file()) && isNotAJob(r))) {
        reports.add(r);
      }
    }
    if (newSince != null) {
      reports = vjc.cli.diff.NewFindings.filter(newSince, paths, reports, options, err());
    }
    Renderer renderer =
        switch (format) {
          case TEXT -> new TextRenderer(pipeline::source, !noSnippets);
          case JSON -> new JsonRenderer();
          case SARIF -> new SarifRenderer(pipeline.rules());
          case GITHUB -> new GithubRenderer();
          case JUNIT -> new JunitRenderer();
        };
    String rendered = renderer.render(reports);
    if (output != null) {
      AtomicFiles.write(output, rendered.getBytes(StandardCharsets.UTF_8));
    } else {
      PrintWriter out = out();
      out.print(rendered);
      out.flush();
    }
    Severity threshold = failOn == FailOn.WARNING ? Severity.WARNING : Severity.ERROR;
    boolean failed =
        reports.stream()
            .flatMap(r -> r.diagnostics().stream())
            .anyMatch(d -> d.severity().isAtLeast(threshold));
    if (reports.stream().anyMatch(FileReport::unreadable)) {
      return ExitCodes.USAGE;
    }
    return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** A searched file that is not a custom job (a CI config, a tuning job) is not a finding. */
  private static boolean isNotAJob(FileReport r) {
    return !r.diagnostics().isEmpty() && r.diagnostics().stream().allMatch(JobPipeline::isNotAJob);
  }

  /** Lints in parallel; reports come back in the order of the files. */
  private List<FileReport> lintAll(JobPipeline pipeline, List<Path> files, PipelineOptions options)
      throws InterruptedException {
    if (jobs == 1 || files.size() < 2) {
      List<FileReport> out = new ArrayList<>(files.size());
      for (Path f : files) {
        out.add(pipeline.lint(f, options));
      }
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(jobs, files.size()),
            r -> {
              Thread t = new Thread(r, "vjc-lint");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<FileReport>> futures = new ArrayList<>(files.size());
      for (Path f : files) {
        futures.add(pool.submit(() -> pipeline.lint(f, options)));
      }
      List<FileReport> out = new ArrayList<>(files.size());
      for (Future<FileReport> future : futures) {
        try {
          out.add(future.get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException(cause);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
