package vjc.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vjc.lint.catalog.Catalog;
import vjc.lint.policy.BuiltInPolicies;
import vjc.lint.policy.BuiltInPolicy;
import vjc.testing.Repo;

/**
 * Golden tests for organisation policies: each folder under {@code testdata/policies/} holds a
 * {@code .vjc.yaml}; every {@code bad/<case>.yaml} lints to exactly {@code <case>.out} and every
 * {@code ok/<case>.yaml} lints clean. A folder named after a built-in policy's id tests that
 * policy. Regenerate with {@code mvn -q test -Dvjc.updateGolden=true}.
 */
class PolicyGoldenTest {

  private static final Path ROOT = Repo.testdata("policies");

  @TestFactory
  Stream<DynamicTest> badCasesMatchTheirGolden() throws IOException {
    return LintCases.matchGolden(inputs("bad"));
  }

  @TestFactory
  Stream<DynamicTest> okCasesLintClean() throws IOException {
    return LintCases.lintClean(inputs("ok"));
  }

  /** Without its .vjc.yaml, each bad case of a built-in policy lints clean: the policy fired. */
  @TestFactory
  Stream<DynamicTest> badCasesAreCleanWithoutThePolicy() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (BuiltInPolicy p : policies()) {
      Path dir = ROOT.resolve(folder(p));
      for (Path input : list(dir.resolve("bad"))) {
        tests.add(
            DynamicTest.dynamicTest(
                label(input),
                () -> {
                  Path copy = Files.createTempFile("vjc-policy-", ".yaml");
                  try {
                    Files.copy(input, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    RuleHarness.Transcript run = RuleHarness.lint(copy);
                    assertEquals(
                        0,
                        run.exitCode(),
                        () -> input + " fails for another reason:\n" + run.out());
                  } finally {
                    Files.deleteIfExists(copy);
                  }
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyBuiltInPolicyHasBadAndOkCasesNamingIt() {
    return policies().stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.id(),
                    () -> {
                      Path dir = ROOT.resolve(folder(p));
                      assertTrue(
                          Files.isRegularFile(dir.resolve(".vjc.yaml")), "no .vjc.yaml in " + dir);
                      List<Path> bad = list(dir.resolve("bad"));
                      assertFalse(bad.isEmpty(), "no bad/ cases for " + p.id());
                      assertFalse(list(dir.resolve("ok")).isEmpty(), "no ok/ cases for " + p.id());
                      for (Path input : bad) {
                        Path golden = sibling(input, ".out");
                        if (Files.exists(golden)) {
                          assertTrue(
                              Files.readString(golden).contains("[" + p.id() + "]"),
                              () -> golden + " does not report [" + p.id() + "]");
                        }
                      }
                    }));
  }

  @Test
  void everyGoldenHasAnInput() throws IOException {
    try (Stream<Path> all = Files.walk(ROOT)) {
      for (Path out : all.filter(p -> p.toString().endsWith(".out")).toList()) {
        assertTrue(Files.exists(sibling(out, ".yaml")), "orphan golden " + out);
      }
    }
  }

  @Test
  void everyPolicyIsDocumented() throws IOException {
    String doc = Files.readString(Repo.root().resolve("docs/policies.md"));
    for (BuiltInPolicy p : policies()) {
      assertTrue(
          doc.contains("### `" + p.key() + "`"), "docs/policies.md has no section for " + p.key());
      assertTrue(doc.contains(p.id()), "docs/policies.md does not name " + p.id());
    }
  }

  @Test
  void aPolicyFindingCanBeMadeAWarningInRules() throws IOException {
    Path dir = Files.createTempDirectory("vjc-policy-");
    try {
      Files.writeString(
          dir.resolve(".vjc.yaml"),
          "policies:\n  maxTimeout: 1h\nrules:\n  policy/max-timeout: warning\n");
      Files.copy(ROOT.resolve("max-timeout/bad/two-days.yaml"), dir.resolve("job.yaml"));
      RuleHarness.Transcript run = RuleHarness.lintWithoutSnippets(dir.resolve("job.yaml"));
      assertEquals(0, run.exitCode(), run.out());
      assertTrue(
          run.out()
              .contains(
                  ": warning: timeout 172800s (2d) is longer than the policy"
                      + " allows, at most 1h (3600s) [policy/max-timeout]"),
          run.out());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static List<BuiltInPolicy> policies() {
    return BuiltInPolicies.all(Catalog.builtIn());
  }

  private static String folder(BuiltInPolicy p) {
    return p.id().substring("policy/".length());
  }

  private static List<Path> inputs(String kind) throws IOException {
    return LintCases.inputs(ROOT, kind);
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
