package vjc.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.AcceleratorInfo;
import vjc.lint.catalog.Catalog;
import vjc.lint.catalog.MachineTypeInfo;

/** Accelerators that are rejected, past their end of support, or undocumented for training. */
public final class DeprecatedAccelerator implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "deprecated-accelerator",
          Severity.ERROR,
          "accelerators must not be rejected, past end of support or undocumented");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    for (Pool pool : context.activePools()) {
      Optional<Value<String>> type = pool.acceleratorType();
      if (type.isEmpty()) {
        continue;
      }
      Optional<AcceleratorInfo> info = catalog.accelerator(type.get().value());
      if (info.isPresent()) {
        check(catalog, pool, info.get(), type.get(), reporter);
      }
    }
  }

  private static void check(
      Catalog catalog, Pool pool, AcceleratorInfo info, Value<String> type, Reporter reporter) {
    String name = info.name();
    switch (info.status()) {
      case AVAILABLE -> {}
      case REJECTED ->
          reporter.report(
              type.origin(),
              name
                  + " ("
                  + info.displayName()
                  + ") is deprecated, and the API rejects it as"
                  + " not supported (catalog as of "
                  + catalog.asOf()
                  + ")",
              replacement(catalog, pool, "Choose a supported accelerator") + ".");
      case END_OF_SUPPORT -> {
        // Only past the date; the catalog's date, not today's, so the output is reproducible.
        if (info.isPastEndOfSupport(catalog.asOf())) {
          reporter.report(
              Severity.WARNING,
              type.origin(),
              name
                  + " ("
                  + info.displayName()
                  + ") reached end of support on "
                  + info.endOfSupport().orElseThrow()
                  + " (catalog as of "
                  + catalog.asOf()
                  + ")"
                  + (info.uncertain().isPresent()
                      ? "; whether the API now rejects it is unconfirmed"
                      : ""),
              replacement(catalog, pool, "Move to a supported accelerator") + ".");
        }
      }
      case UNDOCUMENTED ->
          reporter.report(
              Severity.WARNING,
              type.origin(),
              name
                  + " is in the API's AcceleratorType enum, but no Vertex AI training page"
                  + " documents it and no region lists it (catalog as of "
                  + catalog.asOf()
                  + ")",
              "Use a documented accelerator" + tpuExample(catalog, info) + ".");
    }
  }

  /** "<lead>, such as X or Y, which <machine> also takes", from the pool's machine row. */
  private static String replacement(Catalog catalog, Pool pool, String lead) {
    Optional<MachineTypeInfo> machine =
        pool.machineType().flatMap(m -> catalog.machineType(m.value()));
    List<String> current = new ArrayList<>();
    machine.ifPresent(
        m ->
            m.compatibleAccelerators().stream()
                .filter(
                    a ->
                        catalog
                            .accelerator(a)
                            .map(i -> i.status() == AcceleratorInfo.Status.AVAILABLE)
                            .orElse(false))
                .forEach(current::add));
    if (current.isEmpty()) {
      return lead;
    }
    String list =
        current.size() == 1
            ? current.get(0)
            : String.join(", ", current.subList(0, current.size() - 1))
                + " or "
                + current.get(current.size() - 1);
    return lead + ", such as " + list + ", which " + machine.get().name() + " also takes";
  }

  /** For an undocumented TPU, the documented ways to get TPUs, from the catalog. */
  private static String tpuExample(Catalog catalog, AcceleratorInfo info) {
    if (!info.isTpu()) {
      return "";
    }
    Optional<String> family =
        catalog.tpuFamilies().values().stream().flatMap(f -> f.machineTypes().stream()).findFirst();
    List<String> byCount =
        catalog.accelerators().values().stream()
            .filter(a -> a.isTpu() && a.status() == AcceleratorInfo.Status.AVAILABLE)
            .map(AcceleratorInfo::name)
            .filter(a -> !catalog.machineTypesAccepting(a).isEmpty())
            .toList();
    String machine = byCount.isEmpty() ? "" : catalog.machineTypesAccepting(byCount.get(0)).get(0);
    return family.map(f -> ", such as machine type " + f + " with a tpuTopology").orElse("")
        + (byCount.isEmpty() ? "" : ", or " + machine + " with " + or(byCount));
  }

  private static String or(List<String> names) {
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " or "
            + names.get(names.size() - 1);
  }
}
