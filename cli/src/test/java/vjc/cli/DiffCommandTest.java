package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vjc.diff.TempRepo;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * {@code vjc diff} on a real git repository with two commits: testdata/diff/before, then
 * testdata/diff/after. Goldens: testdata/diff/two-commits.{text,json,md}.
 */
class DiffCommandTest {

  private static final Path DATA = Repo.testdata("diff");

  @TempDir Path dir;

  /** The repository after both commits, and the first commit's id. */
  private record Fixture(TempRepo repo, String base) {}

  private Fixture twoCommits() {
    TempRepo repo = TempRepo.init(dir);
    String base = repo.replaceWith(DATA.resolve("before")).commit("before");
    repo.replaceWith(DATA.resolve("after")).commit("after");
    return new Fixture(repo, base);
  }

  /** Commit ids depend on git's object format only, but goldens should not depend on even that. */
  private static String normalized(CliRun run, String commit) {
    return run.transcript()
        .replace(commit, "<commit>")
        .replace(commit.substring(0, 12), "<commit>");
  }

  @Test
  void textGoldenListsChangedFieldsAndAddedAndRemovedJobs() {
    Fixture f = twoCommits();
    // The second commit adds experiments/.vjc.yaml, a change to the checks that a reviewer
    // approved: it is listed as a warning and does not fail the diff.
    CliRun run =
        CliRun.of("diff", "--base", "HEAD~1", "--allow-config-changes", f.repo().root().toString());
    assertEquals(0, run.exitCode(), run.err());
    Golden.check(DATA.resolve("two-commits.text"), normalized(run, f.base()));
    assertTrue(
        run.out()
            .contains(
                "prod/jobs/train-resnet:"
                    + " jobSpec.workerPoolSpecs[0].machineSpec.acceleratorCount 4 → 8\n"),
        run.out());
  }

