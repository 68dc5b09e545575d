package vjc.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * Folder-driven lint cases shared by the rule and policy goldens: {@code <root>/<name>/bad/<case>}
 * lints to {@code <case>.out} beside it and fails; {@code <root>/<name>/ok/<case>} lints clean.
 */
final class LintCases {

  private LintCases() {}

  /** Every input under {@code <root>/<each folder>/<kind>/}, in a stable order. */
  static List<Path> inputs(Path root, String kind) throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        out.addAll(list(dir.resolve(kind)));
      }
    }
    return out;
  }

  /** The job files in {@code dir} (its own .vjc.yaml excluded), sorted. */
  static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().equals(".vjc.yaml"))
          .sorted()
          .toList();
    }
  }

  /** One test per bad case: the lint transcript equals the golden, and lint fails. */
  static Stream<DynamicTest> matchGolden(List<Path> inputs) {
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    label(input),
                    () -> {
                      RuleHarness.Transcript run = RuleHarness.lint(input);
                      Golden.check(sibling(input, ".out"), run.text());
                      assertEquals(
                          1, run.exitCode(), () -> "a bad case must fail lint:\n" + run.out());
                    }));
  }

  /** One test per ok case: lint exits 0 with no finding at all. */
  static Stream<DynamicTest> lintClean(List<Path> inputs) {
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    label(input),
                    () -> {
                      RuleHarness.Transcript run = RuleHarness.lint(input);
                      assertEquals(0, run.exitCode(), () -> "ok case has errors:\n" + run.out());
                      assertTrue(
                          run.out().contains("no problems"),
                          () -> "ok case has findings:\n" + run.out());
                    }));
  }

  /** {@code file} with another extension. */
  static Path sibling(Path file, String extension) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
  }

  /** The path relative to the repository, as test names show it. */
  static String label(Path p) {
    return Repo.root().relativize(p).toString();
  }
}
