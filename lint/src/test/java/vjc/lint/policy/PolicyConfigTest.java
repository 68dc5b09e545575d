package vjc.lint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vjc.diag.Diagnostic;
import vjc.lint.catalog.Catalog;

/** Reading {@code policies:} from .vjc.yaml: every mistake is a positioned diagnostic. */
class PolicyConfigTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  private static List<Diagnostic> problems(String vjcYaml) {
    return PolicyEngine.of(PolicyFixtures.policies(vjcYaml), CATALOG).problems();
  }

  @Test
  void unknownPolicyKeyIsReportedAtTheKeyWithASuggestion() {
    List<Diagnostic> ds = problems("policies:\n  maxAcceleratorPerJob: 8\n");
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertEquals("config/unknown-policy", d.ruleId());
    assertEquals(".vjc.yaml:2:3", d.origin().position());
    assertEquals(
        "unknown policy 'maxAcceleratorPerJob' in policies; did you mean"
            + " 'maxAcceleratorsPerJob'",
        d.message());
  }

  @Test
  void unknownKeyInAnEnvironmentNamesTheEnvironment() {
    List<Diagnostic> ds = problems("policies:\n  environments:\n    prod:\n      maxTimout: 1h\n");
    assertEquals(1, ds.size(), ds.toString());
    assertEquals(".vjc.yaml:4:7", ds.get(0).origin().position());
    assertTrue(ds.get(0).message().contains("in policies.environments.prod"), ds.toString());
  }

  /** A value no policy accepts: each policy must report it, at its place, without throwing. */
  @TestFactory
  Stream<DynamicTest> everyPolicyReportsAWrongParameterTypeAtItsPosition() {
    return BuiltInPolicies.all(CATALOG).stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.key(),
                    () -> {
                      List<Diagnostic> ds = problems("policies:\n  " + p.key() + ": [[1, 2]]\n");
                      assertFalse(ds.isEmpty(), p.key() + " accepted [[1, 2]]");
                      for (Diagnostic d : ds) {
                        assertEquals("config/invalid-policy", d.ruleId(), d.toString());
                        assertEquals(2, d.origin().line(), d.toString());
                        assertTrue(d.origin().column() >= 3 + p.key().length(), d.toString());
                        assertTrue(d.message().startsWith("policies." + p.key()), d.message());
                      }
                    }));
  }

  /** The example each policy documents must be accepted as it is written. */
  @TestFactory
  Stream<DynamicTest> everyPolicyAcceptsItsDocumentedExample() {
    return BuiltInPolicies.all(CATALOG).stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.key(),
                    () ->
                        assertEquals(
                            List.of(),
                            problems("policies:\n  " + p.key() + ": " + p.example() + "\n"))));
  }

  @Test
  void wrongTypesAreNamedPlainly() {
    List<Diagnostic> ds =
        problems(
            "policies:\n  maxTimeout: 3600\n  maxReplicasPerPool: eight\n"
                + "  requireNetwork: 'yes'\n  allowedSchedulingStrategies: [SPOTT]\n"
                + "  requiredLabels: {cost-center: 'cc-[0-9'}\n");
    List<String> messages =
        ds.stream().map(d -> d.origin().position() + " " + d.message()).toList();
    assertEquals(
        List.of(
            ".vjc.yaml:2:15 policies.maxTimeout must be a positive duration such as 3600s, 90m, 24h"
                + " or 7d, found integer 3600",
            ".vjc.yaml:3:23 policies.maxReplicasPerPool must be a whole number of at least 1, found"
                + " 'eight'",
            ".vjc.yaml:4:19 policies.requireNetwork must be true or false, found 'yes'",
            ".vjc.yaml:5:33 policies.allowedSchedulingStrategies: 'SPOTT' is not a scheduling"
                + " strategy; did you mean SPOT",
            ".vjc.yaml:6:33 policies.requiredLabels: 'cc-[0-9' is not a pattern vjc accepts:"
                + " missing closing ]: [0-9"),
        messages);
  }

  @Test
  void customPoliciesAreCheckedFieldByField() {
    List<Diagnostic> ds =
        problems(
            "policies:\n  custom:\n"
                + "    - {id: ok-one, message: fine, schema: {}}\n"
                + "    - {id: ok-one, message: again, schema: {}}\n"
                + "    - {id: Not_Kebab, message: x, schema: {}}\n"
                + "    - {id: sev, message: x, severity: fatal, schema: {}}\n"
                + "    - {id: typo, message: x, schema: {properties: {labels: {minItems: two}}}}\n"
                + "    - {id: remote, message: x, schema: {$ref: 'http://example.com/s.json'}}\n"
                + "    - {id: field, mesage: x, schema: {}}\n"
                + "    - {id: allowed-regions, message: x, schema: {}}\n");
    List<String> got = ds.stream().map(d -> d.origin().line() + " " + d.message()).toList();
    assertEquals(
        List.of(
            "4 policies.custom[1].id: policy/ok-one is already used by policies.custom[0]",
            "5 policies.custom[2].id 'Not_Kebab' is not kebab-case",
            "6 policies.custom[3].severity must be error, warning or info, found 'fatal'",
            "7 policies.custom[4].schema.properties.labels.minItems: string found, integer"
                + " expected",
            "8 policies.custom[5].schema: $ref 'http://example.com/s.json' points outside the"
                + " policy",
            "9 unknown field 'mesage' in policies.custom[6]; did you mean 'message'",
            "9 policies.custom[6] has no message",
            "10 policies.custom[7].id: policy/allowed-regions is already a built-in policy"),
        got);
    ds.forEach(d -> assertEquals("config/invalid-policy", d.ruleId(), d.toString()));
  }

  @Test
  void nullOrFalseTurnsAPolicyOffInOneEnvironment() {
    PolicyEngine engine =
        PolicyEngine.of(
            PolicyFixtures.policies(
                "policies:\n"
                    + "  requireNetwork: true\n"
                    + "  maxReplicasPerPool: 2\n"
                    + "  environments:\n"
                    + "    dev: {requireNetwork: false, maxReplicasPerPool: null}\n"),
            CATALOG);
    assertEquals(List.of(), engine.problems());
    String job =
        "displayName: x\njobSpec:\n  workerPoolSpecs:\n"
            + "    - {machineSpec: {machineType: n1-standard-4}, replicaCount: 1}\n"
            + "    - {machineSpec: {machineType: n1-standard-4}, replicaCount: 5}\n"
            + "environments: {dev: {}, prod: {}}\n";
    List<String> prod = ids(engine.check(PolicyFixtures.job(job, Optional.of("prod"))));
    List<String> dev = ids(engine.check(PolicyFixtures.job(job, Optional.of("dev"))));
    assertEquals(List.of("policy/max-replicas-per-pool", "policy/require-network"), prod);
    assertEquals(List.of(), dev);
  }

  @Test
  void registryIsSortedByKeyAndIdsAreTheKeysInKebabCase() {
    List<BuiltInPolicy> all = BuiltInPolicies.all(CATALOG);
    List<String> keys = all.stream().map(BuiltInPolicy::key).toList();
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    assertEquals(sorted, keys, "BuiltInPolicies.all() must list policies in key order");
    assertEquals(keys.size(), new HashSet<>(keys).size(), "duplicate key in " + keys);
    assertEquals("policy/max-accelerators-per-job", BuiltInPolicy.idOf("maxAcceleratorsPerJob"));
    for (BuiltInPolicy p : all) {
      assertTrue(p.id().matches("policy/[a-z]+(-[a-z]+)*"), p.id());
      assertFalse(p.summary().endsWith("."), "summary ends with a period: " + p.key());
      assertEquals(
          Character.toLowerCase(p.summary().charAt(0)),
          p.summary().charAt(0),
          "summary must start lower-case: " + p.key());
    }
  }

  @Test
  void durationsReadAsPeopleWriteThem() {
    assertEquals(Optional.of(Duration.ofHours(24)), PolicyParams.parseDuration("24h"));
    assertEquals(Optional.of(Duration.ofDays(7)), PolicyParams.parseDuration("7d"));
    assertEquals(Optional.of(Duration.ofMinutes(90)), PolicyParams.parseDuration("90m"));
    assertEquals(Optional.of(Duration.ofMillis(1500)), PolicyParams.parseDuration("1.5s"));
    assertEquals(Optional.empty(), PolicyParams.parseDuration("3600"));
    assertEquals(Optional.empty(), PolicyParams.parseDuration("1w"));
    assertEquals("7d", PolicyParams.human(Duration.ofDays(7)));
    assertEquals("36h", PolicyParams.human(Duration.ofHours(36)));
    assertEquals("61s", PolicyParams.human(Duration.ofSeconds(61)));
    assertEquals("1.5s", PolicyParams.human(Duration.ofMillis(1500)));
  }

  private static List<String> ids(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::ruleId).sorted().toList();
  }
}
