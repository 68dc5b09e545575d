package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vjc.config.EnvironmentConfig;
import vjc.diag.Outcome;
import vjc.engine.Engine;
import vjc.engine.FileReport;
import vjc.lint.rules.BuiltInRules;
import vjc.resolve.ResolveRequest;
import vjc.testing.Repo;

/**
 * Fuzzes a whole project: one input is split at lines {@code #---} into a job file, its {@code
 * .vjc.yaml} (environments, overlays, rule settings, excludes, policies with their patterns and
 * custom schemas) and the overlay file {@code envs/prod.yaml}. The job is linted under every
 * environment and compiled for each, and the folder is linted as {@code vjc lint DIR} does (which
 * applies the exclude globs); nothing may throw (an Error neither), hang, or point outside the
 * files.
 */
class ProjectFuzzTest {

  private static final byte[] SEPARATOR = "\n#---\n".getBytes(StandardCharsets.UTF_8);
  private static final Path ROOT = FuzzFiles.tempDir("vjc-fuzz-project-");

  /**
   * The pipeline caches configs and overlays by path, so every input gets a folder of its own; a
   * fresh pipeline now and then keeps those caches from growing without end.
   */
  private static final int RUNS_PER_PIPELINE = 500;

  private static Engine pipeline;
  private static long runs;

  static Stream<Arguments> seeds() {
    List<Arguments> out = new ArrayList<>();
    out.addAll(FuzzSeeds.of("project").toList());
    // Every folder of testdata/ with a .vjc.yaml: each job in it with that config and overlay.
    try (Stream<Path> configs = Files.walk(Repo.testdata())) {
      for (Path config : configs.filter(p -> p.endsWith(".vjc.yaml")).sorted().toList()) {
        Path dir = config.getParent();
        Optional<Path> overlay = Optional.of(dir.resolve("envs/prod.yaml")).filter(Files::exists);
        try (Stream<Path> jobs = Files.walk(dir)) {
          for (Path job : jobs.filter(ProjectFuzzTest::isJob).sorted().toList()) {
            byte[] joined =
                join(
                    Files.readAllBytes(job),
                    Files.readAllBytes(config),
                    overlay.isPresent() ? Files.readAllBytes(overlay.get()) : new byte[0]);
            out.add(
                Arguments.argumentSet(
                    Repo.root().relativize(job) + " + .vjc.yaml", (Object) joined));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream();
  }

  @AfterAll
  static void removeTempFiles() {
    FuzzFiles.deleteTree(ROOT);
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void projectEndsInJobsOrPositionedDiagnostics(byte[] input) throws Throwable {
    TimeLimit.run(() -> check(input));
  }

  private static void check(byte[] input) throws IOException {
    if (pipeline == null || runs % RUNS_PER_PIPELINE == 0) {
      pipeline = Engine.builder().rules(BuiltInRules.all()).build();
    }
    Path dir = Files.createDirectories(ROOT.resolve("p" + runs++));
    try {
      List<byte[]> parts = split(input);
      Map<Path, byte[]> files = new HashMap<>();
      Path job = write(dir.resolve("job.yaml"), parts.get(0), files);
      write(dir.resolve(".vjc.yaml"), parts.get(1), files);
      write(Files.createDirectories(dir.resolve("envs")).resolve("prod.yaml"), parts.get(2), files);

      FileReport report = pipeline.lint(job, ResolveRequest.plain());
      PositionCheck.check(report.diagnostics(), files);
      assertFalse(report.unreadable(), "a file just written is readable: " + report);

      Set<String> envs = new LinkedHashSet<>();
      pipeline
          .projectConfig(job)
          .ifPresent(
              c -> c.environments().stream().map(EnvironmentConfig::name).forEach(envs::add));
      envs.add("prod");
      for (String env : envs) {
        ResolveRequest options =
            new ResolveRequest(Optional.of(env), List.of(), List.of(), List.of(), Map.of());
        Outcome<Engine.Compiled> compiled =
            pipeline.compile(job, options, Optional.of("fuzz"), false);
        PositionCheck.check(compiled.diagnostics(), files);
        if (compiled.value().isEmpty() && !compiled.hasErrors()) {
          fail("compile stopped without an error: " + compiled.diagnostics());
        }
      }
      // The folder as `vjc lint DIR` sees it: exclude globs against the files, overlays skipped.
      for (FileReport r : pipeline.lint(List.of(dir), ResolveRequest.plain(), false, 1)) {
        PositionCheck.check(r.diagnostics(), files);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      FuzzFiles.deleteTree(dir);
    }
  }

  private static Path write(Path file, byte[] bytes, Map<Path, byte[]> files) throws IOException {
    Files.write(file, bytes);
    files.put(file, bytes);
    return file;
  }

  /** Job, config and overlay: the input cut at its first two separators. */
  static List<byte[]> split(byte[] input) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    while (parts.size() < 2) {
      int at = indexOf(input, SEPARATOR, start);
      if (at < 0) {
        break;
      }
      parts.add(java.util.Arrays.copyOfRange(input, start, at + 1));
      start = at + SEPARATOR.length;
    }
    parts.add(java.util.Arrays.copyOfRange(input, start, input.length));
    while (parts.size() < 3) {
      parts.add(new byte[0]);
    }
    return parts;
  }

  static byte[] join(byte[] job, byte[] config, byte[] overlay) {
    byte[] out = new byte[job.length + config.length + overlay.length + 2 * SEPARATOR.length];
    int at = 0;
    for (byte[] part : List.of(job, SEPARATOR, config, SEPARATOR, overlay)) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean isJob(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p)
        && (name.endsWith(".yaml") || name.endsWith(".json"))
        && !name.equals(".vjc.yaml")
        && !p.getParent().endsWith("envs");
  }

  /** Temporary folders of the fuzz tests. */
  static final class FuzzFiles {
    private FuzzFiles() {}

    static Path tempDir(String prefix) {
      try {
        return Files.createTempDirectory(prefix);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static void deleteTree(Path dir) {
      if (!Files.exists(dir)) {
        return;
      }
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
