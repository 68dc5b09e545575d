package vjc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vjc.diag.Diagnostic;
import vjc.resolve.ResolveRequest;
import vjc.support.Diags;
import vjc.support.Jobs;
import vjc.support.Trees;
import vjc.testing.Repo;

class SchemaValidatorTest {

  private static final SchemaValidator VALIDATOR = SchemaValidator.load();

  private static List<Diagnostic> validate(String yaml) {
    return VALIDATOR.validate(Jobs.resolve(yaml));
  }

  /** A valid one-pool job with {@code pool} as the pool's body, indented by six spaces. */
  private static String jobWithPool(String pool) {
    return """
        displayName: train
        jobSpec:
          workerPoolSpecs:
            - machineSpec:
                machineType: n1-standard-4
        """
        + pool.indent(6);
  }

  @Test
  void validJobHasNoDiagnostics() {
    List<Diagnostic> ds =
        validate(
            jobWithPool(
                    """
        replicaCount: 1
        containerSpec:
          imageUri: gcr.io/acme/train:1
          args: [--epochs=1]
        """)
                + "  scheduling: {timeout: 7200s}\n");
    assertTrue(ds.isEmpty(), () -> Trees.render(ds));
  }

  @ParameterizedTest(name = "{0} for {1}")
  @CsvSource({"mnist-cpu.yaml, ''", "train-resnet.yaml, dev", "train-resnet.yaml, prod"})
  void examplesValidateClean(String file, String env) throws IOException {
    String yaml = Files.readString(Repo.testdata("examples", file));
    ResolveRequest request = env == null || env.isEmpty() ? ResolveRequest.plain() : Jobs.env(env);
    List<Diagnostic> ds = VALIDATOR.validate(Jobs.resolve(yaml, request));
    assertTrue(ds.isEmpty(), () -> Trees.render(ds));
  }

  @Test
  void unknownFieldIsReportedAtItsKeyWithDidYouMean() {
    List<Diagnostic> ds =
        validate(
            """
        displayName: train
        jobSpec:
          workerPoolSpecs:
            - machineSpecs:
                machineType: n1-standard-4
              replicaCount: 1
              containerSpec: {imageUri: x}
        """);
    Diagnostic d = Diags.single(ds, "schema/unknown-field", 4, 7);
    assertEquals(
        "unknown field 'machineSpecs' in workerPoolSpecs[0]; did you mean 'machineSpec'",
        d.message());
    assertEquals("Rename 'machineSpecs' to 'machineSpec'.", d.hint().orElseThrow());
  }

  @Test
  void unknownTopLevelFieldNamesTheJob() {
    List<Diagnostic> ds =
        validate(jobWithPool("containerSpec: {imageUri: x}\n") + "dispalyName: x\n");
    Diagnostic d = Diags.single(ds, "schema/unknown-field", 7, 1);
    assertTrue(d.message().contains("in the job; did you mean 'displayName'"), d.message());
  }

  @Test
  void aSnakeCaseTypoGetsASnakeCaseSuggestion() {
    List<Diagnostic> ds =
        validate(
            """
        display_name: train
        job_spec:
          worker_pool_specs:
            - machine_spec: {machine_type: n1-standard-4}
              replica_cnt: 1
              container_spec: {image_uri: x}
        """);
    Diagnostic d = Diags.single(ds, "schema/unknown-field", 5, 7);
    assertEquals(
        "unknown field 'replica_cnt' in workerPoolSpecs[0]; did you mean 'replica_count'",
        d.message());
    assertEquals("Rename 'replica_cnt' to 'replica_count'.", d.hint().orElseThrow());
  }

  @Test
  void anEnumValueMissingATokenGetsTheNameThatHoldsIt() {
    List<Diagnostic> ds =
        validate(
            """
        displayName: train
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: a2-highgpu-1g, acceleratorType: NVIDIA_A100}
              replicaCount: 1
              containerSpec: {imageUri: x}
        """);
    Diagnostic d =
        ds.stream().filter(x -> x.ruleId().equals("schema/enum")).findFirst().orElseThrow();
    assertTrue(d.message().endsWith("did you mean 'NVIDIA_A100_80GB'"), d.message());
  }

  @Test
  void wrongTypeIsOneDiagnosticAtTheValue() {
    List<Diagnostic> ds =
        validate(jobWithPool("replicaCount: two\ncontainerSpec: {imageUri: x}\n"));
    Diagnostic d = Diags.single(ds, "schema/type", 6, 21);
    assertEquals("replicaCount must be an integer, found 'two'", d.message());
  }

