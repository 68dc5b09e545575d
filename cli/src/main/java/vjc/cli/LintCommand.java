package vjc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vjc.cli.render.JsonRenderer;
import vjc.cli.render.Renderer;
import vjc.cli.render.TextRenderer;
import vjc.diag.Diagnostic;
import vjc.load.Limits;

/** {@code vjc lint}: checks job files and reports every problem found. */
@Command(
    name = "lint",
    header = "Check job files against the schema and the lint rules.",
    description = {
      "Checks each FILE under every environment it or .vjc.yaml declares (or only --env),"
          + " and prints each finding as file:line:col: severity: message [rule-id]."
    },
    mixinStandardHelpOptions = true)
public final class LintCommand implements Callable<Integer> {

  /** The output formats of {@code vjc lint}. */
  public enum Format {
    TEXT,
    JSON
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Job files to check.")
  List<Path> files = new ArrayList<>();

  @Mixin ResolveOptions resolve;

  @Mixin VerboseOption verbose;

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

  @Override
  public Integer call() throws IOException {
    JobPipeline pipeline = new JobPipeline(Limits.DEFAULT);
    PipelineOptions options;
    try {
      options = resolve.toPipelineOptions(pipeline.loader());
    } catch (IllegalArgumentException e) {
      throw new Vjc.UsageError(e.getMessage());
    }
    List<FileReport> reports = new ArrayList<>();
    for (Path f : files) {
      reports.add(pipeline.lint(f, options));
    }
    Renderer renderer =
        switch (format) {
          case TEXT -> new TextRenderer(pipeline::source, !noSnippets);
          case JSON -> new JsonRenderer();
        };
    String rendered = renderer.render(reports);
    if (output != null) {
      AtomicFiles.write(output, rendered.getBytes(StandardCharsets.UTF_8));
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(rendered);
      out.flush();
    }
    boolean unreadable = reports.stream().anyMatch(FileReport::unreadable);
    boolean errors =
        reports.stream().flatMap(r -> r.diagnostics().stream()).anyMatch(Diagnostic::isError);
    if (unreadable) {
      return ExitCodes.USAGE;
    }
    return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
