package vjc.cli.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import vjc.testing.Repo;

/**
 * The seed corpus of the fuzz tests, as {@code @MethodSource} arguments. In a normal test run every
 * seed is replayed once; under {@code JAZZER_FUZZ=1} Jazzer starts mutating from them.
 *
 * <p>Seeds come from {@code testdata/fuzz/<target>/} (hand-written seeds and every input a fuzzing
 * run found a problem with), the small committed hostile inputs, every golden input in {@code
 * testdata/}, and the real job files in {@code ../shared/corpus/real/} when that folder is present.
 */
final class FuzzSeeds {

  static {
    // Jazzer's regular-expression-injection sanitizer reports every PatternSyntaxException on
    // fuzzed text. Organisation policies in .vjc.yaml take regular expressions by design, and vjc
    // reports a broken one as a diagnostic, so that report would be a false alarm. Hooks are
    // installed once per JVM, before the first fuzz test runs, and this class is loaded by the
    // seeds of every fuzz test, which come first.
    System.setProperty(
        "jazzer.disabled_hooks", "com.code_intelligence.jazzer.sanitizers.RegexInjection");
  }

  /** Seeds larger than this are left out: libFuzzer's default -max_len is 4096 anyway. */
  private static final long MAX_SEED_BYTES = 64 * 1024;

  private FuzzSeeds() {}

  /** Every seed for {@code target}, named by its path relative to the repository. */
  static Stream<Arguments> of(String target) {
    List<Path> files = new ArrayList<>();
    files.addAll(walk(Repo.testdata("fuzz", target)));
    files.addAll(walk(Repo.testdata("hostile")));
    String[] golden = {"examples", "compile", "compile-errors", "rules", "format", "import"};
    for (String folder : golden) {
      files.addAll(walk(Repo.testdata(folder)));
    }
    Optional<Path> real = Repo.shared("corpus", "real");
    real.ifPresent(p -> files.addAll(walk(p)));
    Path root = Repo.root().getParent();
    List<Arguments> out = new ArrayList<>();
    for (Path f : files) {
      out.add(Arguments.argumentSet(root.relativize(f).toString(), (Object) read(f)));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no fuzz seeds found under " + Repo.testdata());
    }
    return out.stream();
  }

  /** Job-like files under {@code dir}, sorted; the folder must exist. */
  private static List<Path> walk(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("seed folder is missing: " + dir);
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(FuzzSeeds::isInput).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isInput(Path p) {
    String name = p.getFileName().toString();
    if (name.endsWith(".md")
        || name.endsWith(".out")
        || name.endsWith(".txt")
        || name.endsWith(".sarif")
        || name.endsWith(".github")
        || name.endsWith(".junit")
        || name.endsWith(".text")
        || name.endsWith(".tsv")
        || name.endsWith(".explain")) {
      return false;
    }
    try {
      return Files.size(p) <= MAX_SEED_BYTES;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
