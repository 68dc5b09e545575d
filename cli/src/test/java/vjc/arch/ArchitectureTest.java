package vjc.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape of vjc's code, checked on the compiled classes of every module: no package cycles; each
 * stage of the pipeline imports only the stages before it; the rules see neither the engine nor the
 * command line; and the engine and the features on it carry no command-line code.
 * docs/architecture.md draws the same map.
 */
class ArchitectureTest {

  private static final JavaClasses VJC =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vjc");

  /**
   * The layers, lowest first: a package may use those before it, never one after it. {@code
   * vjc.diag} and {@code vjc.config} are the model every stage shares.
   */
  private static final List<List<String>> LAYERS =
      List.of(
          List.of("vjc.diag.."),
          List.of("vjc.load.."),
          List.of("vjc.config..", "vjc.resolve.."),
          List.of("vjc.validate.."),
          List.of("vjc.lint.."),
          List.of("vjc.compile.."),
          List.of("vjc.emit.."),
          List.of("vjc.engine..", "vjc.render..", "vjc.diff.."),
          List.of("vjc.submit.."),
          List.of("vjc.importer.."),
          List.of("vjc.cli.."));

  @Test
  void classesWereFound() {
    // An empty import would make every rule below pass vacuously.
    for (String p : List.of("vjc.load", "vjc.lint.rules", "vjc.engine", "vjc.cli")) {
      if (VJC.stream().noneMatch(c -> c.getPackageName().equals(p))) {
        throw new AssertionError("no classes of " + p + " on the test class path");
      }
    }
  }

  @Test
  void noPackageCycles() {
    slices().matching("vjc.(**)").should().beFreeOfCycles().check(VJC);
  }

  @TestFactory
  Stream<DynamicTest> noStageImportsALaterOne() {
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      List<String> layer = LAYERS.get(i);
      String[] later =
          LAYERS.subList(i + 1, LAYERS.size()).stream()
              .flatMap(List::stream)
              .toArray(String[]::new);
      tests.add(
          DynamicTest.dynamicTest(
              String.join(", ", layer) + " before " + Arrays.toString(later),
              () ->
                  noClasses()
                      .that()
                      .resideInAnyPackage(layer.toArray(String[]::new))
                      .should()
                      .dependOnClassesThat()
                      .resideInAnyPackage(later)
                      .check(VJC)));
    }
    return tests.stream();
  }

  @Test
  void rulesDependOnlyOnTheRuleApiAndTheStagesBeforeLint() {
    noClasses()
        .that()
        .resideInAPackage("vjc.lint.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vjc.lint.policy..", "vjc.compile..", "vjc.emit..")
        .check(VJC);
  }

  @Test
  void nothingBelowTheCommandLineUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vjc.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(VJC);
  }
}