  @Test
  void fractionalReplicaCountIsATypeError() {
    List<Diagnostic> ds =
        validate(jobWithPool("replicaCount: 1.5\ncontainerSpec: {imageUri: x}\n"));
    Diagnostic d = Diags.single(ds, "schema/type", 6, 21);
    assertTrue(d.message().contains("1.5"), d.message());
  }

  @Test
  void oneValueWhereAListBelongsShowsTheListForm() {
    List<Diagnostic> ds = validate(jobWithPool("containerSpec: {imageUri: x, args: --epochs=3}\n"));
    Diagnostic d = Diags.single(ds, "schema/type", 6, 42);
    assertEquals("args must be a list, found '--epochs=3'", d.message());
    assertEquals(
        "Write args as a list: args: [--epochs=3], or each item on its own line below it, after"
            + " '- '.",
        d.hint().orElseThrow());
  }

  @Test
  void oneValueWhereAMapBelongsNamesTheMapsFields() {
    List<Diagnostic> ds =
        validate(
            "displayName: t\njobSpec:\n  workerPoolSpecs:\n    - machineSpec: n1-standard-4\n"
                + "      containerSpec: {imageUri: x}\n");
    Diagnostic d = Diags.single(ds, "schema/type", 4, 20);
    assertTrue(
        d.hint().orElse("").startsWith("Write machineSpec as a map of its fields: machineType,"),
        () -> d.hint().orElse("(no hint)"));
  }

  @Test
  void envWrittenAsAMapShowsItsFirstEntryAsANameValuePair() {
    List<Diagnostic> ds =
        validate(jobWithPool("containerSpec: {imageUri: x, env: {EPOCHS: '3', LR: x}}\n"));
    Diagnostic d = Diags.single(ds, "schema/type", 6, 41);
    assertEquals("env must be a list, found a map", d.message());
    assertEquals(
        "Write env as a list of name/value pairs, one per entry: - {name: EPOCHS, value: \"3\"}.",
        d.hint().orElseThrow());
  }

  @Test
  void labelsWrittenAsAListAskForAMap() {
    List<Diagnostic> ds = validate(jobWithPool("containerSpec: {imageUri: x}\n") + "labels: [a]\n");
    Diagnostic d = Diags.single(ds, "schema/type", 7, 9);
    assertEquals("Write labels as a map, one key: value per line.", d.hint().orElseThrow());
  }

  @Test
  void numberBeyondALongIsOutOfRangeNotACrash() {
    // networknt, which vjc used before, threw here: exit 3, "internal error".
    List<Diagnostic> ds =
        validate(
            """
        displayName: train
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4, acceleratorCount: 1e400}
              containerSpec: {imageUri: x}
        """);
    Diagnostic d = Diags.single(ds, "schema/maximum", 4, 67);
    assertEquals("acceleratorCount number 1E+400 is above the maximum 2147483647", d.message());
  }

  @Test
  void emptyPoolListNeedsOnePool() {
    List<Diagnostic> ds = validate("displayName: train\njobSpec:\n  workerPoolSpecs: []\n");
    Diagnostic d = Diags.single(ds, "schema/minItems", 3, 20);
    assertEquals("workerPoolSpecs needs at least 1 item, found an empty list", d.message());
  }

  @Test
  void misspeltEnumValueGetsDidYouMean() {
    List<Diagnostic> ds =
        validate(
            """
        jobSpec:
          workerPoolSpecs:
            - machineSpec:
                machineType: n1-standard-4
                acceleratorType: NVIDIA_TESLA_T5
              containerSpec: {imageUri: x}
        """);
    Diagnostic d = Diags.single(ds, "schema/enum", 5, 26);
    assertEquals(
        "acceleratorType 'NVIDIA_TESLA_T5' is not a known value; did you mean 'NVIDIA_TESLA_T4'",
        d.message());
    assertEquals("Use NVIDIA_TESLA_T4.", d.hint().orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "state, JOB_STATE_RUNNING",
    "createTime, '2024-01-01T00:00:00Z'",
    "name, projects/1/locations/us-central1/customJobs/2",
    "error, '{code: 3, message: bad}'",
  })
  void outputOnlyFieldIsReportedAtItsKey(String field, String value) {
    List<Diagnostic> ds =
        validate(field + ": " + value + "\n" + jobWithPool("containerSpec: {imageUri: x}\n"));
    Diagnostic d = Diags.single(ds, "schema/output-only", 1, 1);
    assertTrue(d.message().contains("'" + field + "'"), d.message());
    assertTrue(d.hint().orElse("").contains("Remove " + field), () -> d.hint().toString());
  }

