package vjc.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.aiplatform.v1.CustomJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.emit.Emitter;
import vjc.emit.OutputFormat;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.resolve.ResolveRequest;
import vjc.resolve.ResolvedJob;
import vjc.support.Diags;
import vjc.support.Jobs;
import vjc.support.Trees;
import vjc.testing.Repo;
import vjc.validate.SchemaValidator;

class JobCompilerTest {

  private static String testdata(String... parts) throws IOException {
    return Files.readString(Repo.testdata(parts), StandardCharsets.UTF_8);
  }

  private static CustomJob compile(ResolvedJob job, Optional<String> displayName) {
    Outcome<CustomJob> out = new JobCompiler().compile(job, displayName);
    assertTrue(out.diagnostics().isEmpty(), () -> Trees.render(out.diagnostics()));
    return out.value().orElseThrow();
  }

  /** The whole pipeline from text, with fresh objects each time. */
  private static byte[] compileFromScratch(String yaml, String env, OutputFormat format) {
    ResolvedJob job = Jobs.resolve(yaml, Jobs.env(env));
    return Emitter.emit(compile(job, Optional.empty()), format);
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void compilingTwiceGivesTheSameBytes(OutputFormat format) throws IOException {
    String yaml = testdata("compile", "vjc-job.yaml");
    byte[] first = compileFromScratch(yaml, "prod", format);
    byte[] second = compileFromScratch(yaml, "prod", format);
    assertArrayEquals(first, second);
    assertTrue(first.length > 0);
  }

  @Test
  void vjcKeysNeverReachTheOutput() throws IOException {
    String yaml = testdata("compile", "vjc-job.yaml");
    for (String env : List.of("dev", "prod")) {
      String json =
          new String(compileFromScratch(yaml, env, OutputFormat.JSON), StandardCharsets.UTF_8);
      MapNode out = (MapNode) Trees.parse(json);
      for (String key : List.of("region", "project", "vars", "environments")) {
        assertFalse(out.has(key), () -> key + " leaked into the " + env + " body:\n" + json);
      }
      assertFalse(json.contains("${"), json);
      assertEquals("resnet-" + env, out.getScalar("displayName").orElseThrow().value());
    }
  }

  @Test
  void prodEnvironmentCompilesToItsOwnValues() throws IOException {
    String json =
        new String(
            compileFromScratch(testdata("compile", "vjc-job.yaml"), "prod", OutputFormat.JSON),
            StandardCharsets.UTF_8);
    MapNode pool =
        (MapNode)
            ((MapNode) Trees.parse(json))
                .getMap("jobSpec")
                .orElseThrow()
                .getList("workerPoolSpecs")
                .orElseThrow()
                .get(0);
    assertTrue(
        Trees.sameData(
            Trees.parse(
                "{machineType: a2-highgpu-8g, acceleratorType: NVIDIA_TESLA_A100, acceleratorCount: 8}"),
            pool.get("machineSpec").orElseThrow()),
        json);
  }

  @Test
  void displayNameArgumentOverridesTheFile() {
    ResolvedJob job =
        Jobs.resolve("displayName: from-file\njobSpec: {workerPoolSpecs: [{replicaCount: 1}]}\n");
    assertEquals("from-cli", compile(job, Optional.of("from-cli")).getDisplayName());
    assertEquals("from-file", compile(job, Optional.empty()).getDisplayName());
  }

  @Test
  void restBodyRoundTripsThroughCompileAndJsonEmit() throws IOException {
    String input = testdata("compile", "rest-body.input.json");
    ResolvedJob job = Jobs.resolve(input);
    String output = Emitter.json(compile(job, Optional.empty()));
    Node in = Trees.parse(input);
    Node out = Trees.parse(output);
    assertTrue(
        Trees.sameData(in, out), () -> "in:  " + Trees.show(in) + "\nout: " + Trees.show(out));
  }

  @Test
  void createRequestCompilesToItsCustomJob() throws IOException {
    String input = testdata("compile", "create-request.input.json");
    ResolvedJob job = Jobs.resolve(input);
    assertEquals(Optional.of("us-central1"), job.region());
    String output = Emitter.json(compile(job, Optional.empty()));
    Node customJob = ((MapNode) Trees.parse(input)).get("customJob").orElseThrow();
    assertTrue(Trees.sameData(customJob, Trees.parse(output)), output);
  }

  @Test
  void gcloudConfigCompilesWithADisplayNameFromTheCommandLine() throws IOException {
    ResolvedJob job = Jobs.resolve(testdata("compile", "gcloud-config.yaml"));
    CustomJob compiled = compile(job, Optional.of("mnist-gcloud"));
    assertEquals("mnist-gcloud", compiled.getDisplayName());
    assertEquals(1, compiled.getJobSpec().getWorkerPoolSpecsCount());
    assertEquals(
        "64", compiled.getJobSpec().getWorkerPoolSpecs(0).getContainerSpec().getEnv(0).getValue());
    assertEquals(3600, compiled.getJobSpec().getScheduling().getTimeout().getSeconds());
  }

  private static final String BOTH_TASKS =
      """
      displayName: both
      jobSpec:
        workerPoolSpecs:
          - machineSpec: {machineType: n1-standard-4}
            replicaCount: 1
            containerSpec: {imageUri: gcr.io/acme/a:1}
          - machineSpec: {machineType: n1-standard-4}
            replicaCount: 2
            containerSpec: {imageUri: gcr.io/acme/a:1}
            pythonPackageSpec:
              executorImageUri: us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-12:latest
              packageUris: [gs://acme/trainer.tar.gz]
              pythonModule: trainer.task
      """;

  @Test
  void oneofConflictPassesTheSchemaButNotTheProtobuf() {
    ResolvedJob job = Jobs.resolve(BOTH_TASKS);
    List<Diagnostic> schema = SchemaValidator.load().validate(job);
    assertTrue(
        schema.isEmpty(),
        () -> "the schema now catches it; move this case:" + Trees.render(schema));
    Outcome<CustomJob> out = new JobCompiler().compile(job, Optional.empty());
    assertTrue(out.value().isEmpty());
    Diagnostic d = Diags.single(out.diagnostics());
    assertEquals("proto/invalid", d.ruleId());
    assertEquals(
        "containerSpec and pythonPackageSpec are alternatives (a protobuf oneof); a pool can set"
            + " only one",
        d.message());
    assertEquals(
        "Keep either containerSpec or pythonPackageSpec in this worker pool.", d.hint().get());
  }

  @Test
  void oneofConflictInTheOnlyPoolPointsAtOneOfTheTwoFields() {
    String yaml =
        """
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4}
              containerSpec: {imageUri: gcr.io/acme/a:1}
              pythonPackageSpec: {executorImageUri: x, packageUris: [gs://a/b], pythonModule: m}
        """;
    Diagnostic d =
        Diags.single(new JobCompiler().compile(Jobs.resolve(yaml), Optional.empty()).diagnostics());
    assertEquals("proto/invalid", d.ruleId());
    String at = d.origin().line() + ":" + d.origin().column();
    assertTrue(
        Set.of("4:7", "5:7").contains(at), () -> "points at " + at + Trees.render(List.of(d)));
  }

  /** Pool 0 is fine; the conflict is in pool 1, and the diagnostic must say so. */
  @Test
  void oneofConflictPointsIntoTheOffendingPool() {
    Diagnostic d =
        Diags.single(
            new JobCompiler().compile(Jobs.resolve(BOTH_TASKS), Optional.empty()).diagnostics());
    String at = d.origin().line() + ":" + d.origin().column();
    assertTrue(
        Set.of("9:7", "10:7").contains(at),
        () ->
            "expected containerSpec (9:7) or pythonPackageSpec (10:7) of pool 1, got "
                + at
                + Trees.render(List.of(d)));
  }

  @Test
  void compiledMessageIsTheSameForEveryInputFormOfOneJob() throws IOException {
    String rest = testdata("compile", "rest-body.input.json");
    String yaml =
        """
        display_name: xgboost-cpu
        labels: {team: tabular}
        job_spec:
          worker_pool_specs:
            machine_spec: {machine_type: n1-standard-4}
            replica_count: 1
            python_package_spec:
              executor_image_uri: us-docker.pkg.dev/vertex-ai/training/xgboost-cpu.1-1:latest
              package_uris: [gs://acme-ml/trainer-0.1.tar.gz]
              python_module: trainer.task
              args: [--rounds=100]
          base_output_directory: {output_uri_prefix: gs://acme-ml/xgb/}
        """;
    assertEquals(
        compile(Jobs.resolve(rest), Optional.empty()),
        compile(Jobs.resolve(yaml, ResolveRequest.plain()), Optional.empty()));
  }

  @Test
  void fileNameIsIrrelevantToTheOutput() throws IOException {
    String yaml = testdata("examples", "mnist-cpu.yaml");
    CustomJob a = compile(Jobs.resolve(yaml), Optional.empty());
    CustomJob b =
        compile(
            new vjc.resolve.JobResolver(Jobs.MAX_CHARS)
                .resolve(
                    Jobs.document(Path.of("elsewhere/other.yaml"), yaml), ResolveRequest.plain())
                .value()
                .orElseThrow(),
            Optional.empty());
    assertArrayEquals(Emitter.emit(a, OutputFormat.BINPB), Emitter.emit(b, OutputFormat.BINPB));
  }
}
