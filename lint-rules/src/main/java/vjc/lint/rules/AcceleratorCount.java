package vjc.lint.rules;

import java.util.Optional;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.AllowedCounts;
import vjc.lint.catalog.Catalog;
import vjc.lint.catalog.MachineTypeInfo;

/** Each pool's acceleratorCount must be one its machine type allows for its accelerator. */
public final class AcceleratorCount implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "accelerator-count",
          Severity.ERROR,
          "each accelerator count must be one the machine type allows");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    for (Pool pool : context.activePools()) {
      Optional<Value<String>> machine = pool.machineType();
      Optional<Value<String>> type = pool.acceleratorType();
      Optional<Value<Long>> count = pool.acceleratorCount();
      if (machine.isEmpty() || type.isEmpty() || count.isEmpty()) {
        continue;
      }
      // Other rules own what this one skips: unknown machines (machine-type-supported), a type
      // the machine does not take or a missing count (machine-accelerator-compat), and TPU
      // machines (tpu-config).
      Optional<MachineTypeInfo> info =
          catalog
              .machineType(machine.get().value())
              .filter(MachineTypeInfo::accepted)
              .filter(m -> !m.isTpu());
      String accelerator = type.get().value();
      if (info.isEmpty() || !info.get().accepts(accelerator) || count.get().value() <= 0) {
        continue;
      }
      long n = count.get().value();
      if (n > Integer.MAX_VALUE || !info.get().allowsCount(accelerator, (int) n)) {
        report(catalog, info.get(), accelerator, count.get(), reporter);
      }
    }
  }

  private static void report(
      Catalog catalog,
      MachineTypeInfo info,
      String accelerator,
      Value<Long> count,
      Reporter reporter) {
    AllowedCounts rule = info.countRule(accelerator).orElseThrow();
    String message =
        "acceleratorCount "
            + count.value()
            + " is not allowed for "
            + accelerator
            + " on "
            + info.name()
            + "; allowed: "
            + rule.describe()
            + " (catalog as of "
            + catalog.asOf();
    Optional<String> bigger = machineFor(catalog, info, accelerator, count.value());
    String hint =
        "Set acceleratorCount to "
            + rule.describe()
            + bigger
                .map(m -> ", or use " + m + " for " + count.value() + " " + accelerator)
                .orElse("")
            + ".";
    // An uncertain row (the reconstructed n1 table) is only surely wrong about counts that no
    // column of the row allows; a count another column allows may be a mix-up of columns.
    Optional<String> doubt = info.uncertain().or(rule::uncertain);
    if (doubt.isPresent() && rowAllows(info, count.value())) {
      reporter.report(
          Severity.WARNING,
          count.origin(),
          message + ", whose table for " + info.name() + " is unconfirmed)",
          hint);
    } else {
      reporter.report(count.origin(), message + ")", hint);
    }
  }

  /** Whether any accelerator of the machine's row allows {@code count}. */
  private static boolean rowAllows(MachineTypeInfo info, long count) {
    return count <= Integer.MAX_VALUE
        && info.counts().keySet().stream().anyMatch(a -> info.allowsCount(a, (int) count));
  }

  /** A machine of the same family that takes {@code count} of the accelerator, for the hint. */
  private static Optional<String> machineFor(
      Catalog catalog, MachineTypeInfo info, String accelerator, long count) {
    if (count > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return catalog.machineTypesAccepting(accelerator).stream()
        .map(catalog::machineType)
        .flatMap(Optional::stream)
        .filter(m -> m.family().equals(info.family()))
        .filter(m -> m.allowsCount(accelerator, (int) count))
        .map(MachineTypeInfo::name)
        .findFirst();
  }
}
