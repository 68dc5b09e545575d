package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The fast path parses a command line exactly as picocli does, or leaves it to picocli: checked on
 * seeded random command lines built from the options' names, good and bad values, paths, {@code
 * --}, argument files and help flags.
 */
class FastPathTest {

  private static final List<String> COMMON =
      List.of(
          "a.yaml",
          "dir",
          "with space.yaml",
          "",
          "-",
          "--",
          "@args.txt",
          "-o",
          "out.txt",
          "--output",
          "--output=o.json",
          "-oout",
          "--env",
          "prod",
          "--env=dev",
          "--var",
          "gpus=8",
          "--var=a=-1",
          "--set",
          "jobSpec.x=1",
          "--allow-env",
          "--allow-env=true",
          "--verbose",
          "--help",
          "-h",
          "-V",
          "--version",
          "--bogus",
          "-x",
          "--color",
          "always",
          "NEVER",
          "--color=auto",
          "--color=rainbow",
          "--stdin-filename",
          "jobs/x.yaml",
          "--stdin-filename=y.yaml",
          "--format",
          "--format=",
          "x=y",
          "-1");

  private static final List<String> LINT_WORDS =
      List.of(
          "lint",
          "text",
          "SARIF",
          "Json",
          "github",
          "junit",
          "xml",
          "--format=github",
          "--no-snippets",
          "--no-snippets=false",
          "--only-jobs",
          "--fail-on",
          "warning",
          "ERROR",
          "nope",
          "-j",
          "--jobs",
          "2",
          "0",
          "010",
          "+3",
          "99999999999",
          "--jobs=3",
          "-j2",
          "--new-since",
          "main",
          "HEAD~1");

  private static final List<String> COMPILE_WORDS =
      List.of(
          "compile",
          "json",
          "YAML",
          "textproto",
          "binpb",
          "xml",
          "--format=yaml",
          "--spec",
          "--explain",
          "--explain=false",
          "--display-name",
          "train",
          "--display-name=x y");

  @ParameterizedTest
  @ValueSource(strings = {"lint", "compile"})
  void acceptedCommandLinesParseAsPicocliParsesThem(String subcommand) {
    List<String> words = new ArrayList<>(COMMON);
    words.addAll(subcommand.equals("lint") ? LINT_WORDS : COMPILE_WORDS);
    int accepted = 0;
    Random random = new Random(20261127L);
    for (int n = 0; n < 20_000; n++) {
      List<String> args = new ArrayList<>(List.of(subcommand));
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        args.add(words.get(random.nextInt(words.size())));
      }
      String[] argv = args.toArray(String[]::new);
      Optional<? extends IoCommand> fast = FastPath.parse(argv);
      if (fast.isEmpty()) {
        continue;
      }
      accepted++;
      Object picocli = picocliParse(argv);
      assertTrue(picocli != null, () -> "picocli rejects " + args + ", the fast path does not");
      assertEquals(state(picocli), state(fast.get()), () -> "for " + args);
    }
    assertTrue(accepted > 1000, "the fast path accepted only " + accepted);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lint a.yaml",
        "lint --only-jobs a.yaml b.yaml",
        "lint --format sarif -o out.sarif --fail-on warning dir",
        "lint --env=prod --var gpus=8 --set jobSpec.x=1 -j 2 --no-snippets a.yaml",
        "lint --new-since main -- -odd.yaml",
        "lint --new-since main",
        "lint - --stdin-filename jobs/train.yaml --color never",
        "compile - --stdin-filename=jobs/train.yaml --env prod --color=always",
        "compile job.yaml",
        "compile job.yaml --env prod --format yaml -o out.yaml --display-name train --spec",
      })
  void everydayCommandLinesTakeTheFastPath(String line) {
    String[] argv = line.split(" ");
    Optional<? extends IoCommand> fast = FastPath.parse(argv);
    assertTrue(fast.isPresent(), line);
    assertEquals(state(picocliParse(argv)), state(fast.get()));
  }

  @Test
  void aDeclinedCommandLineRunsThroughPicocliWithTheSameResult() {
    String bad = CliRun.path("testdata/rules/scheduling/bad");
    String[] fast = {"lint", "--format", "json", "-j", "2", bad};
    String[] picocli = {"lint", "--format", "json", "-j2", bad};
    assertTrue(FastPath.parse(fast).isPresent());
    assertTrue(FastPath.parse(picocli).isEmpty(), "attached short values are picocli's");
    CliRun viaFastPath = CliRun.of(fast);
    assertEquals(1, viaFastPath.exitCode(), viaFastPath.err());
    assertEquals(viaFastPath.transcript(), CliRun.of(picocli).transcript());
  }

  @Test
  void everyDeclaredOptionIsHandledOrDeclined() {
    assertCovers("lint", FastPath.LINT);
    assertCovers("compile", FastPath.COMPILE);
  }

  private static void assertCovers(String subcommand, FastPath.Grammar<?> grammar) {
    TreeSet<String> declared = new TreeSet<>();
    CommandLine sub = Vjc.commandLine(subcommand).getSubcommands().get(subcommand);
    for (OptionSpec o : sub.getCommandSpec().options()) {
      declared.addAll(Arrays.asList(o.names()));
    }
    TreeSet<String> handled = new TreeSet<>(grammar.options().keySet());
    handled.addAll(FastPath.DECLINED);
    assertEquals(declared, handled, subcommand + ": options picocli declares vs the fast path's");
  }

  /** The subcommand picocli sets from {@code argv}, or null when picocli rejects it. */
  private static Object picocliParse(String[] argv) {
    CommandLine cl = Vjc.commandLine(argv);
    try {
      CommandLine.ParseResult parsed = cl.parseArgs(argv);
      if (parsed.subcommand() == null
          || parsed.subcommand().isUsageHelpRequested()
          || parsed.subcommand().isVersionHelpRequested()) {
        return null;
      }
      return cl.getSubcommands().get(argv[0]).getCommand();
    } catch (CommandLine.ParameterException e) {
      return null;
    }
  }

  /** Everything a parse sets, as text. */
  private static String state(Object command) {
    if (command instanceof LintCommand c) {
      return Arrays.asList(
              c.paths,
              c.format,
              c.output,
              c.noSnippets,
              c.onlyJobs,
              c.failOn,
              c.jobs,
              c.newSince,
              c.stdin.filename,
              c.color.when,
              resolve(c.resolve),
              c.verbose.verbose)
          .toString();
    }
    CompileCommand c = (CompileCommand) command;
    return Arrays.asList(
            c.file,
            c.specOnly,
            c.format,
            c.output,
            c.explain,
            c.displayName,
            c.stdin.filename,
            c.color.when,
            resolve(c.resolve),
            c.verbose.verbose)
        .toString();
  }

  private static String resolve(ResolveOptions r) {
    return Arrays.asList(r.environment, r.vars, r.sets, r.allowEnv).toString();
  }
}
