package vjc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file, or rewrites the golden file when run with {@code
 * -Dvjc.updateGolden=true}.
 */
public final class Golden {

  private Golden() {}

  /** Asserts that {@code actual} equals the content of {@code golden}, or rewrites it. */
  public static void check(Path golden, String actual) {
    try {
      if (Repo.updateGolden()) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        throw new AssertionError(
            "missing golden file "
                + golden
                + "; create it with: mvn -q test -Dvjc.updateGolden=true\nactual output:\n"
                + actual);
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      assertEquals(
          expected,
          actual,
          () ->
              "output differs from "
                  + golden
                  + " (regenerate with: mvn -q test -Dvjc.updateGolden=true, then review the diff)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
