package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.cloud.aiplatform.v1.CustomJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.emit.Emitter;
import vjc.emit.OutputFormat;
import vjc.engine.DiagnosticDocs;
import vjc.engine.Engine;
import vjc.engine.FileReport;
import vjc.lint.rules.BuiltInRules;
import vjc.load.Limits;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.SourceReader;
import vjc.load.SourceText;
import vjc.load.YamlLoader;
import vjc.render.GithubRenderer;
import vjc.render.JsonRenderer;
import vjc.render.JunitRenderer;
import vjc.render.SarifRenderer;
import vjc.render.TextRenderer;
import vjc.resolve.ResolveRequest;

/**
 * Fuzzes the whole pipeline the way {@code vjc lint} and {@code vjc compile} run it: the bytes are
 * written to a job file, which is linted under every environment it declares, compiled for the
 * first one, and rendered in every output format. Nothing may throw, hang past the timeout, or
 * print a position outside the file.
 */
class PipelineFuzzTest {

  private static final Path DIR = tempDir();
  private static final Path FILE = DIR.resolve("job.yaml");

  // One pipeline for every input, as one vjc run checks many files. Nothing above DIR holds a
  // .vjc.yaml, so its per-config caches stay empty and runs do not affect each other.
  private static final Engine PIPELINE = Engine.builder().rules(BuiltInRules.all()).build();
  private static final YamlLoader LOADER = new YamlLoader(Limits.DEFAULT);
  private static final DiagnosticDocs DOCS = new DiagnosticDocs(BuiltInRules.all());

  static Stream<Arguments> seeds() {
    return FuzzSeeds.of("pipeline");
  }

  @AfterAll
  static void removeTempFiles() throws IOException {
    Files.deleteIfExists(FILE);
    Files.deleteIfExists(DIR);
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void pipelineEndsInAJobOrPositionedDiagnostics(byte[] input) throws Throwable {
    TimeLimit.run(() -> check(input));
  }

  private static void check(byte[] input) throws IOException {
    Files.write(FILE, input);
    Map<Path, byte[]> inputs = Map.of(FILE, input);

    FileReport report = PIPELINE.lint(FILE, ResolveRequest.plain());
    PositionCheck.check(report.diagnostics(), inputs);
    assertRegistered(report.diagnostics());
    report.suppressed().forEach(s -> PositionCheck.check(List.of(s.diagnostic()), inputs));
    assertFalse(report.unreadable(), "a file just written is readable: " + report);
    render(report);

    Optional<MapNode> root = root(input);
    Optional<String> env =
        root.flatMap(r -> r.getMap("environments")).flatMap(m -> m.keys().stream().findFirst());
    Optional<String> name =
        root.isPresent() && root.get().has("displayName") ? Optional.empty() : Optional.of("fuzz");
    ResolveRequest options = new ResolveRequest(env, List.of(), List.of(), List.of(), Map.of());
    Outcome<Engine.Compiled> compiled = PIPELINE.compile(FILE, options, name, false);
    PositionCheck.check(compiled.diagnostics(), inputs);
    assertRegistered(compiled.diagnostics());
    if (compiled.value().isPresent()) {
      assertFalse(compiled.hasErrors(), "compiled despite errors: " + compiled.diagnostics());
      CustomJob job = compiled.value().get().job();
      for (OutputFormat format : OutputFormat.values()) {
        assertTrue(Emitter.emit(job, format).length > 0, format.toString());
      }
    } else if (!compiled.hasErrors()) {
      fail("compile stopped without an error: " + compiled.diagnostics());
    }
  }

  /** Every id printed is one that {@code vjc explain} documents. */
  private static void assertRegistered(List<Diagnostic> ds) {
    for (Diagnostic d : ds) {
      assertTrue(DOCS.isKnown(d.ruleId()), () -> "unregistered id [" + d.ruleId() + "]: " + d);
    }
  }

  /** Every output format renders the report; the text one with source snippets. */
  private static void render(FileReport report) {
    List<FileReport> reports = List.of(report);
    new TextRenderer(PIPELINE::source, true).render(reports);
    new JsonRenderer().render(reports);
    // No rules declared up front: that part needs every rule's doc, which lint-rules' meta-tests
    // check; here only the findings' rendering matters.
    new SarifRenderer(List.of(), "0.0.0").render(reports);
    new GithubRenderer().render(reports);
    new JunitRenderer().render(reports);
  }

  /** The document's top-level map, to pick an environment and a display name to compile with. */
  private static Optional<MapNode> root(byte[] input) {
    Optional<SourceText> text = SourceReader.decode(FILE, input).value();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> node = LOADER.load(text.get()).value();
    return node.filter(MapNode.class::isInstance).map(MapNode.class::cast);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("vjc-fuzz-");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
