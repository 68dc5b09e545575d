package vjc.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vjc.diag.DiagnosticIds;
import vjc.engine.DiagnosticDocs;
import vjc.lint.Rule;
import vjc.testing.Repo;

/**
 * Every id vjc prints is declared once, with a severity, a summary and a doc that {@code vjc
 * explain} shows: the ids in every expected output under {@code testdata/} (text findings, SARIF
 * and JSON {@code ruleId}s) must be known to {@link DiagnosticDocs}.
 */
class PrintedIdsAreRegisteredTest {

  /** A text finding: {@code file:line:col: severity: message [id]}, maybe with its environment. */
  private static final Pattern TEXT_FINDING =
      Pattern.compile(
          "(?m)^\\S+:\\d+:\\d+: (?:error|warning|info): .* \\[([^\\]\\s]+)\\](?: \\(env: [^)]*\\))?$");

  private static final Pattern RULE_ID_FIELD = Pattern.compile("\"ruleId\": ?\"([^\"]+)\"");

  private static final List<String> OUTPUTS =
      List.of(".out", ".err", ".sarif", ".github", ".junit", ".text", ".explain");

  private final DiagnosticDocs docs = new DiagnosticDocs(BuiltInRules.all());

  @Test
  void everyIdInTheExpectedOutputsIsRegistered() throws IOException {
    TreeSet<String> unknown = new TreeSet<>();
    int seen = 0;
    for (Path golden : goldens()) {
      String text = Files.readString(golden);
      for (Pattern p : List.of(TEXT_FINDING, RULE_ID_FIELD)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          seen++;
          if (!docs.isKnown(m.group(1))) {
            unknown.add(m.group(1) + " (" + Repo.root().relativize(golden) + ")");
          }
        }
      }
    }
    assertTrue(seen > 200, "the scan found only " + seen + " printed ids; is the pattern stale?");
    assertEquals(new TreeSet<>(), unknown, "printed ids that vjc explain does not know");
  }

  @Test
  void everyDeclaredIdHasItsDocumentation() {
    List<String> ids = new ArrayList<>();
    BuiltInRules.all().stream().map(Rule::info).forEach(i -> ids.add(i.id()));
    DiagnosticIds.all().forEach(d -> ids.add(d.id()));
    for (String id : ids) {
      DiagnosticDocs.Entry e = docs.find(id).orElseThrow(() -> new AssertionError(id));
      assertTrue(e.doc().contains(id) && !e.summary().isBlank(), id);
    }
    assertTrue(docs.find("policy/max-timeout").isPresent(), "built-in policies are documented");
    assertTrue(
        docs.isKnown("policy/budget-label"), "a custom policy's id is declared by .vjc.yaml");
    assertTrue(docs.find("yaml/no-such-thing").isEmpty());
  }

  private static List<Path> goldens() throws IOException {
    try (Stream<Path> all = Files.walk(Repo.root().resolve("testdata"))) {
      return all.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(Repo.root().resolve("testdata/target")))
          .filter(p -> OUTPUTS.stream().anyMatch(ext -> p.toString().endsWith(ext)))
          .sorted()
          .toList();
    }
  }
}
