package vjc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.aiplatform.v1.CustomJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vjc.diag.Outcome;
import vjc.diag.Severity;
import vjc.lint.rules.BuiltInRules;
import vjc.resolve.ResolveRequest;
import vjc.testing.Repo;

/**
 * The engine as a Java program uses it, with no command line: the few lines docs/architecture.md
 * shows, run for real on the example jobs.
 */
class EngineApiTest {

  private static final Path RESNET = Repo.testdata("examples", "train-resnet.yaml");

  @Test
  void lintsAJobUnderEveryEnvironmentItDeclares() {
    Engine engine = Engine.builder().rules(BuiltInRules.all()).build();

    FileReport report = engine.lint(RESNET, ResolveRequest.plain());

    assertEquals(RESNET, report.file());
    assertEquals(ExitCodes.OK, ExitCodes.ofReports(List.of(report), Severity.ERROR));
  }

  @Test
  void compilesAJobForOneEnvironment() {
    Engine engine = Engine.builder().rules(BuiltInRules.all()).build();

    ResolveRequest prod = ResolveRequest.plain().forEnvironment(Optional.of("prod"), List.of());
    Outcome<Engine.Compiled> compiled = engine.compile(RESNET, prod, Optional.empty(), false);

    assertFalse(compiled.hasErrors(), () -> compiled.diagnostics().toString());
    CustomJob job = compiled.value().orElseThrow().job();
    assertEquals(
        "a2-highgpu-8g", job.getJobSpec().getWorkerPoolSpecs(0).getMachineSpec().getMachineType());
  }

  @Test
  void aBrokenJobGivesFindingsAndNoJob() {
    Engine engine = Engine.builder().rules(BuiltInRules.all()).build();
    Path bad = Repo.testdata("rules", "pool0-single-replica", "bad", "two-replicas.yaml");

    Outcome<Engine.Compiled> compiled =
        engine.compile(bad, ResolveRequest.plain(), Optional.of("x"), false);

    assertTrue(compiled.value().isEmpty());
    assertTrue(
        compiled.diagnostics().stream().anyMatch(d -> d.ruleId().equals("pool0-single-replica")),
        () -> compiled.diagnostics().toString());
  }

  @Test
  void withoutRulesTheEngineStillLoadsResolvesAndValidates() {
    Engine bare = Engine.builder().build();

    FileReport report =
        bare.lint(
            Repo.testdata("rules", "pool0-single-replica", "bad", "two-replicas.yaml"),
            ResolveRequest.plain());

    assertTrue(
        report.diagnostics().stream().noneMatch(d -> d.ruleId().equals("pool0-single-replica")),
        () -> report.diagnostics().toString());
  }
}
