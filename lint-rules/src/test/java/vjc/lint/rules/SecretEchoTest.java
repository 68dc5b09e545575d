package vjc.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.lint.Secrets;

/**
 * No finding echoes a credential: not a custom policy's {@code {value}}, not a message quoting a
 * value, not the source line shown under a {@code hardcoded-secret} finding.
 */
class SecretEchoTest {

  private static final String TOKEN = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";

  @TempDir Path dir;

  private Path job(String envValue) throws IOException {
    Path job = dir.resolve("job.yaml");
    Files.writeString(
        job,
        "region: us-central1\nproject: acme\ndisplayName: x\n"
            + "jobSpec:\n  workerPoolSpecs:\n"
            + "    - machineSpec: {machineType: n1-standard-4}\n      replicaCount: 1\n"
            + "      containerSpec:\n"
            + "        imageUri: us-docker.pkg.dev/acme/train/x:1.0.0\n"
            + "        env:\n"
            + "          - {name: HUB, value: \""
            + envValue
            + "\"}\n");
    return job;
  }

  @Test
  void aCustomPolicyMessageShowsNoToken() throws IOException {
    Files.writeString(
        dir.resolve(".vjc.yaml"),
        "policies:\n  custom:\n    - id: no-hub\n      message: \"env value {value} is not allowed\"\n"
            + "      schema:\n        properties:\n          jobSpec:\n            properties:\n"
            + "              workerPoolSpecs:\n                items:\n                  properties:\n"
            + "                    containerSpec:\n                      properties:\n"
            + "                        env:\n                          items:\n"
            + "                            properties:\n                              value:\n"
            + "                                maxLength: 3\n");
    RuleHarness.Transcript run = RuleHarness.lint(job(TOKEN));
    assertTrue(run.out().contains("[policy/no-hub]"), run.out());
    assertTrue(run.out().contains("ghp_****"), run.out());
    assertFalse(run.out().contains(TOKEN), run.out());
  }

  @Test
  void theSnippetOfAHardcodedSecretIsMaskedToo() throws IOException {
    RuleHarness.Transcript run = RuleHarness.lint(job(TOKEN));
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("[hardcoded-secret]"), run.out());
    assertTrue(run.out().contains("value: \"ghp****"), run.out());
    assertFalse(run.out().contains(TOKEN), run.out());
  }

  @Test
  void redactionKeepsOrdinaryTextAndMasksEveryShape() {
    assertEquals("machine type n1-standard-4", Secrets.redact("machine type n1-standard-4"));
    assertEquals("token ghp_**** here", Secrets.redact("token " + TOKEN + " here"));
    assertEquals(
        "postgres://admin:hun****@db", Secrets.redact("postgres://admin:hunter2secret@db"));
    String key = "AIza" + "SyA1234567890abcdefghijklmnopqrstuv";
    assertEquals("k=AIza****", Secrets.redact("k=" + key));
  }
}
