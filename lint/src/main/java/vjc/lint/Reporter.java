package vjc.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Severity;

/** Collects what one rule reports, stamping each finding with the rule's id and severity. */
public final class Reporter {

  private final String ruleId;
  private final Severity severity;
  private final boolean overridden;
  private final List<Diagnostic> found = new ArrayList<>();

  /**
   * A reporter for one rule at {@code severity}; {@code overridden} means the project chose that
   * severity, and it then wins over the levels a rule picks per finding.
   */
  public Reporter(String ruleId, Severity severity, boolean overridden) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.overridden = overridden;
  }

  /** Reports a problem at {@code at}, with a hint that says how to fix it. */
  public void report(Origin at, String message, String hint) {
    found.add(
        new Diagnostic(
            ruleId, severity, message(message), at, Optional.of(hint), Optional.empty()));
  }

  /** Reports a problem at {@code at} without a hint. */
  public void report(Origin at, String message) {
    found.add(
        new Diagnostic(ruleId, severity, message(message), at, Optional.empty(), Optional.empty()));
  }

  /** Reports at another severity than the rule's, e.g. a warning for an uncertain fact. */
  public void report(Severity level, Origin at, String message, String hint) {
    Severity s = overridden ? severity : level;
    found.add(new Diagnostic(ruleId, s, message(message), at, Optional.of(hint), Optional.empty()));
  }

  /** Messages often end with a value from the job or from .vjc.yaml: see Diagnostic. */
  private static String message(String text) {
    return Diagnostic.withoutFinalPeriods(text);
  }

  /** What was reported, in order. */
  public List<Diagnostic> found() {
    return List.copyOf(found);
  }
}
