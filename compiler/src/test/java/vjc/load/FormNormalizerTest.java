package vjc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vjc.support.Diags.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.support.Diags;
import vjc.support.Trees;

class FormNormalizerTest {

  private static Outcome<JobDocument> normalize(String yaml) {
    return new FormNormalizer().normalize(new SourceText(Trees.FILE, yaml), Trees.parse(yaml));
  }

  private static JobDocument document(String yaml) {
    Outcome<JobDocument> out = normalize(yaml);
    assertTrue(out.diagnostics().isEmpty(), () -> Trees.render(out.diagnostics()));
    return out.value().orElseThrow();
  }

  private static void assertTree(String expectedYaml, MapNode actual) {
    Node expected = Trees.parse(expectedYaml);
    assertTrue(
        Trees.structurallyEqual(expected, actual),
        () -> "expected " + Trees.show(expected) + "\n     got " + Trees.show(actual));
  }

  @Test
  void jobFileIsKeptAsWritten() {
    String yaml =
        """
        region: us-central1
        vars: {gpus: 1}
        displayName: train
        jobSpec:
          workerPoolSpecs:
            - replicaCount: 1
        """;
    JobDocument doc = document(yaml);
    assertEquals(InputForm.JOB_FILE, doc.form());
    assertTree(yaml, doc.root());
  }

  @Test
  void createRequestIsUnwrappedAndItsParentSplitIntoProjectAndRegion() {
    JobDocument doc =
        document(
            """
        parent: projects/acme-ml/locations/europe-west4
        customJob:
          displayName: train
          jobSpec:
            workerPoolSpecs: [{replicaCount: "1"}]
        """);
    assertEquals(InputForm.CREATE_REQUEST, doc.form());
    assertEquals("acme-ml", doc.root().getScalar("project").orElseThrow().value());
    assertEquals("europe-west4", doc.root().getScalar("region").orElseThrow().value());
    assertEquals(ScalarNode.Type.STRING, doc.root().getScalar("region").orElseThrow().type());
    assertEquals(1, doc.root().get("region").orElseThrow().origin().line());
    assertEquals("train", doc.root().getScalar("displayName").orElseThrow().value());
    assertTrue(doc.root().getMap("jobSpec").isPresent());
  }

  @Test
  void createRequestWithABadParentIsAnErrorAtTheParent() {
    Outcome<JobDocument> out =
        normalize("parent: acme-ml/us-central1\ncustomJob: {jobSpec: {workerPoolSpecs: []}}\n");
    Diags.single(out.diagnostics(), "input/parent", 1, 9);
  }

  @Test
  void bareSpecWithASingleMapOfPoolsIsWrappedInJobSpecAndAList() {
    JobDocument doc =
        document(
            """
        workerPoolSpecs:
          machineSpec: {machineType: n1-standard-4}
          replicaCount: 1
        serviceAccount: sa@acme.iam.gserviceaccount.com
        """);
    assertEquals(InputForm.JOB_SPEC, doc.form());
    assertTree(
        """
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4}
              replicaCount: 1
          serviceAccount: sa@acme.iam.gserviceaccount.com
        """,
        doc.root());
    MapNode pool =
        (MapNode)
            doc.root()
                .getMap("jobSpec")
                .orElseThrow()
                .getList("workerPoolSpecs")
                .orElseThrow()
                .get(0);
    assertEquals(2, pool.origin().line(), "the wrapped pool keeps its own position");
  }

  @Test
  void snakeCaseKeysAreCamelizedButLabelAndVariableNamesAreNot() {
    JobDocument doc =
        document(
            """
        display_name: train
        labels: {cost_center: cc-1, team_name: vision}
        vars: {base_image: x, num_gpus: 1}
        job_spec:
          worker_pool_specs:
            - machine_spec: {machine_type: n1-standard-4}
              replica_count: 1
              container_spec: {image_uri: x}
        environments:
          prod_eu:
            vars: {num_gpus: 8}
            labels: {cost_center: cc-2}
            job_spec: {service_account: sa}
        """);
    assertTree(
        """
        displayName: train
        labels: {cost_center: cc-1, team_name: vision}
        vars: {base_image: x, num_gpus: 1}
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4}
              replicaCount: 1
              containerSpec: {imageUri: x}
        environments:
          prod_eu:
            vars: {num_gpus: 8}
            labels: {cost_center: cc-2}
            jobSpec: {serviceAccount: sa}
        """,
        doc.root());
  }

  @Test
  void sdkKeywordFormLiftsPoolsIntoJobSpecAndKeepsDisplayNameOnTop() {
    JobDocument doc =
        document(
            """
        display_name: xgb
        worker_pool_specs:
          - machine_spec: {machine_type: n1-standard-4}
            replica_count: 1
        base_output_directory: {output_uri_prefix: gs://b/x}
        labels: {team: tabular}
        """);
    assertEquals(InputForm.JOB_SPEC, doc.form());
    assertTree(
        """
        displayName: xgb
        labels: {team: tabular}
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4}
              replicaCount: 1
          baseOutputDirectory: {outputUriPrefix: gs://b/x}
        """,
        doc.root());
  }

  @Test
  void topLevelListIsAWorkerPoolList() {
    JobDocument doc =
        document(
            """
        - machine_spec: {machine_type: n1-standard-4}
          replica_count: 1
        - {}
        """);
    assertEquals(InputForm.WORKER_POOL_LIST, doc.form());
    assertTree(
        """
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4}
              replicaCount: 1
            - {}
        """,
        doc.root());
  }

  @Test
  void hyperparameterTuningJobIsAnUnsupportedKindAtItsTrialSpec() {
    Outcome<JobDocument> out =
        normalize(
            """
        displayName: tune
        studySpec: {metrics: []}
        trialJobSpec:
          workerPoolSpecs: []
        """);
    assertTrue(out.value().isEmpty());
    Diagnostic d = single(out.diagnostics(), "input/unsupported-kind", 3, 1);
    assertTrue(d.message().contains("hyperparameter tuning"), d.message());
  }

  @Test
  void scalarDocumentIsNotAJob() {
    Outcome<JobDocument> out = normalize("just some text\n");
    assertTrue(out.value().isEmpty());
    Diagnostic d = single(out.diagnostics(), "input/not-a-job", 1, 1);
    assertTrue(d.message().contains("string"), d.message());
  }

  @Test
  void mapWithoutJobSpecOrPoolsIsNotAJob() {
    Outcome<JobDocument> out = normalize("name: x\nimage: y\n");
    single(out.diagnostics(), "input/not-a-job", 1, 1);
  }

  /**
   * display_name and displayName are one field once camelized; keeping both silently lets lint see
   * one value and the compiled job get the other.
   */
  @Test
  void twoSpellingsOfOneFieldAreADuplicateKey() {
    Outcome<JobDocument> out =
        normalize(
            """
        display_name: a
        displayName: b
        jobSpec:
          workerPoolSpecs: [{containerSpec: {imageUri: x}, container_spec: {imageUri: y}}]
        """);
    List<Diagnostic> dups = Diags.withRule(out.diagnostics(), "yaml/duplicate-key");
    assertEquals(
        2,
        dups.size(),
        () ->
            "expected one duplicate per pair of spellings, got" + Trees.render(out.diagnostics()));
    Diags.assertAt(dups.get(0), "yaml/duplicate-key", 2, 1);
    assertTrue(dups.get(0).message().contains("line 1"), dups.get(0).message());
    assertTrue(out.hasErrors());
  }
}
