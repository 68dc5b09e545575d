package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vjc.diag.Diagnostic;
import vjc.engine.Engine;
import vjc.engine.FileReport;
import vjc.lint.rules.BuiltInRules;
import vjc.resolve.ResolveRequest;
import vjc.testing.Repo;

/**
 * Job files written by other people ({@code ../shared/corpus/real/}): each either lints without
 * errors and compiles, or gets exactly the error rule ids recorded for it in {@code
 * testdata/corpus/expected.tsv}, with the reason a user would agree with. Regenerate the ids with
 * {@code -Dvjc.updateGolden=true}; the notes column is kept.
 */
class RealCorpusTest {

  private static final Path EXPECTED = Repo.testdata("corpus", "expected.tsv");

  @TestFactory
  Stream<DynamicTest> eachRealFileHasItsRecordedOutcome() throws IOException {
    Optional<Path> corpus = Repo.shared("corpus", "real");
    Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus/real is not present here");
    Map<String, String[]> expected = readExpected();
    Map<String, String[]> actual = new LinkedHashMap<>();
    Engine pipeline = Engine.builder().rules(BuiltInRules.all()).build();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files(corpus.get())) {
      String name = file.getFileName().toString();
      String outcome = outcome(pipeline, file);
      String[] previous = expected.get(name);
      actual.put(name, new String[] {name, outcome, previous == null ? "" : previous[2]});
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                assertTrue(previous != null, name + " has no recorded outcome in " + EXPECTED);
                assertEquals(previous[1], outcome, name + ": outcome changed");
              }));
    }
    if (Repo.updateGolden()) {
      StringBuilder b = new StringBuilder("# file\toutcome\twhy (kept by hand)\n");
      actual.values().forEach(r -> b.append(String.join("\t", r)).append('\n'));
      Files.writeString(EXPECTED, b.toString());
    }
    return tests.stream();
  }

  @Test
  void everyRecordedFileExists() throws IOException {
    Optional<Path> corpus = Repo.shared("corpus", "real");
    Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus/real is not present here");
    for (String name : readExpected().keySet()) {
      assertTrue(Files.exists(corpus.get().resolve(name)), "recorded file is gone: " + name);
    }
  }

  /** {@code compiles}, or {@code errors: id,id} with the sorted error rule ids. */
  private static String outcome(Engine pipeline, Path file) {
    FileReport report = pipeline.lint(file, ResolveRequest.plain());
    TreeSet<String> errors = new TreeSet<>();
    for (Diagnostic d : report.diagnostics()) {
      if (d.isError()) {
        errors.add(d.ruleId());
      }
    }
    if (!errors.isEmpty()) {
      return "errors: " + String.join(",", errors);
    }
    var compiled = pipeline.compile(file, ResolveRequest.plain(), Optional.of("corpus-job"), false);
    if (compiled.value().isEmpty()) {
      TreeSet<String> ids = new TreeSet<>();
      compiled.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> ids.add(d.ruleId()));
      return "lints clean but does not compile: " + String.join(",", ids);
    }
    return "compiles";
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  private static Map<String, String[]> readExpected() throws IOException {
    Map<String, String[]> out = new LinkedHashMap<>();
    if (!Files.exists(EXPECTED)) {
      return out;
    }
    for (String line : Files.readAllLines(EXPECTED)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      out.put(parts[0], new String[] {parts[0], parts[1], parts.length > 2 ? parts[2] : ""});
    }
    return out;
  }
}
