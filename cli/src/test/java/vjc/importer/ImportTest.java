package vjc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.aiplatform.v1.AcceleratorType;
import com.google.cloud.aiplatform.v1.ContainerSpec;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.CustomJobSpec;
import com.google.cloud.aiplatform.v1.MachineSpec;
import com.google.cloud.aiplatform.v1.WorkerPoolSpec;
import com.google.protobuf.util.JsonFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vjc.cli.CliRun;
import vjc.diag.Origin;
import vjc.engine.Engine;
import vjc.lint.rules.BuiltInRules;
import vjc.load.Limits;
import vjc.load.ScalarNode;
import vjc.load.SourceText;
import vjc.resolve.Assignment;
import vjc.resolve.ResolveRequest;
import vjc.testing.Repo;

/** {@code vjc import}: what gcloud would send is what the imported file compiles to. */
class ImportTest {

  private static final Engine PIPELINE = Engine.builder().rules(BuiltInRules.all()).build();

  /** Compiles job-file text; the region is set when the text has none. */
  private static CustomJob compile(String yaml, Path dir) throws Exception {
    Path file = dir.resolve("job-" + Integer.toHexString(yaml.hashCode()) + ".yaml");
    Files.writeString(file, yaml);
    List<Assignment> sets = new ArrayList<>();
    if (!yaml.contains("\nregion:")) {
      Origin at = Origin.of(Assignment.COMMAND_LINE, 1, 1);
      sets.add(new Assignment("region", ScalarNode.string("us-central1", at)));
    }
    var out =
        PIPELINE.compile(
            file,
            new ResolveRequest(Optional.empty(), List.of(), List.of(), sets, java.util.Map.of()),
            Optional.empty(),
            false);
    assertTrue(out.value().isPresent() && !out.hasErrors(), yaml + "\n" + out.diagnostics());
    return out.value().get().job();
  }

  @Test
  void gcloudDefaultsAreWrittenOut(@TempDir Path dir) throws Exception {
    CliRun run =
        CliRun.of(
            "import",
            "--",
            "gcloud",
            "ai",
            "custom-jobs",
            "create",
            "--region=us-central1",
            "--project=acme-ml",
            "--display-name=t4",
            "--worker-pool-spec=machine-type=n1-standard-8,accelerator-type=NVIDIA_TESLA_T4,"
                + "container-image-uri=us-docker.pkg.dev/acme/train/x:1.0.0");
    assertEquals(0, run.exitCode(), run.err());
    CustomJob expected =
        CustomJob.newBuilder()
            .setDisplayName("t4")
            .setJobSpec(
                CustomJobSpec.newBuilder()
                    .addWorkerPoolSpecs(
                        WorkerPoolSpec.newBuilder()
                            .setMachineSpec(
                                MachineSpec.newBuilder()
                                    .setMachineType("n1-standard-8")
                                    .setAcceleratorType(AcceleratorType.NVIDIA_TESLA_T4)
                                    .setAcceleratorCount(1))
                            .setReplicaCount(1)
                            .setContainerSpec(
                                ContainerSpec.newBuilder()
                                    .setImageUri("us-docker.pkg.dev/acme/train/x:1.0.0"))))
            .build();
    assertEquals(expected, compile(run.out(), dir));
  }

