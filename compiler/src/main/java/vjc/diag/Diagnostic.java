package vjc.diag;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;

/**
 * One problem in a job file. Every output format renders this record and nothing else.
 *
 * @param ruleId stable id, e.g. {@code pool0-single-replica} or {@code yaml/duplicate-key}
 * @param severity error, warning or info, after project overrides
 * @param message what is wrong, lower-case first word, no trailing period
 * @param origin where: file, 1-based line and column, and the chain of origins behind it
 * @param hint how to fix it, one full sentence, or empty
 * @param environment the environment the job was resolved for, or empty when none applies
 */
public record Diagnostic(
    String ruleId,
    Severity severity,
    String message,
    Origin origin,
    Optional<String> hint,
    Optional<String> environment) {

  public Diagnostic {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
    requireNonNull(origin, "origin");
    requireNonNull(hint, "hint");
    requireNonNull(environment, "environment");
    if (ruleId.isBlank()) {
      throw new IllegalArgumentException("ruleId must not be blank");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank (rule " + ruleId + ")");
    }
    if (message.endsWith(".")) {
      throw new IllegalArgumentException("message ends with a period: " + message);
    }
    hint.ifPresent(
        h -> {
          if (!h.endsWith(".")) {
            throw new IllegalArgumentException("hint must be a sentence ending in '.': " + h);
          }
        });
  }

  /**
   * The one order findings are shown in: file, line, column, rule, message, environment. The same
   * input always prints the same way, whichever thread found what first.
   */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.origin().file().toString())
          .thenComparingInt(d -> d.origin().line())
          .thenComparingInt(d -> d.origin().column())
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message)
          .thenComparing(d -> d.environment().orElse(""));

  /** A diagnostic without hint or environment; see {@link #withoutFinalPeriods}. */
  public static Diagnostic of(String ruleId, Severity severity, Origin origin, String message) {
    return new Diagnostic(
        ruleId, severity, withoutFinalPeriods(message), origin, Optional.empty(), Optional.empty());
  }

  /**
   * {@code message} without the periods it ends with. Messages often end with text from the user's
   * files ("declared: dev, prod", "allowed: europe-*"), and such text may end with a period; the
   * constructor would reject the message (found by fuzzing). The factories and the lint Reporter
   * pass messages through this.
   */
  public static String withoutFinalPeriods(String message) {
    String m = message;
    while (m.length() > 1 && m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m;
  }

  /** An error-level diagnostic without hint. */
  public static Diagnostic error(String ruleId, Origin origin, String message) {
    return of(ruleId, Severity.ERROR, origin, message);
  }

  /** A warning-level diagnostic without hint. */
  public static Diagnostic warning(String ruleId, Origin origin, String message) {
    return of(ruleId, Severity.WARNING, origin, message);
  }

  /** This diagnostic with a hint. */
  public Diagnostic withHint(String newHint) {
    return new Diagnostic(ruleId, severity, message, origin, Optional.of(newHint), environment);
  }

  /** This diagnostic at another severity. */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(ruleId, newSeverity, message, origin, hint, environment);
  }

  /** This diagnostic labelled with the environment it was found in. */
  public Diagnostic inEnvironment(String env) {
    return new Diagnostic(ruleId, severity, message, origin, hint, Optional.of(env));
  }

  /** True for error severity. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
