package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vjc.cli.CliRun;
import vjc.testing.Repo;

/**
 * Hostile inputs end in a positioned diagnostic, through the CLI as a user runs it, with no stack
 * trace. Small inputs are committed in {@code testdata/hostile/} (each says what it is in its first
 * lines); large ones are generated here into a temporary folder. How long each takes and how much
 * memory it needs is measured by {@code bench/hostile.sh}, not here.
 */
class HostileInputTest {

  /** A guard against hangs, not a speed check: every case takes seconds at most. */
  private static final Duration HANG = Duration.ofMinutes(2);

  private static final String VALID_POOL =
      "jobSpec:\n"
          + "  workerPoolSpecs:\n"
          + "    - machineSpec: {machineType: n1-standard-4}\n"
          + "      replicaCount: 1\n"
          + "      containerSpec: {imageUri: us-docker.pkg.dev/acme/train/x:1.0}\n";

  @Test
  void billionLaughsStopsWhereTheExpansionPassesTheValueLimit() {
    Path file = hostile("billion-laughs.yaml");
    CliRun run = lint(file);
    // Line 8 is lol5; its first alias, *l4, brings in 111,111 more values.
    assertFinding(
        run, 1, file, 8, 12, "input/too-large", "the document expands to more than 200000 values");
  }

  @Test
  void tenThousandLevelsOfNestingStopAtLevelSixtyFive() {
    Path file = hostile("deep-nesting.yaml");
    CliRun run = lint(file);
    // The 65th opening bracket: "{a: [" repeats, so it is the '{' of the 33rd repetition.
    assertFinding(run, 1, file, 2, 5 * 32 + 1, "input/too-deep", "nesting is deeper than 64");
  }

