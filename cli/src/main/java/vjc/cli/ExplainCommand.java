package vjc.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vjc.diag.DidYouMean;
import vjc.engine.DiagnosticDocs;
import vjc.engine.ExitCodes;
import vjc.engine.UsageError;
import vjc.lint.rules.BuiltInRules;

/** {@code vjc explain ID}: prints the documentation of anything vjc reports. */
@Command(
    name = "explain",
    header = "Print the documentation of a rule or of any other finding vjc reports.",
    description = {
      "What the finding means, why, an example, and how to fix it: lint rules"
          + " (pool0-single-replica), policies (policy/max-timeout) and every other id in"
          + " brackets (yaml/syntax, template/undefined-variable)."
    },
    mixinStandardHelpOptions = true)
public final class ExplainCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "An id as vjc prints it in brackets, e.g. pool0-single-replica or yaml/syntax.")
  String ruleId;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DiagnosticDocs docs = new DiagnosticDocs(BuiltInRules.all());
    Optional<DiagnosticDocs.Entry> entry = docs.find(ruleId);
    if (entry.isPresent()) {
      out.print(entry.get().doc());
      out.flush();
      return ExitCodes.OK;
    }
    if (DiagnosticDocs.isCustomPolicy(ruleId)) {
      throw new UsageError(
          "'"
              + ruleId
              + "' is not a built-in policy; a custom policy is declared under policies.custom in"
              + " .vjc.yaml, with its own message");
    }
    Optional<String> near = DidYouMean.closest(ruleId, docs.ids());
    throw new UsageError(
        "no rule or finding '"
            + ruleId
            + "'"
            + near.map(n -> "; did you mean '" + n + "'?")
                .orElse("; 'vjc rules' lists the rules, docs/diagnostics.md the rest"));
  }
}
