package vjc.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vjc.lint.RuleDocs;
import vjc.lint.RuleInfo;

/**
 * Meta-tests over the registry: every rule is well-formed, documented and listed once, in order.
 */
class BuiltInRulesTest {

  @Test
  void idsAreUniqueAndSorted() {
    List<String> ids = BuiltInRules.all().stream().map(r -> r.info().id()).toList();
    assertEquals(new HashSet<>(ids).size(), ids.size(), "duplicate rule id in " + ids);
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(sorted, ids, "BuiltInRules.all() must list rules in id order");
  }

  @TestFactory
  Stream<DynamicTest> eachRuleIsWellFormed() {
    return BuiltInRules.all().stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.info().id(),
                    () -> {
                      RuleInfo info = rule.info();
                      String id = info.id();
                      assertTrue(
                          id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "id must be kebab-case: " + id);
                      assertEquals(
                          camel(id),
                          rule.getClass().getSimpleName(),
                          "class name must be the id in UpperCamelCase");
                      assertFalse(
                          info.summary().endsWith("."), "summary ends with a period: " + id);
                      assertEquals(
                          info.summary().toLowerCase(java.util.Locale.ROOT).charAt(0),
                          info.summary().charAt(0),
                          "summary must start lower-case: " + id);
                      assertTrue(RuleDocs.hasDoc(id), "no doc at " + RuleDocs.resource(id));
                      String doc = RuleDocs.doc(id);
                      assertTrue(
                          doc.startsWith("# " + id + "\n"),
                          id + ".md must start with '# " + id + "'");
                      for (String section :
                          List.of("## Why", "## Example", "## How to fix", "## Suppress")) {
                        assertTrue(
                            doc.contains(section), id + ".md lacks a '" + section + "' section");
                      }
                      assertTrue(
                          doc.contains("vjc:ignore " + id),
                          id + ".md must show how to suppress it");
                    }));
  }

  @Test
  void everyDocBelongsToARule() throws Exception {
    Set<String> ids = new HashSet<>();
    BuiltInRules.all().forEach(r -> ids.add(r.info().id()));
    java.nio.file.Path docs =
        vjc.testing.Repo.root().resolve("lint-rules/src/main/resources/vjc/lint/rules");
    try (var files = java.nio.file.Files.list(docs)) {
      List<String> names =
          files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).toList();
      assertFalse(names.isEmpty(), "no rule docs under " + docs);
      for (String name : names) {
        assertTrue(
            ids.contains(name.replace(".md", "")), "doc " + name + " has no rule in BuiltInRules");
      }
    }
  }

  private static String camel(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }
}