  @Test
  void flagPoolsReplaceConfigPoolsAndArgsReachEveryPoolThatRunsCode(@TempDir Path dir)
      throws Exception {
    Path config = dir.resolve("config.yaml");
    Files.writeString(
        config,
        "workerPoolSpecs:\n  - machineSpec: {machineType: n1-standard-16}\n"
            + "    containerSpec: {imageUri: 'gcr.io/a/old:1'}\nscheduling: {timeout: 60s}\n");
    CliRun run =
        CliRun.of(
            "import",
            "--",
            "gcloud",
            "ai",
            "custom-jobs",
            "create",
            "--region=us-central1",
            "--display-name=x",
            "--config=" + config,
            "--worker-pool-spec=machine-type=n1-standard-4,container-image-uri=gcr.io/a/new:2",
            "--worker-pool-spec=machine-type=n1-standard-4,replica-count=3,"
                + "container-image-uri=gcr.io/a/new:2",
            "--args=--lr=0.1",
            "--args=--seed=7");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("--worker-pool-spec replaces the workerPoolSpecs of --config"),
        run.err());
    CustomJob job = compile(run.out(), dir);
    assertEquals(2, job.getJobSpec().getWorkerPoolSpecsCount());
    assertEquals(60, job.getJobSpec().getScheduling().getTimeout().getSeconds());
    for (WorkerPoolSpec pool : job.getJobSpec().getWorkerPoolSpecsList()) {
      assertEquals(List.of("--lr=0.1", "--seed=7"), pool.getContainerSpec().getArgsList());
      assertEquals("gcr.io/a/new:2", pool.getContainerSpec().getImageUri());
    }
  }

  @Test
  void outputFileIsWrittenWholeAndNotAtAllOnErrors(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("job.yaml");
    String good = Repo.testdata("import", "gcloud", "container-gpu.sh").toString();
    CliRun ok = CliRun.of("import", good, "-o", out.toString());
    assertEquals(0, ok.exitCode(), ok.err());
    assertEquals("", ok.out());
    assertEquals(
        CliRun.of("import", good).out(), Files.readString(out).replace(Repo.root() + "/", ""));

    Files.writeString(out, "previous\n");
    String bad = Repo.testdata("import", "gcloud", "bad-flags.sh").toString();
    CliRun failed = CliRun.of("import", bad, "-o", out.toString());
    assertEquals(1, failed.exitCode());
    assertEquals("previous\n", Files.readString(out), "output touched despite errors");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "a temporary file was left behind");
    }
  }

  @Test
  void aDescribedJobPipedOnStandardInputImports() throws Exception {
    Path json = Repo.testdata("import", "describe", "rest-response.json");
    java.io.InputStream stdin = System.in;
    CliRun run;
    try {
      System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(json)));
      run = CliRun.of("import", "-");
    } finally {
      System.setIn(stdin);
    }
    assertEquals(0, run.exitCode(), run.err());
    String fromFile = CliRun.of("import", json.toString()).out();
    assertEquals(
        fromFile.substring(fromFile.indexOf('\n')),
        run.out().substring(run.out().indexOf('\n')),
        "only the header line may differ");
    assertTrue(
        run.out().startsWith("# Imported by vjc import from the CustomJob in <stdin>"), run.out());
  }

  @Test
  void moreThanOneFileIsAUsageError() {
    CliRun run = CliRun.of("import", "a.json", "b.json");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().contains("import takes one FILE, or -- followed by a gcloud command"), run.err());
  }

  @Test
  void unreadableFileIsExitTwo() {
    CliRun run = CliRun.of("import", "/nonexistent/job.json");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("/nonexistent/job.json:1:1: error: no such file"), run.err());
  }

  @Test
  void importingTheSameInputTwiceGivesTheSameBytes() {
    for (String input : List.of("gcloud/python-package.sh", "describe/rest-response.json")) {
      String path = Repo.testdata("import").resolve(input).toString();
      assertEquals(CliRun.of("import", path).out(), CliRun.of("import", path).out());
    }
  }

  /**
   * Every CustomJob that vjc compile wrote (testdata/compile/*.json) imports to a file that
   * compiles back to it.
   */
  @TestFactory
  Stream<DynamicTest> compileImportCompileIsStable(@TempDir Path dir) throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(Repo.testdata("compile"))) {
      for (Path json : files.sorted().toList()) {
        String name = json.getFileName().toString();
        if (!name.endsWith(".json")
            || name.endsWith(".input.json")
            || !Files.readString(json).contains("\"jobSpec\"")) {
          continue;
        }
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  CustomJob.Builder original = CustomJob.newBuilder();
                  JsonFormat.parser().merge(Files.readString(json), original);
                  ImportResult imported =
                      new Importer(Limits.DEFAULT)
                          .importText(new SourceText(json, Files.readString(json)), dir);
                  assertTrue(imported.yaml().isPresent(), imported.diagnostics().toString());
                  assertEquals(original.build(), compile(imported.yaml().get(), dir));
                }));
      }
    }
    assertTrue(tests.size() >= 3, "expected compiled CustomJobs under testdata/compile");
    return tests.stream();
  }
}