  @Test
  void missingRequiredFieldIsReportedAtTheMapThatLacksIt() {
    List<Diagnostic> ds = validate(jobWithPool("containerSpec: {args: [--epochs=1]}\n"));
    Diagnostic d = Diags.single(ds, "schema/required", 6, 22);
    assertEquals("missing required field 'imageUri' in containerSpec", d.message());
    assertEquals("Add imageUri to containerSpec.", d.hint().orElseThrow());
  }

  @Test
  void durationWithoutUnitIsADurationError() {
    List<Diagnostic> ds =
        validate(
            jobWithPool("containerSpec: {imageUri: x}\n") + "  scheduling:\n    timeout: 2h\n");
    Diagnostic d = Diags.single(ds, "schema/duration", 8, 14);
    assertEquals("timeout '2h' is not a duration", d.message());
    assertTrue(d.hint().orElse("").contains("7200s"), () -> d.hint().toString());
  }

  /** A bare number of seconds is the commonest duration mistake; it deserves the same hint. */
  @Test
  void durationAsANumberIsADurationErrorWithTheSameHint() {
    List<Diagnostic> ds =
        validate(
            jobWithPool("containerSpec: {imageUri: x}\n") + "  scheduling:\n    timeout: 3600\n");
    Diagnostic d = Diags.single(ds);
    assertEquals(8, d.origin().line());
    assertEquals(14, d.origin().column());
    assertEquals("schema/duration", d.ruleId(), () -> Trees.render(ds));
    assertTrue(d.hint().orElse("").contains("'s' suffix"), () -> d.hint().toString());
  }

  @Test
  void placeholderWhereAStringIsExpectedGetsAPlaceholderHint() {
    List<Diagnostic> ds = validate(jobWithPool("containerSpec:\n  imageUri: {IMAGE_URI}\n"));
    Diagnostic d = Diags.single(ds, "schema/type", 7, 19);
    assertEquals("imageUri must be a string, found a map", d.message());
    assertEquals(
        "'{IMAGE_URI}' is a YAML map, not a placeholder; replace it with the real value,"
            + " quote it, or use ${IMAGE_URI} with vars.",
        d.hint().orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"replicaCount: {REPLICAS}", "machineSpec: {acceleratorType: {GPU}}"})
  void placeholderWhereANumberOrEnumIsExpectedGetsAPlaceholderHint(String field) {
    List<Diagnostic> ds = validate("jobSpec:\n  workerPoolSpecs:\n    - " + field + "\n");
    Diagnostic d = Diags.single(ds);
    assertTrue(
        d.hint().orElse("").contains("is a YAML map, not a placeholder"), () -> Trees.render(ds));
  }

  /** "acceleratorType 'map' is not a known value" reads as if the user had written 'map'. */
  @Test
  void mapWhereAnEnumIsExpectedIsNotQuotedAsAValue() {
    List<Diagnostic> ds =
        validate("jobSpec:\n  workerPoolSpecs:\n    - machineSpec: {acceleratorType: {GPU}}\n");
    Diagnostic d = Diags.single(ds);
    assertFalse(d.message().contains("'map'"), d.message());
  }

  @Test
  void diagnosticsComeInSourceOrder() {
    List<Diagnostic> ds =
        validate(
            """
        createTime: '2024-01-01T00:00:00Z'
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4, acceleratorType: NVIDIA_TESLA_T5}
              replicaCount: two
              containerSpec: {args: [a]}
          scheduling: {timeout: 2h}
        displayNmae: x
        """);
    List<Integer> lines = ds.stream().map(d -> d.origin().line()).toList();
    assertEquals(List.of(1, 4, 5, 6, 7, 8), lines, () -> Trees.render(ds));
  }

  @Test
  void everyMessageStartsLowerCaseAndEveryHintIsASentence() {
    List<Diagnostic> ds =
        validate(
            """
        jobSpec:
          workerPoolSpecs:
            - machineSpecs: {machineType: n1-standard-4, acceleratorType: NVIDIA_TESLA_T5}
              replicaCount: two
              containerSpec: {args: [a], imageUri: {X}}
          scheduling: {timeout: 2h}
        labels: {team: 3}
        """);
    assertTrue(ds.size() >= 5, () -> Trees.render(ds));
    for (Diagnostic d : ds) {
      assertFalse(Character.isUpperCase(d.message().charAt(0)), d.message());
      d.hint()
          .ifPresent(h -> assertTrue(Character.isUpperCase(h.charAt(0)) || h.startsWith("'"), h));
    }
  }
}
