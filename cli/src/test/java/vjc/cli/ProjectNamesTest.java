package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names a user writes in a project are checked (environments, {@code --var}, {@code --set}), and
 * project variables are the lowest layer, reported unused once when no job uses them.
 */
class ProjectNamesTest {

  @TempDir Path dir;

  private Path repo;

  @BeforeEach
  void project() throws IOException {
    repo = Files.createDirectory(dir.resolve("repo"));
    Files.createDirectory(repo.resolve(".git"));
    Files.createDirectory(repo.resolve("envs"));
    Files.createDirectory(repo.resolve("jobs"));
    write(
        ".vjc.yaml",
        """
        environments:
          dev: {}
          prod: {overlay: envs/prod.yaml}
        defaults: {region: us-central1, project: acme-dev}
        vars:
          image: us-docker.pkg.dev/acme/train/job:1.0.0
          workers: 1
          leftover: 3
        """);
    write("envs/prod.yaml", "vars:\n  workers: 4\n  bucket: gs://acme-prod\n");
    write(
        "jobs/a.yaml",
        """
        vars:
          workers: 2
        displayName: a
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4}
              replicaCount: 1
              containerSpec: {imageUri: "${image}"}
            - machineSpec: {machineType: n1-standard-4}
              replicaCount: ${workers}
              containerSpec: {imageUri: "${image}"}
        """);
    write(
        "jobs/b.yaml",
        """
        displayName: b-${vjc.env}
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4}
              replicaCount: 1
              containerSpec: {imageUri: "${image}", args: ["--workers=${workers}"]}
        """);
  }

  private void write(String name, String text) {
    try {
      Files.writeString(repo.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String read(String name) {
    try {
      return Files.readString(repo.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String path(String name) {
    return repo.resolve(name).toString();
  }

  @Test
  void anEnvironmentOnTheCommandLineIsMatchedIgnoringCase() {
    CliRun run = CliRun.of("compile", path("jobs/b.yaml"), "--env=Prod");
    assertEquals(2, run.exitCode(), run::err);
    assertTrue(
        run.err().contains("environment 'Prod' is not declared; did you mean 'prod'?"), run::err);
    assertFalse(run.err().contains("Declare it"), run::err);
  }

  @Test
  void aJobsBlockForAnEnvironmentTheProjectDoesNotDeclareIsAnError() {
    write("jobs/b.yaml", read("jobs/b.yaml") + "environments:\n  prd: {}\n");
    CliRun run = CliRun.of("compile", path("jobs/b.yaml"), "--env", "prod");
    assertEquals(1, run.exitCode(), run::err);
    assertTrue(
        run.err()
            .contains(
                "b.yaml:8:3: error: environment 'prd' is not declared in .vjc.yaml; did you mean"
                    + " 'prod'? [config/undeclared-environment]"),
        run::err);
    assertFalse(
        CliRun.of("compile", path("jobs/b.yaml"), "--env", "prd").exitCode() == 0,
        "a misspelt block must not become an environment of its own");
  }

  @Test
  void withoutAProjectConfigAJobStillDeclaresItsOwnEnvironments() throws IOException {
    Path lone = Files.createDirectory(dir.resolve("lone"));
    Files.createDirectory(lone.resolve(".git"));
    Path job = lone.resolve("job.yaml");
    Files.writeString(
        job,
        """
        region: us-central1
        project: p
        displayName: j
        jobSpec:
          workerPoolSpecs:
            - machineSpec: {machineType: n1-standard-4}
              replicaCount: 1
              containerSpec: {imageUri: us-docker.pkg.dev/acme/train/job:1.0.0}
        environments:
          prd: {labels: {env: prd}}
        """);
    CliRun run = CliRun.of("compile", job.toString(), "--env", "prd");
    assertEquals(0, run.exitCode(), run::err);
  }

  @Test
  void aVarThatNoJobDefinesOrUsesIsAnErrorWithDidYouMean() {
    CliRun compile = CliRun.of("compile", path("jobs/a.yaml"), "--env", "dev", "--var", "worker=8");
    assertEquals(2, compile.exitCode(), compile::err);
    assertTrue(
        compile
            .err()
            .contains(
                "--var worker: no job defines or uses a variable 'worker'; did you mean"
                    + " 'workers'? [cli/unknown-variable]"),
        compile::err);
    CliRun lint = CliRun.of("lint", path("jobs"), "--var", "worker=8");
    assertEquals(2, lint.exitCode(), lint::err);
    assertEquals(1, count(lint.out() + lint.err(), "[cli/unknown-variable]"));
  }

  @Test
  void aVarOneJobOfTheRunUsesIsAccepted() {
    write("jobs/c.yaml", "displayName: c\n");
    CliRun lint = CliRun.of("lint", path("jobs"), "--var", "bucket=gs://x");
    assertFalse((lint.out() + lint.err()).contains("cli/unknown-variable"), lint::out);
  }

  @Test
  void aSetThroughAMisspeltListSaysSo() {
    CliRun run =
        CliRun.of(
            "compile",
            path("jobs/a.yaml"),
            "--env",
            "dev",
            "--set",
            "jobSpec.workerPolSpecs[0].replicaCount=2");
    assertEquals(2, run.exitCode(), run::err);
    assertTrue(
        run.err()
            .contains(
                "there is no list 'workerPolSpecs' to index; did you mean 'workerPoolSpecs'?"),
        run::err);
  }

  @Test
  void projectVarsAreTheLowestLayerAndAJobsVarsOverrideThemKeyByKey() {
    CliRun dev = CliRun.of("compile", path("jobs/a.yaml"), "--env", "dev", "--format", "yaml");
    assertEquals(0, dev.exitCode(), dev::err);
    assertTrue(dev.out().contains("replicaCount: '2'"), dev::out);
    assertTrue(dev.out().contains("imageUri: us-docker.pkg.dev/acme/train/job:1.0.0"), dev::out);
    CliRun prod = CliRun.of("compile", path("jobs/b.yaml"), "--env", "prod", "--format", "yaml");
    assertTrue(prod.out().contains("--workers=4"), prod::out);
    CliRun cli =
        CliRun.of(
            "compile",
            path("jobs/a.yaml"),
            "--env",
            "prod",
            "--var",
            "workers=7",
            "--format",
            "yaml");
    assertTrue(cli.out().contains("replicaCount: '7'"), cli::out);
  }

  @Test
  void aSharedVariableIsReportedOnceAtItsDefinitionOnlyWhenNoJobUsesIt() {
    CliRun run = CliRun.of("lint", path("jobs"));
    String all = run.out() + run.err();
    assertEquals(2, count(all, "[template/unused-variable]"), all);
    assertTrue(all.contains(".vjc.yaml:8:3: warning: variable 'leftover'"), all);
    assertTrue(all.contains("envs/prod.yaml:3:3: warning: variable 'bucket'"), all);
    // once a job uses bucket, only leftover is left
    write(
        "jobs/b.yaml",
        "# uses bucket\n" + read("jobs/b.yaml").replace("--workers=", "--out=${bucket} --w="));
    CliRun after = CliRun.of("lint", path("jobs"));
    String text = after.out() + after.err();
    assertEquals(1, count(text, "[template/unused-variable]"), text);
  }

  @Test
  void anOverlayVariableUsedByOneJobIsNotReportedForTheOthers() {
    write("envs/prod.yaml", "vars:\n  workers: 4\n");
    write(".vjc.yaml", read(".vjc.yaml").replace("  leftover: 3\n", ""));
    CliRun run = CliRun.of("lint", path("jobs"));
    assertFalse((run.out() + run.err()).contains("unused-variable"), run::out);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
