package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.load.FormNormalizer;
import vjc.load.JobDocument;
import vjc.load.Limits;
import vjc.load.Node;
import vjc.load.SourceReader;
import vjc.load.SourceText;
import vjc.load.YamlLoader;

/**
 * Fuzzes the load stage alone (decode, YAML, form detection) on bytes: whatever the bytes, it ends
 * in a tree or in diagnostics positioned inside the input, never in an exception, and within the
 * timeout. See {@code docs/fuzzing.md} for how to fuzz rather than replay the seeds.
 */
class LoaderFuzzTest {

  private static final Path FILE = Path.of("fuzz", "input.yaml");

  private final YamlLoader loader = new YamlLoader(Limits.DEFAULT);
  private final FormNormalizer normalizer = new FormNormalizer();

  static Stream<Arguments> seeds() {
    return FuzzSeeds.of("loader");
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void loaderEndsInATreeOrPositionedDiagnostics(byte[] input) throws Throwable {
    TimeLimit.run(() -> check(input));
  }

  private void check(byte[] input) {
    Outcome<SourceText> text = SourceReader.decode(FILE, input);
    List<Diagnostic> ds = new ArrayList<>(text.diagnostics());
    if (text.value().isPresent()) {
      SourceText source = text.value().get();
      Outcome<Node> node = loader.load(source);
      ds.addAll(node.diagnostics());
      if (node.value().isPresent()) {
        Node root = node.value().get();
        assertTrue(root.weight() <= Limits.DEFAULT.maxNodes(), "weight " + root.weight());
        Outcome<JobDocument> doc = normalizer.normalize(source, root);
        ds.addAll(doc.diagnostics());
      } else {
        assertTrue(node.hasErrors(), "a failed load without an error: " + node.diagnostics());
      }
    } else {
      assertEquals(1, text.diagnostics().size(), text.diagnostics().toString());
    }
    PositionCheck.check(ds, Map.of(FILE, input));
  }
}
