package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.testing.Repo;

/**
 * What a cold {@code vjc lint} and {@code vjc compile} load, read from the JVM's class-loading log
 * of a real child process. vjc starts on every commit, and start-up time is mostly classes: these
 * libraries are what the fast path was built to keep out (bench/ANALYSIS.md has the timings; this
 * test holds the design, not a time).
 */
class StartupClassesTest {

  /** Argument parsing by reflection, Jackson, networknt: none of them on the lint path. */
  private static final List<String> NEVER = List.of("picocli.", "tools.jackson.", "com.networknt.");

  /** Protobuf and the aiplatform messages: needed to compile, not to lint. */
  private static final List<String> COMPILE_ONLY =
      List.of("com.google.protobuf.", "com.google.cloud.aiplatform.");

  @TempDir Path dir;

  @Test
  void lintLoadsNeitherPicocliNorJacksonNorProtobuf() throws Exception {
    List<String> loaded = classesLoadedBy("lint", Repo.testdata("examples", "mnist-cpu.yaml"));
    assertNoneStartWith(loaded, NEVER);
    assertNoneStartWith(loaded, COMPILE_ONLY);
  }

  @Test
  void compileLoadsProtobufButNeitherPicocliNorJackson() throws Exception {
    List<String> loaded = classesLoadedBy("compile", Repo.testdata("examples", "mnist-cpu.yaml"));
    assertNoneStartWith(loaded, NEVER);
    assertTrue(
        loaded.stream().anyMatch(c -> c.startsWith("com.google.cloud.aiplatform.v1.CustomJob")),
        "compile builds a CustomJob");
  }

  @Test
  void helpStillGoesThroughPicocli() throws Exception {
    List<String> loaded = classesLoadedBy("lint", Path.of("--help"));
    assertTrue(loaded.stream().anyMatch(c -> c.startsWith("picocli.")), "help is picocli's");
  }

  private static void assertNoneStartWith(List<String> loaded, List<String> prefixes) {
    List<String> found =
        loaded.stream().filter(c -> prefixes.stream().anyMatch(c::startsWith)).toList();
    assertTrue(found.isEmpty(), () -> found.size() + " such classes, first " + found.get(0));
  }

  /** The classes a child JVM loads running {@code vjc command file}, which must exit 0. */
  private List<String> classesLoadedBy(String command, Path file)
      throws IOException, InterruptedException {
    Path log = dir.resolve(command + ".classes");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java,
            "-Xshare:off",
            "-Xlog:class+load=info:file=" + log,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            command,
            file.toString());
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(command + ".out").toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "vjc did not finish");
    assertEquals(0, p.exitValue(), () -> read(dir.resolve(command + ".out")));
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      // [0.012s][info][class,load] java.lang.Object source: shared objects file
      int start = line.indexOf("] ", line.indexOf("[class,load]"));
      if (start > 0) {
        String rest = line.substring(start + 2);
        classes.add(rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ')));
      }
    }
    assertTrue(classes.size() > 100, "read the class-loading log: " + classes.size());
    return classes;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }

  static {
    // java.class.path is the surefire class path here; a manifest-only jar would hide it.
    if (System.getProperty("java.class.path", "").split(File.pathSeparator).length < 2) {
      throw new IllegalStateException("expected the test class path in java.class.path");
    }
  }
}
