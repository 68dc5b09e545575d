package vjc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.engine.ExitCodes;
import vjc.engine.UsageError;
import vjc.importer.ImportResult;
import vjc.importer.Importer;
import vjc.load.Limits;
import vjc.load.SourceText;
import vjc.render.TextRenderer;

/** {@code vjc import}: writes a vjc job file from a gcloud command or a described CustomJob. */
@Command(
    name = "import",
    header = "Write a vjc job file from a gcloud command or an existing CustomJob.",
    description = {
      "Reads a gcloud ai custom-jobs create command (after --, or inside a shell script or"
          + " notebook cell), or a CustomJob as gcloud ai custom-jobs describe or the REST API"
          + " returns it (JSON or YAML; - reads standard input), and writes the same job as a"
          + " vjc job file. Diagnostics go to stderr; nothing is written when there are errors.",
      "",
      "Examples:",
      "  vjc import -- gcloud ai custom-jobs create --display-name=x ...",
      "  vjc import train-cloud.sh -o jobs/train.yaml",
      "  gcloud ai custom-jobs describe ID --format=json | vjc import -",
      "",
      "See docs/submit.md for what is imported and how."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:imported (warnings allowed)",
      "1:the input has errors; nothing written",
      "2:usage error, or a file that cannot be read",
      "3:internal error in vjc"
    })
public final class ImportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "FILE | -- gcloud",
      arity = "1..*",
      description =
          "A CustomJob (JSON or YAML), a script holding the gcloud command, - for"
              + " standard input, or -- followed by the gcloud command.")
  List<String> input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the job file to OUT atomically instead of stdout (- is stdout).")
  Path output;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws IOException {
    Optional<Path> toFile = AtomicFiles.destination(output);
    Importer importer = new Importer(Limits.DEFAULT);
    ImportResult result;
    String first = input.get(0);
    boolean command = first.equals("gcloud") || first.endsWith("/gcloud");
    if (command) {
      result = importer.importCommand(input, Path.of("").toAbsolutePath());
    } else if (input.size() > 1) {
      throw new UsageError(
          "import takes one FILE, or -- followed by a gcloud command; got "
              + input.size()
              + " arguments starting with '"
              + first
              + "'");
    } else if (first.equals("-")) {
      Outcome<SourceText> text = Importer.decodeStdin(System.in.readAllBytes());
      result =
          text.value().isPresent()
              ? importer.importText(text.value().get(), Path.of("").toAbsolutePath())
              : new ImportResult(
                  java.util.Optional.empty(), text.diagnostics(), java.util.Map.of());
    } else {
      result = importer.importFile(Path.of(first));
    }
    PrintWriter err = spec.commandLine().getErr();
    TextRenderer text =
        new TextRenderer(f -> java.util.Optional.ofNullable(result.sources().get(f)), true);
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : result.diagnostics()) {
      text.render(d, b);
    }
    if (result.yaml().isEmpty() || result.hasErrors()) {
      long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
      b.append("vjc: nothing written: ")
          .append(errors)
          .append(errors == 1 ? " error" : " errors")
          .append('\n');
    }
    err.print(b);
    err.flush();
    if (result.yaml().isEmpty() || result.hasErrors()) {
      boolean unreadable =
          result.diagnostics().stream().anyMatch(d -> d.ruleId().startsWith("io/"));
      return unreadable ? ExitCodes.USAGE : ExitCodes.FINDINGS;
    }
    String yaml = result.yaml().get();
    if (toFile.isPresent()) {
      AtomicFiles.write(toFile.get(), yaml.getBytes(StandardCharsets.UTF_8));
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(yaml);
      out.flush();
    }
    return ExitCodes.OK;
  }
}
