package vjc.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vjc.diag.Origin;
import vjc.load.Limits;
import vjc.load.MapNode;
import vjc.load.SourceText;
import vjc.load.YamlLoader;

/** The pieces of vjc submit that need no server. */
class SubmitPartsTest {

  private static MapNode yaml(String text) {
    return (MapNode)
        new YamlLoader(Limits.DEFAULT)
            .load(new SourceText(Path.of("j.yaml"), text))
            .value()
            .orElseThrow();
  }

  @Test
  void aTestRunHasNoTerminal() {
    // Surefire forks the JVM with its output piped: no terminal, on JDK 17 and on JDK 22+, where
    // System.console() is no longer null when piped.
    assertFalse(SubmitEnvironment.isTerminal());
  }

  @Test
  void serverFieldPathsBecomeTheFilesSpelling() {
    assertEquals(
        "jobSpec.workerPoolSpecs[1].machineSpec.acceleratorCount",
        FieldLocator.camelPath(
            "custom_job.job_spec.worker_pool_specs[1].machine_spec" + ".accelerator_count"));
  }

  @Test
  void aFieldIsFoundAtItsValueOrElseAtTheNearestFieldTheFileHas() {
    MapNode job =
        yaml(
            "region: us-central1\njobSpec:\n  workerPoolSpecs:\n"
                + "    - machineSpec: {machineType: n1-standard-4}\n      replicaCount: 1\n");
    assertEquals(
        Optional.of(Origin.of(Path.of("j.yaml"), 4, 34)),
        FieldLocator.locate(job, "job_spec.worker_pool_specs[0].machine_spec.machine_type"));
    assertEquals(
        Optional.of(Origin.of(Path.of("j.yaml"), 4, 7)),
        FieldLocator.locate(job, "job_spec.worker_pool_specs[0].machine_spec.accelerator_type"));
    assertEquals(Optional.empty(), FieldLocator.locate(job, "encryption_spec.kms_key_name"));
    assertEquals(
        Optional.empty(),
        FieldLocator.locate(job, "region"),
        "vjc's own keys are never what the server means");
  }

  @Test
  void aQuotedValueIsFoundOutsideVjcsKeys() {
    MapNode job =
        yaml(
            "vars: {m: n1-standard-4}\njobSpec: {workerPoolSpecs: [{machineSpec:"
                + " {machineType: n1-standard-4}}]}\n");
    assertEquals(2, FieldLocator.findValue(job, List.of("n1-standard-4")).orElseThrow().line());
  }

  @Test
  void quotaMetricsAreNamedInWords() {
    assertEquals(
        "NVIDIA L4 GPUs for custom training",
        ApiErrors.describe("custom_model_training_nvidia_l4_gpus"));
    assertEquals(
        "Spot and Flex-start (preemptible) NVIDIA H100 80GB GPUs for custom training",
        ApiErrors.describe("custom_model_training_preemptible_nvidia_h100_80gb_gpus"));
    assertEquals("vCPUs for custom training", ApiErrors.describe("custom_model_training_cpus"));
  }

  @Test
  void tokensAreRedactedAndOrdinaryTextIsNot() {
    assertEquals(
        "Authorization: Bearer [redacted] and [redacted]",
        Redaction.scrub("Authorization: Bearer abc.def-123 and ya29.a0Af_x-y"));
    assertEquals(
        "{\"access_token\": \"[redacted]\"}", Redaction.scrub("{\"access_token\": \"s3cr3t\"}"));
    String plain =
        "Permission 'aiplatform.customJobs.create' denied on resource (or it may not" + " exist).";
    assertEquals(plain, Redaction.scrub(plain));
    assertFalse(Redaction.scrub("refresh_token=1//0abc").contains("0abc"));
  }

