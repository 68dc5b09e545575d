package vjc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vjc.testing.Repo;

/** The checked-in schema is a valid 2020-12 schema that accepts real jobs and rejects bad ones. */
class SchemaTest {

  private static final String SCHEMA_TEXT = readCheckedIn();
  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(SCHEMA_TEXT);

  // How to validate against the schema, or one of its $defs, with networknt 3.0.9: register the
  // text under its $id, then ask for the IRI, with a JSON pointer fragment for a $defs entry.
  // The fragment's sub-schema still resolves "#/$defs/..." refs against the whole document, and
  // error instance locations are relative to the validated document.
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemas(Map.of(SchemaGenerator.ID, SCHEMA_TEXT)));
  private static final Schema JOB = REGISTRY.getSchema(SchemaLocation.of(SchemaGenerator.ID));
  private static final Schema SPEC =
      REGISTRY.getSchema(SchemaLocation.of(SchemaGenerator.ID + "#/$defs/CustomJobSpec"));
  private static final Schema SPEC_FILE =
      REGISTRY.getSchema(SchemaLocation.of(SchemaGenerator.ID + "#/$defs/CustomJobSpecFile"));

  private static final String POOL =
      """
      {"machineSpec": {"machineType": "n1-standard-4"}, "replicaCount": 1,
       "containerSpec": {"imageUri": "us-docker.pkg.dev/acme/train/resnet:1.4.2"}}\
      """;

  private static final String MINIMAL_JOB =
      "{\"displayName\": \"resnet\", \"jobSpec\": {\"workerPoolSpecs\": [" + POOL + "]}}";

  @Test
  void schemaIsValidAgainstTheDraft202012MetaSchema() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(SCHEMA_TEXT, InputFormat.JSON));
  }

  @Test
  void everyRefNamesADefsEntry() {
    JsonNode schema = JsonMapper.builder().build().readTree(SCHEMA_TEXT);
    List<String> refs = new ArrayList<>();
    collectRefs(schema, refs);
    assertFalse(refs.isEmpty(), "no $ref found");
    for (String ref : refs) {
      assertTrue(ref.startsWith("#/$defs/"), ref);
      assertTrue(schema.get("$defs").has(ref.substring("#/$defs/".length())), "dangling " + ref);
    }
  }

  @Test
  void schemaIsOnTheClasspathForTheOtherModules() throws IOException {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/vjc/schema/job.schema.json")) {
      assertNotNull(in, "vjc/schema/job.schema.json is not a resource");
      JsonNode schema = JsonMapper.builder().build().readTree(in);
      assertEquals(SchemaGenerator.ID, schema.get("$id").asString());
    }
  }

  @Test
  void minimalJobIsValid() {
    assertEquals(List.of(), JOB.validate(MINIMAL_JOB, InputFormat.JSON));
  }

  @Test
  void jobWithVjcKeysIsValid() {
    String job =
        """
        {"region": "us-central1", "project": "acme-ml",
         "vars": {"gpus": 1, "image": "x", "nested": {"a": [1, null]}},
         "displayName": "resnet-dev",
         "labels": {"team": "vision"},
         "jobSpec": {"workerPoolSpecs": [%s], "scheduling": {"timeout": "7200s"}},
         "environments": {"prod": {"vars": {"gpus": 8},
           "jobSpec": {"workerPoolSpecs": [{"machineSpec": {"machineType": "a2-highgpu-8g"}}]}}}}
        """
            .formatted(POOL);
    assertEquals(List.of(), JOB.validate(job, InputFormat.JSON));
  }

  @Test
  void restBodyWithInt64AsStringIsValid() {
    // Proto JSON prints int64 as a string; this is how REST examples spell replicaCount.
    String body = MINIMAL_JOB.replace("\"replicaCount\": 1", "\"replicaCount\": \"1\"");
    assertTrue(body.contains("\"1\""));
    assertEquals(List.of(), JOB.validate(body, InputFormat.JSON));
  }

  @Test
  void emptyWorkerPoolSkipsARole() {
    String job = MINIMAL_JOB.replace(POOL + "]", POOL + ", {}, " + POOL + "]");
    assertEquals(List.of(), JOB.validate(job, InputFormat.JSON));
  }

  static Stream<Arguments> badJobs() {
    return Stream.of(
        Arguments.of(
            "unknown field",
            MINIMAL_JOB.replace("machineSpec", "machineSpecs"),
            "additionalProperties",
            "/jobSpec/workerPoolSpecs/0"),
        Arguments.of(
            "replicaCount not a number",
            MINIMAL_JOB.replace("\"replicaCount\": 1", "\"replicaCount\": \"two\""),
            "type pattern",
            "/jobSpec/workerPoolSpecs/0/replicaCount"),
        Arguments.of(
            "unknown accelerator",
            MINIMAL_JOB.replace(
                "\"n1-standard-4\"", "\"n1-standard-4\", \"acceleratorType\": \"NVIDIA_TESLA_T5\""),
            "enum",
            "/jobSpec/workerPoolSpecs/0/machineSpec/acceleratorType"),
        Arguments.of(
            "timeout as a number",
            MINIMAL_JOB.replace("]}", "], \"scheduling\": {\"timeout\": 3600}}"),
            "type",
            "/jobSpec/scheduling/timeout"),
        Arguments.of(
            "timeout in hours",
            MINIMAL_JOB.replace("]}", "], \"scheduling\": {\"timeout\": \"2h\"}}"),
            "pattern",
            "/jobSpec/scheduling/timeout"),
        Arguments.of("no jobSpec", "{\"displayName\": \"resnet\"}", "required", ""),
        Arguments.of(
            "empty workerPoolSpecs",
            "{\"jobSpec\": {\"workerPoolSpecs\": []}}",
            "minItems",
            "/jobSpec/workerPoolSpecs"),
        Arguments.of(
            "container without image",
            MINIMAL_JOB.replace("\"imageUri\": \"us-docker.pkg.dev/acme/train/resnet:1.4.2\"", ""),
            "required",
            "/jobSpec/workerPoolSpecs/0/containerSpec"),
        Arguments.of(
            "region not a string",
            MINIMAL_JOB.replace("{\"displayName\"", "{\"region\": 7, \"displayName\""),
            "type",
            "/region"),
        Arguments.of(
            "acceleratorCount beyond int32",
            MINIMAL_JOB.replace(
                "\"n1-standard-4\"", "\"n1-standard-4\", \"acceleratorCount\": 4294967296"),
            "maximum",
            "/jobSpec/workerPoolSpecs/0/machineSpec/acceleratorCount"),
        Arguments.of(
            "environment not an object",
            MINIMAL_JOB.replace(
                "{\"displayName\"", "{\"environments\": {\"prod\": 1}, \"displayName\""),
            "type",
            "/environments/prod"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badJobs")
  void badJobFailsWithTheKeyword(String name, String job, String keywords, String location) {
    List<Error> errors = JOB.validate(job, InputFormat.JSON);
    // A failed anyOf reports each branch's error, not one "anyOf" error.
    List<String> expected =
        Stream.of(keywords.split(" ")).map(keyword -> keyword + " at " + location).toList();
    assertEquals(expected, summaries(errors), errors::toString);
  }

  @Test
  void outputOnlyFieldIsAnErrorWhenReadOnlyIsEnforced() {
    String job =
        MINIMAL_JOB.replace(
            "{\"displayName\"",
            "{\"name\": \"projects/1/locations/us-central1/customJobs/2\", \"displayName\"");
    assertEquals(List.of(), JOB.validate(job, InputFormat.JSON));
    List<Error> errors =
        JOB.validate(
            job,
            InputFormat.JSON,
            context -> context.executionConfig(config -> config.readOnly(true)));
    assertEquals(List.of("readOnly at /name"), summaries(errors), errors::toString);
  }

  @Test
  void bareCustomJobSpecValidatesAgainstItsDef() {
    String spec = "{\"workerPoolSpecs\": [" + POOL + "], \"scheduling\": {\"strategy\": \"SPOT\"}}";
    assertEquals(List.of(), SPEC.validate(spec, InputFormat.JSON));
    // The same document is not a job file, and a bad spec fails: the def really applies.
    assertTrue(summaries(JOB.validate(spec, InputFormat.JSON)).contains("required at "));
    List<Error> errors = SPEC.validate(spec.replace("SPOT", "CHEAP"), InputFormat.JSON);
    assertEquals(List.of("enum at /scheduling/strategy"), summaries(errors), errors::toString);
  }

  @Test
  void gcloudConfigFileMayHoldOnePoolAsAMap() {
    assertEquals(
        List.of(), SPEC_FILE.validate("{\"workerPoolSpecs\": " + POOL + "}", InputFormat.JSON));
    assertEquals(
        List.of(),
        SPEC_FILE.validate(
            "{\"baseOutputDirectory\": {\"outputUriPrefix\": \"gs://b/out\"}}", InputFormat.JSON));
    assertFalse(SPEC.validate("{\"workerPoolSpecs\": " + POOL + "}", InputFormat.JSON).isEmpty());
  }

  @Test
  void requiredFieldsAreTheReviewedOnes() {
    // Reviewed against ../shared/corpus/real: every camelCase job and --config file there sets
    // these (a --config file may leave workerPoolSpecs to gcloud flags: CustomJobSpecFile).
    // A proto upgrade that adds one must be reviewed the same way; WorkerPoolSpec stays empty.
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("(root)", List.of("jobSpec"));
    expected.put("ContainerSpec", List.of("imageUri"));
    expected.put("CustomJob", List.of("displayName", "jobSpec"));
    expected.put("CustomJobSpec", List.of("workerPoolSpecs"));
    expected.put("DnsPeeringConfig", List.of("domain", "targetProject", "targetNetwork"));
    expected.put("EncryptionSpec", List.of("kmsKeyName"));
    expected.put("EnvVar", List.of("name", "value"));
    expected.put("GcsDestination", List.of("outputUriPrefix"));
    expected.put("LustreMount", List.of("instanceIp", "volumeHandle", "filesystem", "mountPoint"));
    expected.put("NfsMount", List.of("server", "path", "mountPoint"));
    expected.put("PythonPackageSpec", List.of("executorImageUri", "packageUris", "pythonModule"));
    expected.put("ReservationAffinity", List.of("reservationAffinityType"));
    assertEquals(expected, requiredByDef());
  }

  private static Map<String, List<String>> requiredByDef() {
    JsonNode schema = JsonMapper.builder().build().readTree(SCHEMA_TEXT);
    Map<String, List<String>> required = new LinkedHashMap<>();
    required.put("(root)", strings(schema.get("required")));
    schema
        .get("$defs")
        .properties()
        .forEach(
            def -> {
              if (def.getValue().has("required")) {
                required.put(def.getKey(), strings(def.getValue().get("required")));
              }
            });
    return required;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }

  /**
   * Errors as "keyword at pointer", leaving out those of the ${variable} branch: every non-string
   * field is anyOf [its schema, a template string], so each failure also fails that branch, at the
   * field and at every ancestor. vjc's error mapper drops them the same way.
   */
  private static List<String> summaries(List<Error> errors) {
    return errors.stream()
        .filter(error -> !isTemplateBranch(error))
        .map(error -> error.getKeyword() + " at " + error.getInstanceLocation())
        .toList();
  }

  private static boolean isTemplateBranch(Error error) {
    JsonNode owner = SCHEMA;
    var fragment = error.getSchemaLocation().getFragment().getParent();
    for (int i = 0; owner != null && i < fragment.getNameCount(); i++) {
      Object el = fragment.getElement(i);
      owner = el instanceof Integer n ? owner.get(n) : owner.get(String.valueOf(el));
    }
    return owner != null
        && owner.get("pattern") != null
        && owner.get("pattern").asString().equals(FieldSchemas.TEMPLATE_PATTERN);
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.has("$ref")) {
      refs.add(node.get("$ref").asString());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  private static String readCheckedIn() {
    try {
      return Files.readString(
          Repo.root().resolve(SchemaGenerator.CHECKED_IN), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
