package vjc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnosticIdsTest {

  private static final String GOOD =
      """
      Intro text, ignored.

      ## yaml/tab-like
      severity: error
      summary: One line.

      The doc.
      ```yaml
      ## not a heading inside a fence
      ```
      ## cli/other
      severity: warning
      summary: Another line.

      Another doc.
      """;

  @Test
  void registryParses() {
    assertFalse(DiagnosticIds.all().isEmpty());
    assertTrue(DiagnosticIds.isRegistered("yaml/duplicate-key"));
    assertEquals(Severity.ERROR, DiagnosticIds.find("yaml/syntax").orElseThrow().severity());
    assertEquals(
        Severity.WARNING, DiagnosticIds.find("template/unused-variable").orElseThrow().severity());
    // A tab is a syntax error like any other; there is no id of its own.
    assertFalse(DiagnosticIds.isRegistered("yaml/tab"));
    assertTrue(DiagnosticIds.find("yaml/syntax").orElseThrow().doc().contains("tab"));
  }

  @Test
  void idsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (DiagnosticId d : DiagnosticIds.all()) {
      assertTrue(seen.add(d.id()), "declared twice: " + d.id());
    }
  }

  @Test
  void idsAreGroupedByNamespaceAndSortedWithinOne() {
    List<String> namespaces = new ArrayList<>();
    String previous = null;
    for (DiagnosticId d : DiagnosticIds.all()) {
      if (namespaces.isEmpty() || !namespaces.get(namespaces.size() - 1).equals(d.namespace())) {
        assertFalse(
            namespaces.contains(d.namespace()),
            d.id() + ": namespace " + d.namespace() + " appears in two places");
        namespaces.add(d.namespace());
      } else {
        assertTrue(previous.compareTo(d.id()) < 0, d.id() + " comes before " + previous);
      }
      previous = d.id();
    }
  }

  @Test
  void everyEntryHasASummaryAndAUsefulDoc() {
    for (DiagnosticId d : DiagnosticIds.all()) {
      assertFalse(d.summary().isBlank(), d.id());
      assertTrue(d.summary().endsWith("."), d.id() + ": the summary is a sentence");
      int lines = d.doc().split("\n").length;
      assertTrue(lines >= 3 && lines <= 12, d.id() + ": doc has " + lines + " lines, want 3-12");
    }
  }

  @Test
  void parsesSectionsAndSkipsHeadingsInFences() {
    List<DiagnosticId> ids = DiagnosticIds.parse(GOOD);
    assertEquals(
        List.of("yaml/tab-like", "cli/other"), ids.stream().map(DiagnosticId::id).toList());
    assertTrue(ids.get(0).doc().contains("## not a heading inside a fence"));
    assertEquals(Severity.WARNING, ids.get(1).severity());
    assertEquals("Another doc.", ids.get(1).doc());
  }

  @Test
  void rejectsAMissingSeverity() {
    String text = "## yaml/x\nsummary: S.\n\nDoc.\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DiagnosticIds.parse(text));
    assertTrue(e.getMessage().contains(":2: yaml/x: expected 'severity:'"), e.getMessage());
  }

  @Test
  void rejectsAnUnknownSeverity() {
    String text = "## yaml/x\nseverity: fatal\nsummary: S.\n\nDoc.\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DiagnosticIds.parse(text));
    assertTrue(e.getMessage().contains(":2: yaml/x: unknown severity 'fatal'"), e.getMessage());
  }

  @Test
  void rejectsASeverityNotInLowerCase() {
    String text = "## yaml/x\nseverity: Error\nsummary: S.\n\nDoc.\n";
    assertThrows(IllegalArgumentException.class, () -> DiagnosticIds.parse(text));
  }

  @Test
  void rejectsOtherMalformedSections() {
    List<String> bad =
        List.of(
            "## yaml/x\nseverity: error\n\nDoc.\n", // no summary
            "## yaml/x\nseverity: error\nsummary: S.\nDoc.\n", // no blank line
            "## yaml/x\nseverity: error\nsummary: S.\n\n\n", // no doc
            "## yaml/x\nseverity: error\nsummary: S.\n\n```\nopen\n", // unclosed fence
            "## yaml\nseverity: error\nsummary: S.\n\nDoc.\n", // no namespace
            "## Yaml/X\nseverity: error\nsummary: S.\n\nDoc.\n", // not lower case
            "## yaml/x\nseverity: error\nsummary: S.\n\nDoc.\n"
                + "## yaml/x\nseverity: error\nsummary: S.\n\nDoc.\n"); // twice
    for (String text : bad) {
      assertThrows(IllegalArgumentException.class, () -> DiagnosticIds.parse(text), text);
    }
  }

  @Test
  void recordValidatesItself() {
    assertThrows(
        IllegalArgumentException.class, () -> new DiagnosticId(" ", Severity.ERROR, "S.", "D."));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DiagnosticId("duplicate-key", Severity.ERROR, "S.", "D."));
    DiagnosticId d = new DiagnosticId("schema/minItems", Severity.ERROR, "S.", "D.");
    assertEquals("schema", d.namespace());
    assertEquals("minItems", d.name());
  }

  @Test
  void referenceListsEveryId() {
    String reference = DiagnosticIds.reference();
    for (DiagnosticId d : DiagnosticIds.all()) {
      assertTrue(reference.contains("\n## " + d.id() + "\n"), d.id());
      assertTrue(reference.contains("](#" + DiagnosticIds.anchor(d.id()) + ")"), d.id());
    }
    assertEquals("schemaminitems", DiagnosticIds.anchor("schema/minItems"));
  }
}
