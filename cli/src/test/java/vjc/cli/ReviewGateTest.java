package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.diff.TempRepo;

/**
 * A pull request cannot switch the review gate off unseen: each attack of issue #15 on the
 * configuration is a commit on top of a base, and both {@code vjc lint --new-since} and {@code vjc
 * diff --base} must fail on it, at the line that does it, while an honest change passes.
 */
class ReviewGateTest {

  private static final String CONFIG =
      "environments:\n"
          + "  dev: {}\n"
          + "  prod: {overlay: envs/prod.yaml}\n"
          + "rules:\n"
          + "  image-pinned: error\n"
          + "policies:\n"
          + "  allowedRegions: [europe-west4]\n"
          + "  maxAcceleratorsPerJob: 8\n"
          + "  environments:\n"
          + "    prod:\n"
          + "      maxAcceleratorsPerJob: 16\n";

  private static final String JOB = NewSinceTest.JOB;

  /** A job that breaks the region policy. */
  private static final String BAD_JOB = JOB.replace("europe-west4", "us-central1");

  @TempDir Path dir;

  private int repos;

  private TempRepo base() {
    Path root = dir.resolve("repo" + repos++);
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TempRepo repo = TempRepo.init(root);
    repo.write(".vjc.yaml", CONFIG)
        .write("envs/prod.yaml", "labels: {env: prod}\n")
        .write("jobs/train.yaml", JOB)
        .commit("base");
    return repo;
  }

  private CliRun lint(TempRepo repo, String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "lint";
    args[1] = "--no-snippets";
    args[2] = "--new-since=HEAD";
    System.arraycopy(extra, 0, args, 3, extra.length);
    args[args.length - 1] = repo.root().toString();
    return CliRun.of(args);
  }

  private CliRun diff(TempRepo repo) {
    return CliRun.of("diff", "--base", "HEAD", repo.root().toString());
  }

  /** The attack, applied to the working tree on top of the base: both gates fail and say why. */
  private void gateFails(Consumer<TempRepo> attack, String expected) {
    TempRepo repo = base();
    attack.accept(repo);
    CliRun lint = lint(repo);
    assertEquals(1, lint.exitCode(), () -> "lint --new-since passed:\n" + lint.out());
    assertTrue(lint.out().contains(expected), () -> "lint:\n" + lint.out());
    CliRun diff = diff(repo);
    assertEquals(1, diff.exitCode(), () -> "diff passed:\n" + diff.out() + diff.err());
    // diff names files from the repository root; lint as they were found (absolute here).
    String relative = expected.startsWith("/") ? expected.substring(1) : expected;
    assertTrue(diff.out().contains(relative), () -> "diff:\n" + diff.out());
  }

  @Test
  void anHonestChangePasses() {
    TempRepo repo = base();
    repo.write("jobs/eval.yaml", JOB.replace("mnist", "eval"));
    CliRun lint = lint(repo);
    assertEquals(0, lint.exitCode(), lint.out());
    assertEquals("vjc: 2 files checked, no problems\n", lint.out());
    CliRun diff = diff(repo);
    assertEquals(0, diff.exitCode(), diff.out());
    assertTrue(!diff.out().contains("checks:"), diff.out());
  }

  @Test
  void deletingPolicies() {
    gateFails(
        r -> r.write(".vjc.yaml", CONFIG.substring(0, CONFIG.indexOf("policies:"))),
        "this change turns policy allowedRegions off (it was ['europe-west4'])"
            + " [config/changed-in-review]");
  }

  @Test
  void turningARuleOffOrDown() {
    gateFails(
        r -> r.write(".vjc.yaml", CONFIG.replace("image-pinned: error", "image-pinned: off")),
        "/.vjc.yaml:5:17: error: this change changes rule image-pinned from 'error' to 'off'");
    gateFails(
        r ->
            r.write(
                ".vjc.yaml",
                CONFIG.replace("rules:\n", "rules:\n  policy/allowed-regions: info\n")),
        "this change adds rule policy/allowed-regions: 'info'");
  }

