package vjc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vjc.engine.ExitCodes;
import vjc.lint.Rule;
import vjc.lint.RuleDocs;
import vjc.lint.RuleInfo;
import vjc.lint.rules.BuiltInRules;

/** {@code vjc rules}: lists the lint rules. */
@Command(
    name = "rules",
    header = "List the lint rules.",
    description = {"Prints each rule's id, default severity and summary."},
    mixinStandardHelpOptions = true)
public final class RulesCommand implements Callable<Integer> {

  /** The output formats of {@code vjc rules}. */
  public enum Format {
    TEXT,
    MARKDOWN
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, or markdown for the rules reference (docs/rules.md).")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.MARKDOWN) {
      out.print(RuleDocs.reference(BuiltInRules.all()));
    } else {
      int width = 0;
      for (Rule r : BuiltInRules.all()) {
        width = Math.max(width, r.info().id().length());
      }
      for (Rule r : BuiltInRules.all()) {
        RuleInfo info = r.info();
        out.printf(
            "%-" + width + "s  %-7s  %s%n", info.id(), info.severity().label(), info.summary());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