  @Test
  void everyCredentialFormIsRedacted() {
    assertEquals(
        "Authorization: Basic [redacted]", Redaction.scrub("Authorization: Basic dXNlcjpwYXNz"));
    assertEquals("header Basic [redacted] sent", Redaction.scrub("header Basic dXNlcjpwYXNz sent"));
    assertEquals(
        "x-goog-api-key: [redacted]",
        Redaction.scrub("x-goog-api-key: AIzaSyD-FAKE0123456789abcdefghijklmnop"));
    assertEquals(
        "GET /v1?key=[redacted]",
        Redaction.scrub("GET /v1?key=AIzaSyD-FAKE0123456789abcdefghijklmnop"));
    assertEquals(
        "{\"accessToken\": \"[redacted]\", \"expiresIn\": 3599}",
        Redaction.scrub("{\"accessToken\": \"opaque\", \"expiresIn\": 3599}"));
    assertEquals(
        "{\"token\": \"[redacted]\"}",
        Redaction.scrub("{\"token\": \"ghs_FAKEinstallationTOKEN0123456789abcd\"}"));
    assertEquals(
        "{\\\"client_secret\\\": \\\"[redacted]\\\"}",
        Redaction.scrub("{\\\"client_secret\\\": \\\"plain-secret\\\"}"),
        "JSON inside a JSON string");
    assertEquals(
        "key: [redacted] (rest)",
        Redaction.scrub(
            "key: -----BEGIN PRIVATE KEY-----\nMIIEvQ\nAB==\n-----END PRIVATE KEY----- (rest)"));
    assertEquals(
        "cut off: [redacted]",
        Redaction.scrub("cut off: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk"));
    assertEquals(
        "[redacted] and [redacted] and [redacted]",
        Redaction.scrub(
            "ghp_FAKEpersonalTOKEN0123456789abcdefgh and gho_FAKEoauthTOKEN0123456789abcdefgh"
                + " and github_pat_FAKEfineGrained0123456789_abcdef"));
    assertEquals(
        "https://bot:[redacted]@git.example.com",
        Redaction.scrub("https://bot:hunter2@git.example.com"));
    assertEquals("[redacted]", Redaction.scrub("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"));
    assertEquals("[redacted]", Redaction.scrub("1//0gFAKE-refresh-0123456789abcdef"));
  }

  @Test
  void proseThatMentionsCredentialsIsLeftAlone() {
    for (String plain :
        List.of(
            "Use basic scaling or Basic Configuration for this model.",
            "The token expired; the private key was rotated.",
            "Secret Manager secret projects/1/secrets/x is not accessible.",
            "nextPageToken: CiAKGjBpNDd2Nm",
            "Machine type \"a2-highgpu-1g\" is not supported in us-central1-x.")) {
      assertEquals(plain, Redaction.scrub(plain));
    }
  }

  @Test
  void aBudgetIsSharedByEveryCallAndPauseThatDrawsOnIt() {
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
    Budget b = Budget.start(Duration.ofSeconds(60), now::get);
    assertEquals(Duration.ofSeconds(20), b.createShare());
    assertEquals(Duration.ofSeconds(10), b.readShare());
    now.addAndGet(Duration.ofSeconds(55).toNanos());
    assertEquals(Duration.ofSeconds(5), b.readShare(), "a call never outlives the budget");
    assertEquals(Duration.ofSeconds(5), b.cap(Duration.ofSeconds(30)));
    now.addAndGet(Duration.ofSeconds(6).toNanos());
    assertEquals(Duration.ZERO, b.remaining());
    assertTrue(b.spent());
    assertEquals(Duration.ofSeconds(60), b.restart().remaining());
    assertThrows(IllegalArgumentException.class, () -> Budget.start(Duration.ZERO, now::get));
  }

  @Test
  void endpointsMustBeHostAndPort() {
    Target.checkEndpoint("localhost:8080");
    Target.checkEndpoint("127.0.0.1:1");
    Target.checkEndpoint("[::1]:443");
    for (String bad : List.of("localhost", "http://localhost:80", ":80", "host:99999", "a b:1")) {
      assertThrows(IllegalArgumentException.class, () -> Target.checkEndpoint(bad), bad);
    }
  }

  @Test
  void targetsBuildParentEndpointAndConsoleUrl() {
    Target t = new Target("acme-ml", "europe-west4", Target.defaultEndpoint("europe-west4"), false);
    assertEquals("projects/acme-ml/locations/europe-west4", t.parent());
    assertEquals("europe-west4-aiplatform.googleapis.com:443", t.endpoint());
    assertEquals(
        "https://console.cloud.google.com/vertex-ai/locations/europe-west4/training/77"
            + "?project=acme-ml",
        t.consoleUrl("projects/1/locations/europe-west4/customJobs/77"));
    assertThrows(
        IllegalArgumentException.class, () -> new Target("acme-ml", "us central1", "h:1", false));
  }

  @Test
  void readRetriesBackOffExponentiallyToThirtySeconds() {
    assertEquals(
        List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L),
        java.util.stream.IntStream.rangeClosed(1, 7)
            .mapToObj(Submission::backoff)
            .map(Duration::toSeconds)
            .toList());
  }

  @Test
  void requestIdsAreLabelValues() {
    RequestLabel.check("ci-run-42_b");
    assertThrows(IllegalArgumentException.class, () -> RequestLabel.check("Has Capitals"));
    assertEquals(16, RequestLabel.newId(new java.util.Random(1)).length());
  }
}
