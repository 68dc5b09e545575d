package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.cli.CliRun;
import vjc.diff.TempRepo;
import vjc.testing.SpecialFiles;

/**
 * What vjc reads on disk, through the CLI: only regular files (a FIFO named on the command line or
 * reached through a link must not hang the run), and inside a repository only the repository's own
 * files, so that a committed symbolic link cannot put a file from elsewhere into a finding.
 */
class FileSystemBoundaryTest {

  /** A guard against the hangs this test is about, not a speed check. */
  private static final Duration HANG = Duration.ofMinutes(2);

  private static final String SECRET = "AKIA_SECRET_DO_NOT_PRINT";

  private static final String JOB = SmallJob.YAML;

  @TempDir Path dir;

  @Test
  void aFifoNamedOnTheCommandLineIsRefused() throws Exception {
    Path fifo = SpecialFiles.fifo(dir.resolve("job.yaml"));
    CliRun lint = run("lint", "--no-snippets", fifo.toString());
    assertRefused(lint, fifo + ":1:1: error: is a FIFO (named pipe), not a regular file");
    CliRun compile = run("compile", fifo.toString());
    assertEquals(2, compile.exitCode(), compile.transcript());
    assertTrue(compile.err().contains("[io/not-a-regular-file]"), compile.transcript());
  }

  @Test
  void anOverlayAndAConfigLinkedToAFifoAreRefused() throws Exception {
    Path project = Files.createDirectory(dir.resolve("project"));
    Files.writeString(project.resolve("job.yaml"), JOB);
    Path fifo = SpecialFiles.fifo(Files.createDirectory(project.resolve("pipes")).resolve("p"));
    Files.createSymbolicLink(project.resolve("prod.yaml"), fifo);
    Files.writeString(
        project.resolve(".vjc.yaml"), "environments:\n  prod: {overlay: prod.yaml}\n");
    CliRun overlay = run("lint", "--no-snippets", project.resolve("job.yaml").toString());
    assertRefused(overlay, project.resolve("prod.yaml") + ":1:1: error: is a FIFO");

    Files.delete(project.resolve(".vjc.yaml"));
    Files.createSymbolicLink(project.resolve(".vjc.yaml"), fifo);
    CliRun config = run("lint", "--no-snippets", project.resolve("job.yaml").toString());
    assertRefused(config, project.resolve(".vjc.yaml") + ":1:1: error: is a FIFO");
  }

  @Test
  void anOverlayCommittedAsALinkToACredentialsFileIsRefusedWithoutItsContents() throws IOException {
    Path repo = repository();
    Path secret = Files.writeString(dir.resolve("credentials"), "token: " + SECRET + "\n");
    Files.createDirectory(repo.resolve("envs"));
    Files.createSymbolicLink(repo.resolve("envs/prod.yaml"), secret);
    Files.writeString(
        repo.resolve(".vjc.yaml"), "environments:\n  prod: {overlay: envs/prod.yaml}\n");
    Files.writeString(repo.resolve("job.yaml"), JOB);
    CliRun run = run("lint", repo.resolve("job.yaml").toString(), "--env", "prod");
    assertRefused(
        run,
        1,
        repo.resolve(".vjc.yaml")
            + ":2:19: error: overlay path 'envs/prod.yaml' leads, through a symbolic link, out of"
            + " the project folder "
            + repo);
  }

  @Test
  void aJobLinkedToTheProcessEnvironmentIsRefusedWithoutIt() throws IOException {
    Path environ = Path.of("/proc/self/environ");
    assumeTrue(Files.isReadable(environ), "no /proc here");
    Path repo = repository();
    Path job = Files.createSymbolicLink(repo.resolve("job.yaml"), environ);
    CliRun run = run("lint", "--no-snippets", job.toString());
    assertRefused(
        run,
        job + ":1:1: error: leads outside the repository " + repo + " (symbolic links followed)");
    String path = System.getenv("PATH");
    assertFalse(path != null && run.transcript().contains(path), run.transcript());
  }

  @Test
  void aFolderSearchDoesNotFollowALinkToTheRoot() throws IOException {
    Path repo = repository();
    Path jobs = Files.createDirectory(repo.resolve("jobs"));
    Files.writeString(jobs.resolve("train.yaml"), JOB);
    Path root = Files.createSymbolicLink(jobs.resolve("root"), Path.of("/"));
    CliRun run = run("lint", "--no-snippets", jobs.toString());
    assertRefused(run, root + ":1:1: error: leads outside the repository " + repo);
    assertTrue(run.out().contains("in 2 files"), run.transcript()); // train.yaml and the link
  }

  @Test
  void theGitFolderIsNeverSearched() throws IOException {
    Path repo = repository();
    Files.writeString(repo.resolve(".git/config.yaml"), "token: " + SECRET + "\n");
    CliRun run = run("lint", "--no-snippets", repo.resolve(".git").toString());
    assertRefused(run, repo.resolve(".git") + ":1:1: error: lies in a .git folder; not searched");
  }

  @Test
  void aConfigAboveTheRepositoryIsNotTheRepositorysConfig() throws IOException {
    Files.writeString(dir.resolve(".vjc.yaml"), "exclude: ['**']\n");
    Path repo = repository();
    Files.writeString(repo.resolve("train.yaml"), JOB);
    CliRun run = run("lint", "--no-snippets", repo.toString());
    assertEquals(0, run.exitCode(), run.transcript());
    assertTrue(run.out().contains("1 file checked"), run.transcript());
  }

  @Test
  void theBaseSnapshotDoesNotReadTheTemporaryFoldersConfig() throws Exception {
    // $TMPDIR/.vjc.yaml, if the snapshot's lookup walked up to it, would exclude every job.
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Files.writeString(tmp.resolve(".vjc.yaml"), "exclude: ['**']\n");
    TempRepo repo = TempRepo.init(Files.createDirectory(dir.resolve("repo")));
    repo.write("train.yaml", JOB).commit("train");
    repo.write("train.yaml", JOB.replace("displayName: train", "displayName: train-2"));
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                "vjc.cli.Main",
                "diff",
                "--base",
                "HEAD",
                repo.root().toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "vjc diff hung");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("displayName \"train\" → \"train-2\""), out);
    assertTrue(out.contains("1 changed"), out);
  }

  private static CliRun run(String... args) {
    return assertTimeoutPreemptively(HANG, () -> CliRun.of(args), "vjc hung on " + List.of(args));
  }

  /** Exit 2, no crash, a line starting with this finding, and nothing of the secret. */
  private static void assertRefused(CliRun run, String findingStart) {
    assertRefused(run, 2, findingStart);
  }

  /** As above with {@code exit}: 1 for a finding in .vjc.yaml, as for any config mistake. */
  private static void assertRefused(CliRun run, int exit, String findingStart) {
    assertFalse(Crashes.shown(run), "vjc crashed:\n" + Crashes.transcript(run));
    assertEquals(exit, run.exitCode(), Crashes.transcript(run));
    assertTrue(
        (run.out() + run.err()).lines().anyMatch(l -> l.startsWith(findingStart)),
        "expected a line starting " + findingStart + " in\n" + Crashes.transcript(run));
    assertFalse(run.transcript().contains(SECRET), run.transcript());
  }

  /** A folder that vjc takes for a git work tree: it holds {@code .git}. */
  private Path repository() throws IOException {
    Path repo = Files.createDirectory(dir.resolve("repo")).toRealPath();
    Files.createDirectory(repo.resolve(".git"));
    return repo;
  }
}
