package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vjc.testing.Repo;

/** {@code vjc compile} stops at a policy finding like at any other error. */
class PolicyCompileTest {

  private static final Path ROOT = Repo.testdata("policies");

  @Test
  void compileRefusesAJobThatBreaksAPolicyAndWritesNothing() throws IOException {
    Path out = Files.createTempFile("vjc-policy-", ".json");
    try {
      Files.writeString(out, "previous\n");
      CliRun run =
          CliRun.of(
              "compile",
              ROOT.resolve("max-timeout/bad/two-days.yaml").toString(),
              "-o",
              out.toString());
      assertEquals(1, run.exitCode(), run.err());
      assertTrue(run.err().contains("[policy/max-timeout]"), run.err());
      assertEquals("previous\n", Files.readString(out));
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
