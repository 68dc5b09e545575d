package vjc.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.testing.Repo;

/**
 * Ctrl-C as a person sends it: {@code vjc.cli.Main} in a child JVM against the loopback server,
 * SIGINT from {@code kill -INT}, and what the child prints and exits with.
 */
class SubmitCtrlCTest {

  private static final String TRAIN = Repo.testdata("submit", "train.yaml").toString();

  @TempDir Path dir;

  @Test
  void sigintDuringCreateSaysTheJobMayExistAndExitsFour() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.service.stallCreates = true;
      Child child = start(server, "--request-id", "req-ctrl-c");
      child.awaitThenInterrupt(() -> !server.calls("CreateCustomJob").isEmpty());

      assertEquals(4, child.exitCode(), child.err());
      assertTrue(
          child
              .err()
              .contains("vjc: interrupted; the create call may or may not have reached Vertex AI"),
          child.err());
      assertTrue(child.err().contains("--filter=labels.vjc-request-id=req-ctrl-c"), child.err());
      assertEquals("", child.out());
    }
  }

  @Test
  void sigintWhileWaitingSaysTheJobKeepsRunningAndExitsFour() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      Child child = start(server, "--wait", "--poll-interval", "50ms");
      child.awaitThenInterrupt(() -> !server.calls("GetCustomJob").isEmpty());

      assertEquals(4, child.exitCode(), child.err());
      assertTrue(
          child
              .err()
              .contains(
                  "vjc: interrupted; the job "
                      + FakeJobService.JOB_NAME
                      + " was created and keeps running"),
          child.err());
      assertTrue(child.out().startsWith(FakeJobService.JOB_NAME + "\n"), child.out());
      assertEquals(1, server.service.creates.size());
    }
  }

  /** {@code vjc submit train.yaml --endpoint ... --plaintext EXTRA} in a child JVM. */
  private Child start(LoopbackServer server, String... extra) throws IOException {
    List<String> command = new ArrayList<>(defaultSigint());
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
            "vjc.cli.Main",
            "submit",
            TRAIN,
            "--endpoint",
            server.endpoint(),
            "--plaintext"));
    command.addAll(List.of(extra));
    File out = dir.resolve("out.txt").toFile();
    File err = dir.resolve("err.txt").toFile();
    Process p =
        new ProcessBuilder(command)
            .directory(Repo.root().toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out)
            .redirectError(err)
            .start();
    return new Child(p, out.toPath(), err.toPath());
  }

  /**
   * A child inherits an ignored SIGINT (a shell's background job, nohup), and a JVM then never sees
   * Ctrl-C; {@code env --default-signal=INT} (coreutils 8.31+) puts the default back.
   */
  private static List<String> defaultSigint() {
    try {
      Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").start();
      if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
        return List.of("env", "--default-signal=INT");
      }
    } catch (IOException e) {
      // no such env: run java directly
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return List.of();
  }

  /** A running vjc and where its output goes. */
  private record Child(Process process, Path outFile, Path errFile) {

    /** Waits until {@code ready} (the server saw the call), then sends SIGINT. */
    void awaitThenInterrupt(BooleanSupplier ready) throws Exception {
      long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!ready.getAsBoolean()) {
        if (!process.isAlive()) {
          fail("vjc ended before the call: exit " + process.exitValue() + "\n" + err());
        }
        if (System.nanoTime() > giveUp) {
          process.destroyForcibly();
          fail("the call never reached the server\n" + err());
        }
        Thread.sleep(20);
      }
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
      assertEquals(0, kill.waitFor(), "kill -INT failed");
    }

    int exitCode() throws InterruptedException {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("vjc did not end after SIGINT\n" + err());
      }
      return process.exitValue();
    }

    String out() {
      return read(outFile);
    }

    String err() {
      return read(errFile);
    }

    private static String read(Path p) {
      try {
        return Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "(unreadable: " + e + ")";
      }
    }
  }
}