  @Test
  void aHundredMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.yaml");
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write("displayName: huge\n");
      String line = "# " + "padding ".repeat(12) + "\n";
      for (long written = 0; written < 100L << 20; written += line.length()) {
        w.write(line);
      }
    }
    CliRun run = lint(file);
    assertFinding(
        run,
        1,
        file,
        1,
        1,
        "input/too-large",
        "file is 100.0 MiB; vjc reads job files of at most 4.0 MiB");
  }

  @Test
  void binaryJunkIsAnEncodingError() {
    Path file = hostile("binary-junk.bin");
    CliRun run = lint(file);
    assertFinding(
        run, 1, file, 2, 2, "input/encoding", "invalid UTF-8 byte sequence at byte offset 72");
  }

  @Test
  void invalidUtf8IsReportedWhereTheBadByteIs() {
    Path file = hostile("invalid-utf8.yaml");
    CliRun run = lint(file);
    assertFinding(
        run, 1, file, 2, 17, "input/encoding", "invalid UTF-8 byte sequence at byte offset 110");
  }

  @Test
  void aUtf16FileWithByteOrderMarkLintsLikeItsUtf8Twin() {
    Path utf16 = hostile("utf16-bom.yaml");
    Path utf8 = hostile("utf16-bom.utf8.yaml");
    CliRun a = lint(utf16);
    CliRun b = lint(utf8);
    // Line 10 follows a line with Chinese and Latin-1 text: columns count characters, not bytes.
    assertFinding(a, 1, utf16, 10, 21, "pool0-single-replica", "worker pool 0 has 2 replicas");
    assertEquals(
        b.out().replace(Crashes.printed(utf8), "FILE"),
        a.out().replace(Crashes.printed(utf16), "FILE"),
        "the UTF-16 file lints differently from its UTF-8 twin");
    assertEquals(b.exitCode(), a.exitCode());
  }

  @Test
  void aTenMegabyteLineIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("line.yaml");
    writeLine(file, "displayName: ", 10 << 20);
    CliRun run = lint(file);
    assertFinding(
        run,
        1,
        file,
        1,
        1,
        "input/too-large",
        "file is 10.0 MiB; vjc reads job files of at most 4.0 MiB");
  }

  @Test
  void aThreeMegabyteLineUnderTheFileLimitStopsAtTheValueLimit(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("line.yaml");
    writeLine(file, "displayName: ", 3 << 20);
    CliRun run = lint(file);
    assertFinding(
        run,
        1,
        file,
        1,
        14,
        "input/too-large",
        "a single value is 3145728 characters long; the limit is 1048576");
  }

  @Test
  void aMillionKeysAreRefusedBeforeTheyAreRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("keys.yaml");
    writeKeys(file, 1_000_000);
    CliRun run = lint(file);
    assertFinding(run, 1, file, 1, 1, "input/too-large", "vjc reads job files of at most 4.0 MiB");
  }

  @Test
  void manyKeysUnderTheFileLimitStopAtTheValueLimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("keys.yaml");
    writeKeys(file, 300_000);
    CliRun run = lint(file);
    // Each key and each value is one value; the 200,001st is the key on line 100,001.
    assertFinding(
        run,
        1,
        file,
        100_001,
        1,
        "input/too-large",
        "the document expands to more than 200000 values");
  }

  @Test
  void anAliasOfALongStringStopsWhereTheTextPassesTheSizeLimit(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("aliases.yaml");
    String big = "x".repeat(900_000);
    StringBuilder b = new StringBuilder("displayName: aliases\nbig: &big " + big + "\n");
    b.append("args:\n");
    for (int i = 0; i < 999; i++) {
      b.append("  - *big\n");
    }
    Files.writeString(file, b);
    CliRun run = lint(file);
    // 900,000 characters written once and then once per alias: the fourth alias, on line 7,
    // passes 4 MiB (4,194,304).
    assertFinding(
        run,
        1,
        file,
        7,
        5,
        "input/too-large",
        "the document expands to more than 4194304 characters of text");
  }

  @Test
  void stringVariablesThatExpandExponentiallyStopAtTheSizeLimit() {
    Path file = hostile("exponential-variables.yaml");
    CliRun run = lint(file);
    // v10 (line 15) would be 1.5 million characters.
    assertFinding(
        run,
        1,
        file,
        15,
        8,
        "template/too-large",
        "substituting variables here makes a value longer than 1048576 characters");
  }

  @Test
  void listVariablesThatExpandExponentiallyStopAtTheSizeLimit() {
    Path file = hostile("exponential-list-variables.yaml");
    CliRun run = lint(file);
    // Resolving ${v0} resolves v39 first, then each level doubles: the budget runs out at the
    // second use in v21's list (line 26).
    assertFinding(
        run,
        1,
        file,
        26,
        19,
        "template/too-large",
        "substituting variables makes the job larger than 4194304 characters and values in all");
  }

  @Test
  void aNumberWithAHugeExponentIsReportedInItsShortForm() {
    Path file = hostile("huge-exponent.yaml");
    CliRun run = lint(file);
    assertFinding(
        run,
        1,
        file,
        6,
        21,
        "schema/type",
        "replicaCount must be an integer, found number -1E-999999999");
  }

  @Test
  void anOverlayOutsideTheProjectIsRefused() {
    Path job = hostile("overlay-escape", "job.yaml");
    Path config = hostile("overlay-escape", ".vjc.yaml");
    CliRun run = lint(job);
    assertFinding(
        run,
        1,
        config,
        5,
        14,
        "config/overlay-outside-project",
        "overlay path '../../etc/passwd' leaves the project folder");
    assertFalse(run.out().contains("root:"), "the overlay was read:\n" + run.transcript());
  }

  @Test
  void aPolicyValueEndingInAPeriodEndsInAFindingNotACrash(@TempDir Path dir) throws IOException {
    // The policy's message ends with the allowed values; a diagnostic's message may not end
    // with a period (found by fuzzing .vjc.yaml).
    Files.writeString(dir.resolve(".vjc.yaml"), "policies:\n  allowedRegions: [europe-west4.]\n");
    Path job = dir.resolve("job.yaml");
    Files.writeString(job, "region: us-east1\ndisplayName: x\n" + VALID_POOL);
    CliRun run = lint(job);
    assertFinding(
        run,
        1,
        job,
        1,
        9,
        "policy/allowed-regions",
        "region us-east1 is not allowed by policy; allowed: europe-west4 [");
  }

  @Test
  void anEnvironmentNameEndingInAPeriodEndsInAUsageErrorNotACrash(@TempDir Path dir)
      throws IOException {
    Path job = dir.resolve("job.yaml");
    Files.writeString(job, "displayName: x\nenvironments: {dev.: {}}\n" + VALID_POOL);
    CliRun run = run("compile", job.toString(), "--env", "prod");
    assertFalse(Crashes.shown(run), "vjc crashed:\n" + Crashes.transcript(run));
    assertEquals(2, run.exitCode(), Crashes.transcript(run));
    assertTrue(
        run.err()
            .contains(
                Crashes.printed(job)
                    + ":1:1: error: environment 'prod' is not"
                    + " declared; declared: dev [cli/unknown-environment]"),
        Crashes.transcript(run));
  }

  @Test
  void aSymlinkLoopInALintedFolderIsSkippedAndTheRestIsChecked(@TempDir Path dir)
      throws IOException {
    Path jobs = Files.createDirectory(dir.resolve("jobs"));
    Path job = jobs.resolve("train.yaml");
    Files.writeString(job, chiefWithTwoReplicas());
    Path loop = Files.createSymbolicLink(jobs.resolve("loop"), jobs);
    CliRun run = lint(jobs);
    assertFinding(run, 2, loop, 1, 1, "io/unreadable", "symbolic link loop; skipped");
    assertFinding(run, 2, job, 5, 21, "pool0-single-replica", "worker pool 0 has 2 replicas");
  }

  @Test
  void unreadableFilesAreReportedAndTheReadableOnesStillChecked(@TempDir Path dir)
      throws IOException {
    Path good = dir.resolve("good.yaml");
    Files.writeString(good, chiefWithTwoReplicas());
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("gone"));
    List<String> args =
        new ArrayList<>(List.of("lint", "--no-snippets", dangling.toString(), good.toString()));
    Path locked = dir.resolve("locked.yaml");
    Files.writeString(locked, "displayName: locked\n" + VALID_POOL);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    // root (as in CI) reads a file whatever its mode; then mode 000 proves nothing and the
    // dangling link and the folder above stand for unreadable files.
    boolean canLock = !Files.isReadable(locked);
    if (canLock) {
      args.add(1, locked.toString());
    }
    CliRun run = run(args.toArray(String[]::new));
    assertFinding(run, 2, dangling, 1, 1, "io/unreadable", "no such file");
    assertFinding(run, 2, good, 5, 21, "pool0-single-replica", "worker pool 0 has 2 replicas");
    if (canLock) {
      assertFinding(run, 2, locked, 1, 1, "io/unreadable", "permission denied");
    }
  }

  @Test
  void aFolderNamedLikeAJobFileIsNotCompiled(@TempDir Path dir) throws IOException {
    // lint searches a folder for job files, whatever its name; compile takes one file.
    Path folder = Files.createDirectory(dir.resolve("job.yaml"));
    CliRun run = run("compile", folder.toString());
    assertFalse(Crashes.shown(run), "vjc crashed:\n" + Crashes.transcript(run));
    assertEquals(2, run.exitCode(), Crashes.transcript(run));
    String expected =
        Crashes.printed(folder) + ":1:1: error: is a directory, not a job file [io/unreadable]";
    assertTrue(run.err().contains(expected), Crashes.transcript(run));
  }

  @Test
  void aChainOfFiveThousandVariablesStopsAtTheDepthLimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("chain.yaml");
    StringBuilder b = new StringBuilder("displayName: ${v0}\nvars:\n");
    for (int i = 0; i < 4999; i++) {
      b.append("  v").append(i).append(": \"a${v").append(i + 1).append("}\"\n");
    }
    b.append("  v4999: end\n").append(VALID_POOL);
    Files.writeString(file, b);
    CliRun run = lint(file);
    // ${v0} on line 1 starts the chain; v99 (line 102) uses the 101st variable, one too deep.
    assertFinding(
        run,
        1,
        file,
        102,
        8,
        "template/too-deep",
        "variables use other variables more than 100 levels deep here");
  }

  @Test
  void variablesUsedTwiceAtEveryLevelKeepAShortChainBehindTheValue(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("doubling.yaml");
    StringBuilder b = new StringBuilder("displayName: \"${v0}\"\nlabels: {team: ${v0}x}\n");
    b.append("vars:\n");
    for (int i = 0; i < 39; i++) {
      b.append("  v")
          .append(i)
          .append(": \"${v")
          .append(i + 1)
          .append("}${v")
          .append(i + 1)
          .append("}\"\n");
    }
    b.append("  v39: \"\"\n").append(VALID_POOL);
    Files.writeString(file, b);
    CliRun run = lint(file);
    // The value stays empty, so no size limit stops it; 2^39 steps of "variable defined" would.
    assertFalse(Crashes.shown(run), "vjc crashed:\n" + Crashes.transcript(run));
    assertTrue(run.out().lines().count() < 200, Crashes.transcript(run));
  }

  @Test
  void aMisspeltVariableNameHalfAMegabyteLongGetsNoSuggestion(@TempDir Path dir)
      throws IOException {
    // Suggesting the closest name compares the two names letter by letter: 500,000 squared
    // would be a terabyte table.
    Path file = dir.resolve("names.yaml");
    String name = "a".repeat(500_000);
    // An explicit key (?): YAML allows implicit keys of at most 1024 characters.
    Files.writeString(
        file, "displayName: ${" + name + "b}\nvars:\n  ? " + name + "c\n  : x\n" + VALID_POOL);
    CliRun run = lint(file);
    assertFinding(run, 1, file, 1, 14, "template/undefined-variable", "is not defined");
  }

  @Test
  void aMegabyteOfTemplateMarkersIsReadInOnePass(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("markers.yaml");
    Files.writeString(file, "displayName: '" + "${".repeat(500_000) + "'\n" + VALID_POOL);
    CliRun run = lint(file);
    assertFinding(run, 1, file, 1, 14, "display-name", "displayName is 1000000 characters long");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "imageUri: us-docker.pkg.dev/acme/train/x:1.0, args: ['--data=%s']",
        "imageUri: us-docker.pkg.dev/acme/train/x:1.0, command: ['%s']",
        "imageUri: us-docker.pkg.dev/acme/train/x:1.0, env: [{name: DB_PASSWORD, value: '%s'}]",
        "imageUri: 'us-docker.pkg.dev/acme/train/%s:1.0'"
      })
  void aMegabyteLongValueIsCheckedInBoundedTime(String containerSpec, @TempDir Path dir)
      throws IOException {
    // Every rule that reads the value runs over a million characters: a regular expression that
    // backtracks over every start position would take hours here.
    Path file = dir.resolve("long.yaml");
    String value = "x".repeat(1_000_000);
    Files.writeString(
        file,
        "displayName: long\n"
            + "jobSpec:\n"
            + "  baseOutputDirectory: {outputUriPrefix: 'gs://"
            + value.substring(0, 50_000)
            + "'}\n"
            + "  workerPoolSpecs:\n"
            + "    - machineSpec: {machineType: n1-standard-4}\n"
            + "      replicaCount: 1\n"
            + "      containerSpec: {"
            + String.format(containerSpec, value)
            + "}\n");
    CliRun run = lint(file);
    assertFalse(Crashes.shown(run), "vjc crashed:\n" + Crashes.transcript(run));
    assertTrue(run.exitCode() <= 1, Crashes.transcript(run));
  }

  private static String chiefWithTwoReplicas() {
    return "displayName: two-chiefs\n"
        + "jobSpec:\n"
        + "  workerPoolSpecs:\n"
        + "    - machineSpec: {machineType: n1-standard-4}\n"
        + "      replicaCount: 2\n"
        + "      containerSpec: {imageUri: us-docker.pkg.dev/acme/train/x:1.0}\n";
  }

  private static Path hostile(String... parts) {
    Path p = Repo.testdata("hostile").resolve(Path.of("", parts));
    assertTrue(Files.exists(p), "missing hostile input " + p);
    return p;
  }

  private static CliRun lint(Path path) {
    return run("lint", "--no-snippets", path.toString());
  }

  private static CliRun run(String... args) {
    return assertTimeoutPreemptively(HANG, () -> CliRun.of(args), "vjc hung on " + List.of(args));
  }

  /** The run exited with {@code exit}, without a crash, and reported this exact finding. */
  private static void assertFinding(
      CliRun run, int exit, Path file, int line, int column, String rule, String message) {
    assertFalse(Crashes.shown(run), "vjc crashed:\n" + Crashes.transcript(run));
    assertEquals(exit, run.exitCode(), Crashes.transcript(run));
    String prefix = Crashes.printed(file) + ":" + line + ":" + column + ": error: ";
    boolean found =
        run.out()
            .lines()
            .anyMatch(
                l -> l.startsWith(prefix) && l.contains(message) && l.contains("[" + rule + "]"));
    assertTrue(
        found,
        "expected " + prefix + message + "... [" + rule + "] in\n" + Crashes.transcript(run));
  }

  private static void writeLine(Path file, String prefix, int length) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(prefix.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
      for (int left = length; left > 0; left -= chunk.length) {
        out.write(chunk, 0, Math.min(left, chunk.length));
      }
      out.write('\n');
    }
  }

  /** {@code n} keys, one per line, zero-padded so every line is equally long. */
  private static void writeKeys(Path file, int n) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < n; i++) {
        w.write(String.format("k%07d: 0\n", i));
      }
    }
  }
}