  @Test
  void jsonGoldenIsValidJsonWithEveryJob() {
    Fixture f = twoCommits();
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            "HEAD~1",
            "--allow-config-changes",
            "--format",
            "json",
            f.repo().root().toString());
    assertEquals(0, run.exitCode(), run.err());
    Golden.check(DATA.resolve("two-commits.json"), normalized(run, f.base()));
    JsonNode tree = JsonMapper.shared().readTree(run.out());
    assertEquals(f.base(), tree.get("base").get("commit").asString());
    assertEquals(7, tree.get("jobs").size(), "3 files × 2 environments + 1 job without any");
    assertEquals("experiments/sweep", tree.get("jobs").get(0).get("job").asString());
    assertTrue(tree.get("jobs").get(0).get("environment").isNull());
  }

  @Test
  void markdownGoldenIsAPullRequestComment() {
    Fixture f = twoCommits();
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            "HEAD~1",
            "--allow-config-changes",
            "--format",
            "markdown",
            f.repo().root().toString());
    assertEquals(0, run.exitCode(), run.err());
    Golden.check(DATA.resolve("two-commits.md"), normalized(run, f.base()));
  }

  @Test
  void theWorkingTreeIsComparedAndLeftAsItWas() throws Exception {
    Fixture f = twoCommits();
    f.repo()
        .write(
            "jobs/mnist.yaml",
            Files.readString(f.repo().root().resolve("jobs/mnist.yaml"))
                .replace("n1-standard-4", "n1-standard-8"));
    String status = f.repo().git("status", "--porcelain");
    String head = f.repo().git("rev-parse", "HEAD");
    CliRun run = CliRun.of("diff", "--base", "HEAD", f.repo().root().toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "dev/jobs/mnist: jobSpec.workerPoolSpecs[0].machineSpec.machineType"
            + " \"n1-standard-4\" → \"n1-standard-8\"\n"
            + "prod/jobs/mnist: jobSpec.workerPoolSpecs[0].machineSpec.machineType"
            + " \"n1-standard-4\" → \"n1-standard-8\"\n",
        run.out().substring(0, run.out().indexOf("vjc diff")));
    assertEquals(status, f.repo().git("status", "--porcelain"), "the working tree changed");
    assertEquals(head, f.repo().git("rev-parse", "HEAD"));
    assertEquals("", f.repo().git("stash", "list"));
  }

  @Test
  void noChangesIsExitZeroEvenWithExitCode() {
    Fixture f = twoCommits();
    CliRun run = CliRun.of("diff", "--base", "HEAD", "--exit-code", f.repo().root().toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().endsWith("): 5 unchanged\n"), run.out());
    CliRun md =
        CliRun.of("diff", "--base", "HEAD", "--format", "markdown", f.repo().root().toString());
    assertTrue(md.out().contains("No changes to the compiled jobs against `HEAD`"), md.out());
  }

  @Test
  void exitCodeMakesChangesExitOne() {
    Fixture f = twoCommits();
    CliRun run = CliRun.of("diff", "--base", "HEAD~1", "--exit-code", f.repo().root().toString());
    assertEquals(1, run.exitCode(), run.out());
  }

  @Test
  void pathsLimitTheDiffToTheirJobs() {
    Fixture f = twoCommits();
    CliRun run =
        CliRun.of(
            "diff",
            "--base",
            "HEAD~1",
            "--allow-config-changes",
            "--env",
            "prod",
            f.repo().root().resolve("jobs/train-resnet.yaml").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.out().contains("mnist") || run.out().contains("dev/jobs"), run.out());
    assertTrue(run.out().endsWith("): 1 changed\n"), run.out());
  }

  @Test
  void searchedFilesThatAreNotJobsAreLeftOut() {
    Fixture f = twoCommits();
    f.repo()
        .write("ci/ci.yaml", "on: [push]\njobs:\n  build: {runs-on: ubuntu}\n")
        .write("jobs/broken.yaml", "displayName: x\njobSpec: [\n");
    CliRun run = CliRun.of("diff", "--base", "HEAD~1", f.repo().root().toString());
    assertFalse(run.out().contains("ci.yaml"), run.out());
    // A file that does not parse is not skipped: its error is the change's news.
    assertTrue(run.out().contains("jobs/broken"), run.out());
  }

  @Test
  void aJobThatNoLongerCompilesIsListedWithItsErrorAndExitsOne() {
    Fixture f = twoCommits();
    f.repo()
        .write(
            "experiments/sweep.yaml",
            "displayName: sweep\n"
                + "jobSpec:\n"
                + "  workerPoolSpecs:\n"
                + "    - machineSpec: {machineType: n1-standard-16}\n"
                + "      replicaCount: two\n"
                + "      containerSpec: {imageUri:"
                + " \"europe-docker.pkg.dev/acme/train/sweep:0.3.1\"}\n");
    CliRun run = CliRun.of("diff", "--base", "HEAD", f.repo().root().toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(
        run.out()
            .startsWith(
                "experiments/sweep: does not compile in the working tree:"
                    + " experiments/sweep.yaml:5:21: replicaCount must be an integer, found 'two'"
                    + " [schema/type]\n"),
        run.out());
  }

  @Test
  void aJobBrokenTheSameWayOnBothSidesIsNotThisChangesNews() {
    Fixture f = twoCommits();
    String broken =
        "displayName: sweep\njobSpec:\n  workerPoolSpecs:\n"
            + "    - machineSpec: {machineType: n1-standard-16}\n      replicaCount: two\n";
    f.repo().write("experiments/sweep.yaml", broken).commit("break it");
    f.repo().write("experiments/sweep.yaml", "# moved down a line\n" + broken);
    CliRun run = CliRun.of("diff", "--base", "HEAD", f.repo().root().toString());
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().endsWith("): 5 unchanged\n"), run.out());
  }

  @Test
  void movingAnEnvironmentToAnotherProjectAndRegionIsAChangeInEveryFormat() {
    Fixture f = twoCommits();
    f.repo()
        .write(
            "envs/prod.yaml", "project: acme-ml-sandbox\nregion: us-east1\nlabels: {tier: prod}\n");
    CliRun text = CliRun.of("diff", "--base", "HEAD", f.repo().root().toString());
    assertEquals(0, text.exitCode(), text.out() + text.err());
    assertTrue(
        text.out()
            .contains(
                "prod/jobs/mnist: parent \"projects/acme-ml-prod/locations/europe-west4\""
                    + " → \"projects/acme-ml-sandbox/locations/us-east1\"\n"
                    + "prod/jobs/mnist: endpoint \"europe-west4-aiplatform.googleapis.com\""
                    + " → \"us-east1-aiplatform.googleapis.com\"\n"),
        text.out());
    assertFalse(text.out().contains("dev/jobs/mnist"), text.out());

    CliRun json =
        CliRun.of("diff", "--base", "HEAD", "--format", "json", f.repo().root().toString());
    JsonNode mnist = null;
    for (JsonNode j : JsonMapper.shared().readTree(json.out()).path("jobs")) {
      if (j.path("job").asString().equals("jobs/mnist")
          && j.path("environment").asString().equals("prod")) {
        mnist = j;
      }
    }
    assertTrue(mnist != null, json.out());
    assertEquals("changed", mnist.path("status").asString(), json.out());
    assertEquals("parent", mnist.path("changes").get(0).path("path").asString(), json.out());
    assertEquals(
        "projects/acme-ml-sandbox/locations/us-east1",
        mnist.path("changes").get(0).path("after").asString(),
        json.out());

    CliRun md =
        CliRun.of("diff", "--base", "HEAD", "--format", "markdown", f.repo().root().toString());
    assertTrue(
        md.out().contains("| `endpoint` | `\"europe-west4-aiplatform.googleapis.com\"` |"),
        md.out());
  }

  @Test
  void anUnknownRevisionIsAUsageError() {
    Fixture f = twoCommits();
    CliRun run = CliRun.of("diff", "--base", "no-such-branch", f.repo().root().toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "vjc: 'no-such-branch' does not name a commit in " + f.repo().root() + "\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void aFolderOutsideAnyRepositoryIsAUsageError() throws Exception {
    Path outside = Files.createTempDirectory("vjc-not-a-repo-");
    try {
      CliRun run = CliRun.of("diff", "--base", "HEAD", outside.toString());
      assertEquals(2, run.exitCode(), run.out());
      assertTrue(run.err().startsWith("vjc: "), run.err());
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void baseIsRequired() {
    CliRun run = CliRun.of("diff", dir.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Missing required option: '--base=REF'"), run.err());
  }
}
