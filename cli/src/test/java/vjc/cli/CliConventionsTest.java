package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.diff.TempRepo;

/**
 * The habits of command-line linters: {@code -} for standard input, {@code --color} and NO_COLOR,
 * {@code --version}, paths as typed, {@code vjc init} and {@code vjc completion}.
 */
class CliConventionsTest {

  private static final String JOB = NewSinceTest.JOB;

  private static final String BAD_JOB = JOB.replace("replicaCount: 1", "replicaCount: 0");

  @TempDir Path dir;

  @Test
  void lintReadsStandardInputAsTheFileNamedByStdinFilename() throws IOException {
    Files.writeString(dir.resolve(".vjc.yaml"), "environments:\n  dev: {}\n  prod: {}\n");
    Path named = dir.resolve("jobs/train.yaml"); // need not exist: only its place counts
    CliRun run =
        withStdin(BAD_JOB, "lint", "--no-snippets", "-", "--stdin-filename", named.toString());
    assertEquals(1, run.exitCode(), run.transcript());
    assertTrue(run.out().contains(named + ":7:"), run.out());
    // .vjc.yaml above the named path applies: both of its environments were checked.
    assertTrue(run.out().contains("(env: dev,prod)"), run.out());
  }

  @Test
  void stdinCannotStandForAnOverlay() throws IOException {
    Files.writeString(dir.resolve(".vjc.yaml"), "environments:\n  prod: {overlay: prod.yaml}\n");
    Files.writeString(dir.resolve("prod.yaml"), "region: europe-west4\n");
    Files.writeString(dir.resolve("job.yaml"), JOB);
    String overlay = dir.resolve("prod.yaml").toString();
    CliRun run = withStdin("region: x\n", "lint", "-", "--stdin-filename", overlay);
    assertEquals(2, run.exitCode(), run.transcript());
    assertTrue(run.err().contains("standard input can stand for a job file only"), run.err());
  }

  @Test
  void compileReadsStandardInput() {
    CliRun run = withStdin(JOB, "compile", "-");
    assertEquals(0, run.exitCode(), run.transcript());
    assertTrue(run.out().contains("\"displayName\": \"mnist\""), run.out());
    CliRun bad = withStdin(BAD_JOB, "compile", "-");
    assertEquals(1, bad.exitCode(), bad.transcript());
    assertTrue(bad.err().startsWith("<stdin>:7:"), bad.err());
  }

