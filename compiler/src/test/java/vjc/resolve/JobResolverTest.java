package vjc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.diag.Severity;
import vjc.load.FormNormalizer;
import vjc.load.Limits;
import vjc.load.MapNode;
import vjc.load.YamlLoader;
import vjc.support.Diags;
import vjc.support.Jobs;
import vjc.support.Trees;

class JobResolverTest {

  private static final YamlLoader LOADER = new YamlLoader(Limits.DEFAULT);

  private static final String JOB =
      """
      region: us-central1
      vars:
        gpus: 1
        image: base-image
      displayName: resnet-${vjc.env}-${gpus}
      jobSpec:
        workerPoolSpecs:
          - machineSpec: {machineType: a2-highgpu-1g, acceleratorCount: "${gpus}"}
            replicaCount: 1
            containerSpec: {imageUri: "${image}"}
          - replicaCount: 2
      environments:
        dev: {}
        prod:
          labels: {env: prod}
          vars: {gpus: 8}
          jobSpec:
            workerPoolSpecs:
              - machineSpec: {machineType: a2-highgpu-8g}
      """;

  private static ResolveRequest request(
      String env, List<Overlay> overlays, List<String> vars, List<String> sets) {
    return new ResolveRequest(
        Optional.ofNullable(env),
        overlays,
        vars.stream().map(v -> Assignment.parse(v, LOADER)).toList(),
        sets.stream().map(s -> Assignment.parse(s, LOADER)).toList(),
        Map.of());
  }

  private static void assertJob(String expectedYaml, ResolvedJob job) {
    MapNode expected = Trees.map(expectedYaml);
    assertTrue(
        Trees.structurallyEqual(expected, job.job()),
        () -> "expected " + Trees.show(expected) + "\n     got " + Trees.show(job.job()));
  }

  @Test
  void environmentBlockIsAppliedAndItsVarsOverrideTheFiles() {
    ResolvedJob job = Jobs.resolve(JOB, Jobs.env("prod"));
    assertEquals(Optional.of("prod"), job.environment());
    assertJob(
        """
        region: us-central1
        displayName: resnet-prod-8
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: a2-highgpu-8g, acceleratorCount: 8}
              replicaCount: 1
              containerSpec: {imageUri: base-image}
            - replicaCount: 2
        labels: {env: prod}
        """,
        job);
  }

  @Test
  void emptyEnvironmentBlockKeepsTheFileAsWritten() {
    ResolvedJob job = Jobs.resolve(JOB, Jobs.env("dev"));
    assertEquals("resnet-dev-1", job.job().getScalar("displayName").orElseThrow().value());
    assertFalse(job.job().has("environments"));
    assertFalse(job.job().has("vars"));
  }

  @Test
  void commandLineVarOverridesFileAndEnvironmentVars() {
    Outcome<ResolvedJob> out =
        new JobResolver(Jobs.MAX_CHARS)
            .resolve(
                Jobs.document(JOB),
                request("prod", List.of(), List.of("gpus=4", "image=cli-image"), List.of()));
    assertTrue(out.diagnostics().isEmpty(), () -> Trees.render(out.diagnostics()));
    MapNode job = out.value().orElseThrow().job();
    assertEquals("resnet-prod-4", job.getScalar("displayName").orElseThrow().value());
    assertEquals(
        "4",
        OverlayMerger.at(job, "jobSpec.workerPoolSpecs[0].machineSpec" + ".acceleratorCount")
            .map(Trees::show)
            .orElseThrow());
    assertEquals(
        "\"cli-image\"",
        OverlayMerger.at(job, "jobSpec.workerPoolSpecs[0].containerSpec.imageUri")
            .map(Trees::show)
            .orElseThrow());
  }

  @Test
  void setWithAnIndexedPathReplacesOneValueAndNamesItselfInTheChain() {
    Outcome<ResolvedJob> out =
        new JobResolver(Jobs.MAX_CHARS)
            .resolve(
                Jobs.document(JOB),
                request(
                    "prod",
                    List.of(),
                    List.of(),
                    List.of("jobSpec.workerPoolSpecs[1].replicaCount=5", "labels.team=vision")));
    assertTrue(out.diagnostics().isEmpty(), () -> Trees.render(out.diagnostics()));
    MapNode job = out.value().orElseThrow().job();
    var count = OverlayMerger.at(job, "jobSpec.workerPoolSpecs[1].replicaCount").orElseThrow();
    assertEquals("5", Trees.show(count));
    assertEquals("test.yaml:11:21", count.origin().position());
    assertTrue(
        count.origin().via().get(0).role().contains("--set"), count.origin().via()::toString);
    assertEquals("\"vision\"", OverlayMerger.at(job, "labels.team").map(Trees::show).orElseThrow());
    assertEquals("\"prod\"", OverlayMerger.at(job, "labels.env").map(Trees::show).orElseThrow());
  }

  @Test
  void setPastTheEndOfAListIsAnError() {
    Outcome<ResolvedJob> out =
        new JobResolver(Jobs.MAX_CHARS)
            .resolve(
                Jobs.document(JOB),
                request(
                    "prod",
                    List.of(),
                    List.of(),
                    List.of("jobSpec.workerPoolSpecs[5].replicaCount=1")));
    Diagnostic d = Diags.singleWithRule(out.diagnostics(), "cli/set");
    assertEquals(Assignment.COMMAND_LINE, d.origin().file());
  }

