package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * Folder-driven compile tests: each {@code testdata/compile/<case>.yaml} (or {@code .json}) has,
 * beside it, {@code <case>.json} — or, for a job with environments, one {@code <case>.<env>.json}
 * per environment listed in its first-line comment {@code # envs: dev prod}. Compiling twice gives
 * identical bytes, and compiling the output again gives the output.
 */
class GoldenCompileTest {

  @TestFactory
  Stream<DynamicTest> compilesToGolden() throws IOException {
    Path dir = Repo.testdata("compile");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path input : files.sorted().toList()) {
        String name = input.getFileName().toString();
        if (!isInput(name)) {
          continue;
        }
        String base = baseName(name);
        List<String> envs = header(input, "# envs:");
        if (envs.isEmpty()) {
          tests.add(compileCase(input, dir.resolve(base + ".json"), null));
        } else {
          for (String env : envs) {
            tests.add(compileCase(input, dir.resolve(base + "." + env + ".json"), env));
          }
        }
      }
    }
    assertTrue(tests.size() >= 3, "expected compile cases under " + dir);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenHasAnInput() throws IOException {
    Path dir = Repo.testdata("compile");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .sorted()
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !isInput(p.getFileName().toString()))
          .map(
              p ->
                  DynamicTest.dynamicTest(
                      "input for " + p.getFileName(),
                      () -> {
                        String base = p.getFileName().toString().split("\\.")[0];
                        // goldens are <case>.json or <case>.<env>.json
                        boolean hasInput =
                            Files.exists(dir.resolve(base + ".yaml"))
                                || Files.exists(dir.resolve(base + ".input.json"));
                        assertTrue(hasInput, "golden " + p + " has no input (orphan)");
                      }))
          .toList()
          .stream();
    }
  }

  /** Inputs are YAML files, or JSON files named {@code <case>.input.json}. */
  private static boolean isInput(String name) {
    return name.endsWith(".yaml") || name.endsWith(".input.json");
  }

  private static String baseName(String name) {
    return name.endsWith(".input.json")
        ? name.substring(0, name.length() - ".input.json".length())
        : name.substring(0, name.lastIndexOf('.'));
  }

  /** Words after a leading comment line like {@code # envs: dev prod}; JSON inputs have none. */
  private static List<String> header(Path input, String prefix) throws IOException {
    for (String line : Files.readAllLines(input)) {
      if (!line.startsWith("#")) {
        break;
      }
      if (line.startsWith(prefix)) {
        return List.of(line.substring(prefix.length()).trim().split("\\s+"));
      }
    }
    return List.of();
  }

  private static DynamicTest compileCase(Path input, Path golden, String env) throws IOException {
    String label = Repo.root().relativize(golden).toString();
    return DynamicTest.dynamicTest(
        label,
        () -> {
          List<String> args = new ArrayList<>(List.of("compile", input.toString()));
          args.addAll(header(input, "# args:"));
          if (env != null) {
            args.add("--env");
            args.add(env);
          }
          CliRun first = CliRun.of(args.toArray(String[]::new));
          assertEquals(0, first.exitCode(), () -> "compile failed:\n" + first.err());
          Golden.check(golden, first.out());
          CliRun second = CliRun.of(args.toArray(String[]::new));
          assertEquals(first.out(), second.out(), "compiling twice gave different bytes");

          Path tmp = Files.createTempFile("vjc-recompile", ".json");
          try {
            Files.writeString(tmp, first.out());
            CliRun again = CliRun.of("compile", tmp.toString());
            assertEquals(
                0, again.exitCode(), () -> "recompiling the output failed:\n" + again.err());
            assertEquals(first.out(), again.out(), "compiling the output again changed it");
          } finally {
            Files.deleteIfExists(tmp);
          }
        });
  }
}
