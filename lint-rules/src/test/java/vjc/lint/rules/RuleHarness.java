package vjc.lint.rules;

import java.nio.file.Path;
import java.util.List;
import vjc.diag.Severity;
import vjc.engine.Engine;
import vjc.engine.ExitCodes;
import vjc.engine.FileReport;
import vjc.render.TextRenderer;
import vjc.resolve.ResolveRequest;
import vjc.testing.Repo;

/**
 * Lints a file with the built-in rules through the real engine, as {@code vjc lint FILE} would,
 * without the command line: the counterpart of Error Prone's {@code CompilationTestHelper} for
 * vjc's rules. A new rule is checked with {@code mvn -pl lint-rules -am test}.
 */
final class RuleHarness {

  private RuleHarness() {}

  /** What {@code vjc lint FILE} would print, with source snippets. */
  static Transcript lint(Path file) {
    return lint(file, true);
  }

  /** What {@code vjc lint --no-snippets FILE} would print. */
  static Transcript lintWithoutSnippets(Path file) {
    return lint(file, false);
  }

  private static Transcript lint(Path file, boolean snippets) {
    Engine engine = Engine.builder().rules(BuiltInRules.all()).build();
    List<FileReport> reports;
    try {
      reports = engine.lint(List.of(file), ResolveRequest.plain(), false, 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String out = new TextRenderer(engine::source, snippets).render(reports);
    return new Transcript(ExitCodes.ofReports(reports, Severity.ERROR), relative(out));
  }

  /** The repository root as a prefix, so goldens don't depend on where the clone lives. */
  private static String relative(String text) {
    return text.replace(Repo.root() + "/", "");
  }

  /**
   * The exit code and standard output of one run.
   *
   * @param exitCode what vjc would exit with
   * @param out what vjc would print on standard output
   */
  record Transcript(int exitCode, String out) {

    /** In the shape of the golden files: exit code, stdout, and lint's empty stderr. */
    String text() {
      return "exit: " + exitCode + "\n--- stdout\n" + out + "--- stderr\n";
    }
  }
}
