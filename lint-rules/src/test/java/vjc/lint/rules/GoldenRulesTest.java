package vjc.lint.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vjc.lint.Rule;
import vjc.testing.Repo;

/**
 * Golden tests per rule: every {@code testdata/rules/<id>/bad/<case>.yaml} lints to exactly {@code
 * <case>.out} beside it, and every {@code ok/<case>.yaml} lints clean. Regenerate the {@code .out}
 * files with {@code mvn -q test -Dvjc.updateGolden=true}.
 */
class GoldenRulesTest {

  @TestFactory
  Stream<DynamicTest> badCasesMatchTheirGolden() throws IOException {
    return LintCases.matchGolden(inputs("bad"));
  }

  @TestFactory
  Stream<DynamicTest> okCasesLintClean() throws IOException {
    return LintCases.lintClean(inputs("ok"));
  }

  @TestFactory
  Stream<DynamicTest> everyBadCaseNamesItsRuleAndEveryOutputHasAnInput() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : inputs("bad")) {
      String rule = input.getParent().getParent().getFileName().toString();
      tests.add(
          DynamicTest.dynamicTest(
              "names its rule: " + label(input),
              () -> {
                Path golden = sibling(input, ".out");
                if (Files.exists(golden)) {
                  assertTrue(
                      Files.readString(golden).contains("[" + rule + "]"),
                      () -> golden + " does not report [" + rule + "]");
                }
              }));
    }
    Path root = Repo.testdata("rules");
    try (Stream<Path> all = Files.walk(root)) {
      for (Path out : all.filter(p -> p.toString().endsWith(".out")).sorted().toList()) {
        tests.add(
            DynamicTest.dynamicTest(
                "has input: " + label(out),
                () ->
                    assertTrue(
                        Files.exists(sibling(out, ".yaml")) || Files.exists(sibling(out, ".json")),
                        () -> "orphan golden " + out)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasBadAndOkCases() {
    return BuiltInRules.all().stream()
        .map(Rule::info)
        .map(
            info ->
                DynamicTest.dynamicTest(
                    info.id(),
                    () -> {
                      Path dir = Repo.testdata("rules", info.id());
                      assertFalse(
                          list(dir.resolve("bad")).isEmpty(), "no bad/ cases for " + info.id());
                      assertFalse(
                          list(dir.resolve("ok")).isEmpty(), "no ok/ cases for " + info.id());
                    }));
  }

  private static List<Path> inputs(String kind) throws IOException {
    return LintCases.inputs(Repo.testdata("rules"), kind);
  }

  private static List<Path> list(Path dir) throws IOException {
    return LintCases.list(dir);
  }

  private static Path sibling(Path file, String extension) {
    return LintCases.sibling(file, extension);
  }

  private static String label(Path p) {
    return LintCases.label(p);
  }
}
