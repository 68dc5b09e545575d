package vjc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vjc.cli.CliRun;
import vjc.diag.Diagnostic;
import vjc.engine.Engine;
import vjc.lint.rules.BuiltInRules;
import vjc.load.Limits;
import vjc.resolve.ResolveRequest;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * Folder-driven import tests under {@code testdata/import/}: each input — a script ({@code
 * gcloud/*.sh}), a command's words one per line ({@code args/*.args}, run as {@code vjc import --
 * ...}), or a CustomJob ({@code describe/*.json}, {@code describe/*.describe.yaml}) — has beside it
 * {@code <case>.yaml} (stdout, when it imports) and/or {@code <case>.err} (exit code and stderr,
 * when there is anything to say). Every imported file is then read back: when it leaves no variable
 * open it lints clean and compiles (for a CustomJob input, to that same CustomJob); otherwise its
 * only errors are the open variables. Regenerate with {@code -Dvjc.updateGolden=true}.
 */
class ImportGoldenTest {

  private static final List<String> INPUTS = List.of(".sh", ".args", ".json", ".describe.yaml");
  private static final Pattern OPEN = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

  @TestFactory
  Stream<DynamicTest> importsToGolden() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : inputs()) {
      tests.add(
          DynamicTest.dynamicTest(Repo.root().relativize(input).toString(), () -> check(input)));
    }
    assertTrue(tests.size() >= 15, "expected import cases under testdata/import");
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenHasAnInput() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String dir : List.of("gcloud", "args", "describe")) {
      try (Stream<Path> files = Files.list(Repo.testdata("import", dir))) {
        for (Path p : files.sorted().toList()) {
          String name = p.getFileName().toString();
          if (isInput(name) || Files.isDirectory(p)) {
            continue;
          }
          tests.add(
              DynamicTest.dynamicTest(
                  "input for " + dir + "/" + name,
                  () -> {
                    String base = name.replaceFirst("\\.(yaml|err)$", "");
                    boolean found =
                        INPUTS.stream().anyMatch(e -> Files.exists(p.resolveSibling(base + e)));
                    assertTrue(found, "unmatched golden " + p + ": no input " + base + INPUTS);
                  }));
        }
      }
    }
    return tests.stream();
  }

  private static void check(Path input) throws Exception {
    String name = input.getFileName().toString();
    String base = base(name);
    Path yaml = input.resolveSibling(base + ".yaml");
    Path errGolden = input.resolveSibling(base + ".err");
    CliRun run = run(input);
    String transcript = "exit: " + run.exitCode() + "\n" + run.err();
    if (Repo.updateGolden()) {
      Files.deleteIfExists(yaml);
      Files.deleteIfExists(errGolden);
    }
    if (run.exitCode() == 0) {
      Golden.check(yaml, run.out());
    } else {
      assertEquals("", run.out(), "output written despite errors");
      assertTrue(!Files.exists(yaml) || Repo.updateGolden(), yaml + " exists, but import failed");
    }
    if (!run.err().isEmpty() || run.exitCode() != 0) {
      Golden.check(errGolden, transcript);
    } else {
      assertTrue(!Files.exists(errGolden), errGolden + " exists, but import said nothing");
    }
    if (run.exitCode() == 0) {
      readsBack(input, run.out());
    }
  }

  private static CliRun run(Path input) throws IOException {
    if (input.toString().endsWith(".args")) {
      List<String> args = new ArrayList<>(List.of("import", "--"));
      Files.readAllLines(input).stream().filter(l -> !l.startsWith("#")).forEach(args::add);
      return CliRun.of(args.toArray(String[]::new));
    }
    return CliRun.of("import", input.toString());
  }

  /** The imported file, read back by the pipeline. */
  private static void readsBack(Path input, String yaml) throws Exception {
    Path dir = Files.createTempDirectory("vjc-import");
    Path file = dir.resolve("imported.yaml");
    try {
      Files.writeString(file, yaml);
      TreeSet<String> open = new TreeSet<>();
      Matcher m = OPEN.matcher(yaml.replaceAll("(?m)^#.*$", ""));
      while (m.find()) {
        open.add(m.group(1));
      }
      Engine pipeline = Engine.builder().rules(BuiltInRules.all()).build();
      if (!open.isEmpty()) {
        TreeSet<String> undefined = new TreeSet<>();
        for (Diagnostic d : pipeline.lint(file, ResolveRequest.plain()).diagnostics()) {
          if (d.isError()) {
            assertEquals("template/undefined-variable", d.ruleId(), d.toString());
            undefined.add(d.message().replaceFirst("^variable '([^']+)'.*", "$1"));
          }
        }
        assertEquals(open, undefined, "the open variables are the only errors");
        return;
      }
      List<Diagnostic> findings =
          pipeline.lint(file, ResolveRequest.plain()).diagnostics().stream()
              .filter(d -> d.severity().isAtLeast(vjc.diag.Severity.WARNING))
              .toList();
      assertEquals(List.of(), findings, "the imported file does not lint clean");
      var compiled = pipeline.compile(file, ResolveRequest.plain(), Optional.empty(), false);
      assertTrue(
          compiled.value().isPresent() && !compiled.hasErrors(),
          "the imported file does not compile: " + compiled.diagnostics());
      if (input.toString().endsWith(".json") || input.toString().endsWith(".describe.yaml")) {
        assertEquals(expected(input), compiled.value().get().job(), "not the same CustomJob");
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /** The input CustomJob without the fields Vertex AI sets. */
  private static CustomJob expected(Path input) throws IOException {
    // Read as YAML (JSON is YAML), written back as JSON: protobuf's parser reads only JSON.
    vjc.load.Node node =
        new vjc.load.YamlLoader(Limits.DEFAULT)
            .load(new vjc.load.SourceText(input, Files.readString(input)))
            .value()
            .orElseThrow();
    String text = vjc.compile.TreeJson.write(node);
    com.google.gson.JsonObject json =
        com.google.gson.JsonParser.parseString(text).getAsJsonObject();
    if (json.has("customJob")) {
      json = json.getAsJsonObject("customJob");
    }
    CustomJob.Builder job = CustomJob.newBuilder();
    JsonFormat.parser().merge(json.toString(), job);
    // vjc submit's own label is not imported (see DescribeImporter).
    job.removeLabels(vjc.submit.RequestLabel.KEY);
    return job.clearName()
        .clearState()
        .clearCreateTime()
        .clearStartTime()
        .clearEndTime()
        .clearUpdateTime()
        .clearError()
        .clearWebAccessUris()
        .clearSatisfiesPzs()
        .clearSatisfiesPzi()
        .build();
  }

  private static List<Path> inputs() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("gcloud", "args", "describe")) {
      try (Stream<Path> files = Files.list(Repo.testdata("import", dir))) {
        files.filter(p -> isInput(p.getFileName().toString())).sorted().forEach(out::add);
      }
    }
    return out;
  }

  private static boolean isInput(String name) {
    return INPUTS.stream().anyMatch(name::endsWith);
  }

  private static String base(String name) {
    for (String e : INPUTS) {
      if (name.endsWith(e)) {
        return name.substring(0, name.length() - e.length());
      }
    }
    return name;
  }
}
