package vjc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import vjc.engine.ExitCodes;
import vjc.validate.SchemaValidator;

/** {@code vjc schema}: prints the job file's JSON Schema, for editors. */
@Command(
    name = "schema",
    header = "Print the JSON Schema of the job file.",
    description = {
      "The schema (draft 2020-12) that vjc validates against; point yaml-language-server at it"
          + " for completion and checking in editors."
    },
    mixinStandardHelpOptions = true)
public final class SchemaCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(SchemaValidator.schemaText());
    out.flush();
    return ExitCodes.OK;
  }
}
