package vjc.lint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Catalog;

/** Several GPU types in one job must share a zone, which vjc cannot check: it warns instead. */
public final class MultiGpuZone implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "multi-gpu-zone",
          Severity.WARNING,
          "a job with several GPU types needs them all in one zone of its region");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    // Each distinct GPU type, with the first pool that asks for it, in pool order. A GPU the API
    // rejects outright (K80) never reaches a zone; deprecated-accelerator reports it.
    Map<String, Pool> firstUse = new LinkedHashMap<>();
    Map<String, Value<String>> firstValue = new LinkedHashMap<>();
    for (Pool pool : context.activePools()) {
      Optional<Value<String>> type = pool.acceleratorType();
      if (type.isPresent()
          && catalog
              .accelerator(type.get().value())
              .map(a -> a.isGpu() && !a.isRejected())
              .orElse(false)
          && !firstUse.containsKey(type.get().value())) {
        firstUse.put(type.get().value(), pool);
        firstValue.put(type.get().value(), type.get());
      }
    }
    if (firstUse.size() < 2) {
      return;
    }
    List<String> uses = new ArrayList<>();
    firstUse.forEach((gpu, pool) -> uses.add(gpu + " (pool " + pool.index() + ")"));
    String region = context.region().map(Value::value).orElse("the job's region");
    List<String> gpus = List.copyOf(firstUse.keySet());
    // Point at the second type: the first one alone would have been fine.
    reporter.report(
        firstValue.get(gpus.get(1)).origin(),
        "the job uses "
            + gpus.size()
            + " GPU types in "
            + region
            + ": "
            + and(uses)
            + "; they must all be available in one zone of the region, and the catalog (as of "
            + catalog.asOf()
            + ") has no zone data to check that",
        "Check that a single zone of "
            + region
            + " offers "
            + and(gpus)
            + ", or use one GPU type in every pool.");
  }

  private static String and(List<String> items) {
    return items.size() == 1
        ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1))
            + " and "
            + items.get(items.size() - 1);
  }
}
