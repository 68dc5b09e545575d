package vjc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vjc.support.Diags.single;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.testing.SpecialFiles;

/**
 * What {@link SourceReader} refuses to open: files that are not regular files (a FIFO would block
 * the open forever), and, inside a repository, anything a symbolic link leads out of it or into its
 * {@code .git} folder. A refusal never carries the refused file's bytes.
 */
class SourceReaderBoundaryTest {

  /** A guard against the hang being fixed here, not a speed check. */
  private static final Duration HANG = Duration.ofMinutes(1);

  private static final String SECRET = "aws_secret_access_key = AKIA-DO-NOT-PRINT";

  private final SourceReader reader = new SourceReader(Limits.DEFAULT);

  @TempDir Path dir;

  private Diagnostic refused(Path file) {
    Outcome<SourceText> out = assertTimeoutPreemptively(HANG, () -> reader.read(file));
    assertTrue(out.value().isEmpty(), () -> file + " was read");
    Diagnostic d = single(out.diagnostics());
    assertEquals(1, d.origin().line());
    assertEquals(1, d.origin().column());
    assertFalse(d.toString().contains("AKIA"), d::toString);
    return d;
  }

  @Test
  void aFifoIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = SpecialFiles.fifo(dir.resolve("job.yaml"));
    Diagnostic d = refused(fifo);
    assertEquals("io/not-a-regular-file", d.ruleId());
    assertEquals("is a FIFO (named pipe), not a regular file", d.message());
  }

  @Test
  void aSymlinkToAFifoIsRefusedToo() throws Exception {
    Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));
    Path link = Files.createSymbolicLink(dir.resolve("job.yaml"), fifo);
    assertEquals("io/not-a-regular-file", refused(link).ruleId());
  }

  @Test
  void aDeviceIsRefused() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull), "no /dev/null on this system");
    Path link = Files.createSymbolicLink(dir.resolve("job.yaml"), devNull);
    Diagnostic d = refused(link);
    assertEquals("io/not-a-regular-file", d.ruleId());
    assertEquals("is a device, not a regular file", d.message());
  }

  @Test
  void aSocketIsRefused() throws IOException {
    try (ServerSocketChannel socket = SpecialFiles.socket(dir.resolve("job.yaml"))) {
      Diagnostic d = refused(dir.resolve("job.yaml"));
      assertEquals("io/not-a-regular-file", d.ruleId());
      assertEquals("is a socket, not a regular file", d.message());
    }
  }

  @Test
  void aLinkOutOfTheRepositoryIsRefusedWithoutItsContents() throws IOException {
    Path repo = repository("repo");
    Path secret = Files.writeString(dir.resolve("credentials"), SECRET + "\n");
    Path link = Files.createSymbolicLink(repo.resolve("envs").resolve("prod.yaml"), secret);
    Diagnostic d = refused(link);
    assertEquals("io/outside-repository", d.ruleId());
    assertEquals(
        "leads outside the repository " + repo + " (symbolic links followed); vjc does not read it",
        d.message());
  }

  @Test
  void aLinkToTheProcessEnvironmentIsRefused() throws IOException {
    Path environ = Path.of("/proc/self/environ");
    assumeTrue(Files.isReadable(environ), "no /proc here");
    Path repo = repository("repo");
    Path link = Files.createSymbolicLink(repo.resolve("job.yaml"), environ);
    assertEquals("io/outside-repository", refused(link).ruleId());
  }

  @Test
  void aLinkedFolderOutOfTheRepositoryIsRefused() throws IOException {
    Path repo = repository("repo");
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("job.yaml"), SECRET + "\n");
    Path linked = Files.createSymbolicLink(repo.resolve("jobs"), elsewhere);
    assertEquals("io/outside-repository", refused(linked.resolve("job.yaml")).ruleId());
  }

  @Test
  void nothingInTheGitFolderIsRead() throws IOException {
    Path repo = repository("repo");
    Files.writeString(repo.resolve(".git/config"), "[remote]\n  url = https://" + SECRET + "\n");
    Diagnostic d = refused(repo.resolve(".git/config"));
    assertEquals("io/outside-repository", d.ruleId());
    Path link = Files.createSymbolicLink(repo.resolve("job.yaml"), repo.resolve(".git/config"));
    assertEquals("lies in a .git folder; vjc does not read it", refused(link).message());
  }

  @Test
  void aLinkInsideTheRepositoryIsFollowed() throws IOException {
    Path repo = repository("repo");
    Path real = Files.writeString(repo.resolve("base.yaml"), "displayName: x\n");
    Path link = Files.createSymbolicLink(repo.resolve("envs").resolve("job.yaml"), real);
    Outcome<SourceText> out = reader.read(link);
    assertEquals("displayName: x\n", out.value().orElseThrow().text(), out.diagnostics()::toString);
  }

  @Test
  void outsideAnyRepositoryAFileNamedIsReadWhereverItsLinkLeads() throws IOException {
    // The temporary folder is in no repository: the user named this file, so vjc reads it.
    assumeTrue(RepositoryRoot.of(dir).isEmpty(), "the temporary folder is inside a repository");
    Path real =
        Files.writeString(Files.createDirectory(dir.resolve("a")).resolve("x.yaml"), "a: 1\n");
    Path link = Files.createSymbolicLink(dir.resolve("job.yaml"), real);
    assertTrue(reader.read(link).value().isPresent());
  }

  @Test
  void theRepositoryRootIsTheNearestFolderHoldingGitFileOrFolder() throws IOException {
    Path repo = repository("repo");
    Path worktree = Files.createDirectories(repo.resolve("sub/worktree"));
    Files.writeString(worktree.resolve(".git"), "gitdir: ../../.git/worktrees/w\n");
    assertEquals(repo, RepositoryRoot.of(repo.resolve("envs/prod.yaml")).orElseThrow());
    assertEquals(worktree, RepositoryRoot.of(worktree.resolve("a/b.yaml")).orElseThrow());
  }

  /** A folder that looks like a git work tree to vjc: it holds {@code .git} and {@code envs/}. */
  private Path repository(String name) throws IOException {
    Path repo = Files.createDirectory(dir.resolve(name)).toRealPath();
    Files.createDirectory(repo.resolve(".git"));
    Files.createDirectory(repo.resolve("envs"));
    return repo;
  }
}
