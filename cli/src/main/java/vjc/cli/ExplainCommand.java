package vjc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vjc.diag.DidYouMean;
import vjc.lint.BuiltInRules;
import vjc.lint.Rule;
import vjc.lint.RuleDocs;

/** {@code vjc explain RULE}: prints a rule's documentation. */
@Command(
    name = "explain",
    header = "Print the documentation of a lint rule.",
    description = {"What the rule checks, why, an example, how to fix and how to suppress."},
    mixinStandardHelpOptions = true)
public final class ExplainCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "RULE",
      description = "A rule id, e.g. pool0-single-replica.")
  String ruleId;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Rule> rules = BuiltInRules.all();
    for (Rule r : rules) {
      if (r.info().id().equals(ruleId)) {
        out.print(RuleDocs.doc(r.info().id()));
        out.flush();
        return ExitCodes.OK;
      }
    }
    Optional<String> near =
        DidYouMean.closest(ruleId, rules.stream().map(r -> r.info().id()).toList());
    throw new Vjc.UsageError(
        "no rule '"
            + ruleId
            + "'"
            + near.map(n -> "; did you mean '" + n + "'?").orElse("; 'vjc rules' lists them"));
  }
}
