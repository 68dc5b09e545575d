package vjc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exclude globs: the JDK's syntax and answers, on an engine that does not backtrack. */
class PathGlobTest {

  private static final List<String> GLOBS =
      List.of(
          "drafts/**",
          "*.tmp.yaml",
          "**/*.yaml",
          "jobs/?.yaml",
          "{a,b}/*.json",
          "[a-c]*.yaml",
          "[!a-c]*.yaml",
          "[-x]*",
          "[^a]*",
          "x[.-0]y",
          "\\*.yaml",
          "a{b,c,}d",
          "a,b}",
          "é?/**");

  private static final List<String> PATHS =
      List.of(
          "drafts/x.yaml",
          "drafts",
          "a.tmp.yaml",
          "dir/a.tmp.yaml",
          "jobs/a.yaml",
          "jobs/ab.yaml",
          "a/x.json",
          "c/x.json",
          "b.yaml",
          "d.yaml",
          "-x",
          "^b",
          "x.y",
          "x/y",
          "*.yaml",
          "ad",
          "abd",
          "a,b}",
          "éa/b/c");

  @Test
  void matchesWhatTheJdkGlobMatches() throws LinearRegex.Refused {
    for (String glob : GLOBS) {
      PathGlob mine = PathGlob.compile(glob);
      var jdk = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      for (String path : PATHS) {
        assertEquals(jdk.matches(Path.of(path)), mine.matches(Path.of(path)), glob + " on " + path);
      }
    }
  }

  @Test
  void refusesWhatTheJdkRefuses() {
    for (String glob : List.of("[a-", "{a,{b}}", "x\\", "[a/b]", "{a", "[z-a]")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> FileSystems.getDefault().getPathMatcher("glob:" + glob),
          glob);
      assertThrows(LinearRegex.Refused.class, () -> PathGlob.compile(glob), glob);
    }
  }

  /** Backtracked in the JDK's matcher; the guard is for a hang, not a speed claim. */
  @Test
  void aGlobOfManyDoubleStarsEndsOnALongPath() throws LinearRegex.Refused {
    PathGlob glob = PathGlob.compile("**a".repeat(12) + "**b");
    Path path = Path.of("a".repeat(200) + "/" + "a".repeat(200) + ".yaml");
    assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> glob.matches(path)));
    assertTrue(glob.matches(Path.of("a".repeat(200) + "b")));
  }
}
