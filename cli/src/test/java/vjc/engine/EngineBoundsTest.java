package vjc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.lint.rules.BuiltInRules;
import vjc.load.SourceText;
import vjc.resolve.ResolveRequest;

/** What the engine keeps of its inputs, and inputs that must cost linear work or fail cleanly. */
class EngineBoundsTest {

  private static final String POOLS =
      "jobSpec:\n"
          + "  workerPoolSpecs:\n"
          + "    - machineSpec: {machineType: n1-standard-4}\n"
          + "      replicaCount: 1\n"
          + "      containerSpec: {imageUri: x}\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static Engine engine(boolean snippets) {
    return Engine.builder().rules(BuiltInRules.all()).snippets(snippets).build();
  }

  @Test
  void keepsTheLinesFindingsPointAtAsTheyWereRead() throws IOException {
    Path job = write("job.yaml", "displayName: x\nunknownKey: 1\n" + POOLS);
    Engine engine = engine(true);
    FileReport report = engine.lint(job, ResolveRequest.plain());
    Diagnostic unknown =
        report.diagnostics().stream()
            .filter(d -> d.ruleId().equals("schema/unknown-field"))
            .findFirst()
            .orElseThrow();
    // The file changes before the report is printed: the snippet shows what was checked.
    Files.writeString(job, "rewritten\n");
    assertEquals(Optional.of("unknownKey: 1"), engine.source(job, unknown.origin().line()));
    assertEquals(Optional.empty(), engine.source(job, 3), "a line no finding points at");
  }

  @Test
  void keepsTheWholeCompiledFileForFindingsThatComeAfterTheCompile() throws IOException {
    // vjc submit shows the server's findings, which may point at any line of the one file.
    Path job = write("job.yaml", "displayName: x\n" + POOLS);
    Engine engine = engine(true);
    assertTrue(
        engine.compile(job, ResolveRequest.plain(), Optional.empty(), false).value().isPresent());
    assertEquals(Optional.of("      replicaCount: 1"), engine.source(job, 5));
  }

  @Test
  void keepsNothingWhenNoSnippetIsShown() throws IOException {
    Path job = write("job.yaml", "displayName: x\nunknownKey: 1\n" + POOLS);
    Engine engine = engine(false);
    assertFalse(engine.lint(job, ResolveRequest.plain()).diagnostics().isEmpty());
    assertEquals(Optional.empty(), engine.source(job, 2));
  }

  @Test
  void keepsAtMostTheStartOfAVeryLongLine() throws IOException {
    Path job =
        write("job.yaml", "displayName: x\nunknownKey: " + "y".repeat(100_000) + "\n" + POOLS);
    Engine engine = engine(true);
    List<Diagnostic> ds = engine.lint(job, ResolveRequest.plain()).diagnostics();
    assertTrue(ds.stream().anyMatch(d -> d.origin().line() == 2), ds::toString);
    String kept = engine.source(job, 2).orElseThrow();
    assertEquals(SnippetLines.KEPT_CHARS, kept.length());
    assertTrue(kept.startsWith("unknownKey: yyy"));
  }

  @Test
  void findsLinesInOnePassAsSourceTextCountsThem() {
    for (String text : List.of("a\nb\r\nc\rd", "a\n\nb\n", "\r\r\n", "", "only")) {
      List<String> lines = new SourceText(Path.of("f"), text).lines();
      TreeMap<Integer, String> wanted = new TreeMap<>();
      for (int i = 1; i <= lines.size() + 1; i++) {
        wanted.put(i, "");
      }
      var found = SnippetLines.linesOf(text, wanted);
      assertEquals(lines.size(), found.size(), text);
      for (int i = 1; i <= lines.size(); i++) {
        assertEquals(lines.get(i - 1), found.get(i), text);
      }
    }
  }

  @Test
  void anOverlayNamedThirtyThousandTimesIsMergedOnceWithOneWarning() throws IOException {
    write("envs/prod.yaml", "displayName: from-overlay\n");
    write(
        ".vjc.yaml",
        "environments:\n  prod:\n    overlays:\n" + "      - envs/prod.yaml\n".repeat(30_000));
    Path job = write("job.yaml", "displayName: x\n" + POOLS);
    Engine engine = engine(true);

    List<Diagnostic> ds =
        engine
            .lint(job, ResolveRequest.plain().forEnvironment(Optional.of("prod"), List.of()))
            .diagnostics();
    List<Diagnostic> repeats =
        ds.stream().filter(d -> d.ruleId().equals("config/duplicate-overlay")).toList();
    assertEquals(1, repeats.size(), ds::toString);
    assertEquals(5, repeats.get(0).origin().line(), "at the first repeat");
    assertTrue(repeats.get(0).message().contains("29999 repeats"), repeats.get(0).message());

    Outcome<Engine.Compiled> compiled =
        engine.compile(
            job,
            ResolveRequest.plain().forEnvironment(Optional.of("prod"), List.of()),
            Optional.empty(),
            false);
    assertEquals("from-overlay", compiled.value().orElseThrow().job().getDisplayName());
  }

  @Test
  void aLoneSurrogateIsAnErrorInLintAndCompileNeverACrash() throws IOException {
    Path job = write("job.yaml", "displayName: \"\\ud800\"\n" + POOLS);
    Engine engine = engine(true);
    assertEquals(
        List.of("input/invalid-string"),
        engine.lint(job, ResolveRequest.plain()).diagnostics().stream()
            .map(Diagnostic::ruleId)
            .toList());
    Outcome<Engine.Compiled> compiled =
        engine.compile(job, ResolveRequest.plain(), Optional.empty(), false);
    assertTrue(compiled.value().isEmpty());
    assertEquals("input/invalid-string", compiled.diagnostics().get(0).ruleId());
  }

  @Test
  void aDisplayNameFromTheCommandLineIsCheckedBeforeEmitting() throws IOException {
    Path job = write("job.yaml", POOLS);
    Outcome<Engine.Compiled> compiled =
        engine(true).compile(job, ResolveRequest.plain(), Optional.of("a\ud800"), false);
    assertTrue(compiled.value().isEmpty());
    assertTrue(
        compiled.diagnostics().stream()
            .anyMatch(
                d ->
                    d.ruleId().equals("input/invalid-string")
                        && d.message().startsWith("displayName holds")),
        compiled.diagnostics()::toString);
  }
}
