package vjc.lint.rules;

import java.util.Optional;
import vjc.diag.DidYouMean;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Catalog;

/** Each pool's machine type must be one that Vertex AI custom training accepts. */
@RuleInfo(
    id = "machine-type-supported",
    severity = Severity.ERROR,
    summary = "each machine type must be accepted for custom training")
public final class MachineTypeSupported implements Rule {

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    for (Pool pool : context.activePools()) {
      Optional<Value<String>> machine = pool.machineType();
      // An unresolved ${...} was already reported by the templating stage.
      if (machine.isEmpty() || machine.get().value().contains("${")) {
        continue;
      }
      check(catalog, machine.get(), reporter);
    }
  }

  private static void check(Catalog catalog, Value<String> machine, Reporter reporter) {
    String name = machine.value();
    Optional<String> near = DidYouMean.closest(name, catalog.trainingMachineTypes());
    switch (catalog.machineStatus(name)) {
      case ACCEPTED -> { }
      case KNOWN_UNSUPPORTED ->
          reporter.report(
              machine.origin(),
              "machine type '" + name + "' is not accepted for custom training (catalog as of "
                  + catalog.asOf() + ")",
              near.map(n -> "Use a machine type that training accepts, such as " + n + ".")
                  .orElse("Use a machine type from the Vertex AI training list."));
      // The catalog has a date: a size or family Google added later must not be an error.
      case NOT_LISTED, UNKNOWN_FAMILY ->
          reporter.report(
              Severity.WARNING,
              machine.origin(),
              "machine type '" + name + "' is not in the catalog as of " + catalog.asOf()
                  + near.map(n -> "; did you mean '" + n + "'").orElse(""),
              near.map(n -> "Set machineType: " + n + " if that is what you meant; if Google"
                      + " added " + name + " since, vjc's catalog needs an update.")
                  .orElse("Check the name against the Vertex AI training machine types; if"
                      + " Google added it since, vjc's catalog needs an update."));
    }
  }
}
