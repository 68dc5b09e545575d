package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.testing.Golden;
import vjc.testing.Repo;

/** The CLI's contract, one sentence per case: exit codes, streams, files written or not. */
class CliTest {

  private static final String RESNET = CliRun.path("testdata/examples/train-resnet.yaml");
  private static final String MNIST = CliRun.path("testdata/examples/mnist-cpu.yaml");

  @Test
  void unknownEnvironmentIsAUsageErrorThatListsTheDeclaredOnes() {
    CliRun run = CliRun.of("compile", RESNET, "--env", "staging");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().contains("environment 'staging' is not declared; declared: dev, prod"),
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void explainDocumentsRulesPoliciesAndEveryOtherId() {
    for (String id :
        List.of(
            "pool0-single-replica",
            "policy/max-timeout",
            "yaml/syntax",
            "template/undefined-variable",
            "schema/unknown-field")) {
      CliRun run = CliRun.of("explain", id);
      assertEquals(0, run.exitCode(), () -> id + ": " + run.err());
      assertTrue(run.out().startsWith("# " + id + "\n"), () -> id + ":\n" + run.out());
    }
  }

  @Test
  void explainOfAnUnknownIdSuggestsTheNearestOne() {
    CliRun run = CliRun.of("explain", "template/undefined-variabel");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("did you mean 'template/undefined-variable'?"), run.err());
  }

  @Test
  void compilingAJobWithEnvironmentsNeedsEnv() {
    CliRun run = CliRun.of("compile", RESNET);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("choose one to compile"), run.err());
  }

  @Test
  void explainPrintsEveryFieldWithWhereItWasSet() {
    CliRun run = CliRun.of("compile", RESNET, "--env", "prod", "--explain");
    assertEquals(0, run.exitCode(), run.err());
    Golden.check(Repo.testdata("compile", "explain", "train-resnet.prod.explain"), run.out());
  }

  @Test
  void outputFileIsWrittenWhole(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("job.json");
    CliRun run = CliRun.of("compile", MNIST, "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(CliRun.of("compile", MNIST).out(), Files.readString(out));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "a temporary file was left behind");
    }
  }

  @Test
  void nothingIsWrittenWhenThereAreErrors(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "displayName: x\njobSpec:\n  workerPoolSpecs:\n"
            + "    - machineSpec: {machineType: n1-standard-4}\n      replicaCount: two\n"
            + "      containerSpec: {imageUri: a/b:1}\n");
    Path out = dir.resolve("job.json");
    Files.writeString(out, "previous build\n");
    CliRun run = CliRun.of("compile", bad.toString(), "-o", out.toString());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().contains("replicaCount must be an integer, found 'two' [schema/type]"),
        run.err());
    assertEquals("previous build\n", Files.readString(out), "output was touched despite errors");
  }

  @Test
  void unreadableFileIsExitTwo() {
    CliRun run = CliRun.of("lint", "/nonexistent/job.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.out().contains("/nonexistent/job.yaml:1:1: error: no such file [io/unreadable]"),
        run.out());
  }

  @Test
  void bareSpecNeedsADisplayNameUnlessCompiledWithSpec(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("config.yaml");
    Files.writeString(
        spec,
        "workerPoolSpecs:\n  machineSpec: {machineType: n1-standard-4}\n"
            + "  replicaCount: 1\n  containerSpec: {imageUri: 'us-docker.pkg.dev/a/b/c:1'}\n");
    CliRun plain = CliRun.of("compile", spec.toString());
    assertEquals(1, plain.exitCode());
    assertTrue(plain.err().contains("[compile/display-name]"), plain.err());
    assertTrue(plain.err().contains("--display-name"), plain.err());

    CliRun named = CliRun.of("compile", spec.toString(), "--display-name", "nightly");
    assertEquals(0, named.exitCode(), named.err());
    assertTrue(named.out().contains("\"displayName\": \"nightly\""), named.out());

    CliRun specOnly = CliRun.of("compile", spec.toString(), "--spec");
    assertEquals(0, specOnly.exitCode(), specOnly.err());
    assertTrue(specOnly.out().startsWith("{\n  \"workerPoolSpecs\""), specOnly.out());
  }

  @Test
  void tuningJobGetsAClearMessage() {
    String hpt = Repo.testdata("compile-errors", "hp-tuning.yaml").toString();
    CliRun run = CliRun.of("lint", hpt);
    assertEquals(1, run.exitCode());
    assertTrue(
        run.out().contains("this is a hyperparameter tuning job (it has trialJobSpec)"), run.out());
  }

  @Test
  void everyFormatOfCompileIsDeterministic() {
    for (String format : new String[] {"json", "yaml", "textproto"}) {
      CliRun a = CliRun.of("compile", MNIST, "--format", format);
      CliRun b = CliRun.of("compile", MNIST, "--format", format);
      assertEquals(0, a.exitCode(), a.err());
      assertEquals(a.out(), b.out(), format);
      assertFalse(a.out().contains("region"), "vjc keys leaked into " + format);
    }
  }

  @Test
  void versionIsOneLine() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exitCode());
    assertEquals(1, run.out().lines().count(), run.out());
  }

  @Test
  void unknownOptionIsUsageErrorWithoutStackTrace() {
    CliRun run = CliRun.of("lint", "--frmat", "json", MNIST);
    assertEquals(2, run.exitCode());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void anOverlayFileOrVjcYamlStandsForEveryJobItAffects() {
    String overlay = CliRun.path("testdata/format/project/envs/prod.yaml");
    String config = CliRun.path("testdata/format/project/.vjc.yaml");
    for (String arg : new String[] {overlay, config}) {
      CliRun run = CliRun.of("lint", "--no-snippets", arg);
      assertEquals(1, run.exitCode(), run.out());
      assertTrue(
          run.out().contains("testdata/format/project/jobs/train.yaml:11:26: error:"), run.out());
      assertTrue(run.out().contains("(env: prod)"), run.out());
      assertTrue(run.out().contains("in 1 file"), "only the job is linted, not the overlay");
    }
  }

  @Test
  void findingsUnderSeveralEnvironmentsAreLabelledWithEach(@TempDir Path dir) throws Exception {
    Path job = dir.resolve("job.yaml");
    Files.writeString(
        job,
        "region: us-central1\ndisplayName: x\njobSpec:\n  workerPoolSpecs:\n"
            + "    - machineSpec: {machineType: n1-standard-4}\n      replicaCount: 3\n"
            + "      containerSpec: {imageUri: 'us-docker.pkg.dev/a/b/c:1'}\n"
            + "environments:\n  dev: {}\n  prod: {}\n");
    CliRun run = CliRun.of("lint", "--no-snippets", job.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("[pool0-single-replica] (env: dev,prod)"), run.out());
  }
}
