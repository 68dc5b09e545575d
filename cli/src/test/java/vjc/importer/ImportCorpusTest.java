package vjc.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vjc.diag.Diagnostic;
import vjc.load.Limits;
import vjc.load.SourceText;
import vjc.render.TextRenderer;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * Every command in {@code ../shared/corpus/real/gcloud-flags.txt} (gcloud commands copied from
 * public repositories) imports, or gets diagnostics saying what in the command is wrong. Each
 * entry's outcome — diagnostics, then the job file — is pinned in {@code
 * testdata/import/corpus/gcloud-flags-N.out}; positions count from the entry's {@code === [N]}
 * line.
 */
class ImportCorpusTest {

  private static final Pattern ENTRY = Pattern.compile("(?m)^=== \\[(\\d+)\\]\\n");

  @TestFactory
  Stream<DynamicTest> everyCorpusCommandImportsOrIsExplained() throws IOException {
    Optional<Path> corpus = Repo.shared("corpus", "real", "gcloud-flags.txt");
    Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus/real is not present here");
    String text = Files.readString(corpus.get());
    Matcher m = ENTRY.matcher(text);
    List<int[]> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {Integer.parseInt(m.group(1)), m.end()});
    }
    assertTrue(starts.size() >= 9, "expected the corpus's gcloud commands");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int n = starts.get(i)[0];
      int end =
          i + 1 < starts.size() ? text.lastIndexOf("===", starts.get(i + 1)[1] - 1) : text.length();
      String entry = text.substring(starts.get(i)[1], end);
      tests.add(DynamicTest.dynamicTest("gcloud-flags.txt [" + n + "]", () -> check(n, entry)));
    }
    return tests.stream();
  }

  private static void check(int n, String entry) {
    SourceText source = new SourceText(Path.of("gcloud-flags.txt[" + n + "]"), entry);
    ImportResult result = new Importer(Limits.DEFAULT).importText(source, Repo.root());
    assertTrue(result.yaml().isPresent() || result.hasErrors(), "neither imported nor explained");
    TextRenderer text = new TextRenderer(f -> Optional.ofNullable(result.sources().get(f)), true);
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : result.diagnostics()) {
      text.render(d, b);
    }
    b.append(result.yaml().map(y -> "--- imported\n" + y).orElse("--- not imported\n"));
    Golden.check(Repo.testdata("import", "corpus", "gcloud-flags-" + n + ".out"), b.toString());
  }
}
