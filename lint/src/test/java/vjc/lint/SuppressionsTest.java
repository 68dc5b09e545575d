package vjc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.load.SourceText;

class SuppressionsTest {

  private static final Path FILE = Path.of("job.yaml");

  private static Diagnostic finding(String rule, int line) {
    return Diagnostic.error(rule, Origin.of(FILE, line, 5), "something is wrong");
  }

  private static Suppressions parse(String yaml) {
    return Suppressions.parse(new SourceText(FILE, yaml));
  }

  @Test
  void aCommentOnTheLineOrTheLineAboveSuppressesTheRulesItNames() {
    Suppressions s =
        parse(
            "a: 1  # vjc:ignore image-pinned -- pinned by digest in CI\n"
                + "# vjc:ignore labels,env-vars -- set by the launcher\n"
                + "b: 2\n");
    assertEquals(Optional.of("pinned by digest in CI"), s.suppresses(finding("image-pinned", 1)));
    assertEquals(Optional.of("set by the launcher"), s.suppresses(finding("env-vars", 3)));
    assertEquals(Optional.empty(), s.suppresses(finding("gcs-uri", 3)));
    assertEquals(List.of(), s.problems());
  }

  @Test
  void textInsideAStringIsNotAComment() {
    Suppressions s =
        parse(
            "command:\n"
                + "  - |\n"
                + "    # vjc:ignore hardcoded-secret -- not a comment, a line of a script\n"
                + "    export TOKEN=abc\n"
                + "name: \"x # vjc:ignore display-name -- inside quotes\"\n");
    assertEquals(Optional.empty(), s.suppresses(finding("hardcoded-secret", 4)));
    assertEquals(Optional.empty(), s.suppresses(finding("display-name", 5)));
    assertEquals(List.of(), s.problems());
  }

  @Test
  void thereIsNoWildcard() {
    Suppressions s = parse("# vjc:ignore all -- everything\na: 1\n");
    assertEquals(Optional.empty(), s.suppresses(finding("image-pinned", 2)));
    assertEquals(
        List.of("suppression/unused"), s.problems().stream().map(Diagnostic::ruleId).toList());
  }

  @Test
  void aSuppressionWithoutReasonOrRuleOrUseIsReportedWhereItIs() {
    Suppressions s = parse("a: 1\n  # vjc:ignore\nb: 2 # vjc:ignore labels\n");
    s.suppresses(finding("labels", 3));
    List<Diagnostic> problems = s.problems();
    assertEquals(
        List.of("suppression/no-rule", "suppression/missing-reason"),
        problems.stream().map(Diagnostic::ruleId).toList());
    assertEquals(2, problems.get(0).origin().line());
    assertEquals(3, problems.get(0).origin().column());
    assertEquals(3, problems.get(1).origin().line());
    assertEquals(6, problems.get(1).origin().column());
  }

  @Test
  void aFileThatDoesNotParseHasNoSuppressions() {
    Suppressions s = parse("a: [1\n# vjc:ignore labels -- r\n");
    assertTrue(s.problems().isEmpty());
  }
}
