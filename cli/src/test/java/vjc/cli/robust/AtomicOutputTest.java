package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vjc compile -o} never leaves a partial or stale file: a real {@code java} child process
 * runs the CLI and is killed (SIGKILL, no shutdown hooks) at points spread over its life. After
 * every kill the output is either its previous content or the whole correct output, and the next
 * successful run leaves no temporary file behind.
 */
class AtomicOutputTest {

  private static final String PREVIOUS = "previous build\n";

  /** Fixed kill points, from before the JVM is up to well into the run. */
  private static final long[] EARLY_MS = {0, 50, 100, 200};

  @TempDir Path dir;

  @Test
  void killedCompileLeavesThePreviousOrTheWholeOutput() throws Exception {
    Path job = dir.resolve("job.yaml");
    Files.writeString(job, bigJob());
    Path out = dir.resolve("out.json");

    long started = System.nanoTime();
    Process reference = start(job, dir.resolve("reference.json"));
    assertEquals(0, finish(reference), "the reference run failed");
    long wholeMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    byte[] expected = Files.readAllBytes(dir.resolve("reference.json"));
    assertTrue(expected.length > 1 << 20, "the output should take a while to write");

    // Kill points: fixed early ones, then steps through the run until a killed run has
    // finished its write, then a fine sweep over the last step, where the write happens.
    Kills kills = new Kills(job, out, expected);
    for (long ms : EARLY_MS) {
      kills.at(ms);
    }
    long step = Math.max(10, wholeMs / 10);
    long ms = wholeMs / 2;
    while (kills.whole == 0 && ms < 3 * wholeMs) {
      kills.at(ms);
      ms += step;
    }
    assertTrue(kills.whole > 0, "no run finished before its kill, even after " + ms + " ms");
    // The kill that found the new file came at ms - step; its write ended after ms - 2 * step.
    for (long fine = ms - 2 * step; fine < ms - step; fine += Math.max(2, step / 10)) {
      kills.at(fine);
    }
    System.out.printf(
        "AtomicOutputTest: run %d ms; %d kills: %d kept the previous file, %d found"
            + " the new one, %d temporary files left behind%n",
        wholeMs, kills.count, kills.previous, kills.whole, kills.tempsLeft);

    assertEquals(0, finish(start(job, out)), "a run after the kills failed");
    assertArrayEquals(expected, Files.readAllBytes(out));
    assertEquals(List.of(), temps(out), "temporary files the last successful run left behind");
  }

  @Test
  void aCompileWithErrorsLeavesThePreviousOutputAlone() throws Exception {
    Path job = dir.resolve("bad.yaml");
    Files.writeString(
        job,
        "displayName: bad\njobSpec:\n  workerPoolSpecs:\n"
            + "    - machineSpec: {machineType: n1-standard-4}\n      replicaCount: two\n"
            + "      containerSpec: {imageUri: us-docker.pkg.dev/acme/train/x:1.0}\n");
    Path out = dir.resolve("out.json");
    Files.writeString(out, PREVIOUS);
    Process p = start(job, out);
    assertEquals(1, finish(p));
    assertEquals(PREVIOUS, Files.readString(out));
    assertEquals(List.of(), temps(out));
  }

  @Test
  void theTemporaryFileOfAKilledRunIsRemovedByTheNextRun() throws Exception {
    Path job = dir.resolve("job.yaml");
    Files.writeString(job, smallJob());
    Path out = dir.resolve("out.json");
    // What a run killed between writing its temporary file and renaming it leaves behind: a
    // temporary file named for a process that no longer exists.
    Process gone = new ProcessBuilder(java(), "-version").redirectErrorStream(true).start();
    gone.getInputStream().readAllBytes();
    gone.waitFor();
    Path stale = dir.resolve(".out.json." + gone.pid() + ".1234567890.tmp");
    Files.writeString(stale, "{\"displayName\": \"half");
    assertEquals(0, finish(start(job, out)));
    assertEquals(List.of(), temps(out), "the stale temporary file is still there");
    assertNotEquals(0, Files.size(out));
  }

  /** Kills runs at given times and tallies what each left in the output file. */
  private static final class Kills {
    final Path job;
    final Path out;
    final byte[] expected;
    int count;
    int previous;
    int whole;
    int tempsLeft;

    Kills(Path job, Path out, byte[] expected) {
      this.job = job;
      this.out = out;
      this.expected = expected;
    }

    void at(long ms) throws IOException, InterruptedException {
      Files.writeString(out, PREVIOUS);
      Process p = start(job, out);
      if (ms > 0) {
        p.waitFor(ms, TimeUnit.MILLISECONDS);
      }
      p.destroyForcibly();
      p.waitFor();
      count++;
      byte[] now = Files.readAllBytes(out);
      if (Arrays.equals(PREVIOUS.getBytes(StandardCharsets.UTF_8), now)) {
        previous++;
      } else if (Arrays.equals(expected, now)) {
        whole++;
      } else {
        fail(
            "killed after "
                + ms
                + " ms, out.json is neither the previous content nor the"
                + " whole output ("
                + now.length
                + " of "
                + expected.length
                + " bytes)");
      }
      tempsLeft += temps(out).size();
    }
  }

  /** Starts {@code java -cp <test classpath> vjc.cli.Main compile JOB -o OUT}. */
  private static Process start(Path job, Path out) throws IOException {
    return new ProcessBuilder(
            java(),
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            "vjc.cli.Main",
            "compile",
            job.toString(),
            "-o",
            out.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int finish(Process p) throws InterruptedException {
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("vjc compile did not finish in 2 minutes");
    }
    return p.exitValue();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Temporary files of {@code target}: {@code .<name>.<anything>.tmp} in its folder. */
  private static List<String> temps(Path target) throws IOException {
    String prefix = "." + target.getFileName() + ".";
    try (Stream<Path> s = Files.list(target.getParent())) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(prefix) && n.endsWith(".tmp"))
          .sorted()
          .toList();
    }
  }

  /** A valid job whose output is a few megabytes: 15,000 arguments of 160 characters. */
  private static String bigJob() {
    StringBuilder b = new StringBuilder(smallJob());
    b.append("        args:\n");
    for (int i = 0; i < 15_000; i++) {
      b.append("          - --flag-").append(i).append('=').append("v".repeat(150)).append('\n');
    }
    return b.toString();
  }

  private static String smallJob() {
    return "displayName: atomic\n"
        + "jobSpec:\n"
        + "  workerPoolSpecs:\n"
        + "    - machineSpec: {machineType: n1-standard-4}\n"
        + "      replicaCount: 1\n"
        + "      containerSpec:\n"
        + "        imageUri: us-docker.pkg.dev/acme/train/atomic:1.0\n";
  }
}