  @Test
  void turningAPolicyOffForOneEnvironment() {
    gateFails(
        r ->
            r.write(
                ".vjc.yaml",
                CONFIG
                    .replace("      maxAcceleratorsPerJob: 16\n", "")
                    .replace("    prod:\n", "    prod: null\n")),
        "this change turns policy environments.prod off");
  }

  @Test
  void wideningAnAllowList() {
    gateFails(
        r -> r.write(".vjc.yaml", CONFIG.replace("[europe-west4]", "[europe-west4, \"*\"]")),
        "/.vjc.yaml:7:34: error: this change adds '*' to policy allowedRegions");
  }

  @Test
  void raisingAMaximum() {
    gateFails(
        r ->
            r.write(
                ".vjc.yaml",
                CONFIG.replace("maxAcceleratorsPerJob: 8", "maxAcceleratorsPerJob: 64")),
        "this change changes policy maxAcceleratorsPerJob from 8 to 64");
  }

  @Test
  void excludingTheJob() {
    gateFails(
        r -> r.write(".vjc.yaml", CONFIG + "exclude: [\"jobs/**\"]\n"),
        "this change adds exclude: ['jobs/**']");
  }

  @Test
  void anEmptyVjcYamlInTheJobsFolder() {
    gateFails(
        r -> r.write("jobs/.vjc.yaml", "{}\n").write("jobs/train.yaml", BAD_JOB),
        "/jobs/.vjc.yaml:1:1: error: this change adds a .vjc.yaml: for every job below jobs/");
  }

  @Test
  void aJobWhereNoCheckLooks() {
    gateFails(
        r -> r.write(".staging/train.yaml", BAD_JOB),
        "/.staging/train.yaml:1:1: error: this change adds or edits a job file that no check sees:"
            + " folder .staging/ is skipped");
    gateFails(
        r -> r.write("jobs/train.yml.txt", BAD_JOB),
        "vjc searches only .yaml, .yml and .json files");
  }

  @Test
  void namingTheJobFileAsAnOverlay() {
    gateFails(
        r ->
            r.write(
                    ".vjc.yaml",
                    CONFIG.replace("dev: {}", "dev: {}\n  qa: {overlay: jobs/sneaky.yaml}"))
                .write("jobs/sneaky.yaml", BAD_JOB),
        "this change adds environments.qa");
  }

  @Test
  void aNewSuppressionIsListedAndCanFailTheGate() {
    TempRepo repo = base();
    repo.write(
        "jobs/train.yaml",
        JOB.replace(
            "region: europe-west4",
            "# vjc:ignore policy/allowed-regions -- we need GPUs\nregion: us-central1"));
    CliRun listed = lint(repo);
    assertEquals(0, listed.exitCode(), listed.out());
    assertTrue(
        listed
            .out()
            .contains(
                "/jobs/train.yaml:1:1: warning: this change adds a suppression: # vjc:ignore"
                    + " policy/allowed-regions -- we need GPUs [suppression/added]"),
        listed.out());
    CliRun strict = lint(repo, "--no-new-suppressions");
    assertEquals(1, strict.exitCode(), strict.out());
  }

  @Test
  void anApprovedConfigChangeIsAWarning() {
    TempRepo repo = base();
    repo.write(
        ".vjc.yaml", CONFIG.replace("maxAcceleratorsPerJob: 8", "maxAcceleratorsPerJob: 64"));
    CliRun run = lint(repo, "--allow-config-changes");
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(
        run.out().contains("warning: this change changes policy maxAcceleratorsPerJob"), run.out());
  }

  @Test
  void tighteningIsInfo() {
    TempRepo repo = base();
    repo.write(".vjc.yaml", CONFIG.replace("maxAcceleratorsPerJob: 8", "maxAcceleratorsPerJob: 4"));
    CliRun run = lint(repo);
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(
        run.out().contains("info: this change changes policy maxAcceleratorsPerJob from 8 to 4"),
        run.out());
  }
}
