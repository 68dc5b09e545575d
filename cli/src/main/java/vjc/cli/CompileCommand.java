package vjc.cli;

import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.protobuf.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.diag.Severity;
import vjc.emit.Emitter;
import vjc.emit.OutputFormat;
import vjc.engine.Engine;
import vjc.engine.ExitCodes;
import vjc.load.Limits;
import vjc.render.Blame;
import vjc.render.TextRenderer;
import vjc.resolve.ResolveRequest;

/** {@code vjc compile}: writes the CustomJob request body of one job file. */
@Command(
    name = "compile",
    header = "Compile a job file to the CustomJob request body.",
    description = {
      "Runs the whole pipeline (load, resolve, validate, lint) and, when nothing is an error,"
          + " prints the body of projects.locations.customJobs.create. Diagnostics go to stderr;"
          + " nothing is written when there are errors."
    },
    mixinStandardHelpOptions = true)
public final class CompileCommand extends IoCommand {

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The job file; - reads standard input.")
  Path file;

  @Mixin ResolveOptions resolve = new ResolveOptions();

  @Mixin StdinOption stdin = new StdinOption();

  @Mixin ColorOption color = new ColorOption();

  @Mixin VerboseOption verbose = new VerboseOption();

  @Option(
      names = "--spec",
      description =
          "Emit the CustomJobSpec alone (the file gcloud ai custom-jobs create --config"
              + " takes).")
  boolean specOnly;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output encoding: ${COMPLETION-CANDIDATES} (default: json).")
  OutputFormat format = OutputFormat.JSON;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to OUT atomically instead of stdout (- is stdout).")
  Path output;

  @Option(
      names = "--explain",
      description =
          "Instead of the body, print every field with the file:line:col that set it"
              + " last (and the overlay or variable behind it).")
  boolean explain;

  @Option(
      names = "--display-name",
      paramLabel = "NAME",
      description = "Set the job's displayName (needed for a bare CustomJobSpec).")
  String displayName;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = err();
    Optional<Path> toFile = AtomicFiles.destination(output);
    Optional<StdinOption.Given> in = stdin.read(List.of(file), System.in, Limits.DEFAULT);
    Path source = in.isPresent() ? in.get().path : file;
    Engine pipeline = Engines.standard(true, in);
    ResolveRequest options = resolve.toPipelineOptions(pipeline.loader());
    Outcome<Engine.Compiled> result =
        pipeline.compile(source, options, Optional.ofNullable(displayName), specOnly);
    List<Diagnostic> ds = result.diagnostics();
    TextRenderer text = new TextRenderer(pipeline::source, true, color.enabled(true));
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : ds) {
      text.render(d, b);
    }
    err.print(b);
    err.flush();
    if (result.value().isEmpty() || result.hasErrors()) {
      return Math.max(ExitCodes.FINDINGS, ExitCodes.of(ds, Severity.ERROR));
    }
    CustomJob job = result.value().get().job();
    Message message = specOnly ? job.getJobSpec() : job;
    byte[] bytes =
        explain
            ? Blame.render(result.value().get().resolved(), specOnly)
                .getBytes(StandardCharsets.UTF_8)
            : Emitter.emit(message, format);
    if (toFile.isPresent()) {
      AtomicFiles.write(toFile.get(), bytes);
    } else if (format.isBinary() && !explain) {
      out().flush();
      System.out.write(bytes);
      System.out.flush();
    } else {
      PrintWriter out = out();
      out.print(new String(bytes, StandardCharsets.UTF_8));
      out.flush();
    }
    return ExitCodes.OK;
  }
}
