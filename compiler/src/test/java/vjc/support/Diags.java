package vjc.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import vjc.diag.Diagnostic;

/** Assertions on diagnostics that print every diagnostic when they fail. */
public final class Diags {

  private Diags() {}

  /** Asserts that {@code diagnostics} is exactly one diagnostic, and returns it. */
  public static Diagnostic single(List<Diagnostic> diagnostics) {
    assertEquals(
        1, diagnostics.size(), () -> "expected one diagnostic, got" + Trees.render(diagnostics));
    return diagnostics.get(0);
  }

  /** Asserts one diagnostic in all, with this rule at this 1-based line and column. */
  public static Diagnostic single(
      List<Diagnostic> diagnostics, String ruleId, int line, int column) {
    Diagnostic d = single(diagnostics);
    assertAt(d, ruleId, line, column);
    return d;
  }

  /** Asserts the rule id and position of {@code d}. */
  public static void assertAt(Diagnostic d, String ruleId, int line, int column) {
    String want = ruleId + " at " + line + ":" + column;
    String got = d.ruleId() + " at " + d.origin().line() + ":" + d.origin().column();
    assertEquals(want, got, () -> "diagnostic:" + Trees.render(List.of(d)));
  }

  /** The diagnostics with this rule id. */
  public static List<Diagnostic> withRule(List<Diagnostic> diagnostics, String ruleId) {
    return diagnostics.stream().filter(d -> d.ruleId().equals(ruleId)).toList();
  }

  /** Asserts exactly one diagnostic with this rule id among others, and returns it. */
  public static Diagnostic singleWithRule(List<Diagnostic> diagnostics, String ruleId) {
    List<Diagnostic> matching = withRule(diagnostics, ruleId);
    assertEquals(
        1,
        matching.size(),
        () -> "expected one " + ruleId + " diagnostic, got" + Trees.render(diagnostics));
    return matching.get(0);
  }
}
