package vjc.lint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vjc.diag.Diagnostic;
import vjc.diag.Severity;
import vjc.lint.catalog.Catalog;
import vjc.resolve.ResolvedJob;

/** Checking jobs: what each policy sees, where it reports, and how environments change it. */
class PolicyEngineTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  private static final String GPU_JOB =
      "region: us-central1\ndisplayName: x\n"
          + "vars: {workers: 1}\n"
          + "jobSpec:\n  workerPoolSpecs:\n"
          + "    - machineSpec: {machineType: a2-highgpu-8g, acceleratorType: NVIDIA_TESLA_A100,"
          + " acceleratorCount: 8}\n"
          + "      replicaCount: 1\n"
          + "    - machineSpec: {machineType: a2-highgpu-8g, acceleratorType: NVIDIA_TESLA_A100,"
          + " acceleratorCount: 8}\n"
          + "      replicaCount: ${workers}\n"
          + "environments:\n  dev: {}\n  prod: {vars: {workers: 7}}\n";

  private static PolicyEngine engine(String vjcYaml) {
    PolicyEngine e = PolicyEngine.of(PolicyFixtures.policies(vjcYaml), CATALOG);
    assertEquals(List.of(), e.problems());
    return e;
  }

  @Test
  void anEnvironmentOverrideReplacesTheProjectLimitThere() {
    PolicyEngine e =
        engine(
            "policies:\n  maxAcceleratorsPerJob: 8\n"
                + "  environments:\n    prod: {maxAcceleratorsPerJob: 64}\n");
    List<Diagnostic> dev = e.check(PolicyFixtures.job(GPU_JOB, Optional.of("dev")));
    List<Diagnostic> prod = e.check(PolicyFixtures.job(GPU_JOB, Optional.of("prod")));
    assertEquals(1, dev.size(), dev.toString());
    assertEquals(
        "the job uses 16 accelerators (pool 0: 1 × 8, pool 1: 1 × 8); the policy allows"
            + " at most 8",
        dev.get(0).message());
    assertEquals(List.of(), prod, "64 GPUs are allowed in prod");
  }

  @Test
  void aFindingPointsAtTheValueAndAtTheLineThatSetTheLimit() {
    PolicyEngine e = engine("policies:\n  maxReplicasPerPool: 4\n");
    List<Diagnostic> ds = e.check(PolicyFixtures.job(GPU_JOB, Optional.of("prod")));
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertEquals("policy/max-replicas-per-pool", d.ruleId());
    assertEquals(Severity.ERROR, d.severity());
    assertEquals("job.yaml:9:21", d.origin().position(), "the replicaCount that uses ${workers}");
    List<String> chain = d.origin().via().stream().map(Object::toString).toList();
    assertTrue(chain.get(chain.size() - 1).equals("policy set .vjc.yaml:2:23"), chain.toString());
    assertTrue(
        chain.stream().anyMatch(t -> t.startsWith("variable 'workers' defined")), chain.toString());
  }

  @Test
  void customPolicyReportsItsMessageAtTheOffendingValue() {
    PolicyEngine e =
        engine(
            "policies:\n"
                + "  custom:\n"
                + "    - id: small-pools\n"
                + "      message: '{path} is {value}; pools stay at 4 replicas or fewer.'\n"
                + "      severity: warning\n"
                + "      hint: Split the job\n"
                + "      schema:\n"
                + "        properties:\n"
                + "          jobSpec:\n"
                + "            properties:\n"
                + "              workerPoolSpecs: {items: {properties: {replicaCount: {maximum:"
                + " 4}}}}\n");
    List<Diagnostic> ds = e.check(PolicyFixtures.job(GPU_JOB, Optional.of("prod")));
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertEquals("policy/small-pools", d.ruleId());
    assertEquals(Severity.WARNING, d.severity());
    assertEquals(
        "jobSpec.workerPoolSpecs[1].replicaCount is 7; pools stay at 4 replicas or" + " fewer",
        d.message());
    assertEquals(Optional.of("Split the job."), d.hint());
    assertEquals("job.yaml:9:21", d.origin().position());
    assertEquals(
        "policy set .vjc.yaml:3:11", d.origin().via().get(d.origin().via().size() - 1).toString());
  }

  @Test
  void theSchemaSeesTheCompiledJobWithoutVjcKeys() {
    PolicyEngine e =
        engine(
            "policies:\n"
                + "  custom:\n"
                + "    - {id: sees-region, message: region is visible, schema: {not: {required:"
                + " [region]}}}\n"
                + "    - {id: sees-vars, message: vars are visible, schema: {not: {required:"
                + " [vars]}}}\n"
                + "    - {id: has-spec, message: no jobSpec, schema: {required: [jobSpec,"
                + " displayName]}}\n");
    assertEquals(List.of(), e.check(PolicyFixtures.job(GPU_JOB, Optional.of("dev"))));
  }

  @Test
  void replicaCountWrittenAsDigitsIsANumberToTheSchema() {
    PolicyEngine e =
        engine(
            "policies:\n  custom:\n"
                + "    - id: one-chief\n      message: too many\n      schema:\n"
                + "        properties: {jobSpec: {properties: {workerPoolSpecs: {items:"
                + " {properties: {replicaCount: {type: integer, maximum: 1}}}}}}}\n");
    ResolvedJob job =
        PolicyFixtures.job(
            "{\"displayName\": \"x\", \"jobSpec\": {\"workerPoolSpecs\": [{\"machineSpec\":"
                + " {\"machineType\": \"n1-standard-4\"}, \"replicaCount\": \"2\"}]}}");
    List<Diagnostic> ds = e.check(job);
    assertEquals(1, ds.size(), ds.toString());
    assertEquals("too many", ds.get(0).message());
  }

  @Test
  void oneFindingPerPlaceEvenWhenTheSchemaFailsSeveralWays() {
    PolicyEngine e =
        engine(
            "policies:\n  custom:\n"
                + "    - id: either\n      message: bad machine\n      schema:\n"
                + "        properties: {displayName: {anyOf: [{pattern: '^a'}, {pattern: '^b'}],"
                + " minLength: 5}}\n");
    List<Diagnostic> ds = e.check(PolicyFixtures.job(GPU_JOB, Optional.of("dev")));
    assertEquals(1, ds.size(), ds.toString());
    assertEquals("job.yaml:2:14", ds.get(0).origin().position());
  }

  @Test
  void aMissingMapIsReportedAtItsParentKey() {
    PolicyEngine e =
        engine(
            "policies:\n  custom:\n"
                + "    - {id: budget, message: needs a budget label, schema: {properties: {labels:"
                + " {required: [budget]}}, required: [labels]}}\n"
                + "  requiredLabels: [team]\n");
    List<Diagnostic> ds =
        e.check(
            PolicyFixtures.job(
                "displayName: x\n"
                    + "labels:\n"
                    + "  team: a\n"
                    + "jobSpec: {workerPoolSpecs: [{machineSpec: {machineType:"
                    + " n1-standard-4}}]}\n"));
    assertEquals(1, ds.size(), ds.toString());
    assertEquals("job.yaml:2:1", ds.get(0).origin().position(), "the labels: key");
  }

  @Test
  void imagePrefixesEndAtAPathBoundary() {
    assertTrue(
        AllowedImageRegistries.isUnder("us-docker.pkg.dev/acme/x:1", "us-docker.pkg.dev/acme"));
    assertTrue(
        AllowedImageRegistries.isUnder("us-docker.pkg.dev/acme/x:1", "us-docker.pkg.dev/acme/"));
    assertTrue(AllowedImageRegistries.isUnder("gcr.io/acme@sha256:ab", "gcr.io/acme"));
    assertFalse(
        AllowedImageRegistries.isUnder(
            "us-docker.pkg.dev/acme-evil/x:1", "us-docker.pkg.dev/acme"));
    assertFalse(AllowedImageRegistries.isUnder("python:3.11", "us-docker.pkg.dev/"));
  }

  @Test
  void regionPatternsUseGlobsOverTheWholeName() {
    PolicyEngine e = engine("policies:\n  allowedRegions: ['europe-*']\n");
    assertEquals(
        List.of(),
        e.check(
            PolicyFixtures.job(
                "region: europe-west4\n"
                    + "displayName: x\n"
                    + "jobSpec: {workerPoolSpecs: [{machineSpec: {machineType:"
                    + " n1-standard-4}}]}\n")));
    assertEquals(
        1,
        e.check(
                PolicyFixtures.job(
                    "region: us-east1\n"
                        + "displayName: x\n"
                        + "jobSpec: {workerPoolSpecs: [{machineSpec: {machineType:"
                        + " n1-standard-4}}]}\n"))
            .size());
    assertEquals(
        1,
        e.check(
                PolicyFixtures.job(
                    "region: xeurope-west4\n"
                        + "displayName: x\n"
                        + "jobSpec: {workerPoolSpecs: [{machineSpec: {machineType:"
                        + " n1-standard-4}}]}\n"))
            .size());
  }

  @Test
  void anEnvironmentCanAddACustomPolicy() {
    PolicyEngine e =
        engine(
            "policies:\n  environments:\n    prod:\n      custom:\n"
                + "        - {id: prod-name, message: prod jobs say prod, schema: {properties:"
                + " {displayName: {pattern: prod}}}}\n");
    assertEquals(List.of(), e.check(PolicyFixtures.job(GPU_JOB, Optional.of("dev"))));
    assertEquals(1, e.check(PolicyFixtures.job(GPU_JOB, Optional.of("prod"))).size());
  }

  @Test
  void aProjectsPoliciesAreReadOnce() {
    String yaml = "policies:\n  maxTimeout: 24h\n";
    assertSame(
        PolicyEngine.of(PolicyFixtures.policies(yaml), CATALOG),
        PolicyEngine.of(PolicyFixtures.policies(yaml), CATALOG));
  }
}