  @Test
  void precedenceIsFileThenProjectOverlayThenEnvironmentBlockThenCommandLine() {
    MapNode overlay =
        FormNormalizer.camelizeOverlay(
            Trees.map(
                Path.of(".vjc/prod.yaml"),
                "labels: {env: overlay, owner: platform, tier: gold}\nservice_account: x\n"));
    Outcome<ResolvedJob> out =
        new JobResolver(Jobs.MAX_CHARS)
            .resolve(
                Jobs.document(JOB),
                request(
                    "prod",
                    List.of(new Overlay("value from project overlay", overlay)),
                    List.of(),
                    List.of("labels.tier=silver")));
    assertTrue(out.diagnostics().isEmpty(), () -> Trees.render(out.diagnostics()));
    MapNode labels = out.value().orElseThrow().job().getMap("labels").orElseThrow();
    assertEquals("prod", labels.getScalar("env").orElseThrow().value());
    assertEquals("platform", labels.getScalar("owner").orElseThrow().value());
    assertEquals("silver", labels.getScalar("tier").orElseThrow().value());
    assertEquals("x", out.value().get().job().getScalar("serviceAccount").orElseThrow().value());
  }

  @Test
  void unusedVariableIsAWarningAtItsDefinition() {
    Outcome<ResolvedJob> out =
        Jobs.resolveOutcome(
            "vars:\n  used: a\n  spare: b\ndisplayName: ${used}\njobSpec: {workerPoolSpecs: []}\n",
            ResolveRequest.plain());
    Diagnostic d = Diags.single(out.diagnostics(), "template/unused-variable", 3, 3);
    assertEquals(Severity.WARNING, d.severity());
    assertTrue(d.message().contains("'spare'"), d.message());
    assertTrue(out.value().isPresent());
  }

  @Test
  void aVariableAnOverlayDefinesIsSharedSoNotReportedUnusedPerJob() {
    MapNode overlay = Trees.map(Path.of("envs/prod.yaml"), "vars: {bucket: gs://b}\n");
    JobResolver.Tracked out =
        new JobResolver(Jobs.MAX_CHARS)
            .resolveTracked(
                Jobs.document("vars: {spare: 1}\njobSpec: {workerPoolSpecs: []}\n"),
                request(
                    "prod",
                    List.of(new Overlay("value from overlay", overlay)),
                    List.of(),
                    List.of()));
    Diagnostic d = Diags.single(out.outcome().diagnostics(), "template/unused-variable", 1, 8);
    assertTrue(d.message().contains("'spare'"), d.message());
    assertEquals(java.util.Set.of("spare", "bucket"), out.defined());
    assertFalse(out.used().contains("bucket"));
  }

  @Test
  void variableUsedOnlyInAnotherEnvironmentIsNotUnused() {
    Outcome<ResolvedJob> out =
        Jobs.resolveOutcome(
            """
        vars: {bucket: gs://b}
        jobSpec: {workerPoolSpecs: []}
        environments:
          prod: {jobSpec: {baseOutputDirectory: {outputUriPrefix: "${bucket}/x"}}}
        """,
            Jobs.env("dev"));
    assertTrue(out.diagnostics().isEmpty(), () -> Trees.render(out.diagnostics()));
  }

  @Test
  void envNameWithoutAnEnvironmentIsAnErrorWithAHint() {
    Outcome<ResolvedJob> out =
        Jobs.resolveOutcome(
            "displayName: run-${vjc.env}\njobSpec: {workerPoolSpecs: []}\n",
            ResolveRequest.plain());
    Diagnostic d = Diags.single(out.diagnostics(), TemplateResolver.UNDEFINED, 1, 14);
    assertTrue(d.isError());
    assertTrue(d.message().contains("no environment"), d.message());
    assertTrue(d.hint().orElse("").contains("--env"), () -> d.hint().toString());
  }

  @Test
  void processEnvironmentIsReadableOnlyWhenGiven() {
    String yaml = "displayName: ${env.USER}\njobSpec: {workerPoolSpecs: []}\n";
    Diagnostic d =
        Diags.single(
            Jobs.resolveOutcome(yaml, ResolveRequest.plain()).diagnostics(),
            TemplateResolver.UNDEFINED,
            1,
            14);
    assertTrue(d.hint().orElse("").contains("--allow-env"), () -> d.hint().toString());
    ResolveRequest allowed =
        new ResolveRequest(
            Optional.empty(), List.of(), List.of(), List.of(), Map.of("USER", "ada"));
    assertEquals(
        "ada", Jobs.resolve(yaml, allowed).job().getScalar("displayName").orElseThrow().value());
  }

  @Test
  void environmentBlockThatIsNotAMapIsAnError() {
    Outcome<ResolvedJob> out =
        Jobs.resolveOutcome(
            "jobSpec: {workerPoolSpecs: []}\nenvironments:\n  prod: [a]\n", Jobs.env("prod"));
    Diags.single(out.diagnostics(), "schema/type", 3, 9);
  }
}
