package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.diag.Severity;
import vjc.diff.TempRepo;
import vjc.engine.Engine;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.resolve.ResolveRequest;

/**
 * Issue #16: an {@code Error} (a StackOverflowError, say) escaped {@code catch (Exception)} and
 * printed a raw trace; a custom schema with {@code $ref: "#"} caused one. Now every Throwable is
 * exit 3 with one line (the trace only under --verbose), and the schema is a config error.
 */
class ErrorsEndInExitThreeTest {

  private static final String JOB =
      "region: europe-west4\ndisplayName: x\njobSpec:\n  workerPoolSpecs:\n"
          + "    - machineSpec: {machineType: n1-standard-4}\n      replicaCount: 1\n"
          + "      containerSpec: {imageUri: europe-docker.pkg.dev/acme/x@sha256:"
          + "0".repeat(64)
          + "}\n";

  private static final String SELF_REF =
      "policies:\n  custom:\n    - id: self\n      message: loops\n      schema: {$ref: \"#\"}\n";

  @TempDir Path dir;

  /** Standard output that fails as a blown stack would, wherever a command writes. */
  private static PrintWriter overflowing() {
    return new PrintWriter(
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) {
            throw new StackOverflowError();
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private static CliRun runWithOverflowingOut(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args, new Streams(overflowing(), new PrintWriter(err, true)));
    return new CliRun(code, "", err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void anErrorOnTheFastPathIsExitThreeWithoutATrace() throws IOException {
    Path job = write("job.yaml", JOB + "bad: [");
    CliRun run = runWithOverflowingOut("lint", job.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(
        run.err().startsWith("vjc: internal error: java.lang.StackOverflowError\n"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void anErrorUnderPicocliIsExitThreeAndVerboseShowsTheTrace() {
    CliRun plain = runWithOverflowingOut("rules");
    assertEquals(3, plain.exitCode(), plain.err());
    assertFalse(plain.err().contains("\tat "), plain.err());
    CliRun verbose = runWithOverflowingOut("lint", "--verbose", "--format=json", "--", "x");
    assertEquals(3, verbose.exitCode(), verbose.err());
    assertTrue(verbose.err().contains("\tat "), verbose.err());
  }

  @Test
  void anErrorInTheParallelLintReachesTheTopAsItself() throws IOException {
    write("a.yaml", JOB);
    write("b.yaml", JOB);
    Rule overflowing =
        new Rule() {
          @Override
          public void check(vjc.lint.LintContext context, vjc.lint.Reporter reporter) {
            throw new StackOverflowError();
          }

          @Override
          public RuleInfo info() {
            return new RuleInfo("overflowing", Severity.ERROR, "throws");
          }
        };
    Engine engine = Engine.builder().rules(List.of(overflowing)).build();
    assertThrows(
        StackOverflowError.class,
        () -> engine.lint(List.of(dir), ResolveRequest.plain(), false, 2));
  }

  @Test
  void aSelfReferringPolicyIsAConfigErrorForEveryJob() throws IOException {
    write(".vjc.yaml", SELF_REF);
    write("jobs/a.yaml", JOB);
    write("jobs/b.yaml", JOB);
    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> CliRun.of("lint", "--jobs", "2", dir.toString()));
    assertEquals(1, run.exitCode(), run.transcript());
    assertTrue(run.out().contains(".vjc.yaml:5:22: error: "), run.out());
    assertTrue(run.out().contains("[config/invalid-policy]"), run.out());
    assertFalse(run.transcript().contains("StackOverflowError"), run.transcript());
  }

  @Test
  void diffWritesMarkdownWhenThePolicyRefersToItself() throws IOException {
    TempRepo repo = TempRepo.init(dir);
    repo.write("jobs/a.yaml", JOB).commit("job");
    repo.write(".vjc.yaml", SELF_REF);
    CliRun run =
        CliRun.of("diff", "--base", "HEAD", "--format", "markdown", repo.root().toString());
    assertEquals(1, run.exitCode(), run.transcript());
    assertFalse(run.out().isEmpty(), run.transcript());
    assertFalse(run.transcript().contains("\tat "), run.transcript());
    assertTrue(run.transcript().contains("refer to itself"), run.transcript());
  }
}
