package vjc.lint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import vjc.diag.Diagnostic;
import vjc.lint.catalog.Catalog;

/**
 * The reproductions of issue #16: patterns and schemas from .vjc.yaml that backtracked for minutes
 * or overflowed the stack now end in a finding or a positioned config error. The timeout is a hang
 * guard only (matching is linear and takes milliseconds), never a speed claim.
 */
class HostilePatternsTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final String LONG_A = "a".repeat(42);

  private static String job(String label, String machineType) {
    return "region: us-central1\nlabels: {team: "
        + label
        + "}\njobSpec:\n  workerPoolSpecs:\n    - machineSpec: {machineType: "
        + machineType
        + "}\n      replicaCount: 1\n";
  }

  private static <T> T guarded(ThrowingSupplier<T> body) {
    return assertTimeoutPreemptively(HANG_GUARD, body);
  }

  private static List<Diagnostic> problems(String vjcYaml) {
    return guarded(() -> PolicyEngine.of(PolicyFixtures.policies(vjcYaml), CATALOG).problems());
  }

  private static List<Diagnostic> findings(String vjcYaml, String job) {
    return guarded(
        () -> {
          PolicyEngine e = PolicyEngine.of(PolicyFixtures.policies(vjcYaml), CATALOG);
          assertEquals(List.of(), e.problems());
          return e.check(PolicyFixtures.job(job));
        });
  }

  private static Diagnostic single(List<Diagnostic> ds) {
    assertEquals(1, ds.size(), ds.toString());
    return ds.get(0);
  }

  @Test
  void theFortyThreeSecondLabelPatternNowSimplyDoesNotMatch() {
    Diagnostic d =
        single(
            findings("policies:\n  requiredLabels: {team: \"(a|aa){1,62}b\"}\n", job(LONG_A, "x")));
    assertEquals("policy/required-labels", d.ruleId());
    assertEquals("job.yaml:2:16", d.origin().position());
  }

  @Test
  void aGlobWithFourteenStarsMatchesInLinearTime() {
    String glob = "*a".repeat(13) + "*b";
    List<Diagnostic> ds =
        findings(
            "policies:\n  allowedMachineTypes: [\"" + glob + "\"]\n",
            job("x", "a".repeat(60) + "c"));
    assertEquals("policy/allowed-machine-types", single(ds).ruleId());
    assertEquals(
        List.of(),
        findings("policies:\n  allowedMachineTypes: [\"" + glob + "\"]\n", job("x", LONG_A + "b")));
  }

  @Test
  void aBackreferenceIsRefusedWhereItIsWritten() {
    Diagnostic d = single(problems("policies:\n  requiredLabels: {team: \"(a)\\\\1\"}\n"));
    assertEquals("config/invalid-policy", d.ruleId());
    assertEquals(".vjc.yaml:2:26", d.origin().position());
    assertTrue(d.message().contains("backreferences"), d.message());
    assertTrue(d.hint().orElseThrow().contains("RE2 syntax"), d.toString());
  }

  @Test
  void lookaroundIsRefusedWhereItIsWritten() {
    Diagnostic d = single(problems("policies:\n  requiredLabels: {team: \"(?=a)a\"}\n"));
    assertEquals(".vjc.yaml:2:26", d.origin().position());
    assertTrue(d.message().contains("lookaround"), d.message());
  }

  @Test
  void aPatternThatExpandsPastTheBoundIsRefused() {
    Diagnostic d =
        single(problems("policies:\n  requiredLabels: {team: \"((a{100}){100}){100}\"}\n"));
    assertTrue(d.message().contains("more than 1000 steps"), d.message());
  }

  @Test
  void aCustomPatternRunsWithoutBacktracking() {
    String policy =
        "policies:\n  custom:\n    - id: team-pattern\n      message: \"{path} is {value}\"\n"
            + "      schema: {properties: {labels: {properties: {team: {pattern: \"^(a|aa)+$\"}},"
            + " patternProperties: {\"^(t|te)+(a|aa)+$\": {maxLength: 1}}}}}\n";
    Diagnostic d = single(findings(policy, job(LONG_A + "b", "x")));
    assertEquals("policy/team-pattern", d.ruleId());
    assertEquals(List.of(), findings(policy, job(LONG_A, "x")));
  }

  @Test
  void aCustomPatternWithLookaroundIsRefusedAtItsPosition() {
    Diagnostic d =
        single(
            problems(
                "policies:\n  custom:\n    - id: p\n      message: m\n"
                    + "      schema: {properties: {labels: {pattern: \"(?!x)\"}}}\n"));
    assertEquals("config/invalid-policy", d.ruleId());
    assertEquals(".vjc.yaml:5:47", d.origin().position());
  }

  private static Diagnostic customSchemaProblem(String schema) {
    return single(
        problems("policies:\n  custom:\n    - id: p\n      message: m\n      schema:\n" + schema));
  }

  @Test
  void aSchemaReferringToItsRootIsRefusedAtTheRef() {
    Diagnostic d = customSchemaProblem("        $ref: \"#\"\n");
    assertEquals("config/invalid-policy", d.ruleId());
    assertEquals(".vjc.yaml:6:15", d.origin().position());
    assertTrue(d.message().contains("refer to itself"), d.message());
  }

  @Test
  void recursionThroughPropertiesIsRefusedToo() {
    Diagnostic d =
        customSchemaProblem(
            "        properties: {jobSpec: {$ref: \"#\"}}\n        maxProperties: 9\n");
    assertEquals(".vjc.yaml:6:38", d.origin().position());
  }

  @Test
  void anAllOfAndNotLoopThroughDefsIsRefused() {
    Diagnostic d =
        customSchemaProblem(
            "        $defs:\n"
                + "          a: {allOf: [{$ref: \"#/$defs/b\"}]}\n"
                + "          b: {not: {$ref: \"#/$defs/a\"}}\n"
                + "        $ref: \"#/$defs/a\"\n");
    assertEquals("config/invalid-policy", d.ruleId());
    assertTrue(d.origin().line() == 7 || d.origin().line() == 8, d.toString());
  }

  @Test
  void aLoopThroughAnAnchorIsRefused() {
    Diagnostic d =
        customSchemaProblem(
            "        $defs: {a: {$anchor: here, anyOf: [{$ref: \"#here\"}]}}\n"
                + "        $ref: \"#/$defs/a\"\n");
    assertEquals(6, d.origin().line(), d.toString());
  }

  @Test
  void referencesThatDoubleAtEveryLinkAreRefused() {
    StringBuilder defs = new StringBuilder("        $defs:\n");
    for (int i = 0; i < 30; i++) {
      defs.append("          d")
          .append(i)
          .append(": {allOf: [{$ref: \"#/$defs/d")
          .append(i + 1)
          .append("\"}, {$ref: \"#/$defs/d")
          .append(i + 1)
          .append("\"}]}\n");
    }
    defs.append("          d30: {minimum: 1}\n        $ref: \"#/$defs/d0\"\n");
    Diagnostic d = customSchemaProblem(defs.toString());
    assertEquals(".vjc.yaml:6:9", d.origin().position());
    assertTrue(d.message().contains("more than 10000 subschemas"), d.message());
  }

  @Test
  void aRefToNothingAndDynamicRefsAreRefused() {
    assertTrue(
        customSchemaProblem("        $ref: \"#/$defs/missing\"\n")
            .message()
            .contains("points to nothing"));
    assertTrue(
        customSchemaProblem("        $dynamicRef: \"#x\"\n").message().contains("not supported"));
  }

  @Test
  void aRefInsideConstIsDataAndAnAcyclicRefStillWorks() {
    String policy =
        "policies:\n  custom:\n    - id: p\n      message: \"{path}\"\n"
            + "      schema:\n        $defs: {small: {maximum: 4}}\n"
            + "        properties:\n          labels: {not: {const: {$ref: \"#\"}}}\n"
            + "          jobSpec: {properties: {workerPoolSpecs: {items: {properties:"
            + " {replicaCount: {$ref: \"#/$defs/small\"}}}}}}\n";
    assertEquals(List.of(), findings(policy, job("x", "x")));
  }
}
