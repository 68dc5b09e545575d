package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A broken .vjc.yaml or overlay is one error; the jobs it holds back are "not checked". */
class BrokenSharedFileTest {

  @TempDir Path dir;

  private static final String JOB =
      """
      region: us-central1
      displayName: %s
      labels: {env: "${env}"}
      jobSpec:
        workerPoolSpecs:
          - machineSpec: {machineType: n1-standard-4}
            replicaCount: 1
            containerSpec: {imageUri: "us-docker.pkg.dev/acme/train/job:1.0.0"}
      """;

  private void project(String config, String prodOverlay) throws IOException {
    Files.createDirectories(dir.resolve("jobs"));
    Files.createDirectories(dir.resolve("envs"));
    Files.writeString(dir.resolve(".vjc.yaml"), config);
    Files.writeString(dir.resolve("envs/dev.yaml"), "vars: {env: dev}\n");
    Files.writeString(dir.resolve("envs/prod.yaml"), prodOverlay);
    for (String name : new String[] {"a", "b", "c"}) {
      Files.writeString(dir.resolve("jobs/" + name + ".yaml"), JOB.formatted(name));
    }
  }

  private static final String CONFIG =
      "environments:\n  dev: {overlay: envs/dev.yaml}\n  prod: {overlay: envs/prod.yaml}\n";

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void aTabInAnOverlayIsOneErrorAndItsJobsAreNotCheckedThere() throws IOException {
    project(CONFIG, "vars:\n\tenv: prod\n");
    CliRun run = CliRun.of("lint", dir.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(1, count(run.out(), "[yaml/syntax]"), run.out());
    assertEquals(3, count(run.out(), "not checked (env: prod): "), run.out());
    // Nothing made up from the half-read overlay: no undefined variable, in any environment.
    assertFalse(run.out().contains("template/"), run.out());
    assertTrue(run.out().endsWith("vjc: 1 error, 0 warnings in 4 files; 3 jobs not checked\n"));

    CliRun json = CliRun.of("lint", "--format", "json", dir.toString());
    JsonNode root = JsonMapper.shared().readTree(json.out());
    assertEquals(1, root.path("summary").path("errors").asInt(), json.out());
    assertEquals(3, root.path("summary").path("notChecked").asInt(), json.out());
    JsonNode overlay = root.path("files").get(0);
    assertTrue(overlay.path("file").asString().endsWith("prod.yaml"), json.out());
    JsonNode job = root.path("files").get(1).path("notChecked").get(0);
    assertEquals("prod", job.path("environment").asString(), json.out());

    // JUnit: a job held back by the broken overlay did not pass; it is skipped, saying why.
    CliRun junit = CliRun.of("lint", "--format", "junit", dir.toString());
    assertTrue(junit.out().contains("skipped=\"3\""), junit.out());
    assertEquals(
        3, count(junit.out(), "<skipped message=\"not checked (env: prod): "), junit.out());
  }

  @Test
  void aPolicyTypoInTheConfigIsPrintedOnceWithItsLine() throws IOException {
    project(CONFIG + "policies:\n  allowedRegion: [us-central1]\n", "vars: {env: prod}\n");
    CliRun run = CliRun.of("lint", dir.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(1, count(run.out(), "[config/unknown-policy]"), run.out());
    assertTrue(run.out().contains("  allowedRegion: [us-central1]\n"), run.out());
    assertEquals(3, count(run.out(), "not checked: "), run.out());
  }

  @Test
  void compilingThroughABrokenOverlayShowsItsErrorAlone() throws IOException {
    project(CONFIG, "vars:\n\tenv: prod\n");
    CliRun run = CliRun.of("compile", dir.resolve("jobs/a.yaml").toString(), "--env", "prod");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, count(run.err(), "error:"), run.err());
    assertTrue(run.err().contains("[yaml/syntax]"), run.err());
  }
}
