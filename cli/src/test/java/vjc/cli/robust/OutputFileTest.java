package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vjc.cli.CliRun;
import vjc.testing.SpecialFiles;

/**
 * {@code -o OUT} writes what the user meant: {@code -} is stdout; a device or pipe is written
 * through and stays what it is; a symbolic link is written through to its target; the file keeps
 * its permissions (a new one gets the umask's); and a name vjc cannot write is a usage error with
 * the reason, before anything is written.
 */
class OutputFileTest {

  private static final Duration HANG = Duration.ofMinutes(2);

  private static final String JOB = SmallJob.YAML;

  @TempDir Path dir;

  private Path job() throws IOException {
    return Files.writeString(dir.resolve("job.yaml"), JOB);
  }

  @Test
  void dashIsStandardOutput() throws IOException {
    Path job = job();
    CliRun compile = run("compile", job.toString(), "-o", "-");
    assertEquals(0, compile.exitCode(), compile.transcript());
    assertTrue(compile.out().contains("\"displayName\": \"train\""), compile.transcript());
    CliRun lint = run("lint", job.toString(), "--format", "json", "-o", "-");
    assertEquals(0, lint.exitCode(), lint.transcript());
    assertTrue(lint.out().startsWith("{"), lint.transcript());
    assertFalse(Files.exists(Path.of("-")), "a file named - was written");
  }

  @Test
  void aDeviceIsWrittenThroughNotReplaced() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull), "no /dev/null on this system");
    // Through a link, so that the test may look at what the link leads to afterwards.
    Path link = Files.createSymbolicLink(dir.resolve("null.json"), devNull);
    CliRun run = run("compile", job().toString(), "-o", link.toString());
    assertEquals(0, run.exitCode(), run.transcript());
    assertTrue(Files.readAttributes(devNull, BasicFileAttributes.class).isOther(), "not a device");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(List.of(), temps());
  }

  @Test
  void aFifoIsWrittenThrough() throws Exception {
    Path fifo = SpecialFiles.fifo(dir.resolve("out.json"));
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                return e.toString();
              }
            });
    CliRun run = run("compile", job().toString(), "-o", fifo.toString());
    assertEquals(0, run.exitCode(), run.transcript());
    String read = assertTimeoutPreemptively(HANG, () -> reader.get());
    assertTrue(read.contains("\"displayName\": \"train\""), read);
    assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class).isOther(), "not a FIFO");
  }

  @Test
  void aSymbolicLinkIsWrittenThroughToItsTarget() throws IOException {
    Path real =
        Files.writeString(Files.createDirectory(dir.resolve("build")).resolve("o.json"), "");
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), real);
    Path dangling = Files.createSymbolicLink(dir.resolve("new.json"), Path.of("build/new.json"));
    assertEquals(0, run("compile", job().toString(), "-o", link.toString()).exitCode());
    assertEquals(0, run("compile", job().toString(), "-o", dangling.toString()).exitCode());
    assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(dangling), "a link was replaced");
    assertTrue(Files.readString(real).contains("\"displayName\": \"train\""));
    assertTrue(Files.readString(dir.resolve("build/new.json")).contains("\"displayName\""));
  }

  @Test
  void theTargetKeepsItsPermissionsAndANewFileGetsTheUmasks() throws IOException {
    Path kept = Files.writeString(dir.resolve("kept.json"), "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
    assertEquals(0, run("compile", job().toString(), "-o", kept.toString()).exitCode());
    assertEquals("rw-r-----", mode(kept));

    // A file any program makes here gets the mode the umask allows; so must vjc's.
    Path probe = Files.writeString(dir.resolve("probe"), "");
    Path fresh = dir.resolve("fresh.json");
    assertEquals(0, run("compile", job().toString(), "-o", fresh.toString()).exitCode());
    assertEquals(mode(probe), mode(fresh));
  }

  @Test
  void aReadOnlyTargetIsAUsageErrorAndStaysAsItWas() throws IOException {
    Path target = Files.writeString(dir.resolve("out.json"), "previous");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
    CliRun run = run("compile", job().toString(), "-o", target.toString());
    assertUsage(run, "vjc: -o '" + target + "' is read-only");
    assertEquals("previous", Files.readString(target));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"compile", "lint", "import", "diff"})
  void aFolderAMissingFolderOrNoNameIsAUsageErrorInEveryCommand(String command) throws IOException {
    Path job = job();
    String input = command.equals("import") ? importable().toString() : job.toString();
    // diff needs a base; -o is checked before it is looked up.
    List<String> head = command.equals("diff") ? List.of("--base", "HEAD") : List.of();
    Path missing = dir.resolve("missing/dir/x.json");
    assertUsage(
        run(command, input, head, dir.toString()),
        "vjc: -o '" + dir + "' is a directory; name a file inside it");
    assertUsage(
        run(command, input, head, missing.toString()),
        "vjc: -o '" + missing + "': folder " + missing.getParent() + " does not exist");
    assertUsage(
        run(command, input, head, ""), "vjc: -o needs a file name, or - for standard output");
    assertEquals(List.of(), temps());
  }

  private Path importable() throws IOException {
    return Files.writeString(
        dir.resolve("described.json"),
        "{\"displayName\": \"d\", \"jobSpec\": {\"workerPoolSpecs\": [{\"machineSpec\":"
            + " {\"machineType\": \"n1-standard-4\"}, \"replicaCount\": \"1\", \"containerSpec\":"
            + " {\"imageUri\": \"us-docker.pkg.dev/acme/train/x:1.0\"}}]}}\n");
  }

  private static void assertUsage(CliRun run, String messageStart) {
    assertFalse(Crashes.shown(run), "vjc crashed:\n" + Crashes.transcript(run));
    assertEquals(2, run.exitCode(), run.transcript());
    assertTrue(
        run.err().lines().anyMatch(l -> l.startsWith(messageStart)),
        "expected " + messageStart + " in\n" + run.transcript());
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  /** Temporary files of any target left in the test's folder or the folder vjc runs in. */
  private List<Path> temps() throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    try (Stream<Path> here = Files.list(dir);
        Stream<Path> up = Files.list(cwd.getParent())) {
      return Stream.concat(here, up)
          .filter(p -> p.getFileName().toString().matches("\\..*\\.[0-9]+\\.[0-9]+\\.tmp"))
          .toList();
    }
  }

  private static CliRun run(String command, String input, List<String> more, String output) {
    List<String> args = new java.util.ArrayList<>(List.of(command, input));
    args.addAll(more);
    args.addAll(List.of("-o", output));
    return run(args.toArray(String[]::new));
  }

  private static CliRun run(String... args) {
    return assertTimeoutPreemptively(HANG, () -> CliRun.of(args), "vjc hung on " + List.of(args));
  }
}
