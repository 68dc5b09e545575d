package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.diff.TempRepo;

/** {@code vjc lint --new-since REF}: only findings the files did not have at REF. */
class NewSinceTest {

  private static final String CONFIG =
      "environments:\n  dev: {}\n  prod: {}\n" + "policies:\n  requiredLabels: [cost-center]\n";

  /** A clean job in europe-west4; ReviewGateTest builds on it too. */
  static final String JOB =
      "region: europe-west4\nproject: acme-ml\n"
          + "displayName: mnist\n"
          + "jobSpec:\n  workerPoolSpecs:\n"
          + "    - machineSpec: {machineType: n1-standard-4}\n      replicaCount: 1\n"
          + "      containerSpec: {imageUri: \"europe-docker.pkg.dev/acme/train/mnist:2.0.1\"}\n";

  @TempDir Path dir;

  private TempRepo repoWithOldFinding() {
    TempRepo repo = TempRepo.init(dir);
    repo.write(".vjc.yaml", CONFIG).write("jobs/old.yaml", JOB).commit("old finding");
    return repo;
  }

  @Test
  void oldFindingsStayHiddenWhenLinesAboveThemMove() {
    TempRepo repo = repoWithOldFinding();
    repo.write("jobs/old.yaml", "# two new lines\n# above the finding\n" + JOB);
    CliRun all = CliRun.of("lint", "--no-snippets", repo.root().toString());
    assertEquals(1, all.exitCode());
    CliRun run = CliRun.of("lint", "--no-snippets", "--new-since", "HEAD", repo.root().toString());
    assertEquals(0, run.exitCode(), run.out());
    assertEquals("vjc: 1 file checked, no problems\n", run.out());
    assertEquals("vjc: 1 finding also present at HEAD not shown (--new-since)\n", run.err());
  }

  @Test
  void aNewFileAndANewFindingAreReported() {
    TempRepo repo = repoWithOldFinding();
    repo.write("jobs/new.yaml", JOB);
    repo.write(
        "jobs/old.yaml",
        JOB.replace("displayName: mnist", "displayName: mnist\nlabels: {cost-center: cc-1}"));
    repo.commit("new job; old job fixed");
    repo.write("jobs/old.yaml", JOB.replace("n1-standard-4", "n1-standard-8"));
    CliRun run =
        CliRun.of("lint", "--no-snippets", "--new-since", "HEAD~1", repo.root().toString());
    assertEquals(1, run.exitCode(), run.out());
    // jobs/new.yaml did not exist at HEAD~1: its finding is new. jobs/old.yaml had the same
    // finding at HEAD~1 (it was fixed in HEAD and broken again in the working tree): not new.
    assertTrue(
        run.out()
            .contains(
                "jobs/new.yaml:1:1: error: required label 'cost-center' is"
                    + " missing [policy/required-labels] (env: dev,prod)"),
        run.out());
    assertFalse(run.out().contains("jobs/old.yaml"), run.out());
  }

  @Test
  void aFindingThatSpreadsToAnotherEnvironmentIsNew() {
    TempRepo repo = TempRepo.init(dir);
    String config =
        "environments:\n  dev: {}\n  prod: {}\npolicies:\n  environments:\n"
            + "    dev: {requiredLabels: [cost-center]}\n";
    repo.write(".vjc.yaml", config).write("jobs/job.yaml", JOB).commit("dev only");
    repo.write(
        ".vjc.yaml",
        config.replace(
            "    dev: {requiredLabels: [cost-center]}\n",
            "    dev: {requiredLabels: [cost-center]}\n"
                + "    prod: {requiredLabels: [cost-center]}\n"));
    CliRun run = CliRun.of("lint", "--no-snippets", "--new-since", "HEAD", repo.root().toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("(env: dev,prod)"), run.out());
  }

  @Test
  void aSecondIdenticalFindingIsNew() {
    TempRepo repo = TempRepo.init(dir);
    repo.write(
        ".vjc.yaml",
        "policies:\n  custom:\n    - id: no-n1-standard-8\n"
            + "      message: pools must not use n1-standard-8\n"
            + "      schema: {properties: {jobSpec: {properties: {workerPoolSpecs: {items:"
            + " {properties: {machineSpec: {properties: {machineType: {not: {const:"
            + " n1-standard-8}}}}}}}}}}}\n");
    String pool =
        "    - machineSpec: {machineType: n1-standard-4}\n      replicaCount: 1\n"
            + "      containerSpec: {imageUri: \"europe-docker.pkg.dev/acme/train/mnist:2.0.1\"}\n";
    String job = JOB + pool;
    repo.write("jobs/job.yaml", job.replaceFirst("n1-standard-4", "n1-standard-8"))
        .commit("one finding");
    repo.write("jobs/job.yaml", job.replace("n1-standard-4", "n1-standard-8"));
    CliRun all = CliRun.of("lint", "--no-snippets", repo.root().toString());
    assertEquals(2, all.out().split("pools must not use", -1).length - 1, all.out());
    CliRun run = CliRun.of("lint", "--no-snippets", "--new-since", "HEAD", repo.root().toString());
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(1, run.out().split("pools must not use", -1).length - 1, run.out());
  }

  @Test
  void anUnknownRevisionIsAUsageError() {
    TempRepo repo = repoWithOldFinding();
    CliRun run = CliRun.of("lint", "--new-since", "nope", repo.root().toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "vjc: --new-since nope: 'nope' does not name a commit in " + repo.root() + "\n", run.err());
  }
}
