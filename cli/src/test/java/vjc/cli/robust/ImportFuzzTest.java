package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vjc.engine.Engine;
import vjc.engine.FileReport;
import vjc.importer.ImportResult;
import vjc.importer.Importer;
import vjc.lint.rules.BuiltInRules;
import vjc.load.Limits;
import vjc.resolve.ResolveRequest;

/**
 * Fuzzes {@code vjc import} three ways: the bytes as a script holding a gcloud command, with a
 * {@code --config} file beside it (the part after a line {@code #---}); as a described job in JSON;
 * and, split at NUL bytes, as the words of a command. Nothing may throw or hang, every diagnostic
 * must point into a file it names, and YAML that an import produces must lint without an internal
 * error and with its own diagnostics inside it.
 */
class ImportFuzzTest {

  private static final Path DIR = tempDir();
  private static final Path SCRIPT = DIR.resolve("train.sh");
  private static final Path CONFIG = DIR.resolve("config.yaml");
  private static final Path DESCRIBED = DIR.resolve("described.json");
  private static final Path IMPORTED = DIR.resolve("imported.yaml");
  private static final byte[] SEPARATOR = "\n#---\n".getBytes(StandardCharsets.UTF_8);

  private static final Importer IMPORTER = new Importer(Limits.DEFAULT);
  private static final Engine PIPELINE = Engine.builder().rules(BuiltInRules.all()).build();

  static Stream<Arguments> seeds() {
    return FuzzSeeds.of("import");
  }

  @AfterAll
  static void removeTempFiles() throws IOException {
    for (Path p : List.of(SCRIPT, CONFIG, DESCRIBED, IMPORTED, DIR)) {
      Files.deleteIfExists(p);
    }
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void importEndsInYamlOrPositionedDiagnostics(byte[] input) throws Throwable {
    TimeLimit.run(() -> check(input));
  }

  private static void check(byte[] input) throws IOException {
    int cut = indexOf(input, SEPARATOR);
    byte[] script = cut < 0 ? input : Arrays.copyOfRange(input, 0, cut);
    byte[] config =
        cut < 0 ? new byte[0] : Arrays.copyOfRange(input, cut + SEPARATOR.length, input.length);
    Files.write(SCRIPT, script);
    Files.write(CONFIG, config);
    Map<Path, byte[]> inputs = new HashMap<>(Map.of(SCRIPT, script, CONFIG, config));
    assertSound(IMPORTER.importFile(SCRIPT), inputs);

    Files.write(DESCRIBED, input);
    assertSound(IMPORTER.importFile(DESCRIBED), Map.of(DESCRIBED, input));

    List<String> words = List.of(new String(input, StandardCharsets.UTF_8).split("\0", -1));
    assertSound(IMPORTER.importCommand(words, DIR), inputs);
  }

  /** Positions inside the inputs; imported YAML lints, with positions inside it. */
  private static void assertSound(ImportResult result, Map<Path, byte[]> inputs)
      throws IOException {
    Map<Path, byte[]> files = new HashMap<>(inputs);
    result
        .sources()
        .forEach(
            (path, text) -> files.putIfAbsent(path, text.text().getBytes(StandardCharsets.UTF_8)));
    PositionCheck.check(result.diagnostics(), files);
    if (result.yaml().isEmpty()) {
      return;
    }
    assertFalse(result.hasErrors(), () -> "YAML despite errors: " + result.diagnostics());
    byte[] yaml = result.yaml().get().getBytes(StandardCharsets.UTF_8);
    Files.write(IMPORTED, yaml);
    FileReport report = PIPELINE.lint(IMPORTED, ResolveRequest.plain());
    PositionCheck.check(report.diagnostics(), Map.of(IMPORTED, yaml));
    assertFalse(report.unreadable(), "imported YAML is readable: " + report);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("vjc-import-fuzz");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
