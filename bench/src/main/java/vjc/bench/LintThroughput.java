package vjc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import vjc.engine.Engine;
import vjc.engine.FileReport;
import vjc.lint.rules.BuiltInRules;
import vjc.resolve.ResolveRequest;

/**
 * In-process throughput of {@code vjc lint} (read, parse, resolve, validate, lint) against the
 * baseline of reading the same files and composing them with snakeyaml-engine and nothing else.
 * Each operation handles every file of the corpus once; compare the two scores as a ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class LintThroughput {

  /** The corpus folder made by ../shared/bench/gen-corpus.py. */
  @Param({"bench/out/corpus-2000"})
  public String corpus;

  private List<Path> files;
  private Engine pipeline;

  @Setup
  public void setup() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(corpus))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no job files in " + corpus);
    }
    pipeline = Engine.builder().rules(BuiltInRules.all()).build();
  }

  /** The baseline: read each file and compose its YAML node tree. */
  @Benchmark
  public void parseOnly(Blackhole bh) {
    LoadSettings settings = LoadSettings.builder().build();
    for (Path f : files) {
      String text = read(f);
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      bh.consume(composer.getSingleNode());
    }
  }

  /** Everything {@code vjc lint} does for each file, every rule on. */
  @Benchmark
  public void lint(Blackhole bh) {
    for (Path f : files) {
      FileReport report = pipeline.lint(f, ResolveRequest.plain());
      bh.consume(report);
    }
  }

  private static String read(Path f) {
    try {
      return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
