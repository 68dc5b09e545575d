package vjc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.support.Trees;

/** The rule that decides what a job file is, and the messages for files that are not. */
class JobShapeTest {

  private static Outcome<JobDocument> read(String yaml) {
    SourceText text = new SourceText(Trees.FILE, yaml);
    return new YamlLoader(Limits.DEFAULT)
        .loadJob(text)
        .then(root -> new FormNormalizer().normalize(text, root));
  }

  private static Diagnostic refusal(String yaml) {
    Outcome<JobDocument> out = read(yaml);
    assertTrue(out.value().isEmpty(), () -> "read as a job: " + yaml);
    assertEquals(1, out.diagnostics().size(), out.diagnostics()::toString);
    return out.diagnostics().get(0);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "displayName: a\njobSpec: {workerPoolSpecs: []}\n",
        "job_spec: {worker_pool_specs: []}\n",
        "parent: projects/p/locations/l\ncustomJob: {}\n",
        "workerPoolSpecs: {machineSpec: {machineType: n1-standard-4}}\n",
        "baseOutputDirectory: {outputUriPrefix: gs://b/o}\n",
        "- replica_count: 1\n  machine_spec: {machine_type: n1-standard-4}\n",
        "- {}\n- containerSpec: {imageUri: x}\n",
        "studySpec: {}\ntrialJobSpec: {}\n"
      })
  void theFormsVjcReadsAreJobs(String yaml) {
    assertTrue(JobShape.isJob(Trees.parse(yaml)), yaml);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "apiVersion: apps/v1\nkind: Deployment\n",
        "serviceAccount: {create: true}\n",
        "displayName: only-a-name\n",
        "- name: play\n  hosts: all\n",
        "- 1\n- 2\n",
        "[]\n",
        "just text\n"
      })
  void otherShapesAreNot(String yaml) {
    assertFalse(JobShape.isJob(Trees.parse(yaml)), yaml);
  }

  @Test
  void anAnsiblePlaybookIsNotReadAsWorkerPools() {
    Diagnostic d = refusal("- name: setup\n  hosts: trainers\n  tasks: []\n");
    assertEquals("input/not-a-job", d.ruleId());
    assertTrue(d.message().contains("Ansible playbook"), d::message);
    assertEquals(1, d.origin().line());
  }

  @Test
  void aJsonArrayIsNotAJob() {
    Diagnostic d = refusal("[{\"id\": 1}, {\"id\": 2}]\n");
    assertEquals("input/not-a-job", d.ruleId());
    assertTrue(d.message().contains("list of 2 item(s) that are not worker pools"), d::message);
  }

  @Test
  void aHelmValuesFileWithOnlyAServiceAccountIsNotAPartialConfig() {
    Diagnostic d = refusal("serviceAccount:\n  create: false\n  name: trainer\n");
    assertEquals("input/not-a-job", d.ruleId());
  }

  @Test
  void aMapSaysWhatItLooksLike() {
    Diagnostic d = refusal("services:\n  web: {image: nginx}\n");
    assertEquals("input/not-a-job", d.ruleId());
    assertTrue(d.message().contains("a Compose file"), d::message);
  }

  @Test
  void aKubernetesManifestWithSeveralDocumentsIsNotAJob() {
    Diagnostic d = refusal("apiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: Pod\n");
    assertEquals("input/not-a-job", d.ruleId());
    assertEquals(3, d.origin().line());
  }

  @Test
  void aJobFileWithASecondDocumentIsStillAMistakeInAJob() {
    Diagnostic d = refusal("jobSpec: {workerPoolSpecs: []}\n---\njobSpec: {}\n");
    assertEquals("yaml/multiple-documents", d.ruleId());
  }

  @Test
  void configFilesKeepTheMultipleDocumentsError() {
    Outcome<Node> out =
        new YamlLoader(Limits.DEFAULT).load(new SourceText(Path.of(".vjc.yaml"), "a: 1\n---\n"));
    assertEquals("yaml/multiple-documents", out.diagnostics().get(0).ruleId());
  }

  @Test
  void textThatNamesNoJobFieldCannotBeAJob() {
    assertFalse(JobShape.mayBeJobText("{ /* tsconfig */ \"compilerOptions\": {}, }"));
    assertTrue(JobShape.mayBeJobText("jobSpec:\n\tworker_pool_specs: []"));
    assertTrue(JobShape.mayBeJobText("- machine_spec: {"));
  }
}
