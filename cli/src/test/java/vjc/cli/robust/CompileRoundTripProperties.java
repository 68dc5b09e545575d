package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import vjc.cli.CliRun;
import vjc.lint.Rule;
import vjc.lint.rules.BuiltInRules;

/**
 * Round trip of the REST body: a {@code CustomJob} printed as JSON by protobuf's own printer,
 * compiled with {@code vjc compile}, gives the same message back; compiling a job file twice gives
 * the same bytes. The messages come from {@link CustomJobGenerator} with fixed seeds; a failure
 * names its seed. The same messages also go through {@code vjc import} and back.
 *
 * <p>The lint rules are switched off in the project folder: they judge whether a job is wise (which
 * machine, which region), while this law is about vjc not losing or changing what the API would
 * take. The schema and the protobuf still check everything.
 */
class CompileRoundTripProperties {

  private static final int SEEDS = 100;

  @TempDir static Path project;

  @BeforeAll
  static void projectWithoutLintRules() throws IOException {
    StringBuilder b = new StringBuilder("# every lint rule off: this folder checks round trips\n");
    b.append("rules:\n");
    for (Rule r : BuiltInRules.all()) {
      b.append("  ").append(r.info().id()).append(": off\n");
    }
    Files.writeString(project.resolve(".vjc.yaml"), b);
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, SEEDS).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void printedJobCompilesToTheSameMessage(long seed) throws IOException {
    CustomJob job = new CustomJobGenerator(seed).next();
    Path dir = Files.createDirectory(project.resolve("json-" + seed));
    Path in = dir.resolve("job.json");
    Files.writeString(in, JsonFormat.printer().print(job));
    assertSame(
        job,
        compile(seed, in, dir.resolve("out.json")),
        "seed " + seed + ": compiling the printed job changed it; input " + in);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSameJobAsYamlCompilesToTheSameMessage(long seed) throws IOException {
    CustomJob job = new CustomJobGenerator(seed).next();
    Path dir = Files.createDirectory(project.resolve("yaml-" + seed));
    Path in = dir.resolve("job.yaml");
    Files.writeString(in, yaml(JsonFormat.printer().print(job)));
    assertSame(
        job,
        compile(seed, in, dir.resolve("out.json")),
        "seed " + seed + ": compiling the job as YAML changed it; input " + in);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void importedJobCompilesToTheSameMessage(long seed) throws IOException {
    // Strings here may hold ${HOME} and $${x}: import must escape them so that compile keeps them.
    CustomJob job = new CustomJobGenerator(seed, true).next();
    Path dir = Files.createDirectory(project.resolve("import-" + seed));
    Path in = dir.resolve("described.json");
    Files.writeString(in, JsonFormat.printer().print(job));
    Path imported = dir.resolve("job.yaml");
    CliRun run = CliRun.of("import", in.toString(), "-o", imported.toString());
    assertEquals(
        0,
        run.exitCode(),
        "seed " + seed + ": vjc import " + in + " failed:\n" + Crashes.transcript(run));
    assertSame(
        job,
        compile(seed, imported, dir.resolve("out.json")),
        "seed "
            + seed
            + ": import then compile changed the job; input "
            + in
            + ", imported "
            + imported);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void compilingAJobFileTwiceGivesTheSameBytes(long seed) throws IOException {
    CustomJob job = new CustomJobGenerator(seed).next();
    Path dir = Files.createDirectory(project.resolve("twice-" + seed));
    Path in = dir.resolve("job.yaml");
    Files.writeString(in, yaml(JsonFormat.printer().print(job)));
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    compile(seed, in, first);
    compile(seed, in, second);
    assertArrayEquals(
        Files.readAllBytes(first),
        Files.readAllBytes(second),
        "seed " + seed + ": two compiles of " + in + " differ");
  }

  @Test
  void theSeedsSetEveryFieldARequestMaySetAndNoOutputOnlyOne() {
    Set<String> covered = new TreeSet<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      CustomJobGenerator g = new CustomJobGenerator(seed);
      g.next();
      covered.addAll(g.covered());
    }
    Set<String> settable = CustomJobGenerator.settableFields();
    Set<String> missing = new TreeSet<>(settable);
    missing.removeAll(covered);
    assertEquals(Set.of(), missing, "fields no seed sets; raise SEEDS or fix the generator");
    for (String outputOnly :
        new String[] {
          "name", "state", "create_time", "error", "web_access_uris", "satisfies_pzs"
        }) {
      String field = "google.cloud.aiplatform.v1.CustomJob." + outputOnly;
      assertFalse(settable.contains(field) || covered.contains(field), field + " is output-only");
    }
  }

  /** Equal messages, or a failure that shows the first line where their JSON differs. */
  private static void assertSame(CustomJob expected, CustomJob actual, String message)
      throws IOException {
    if (expected.equals(actual)) {
      return;
    }
    List<String> e = JsonFormat.printer().print(expected).lines().toList();
    List<String> a = JsonFormat.printer().print(actual).lines().toList();
    int i = 0;
    while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
      i++;
    }
    fail(
        message
            + "\nfirst difference at line "
            + (i + 1)
            + " of the JSON:\n  expected: "
            + (i < e.size() ? e.get(i).strip() : "(end)")
            + "\n  actual:   "
            + (i < a.size() ? a.get(i).strip() : "(end)"));
  }

  /** Runs {@code vjc compile IN -o OUT} in-process and parses what it wrote. */
  private static CustomJob compile(long seed, Path in, Path out) throws IOException {
    CliRun run = CliRun.of("compile", in.toString(), "-o", out.toString());
    assertEquals(
        0,
        run.exitCode(),
        "seed " + seed + ": vjc compile " + in + " failed:\n" + Crashes.transcript(run));
    CustomJob.Builder b = CustomJob.newBuilder();
    JsonFormat.parser().merge(Files.readString(out), b);
    return b.build();
  }

  /**
   * The JSON as block-style YAML, the way people write job files. The dumper quotes by the YAML 1.2
   * core schema vjc reads with: by the JSON schema, its default, {@code -00} would stay bare and
   * read back as the integer 0.
   */
  private static String yaml(String json) {
    Object tree = new Load(LoadSettings.builder().build()).loadFromString(json);
    DumpSettings settings =
        DumpSettings.builder()
            .setSchema(new CoreSchema())
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .build();
    return new Dump(settings).dumpToString(tree);
  }
}