  @Test
  void stdinFilenameWithoutDashIsAUsageError() {
    CliRun run = CliRun.of("lint", "--stdin-filename", "x.yaml", "y.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--stdin-filename needs -"), run.err());
  }

  @Test
  void lintWithoutPathSaysWhatItNeeds() {
    CliRun run = CliRun.of("lint");
    assertEquals(2, run.exitCode());
    assertEquals(
        "vjc: lint needs a PATH: a job file, a folder, or - for standard input"
            + " (--new-since REF alone checks the current folder)\n",
        run.err());
  }

  @Test
  void colorAlwaysColoursSeverityRuleIdAndCaretAndNeverDoesNot() {
    String bad = CliRun.path("testdata/rules/scheduling/bad");
    CliRun plain = CliRun.of("lint", bad);
    CliRun never = CliRun.of("lint", "--color", "never", bad);
    CliRun always = CliRun.of("lint", "--color=always", bad);
    assertFalse(plain.out().contains("\u001b["), "not a terminal: no colour in auto mode");
    assertEquals(plain.out(), never.out());
    assertTrue(always.out().contains("\u001b[1;31merror\u001b[0m"), always.out());
    assertTrue(always.out().contains("\u001b[2m[scheduling"), always.out());
    assertTrue(always.out().contains("\u001b[1;31m^\u001b[0m"), always.out());
    assertEquals(plain.out(), always.out().replaceAll("\u001b\\[[0-9;]*m", ""));
    CliRun json = CliRun.of("lint", "--color=always", "--format", "json", bad);
    assertFalse(json.out().contains("\u001b["), "only the text format is coloured");
  }

  @Test
  void autoColoursOnlyATerminalWithoutNoColor() {
    ColorOption.When auto = ColorOption.When.AUTO;
    assertTrue(ColorOption.decide(auto, Optional.empty(), true));
    assertTrue(ColorOption.decide(auto, Optional.of(""), true), "an empty NO_COLOR is unset");
    assertFalse(ColorOption.decide(auto, Optional.of("1"), true));
    assertFalse(ColorOption.decide(auto, Optional.empty(), false));
    assertTrue(ColorOption.decide(ColorOption.When.ALWAYS, Optional.of("1"), false));
    assertFalse(ColorOption.decide(ColorOption.When.NEVER, Optional.empty(), true));
  }

  @Test
  void versionWorksOnEveryPath() {
    for (String[] args :
        List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"lint", "-V"})) {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.exitCode());
      assertTrue(run.out().startsWith("vjc " + Version.VERSION + " ("), run.out());
    }
  }

  @Test
  void pathsPrintAsTypedWithoutALeadingDot() throws Exception {
    TempRepo repo = TempRepo.init(dir);
    repo.write("jobs/bad.yaml", BAD_JOB).commit("bad job");
    Process lint = vjc(repo.root(), "lint", "--no-snippets", "--format", "sarif", ".");
    String sarif = output(lint);
    assertEquals(1, lint.waitFor());
    assertTrue(sarif.contains("\"uri\": \"jobs/bad.yaml\""), sarif);
    assertFalse(sarif.contains("./jobs"), sarif);
  }

  @Test
  void newSinceDefaultsToTheCurrentFolder() throws Exception {
    TempRepo repo = TempRepo.init(dir);
    repo.write("jobs/bad.yaml", BAD_JOB).commit("old finding");
    repo.write("jobs/new.yaml", BAD_JOB);
    Process lint = vjc(repo.root(), "lint", "--no-snippets", "--new-since", "HEAD");
    String out = output(lint);
    assertEquals(1, lint.waitFor(), out);
    assertTrue(out.contains("jobs/new.yaml:7:"), out);
    assertFalse(out.contains("jobs/bad.yaml"), out);
  }

  @Test
  void initWritesAStarterProjectThatLintsCleanAndNeverOverwrites() throws IOException {
    Path project = dir.resolve("team");
    CliRun init = CliRun.of("init", project.toString());
    assertEquals(0, init.exitCode(), init.transcript());
    for (String f : List.of(".vjc.yaml", "envs/prod.yaml", "jobs/train.yaml")) {
      assertTrue(Files.isRegularFile(project.resolve(f)), f);
    }
    assertTrue(
        Files.readString(project.resolve(".pre-commit-config.yaml")).contains("id: vjc-lint"));
    CliRun lint = CliRun.of("lint", project.toString());
    assertEquals("vjc: 1 file checked, no problems\n", lint.out());
    assertEquals(0, lint.exitCode());
    CliRun prod = CliRun.of("compile", project.resolve("jobs/train.yaml").toString(), "--env=prod");
    assertEquals(0, prod.exitCode(), prod.transcript());
    assertTrue(prod.out().contains("my-project-prod") || prod.out().contains("n1-standard-8"));

    Files.writeString(project.resolve("jobs/train.yaml"), "mine\n");
    Files.delete(project.resolve("envs/prod.yaml"));
    CliRun again = CliRun.of("init", project.toString());
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains(".vjc.yaml, jobs/train.yaml, .pre-commit-config.yaml exist"));
    assertEquals("mine\n", Files.readString(project.resolve("jobs/train.yaml")));
    assertFalse(Files.exists(project.resolve("envs/prod.yaml")), "nothing written on refusal");
  }

  @Test
  void completionScriptsCoverEverySubcommand() {
    CliRun bash = CliRun.of("completion", "bash");
    assertEquals(0, bash.exitCode());
    assertTrue(bash.out().contains("complete -F"), bash.out());
    for (String sub : List.of("compile", "lint", "diff", "init", "--stdin-filename", "--color")) {
      assertTrue(bash.out().contains(sub), sub);
    }
    CliRun zsh = CliRun.of("completion", "zsh");
    assertTrue(zsh.out().contains("bashcompinit"));
    assertEquals(2, CliRun.of("completion", "fish").exitCode());
  }

  private static CliRun withStdin(String text, String... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRun.of(args);
    } finally {
      System.setIn(old);
    }
  }

  /** vjc as a process started in {@code cwd}, which an in-process run cannot change. */
  private static Process vjc(Path cwd, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
  }

  private static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
