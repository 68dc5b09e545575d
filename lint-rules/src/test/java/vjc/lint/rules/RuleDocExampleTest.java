package vjc.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vjc.lint.RuleDocs;

/**
 * Every rule's doc shows a complete job file (the first {@code yaml} block) and the exact output of
 * {@code vjc lint --no-snippets example.yaml} (the first {@code text} block); this test runs the
 * example and compares, so the docs cannot drift from the rules.
 */
class RuleDocExampleTest {

  private static final Pattern YAML = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("```text\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> docExampleOutputIsExact() {
    List<DynamicTest> tests = new ArrayList<>();
    BuiltInRules.all()
        .forEach(
            rule -> {
              String id = rule.info().id();
              tests.add(
                  DynamicTest.dynamicTest(
                      id,
                      () -> {
                        String doc = RuleDocs.doc(id);
                        Matcher yaml = YAML.matcher(doc);
                        Matcher text = TEXT.matcher(doc);
                        assertTrue(yaml.find(), id + ".md has no ```yaml example");
                        assertTrue(text.find(), id + ".md has no ```text output of its example");
                        Path dir = Files.createTempDirectory("vjc-doc");
                        Path example = dir.resolve("example.yaml");
                        Files.writeString(example, yaml.group(1));
                        try {
                          RuleHarness.Transcript run = RuleHarness.lintWithoutSnippets(example);
                          String actual = run.out().replace(dir + "/", "");
                          assertEquals(
                              text.group(1),
                              actual,
                              "the example output in " + id + ".md is stale");
                          assertTrue(
                              actual.contains("[" + id + "]"),
                              id + ".md example does not trigger it");
                        } finally {
                          Files.deleteIfExists(example);
                          Files.deleteIfExists(dir);
                        }
                      }));
            });
    return tests.stream();
  }
}
