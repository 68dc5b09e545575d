package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * One project linted in every format, each compared with its golden file in {@code
 * testdata/format/}; the SARIF output is also validated against the SARIF 2.1.0 schema, and the
 * exit code is the same whatever the format.
 */
class FormatGoldenTest {

  private static final Path PROJECT = Repo.testdata("format", "project");

  @TestFactory
  Stream<DynamicTest> eachFormatMatchesItsGolden() {
    return Stream.of("text", "json", "sarif", "github", "junit")
        .map(
            format ->
                DynamicTest.dynamicTest(
                    format,
                    () -> {
                      CliRun run =
                          CliRun.of("lint", "--format", format, PROJECT.resolve("jobs").toString());
                      Golden.check(Repo.testdata("format", "train." + format), run.out());
                      assertEquals(1, run.exitCode(), "the format must not change the exit code");
                    }));
  }

  @Test
  void sarifValidatesAgainstTheSarifSchema() throws Exception {
    CliRun run = CliRun.of("lint", "--format", "sarif", PROJECT.resolve("jobs").toString());
    String schemaText = Files.readString(Repo.testdata("sarif", "sarif-2.1.0.schema.json"));
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schemaText, InputFormat.JSON);
    List<Error> errors = schema.validate(run.out(), InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> "SARIF schema errors: " + errors);
    assertTrue(run.out().contains("\"relatedLocations\""), "overlay origin missing in SARIF");
    assertTrue(
        run.out().contains("\"justification\": \"the chief also trains; reviewed in PR 42\""),
        "suppressed finding missing in SARIF");
  }

  @Test
  void failOnWarningTurnsWarningsIntoFailure() {
    CliRun lenient =
        CliRun.of(
            "lint",
            Repo.testdata("rules", "region-supported", "ok", "europe-west4.yaml").toString(),
            "--fail-on",
            "warning");
    assertEquals(0, lenient.exitCode(), lenient.out());
  }
}
