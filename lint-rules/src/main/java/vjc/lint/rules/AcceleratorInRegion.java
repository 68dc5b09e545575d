package vjc.lint.rules;

import java.util.List;
import java.util.Optional;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Availability;
import vjc.lint.catalog.Catalog;
import vjc.lint.catalog.TpuFamily;

/** Each pool's accelerator (or TPU machine family) must be offered for training in the region. */
public final class AcceleratorInRegion implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "accelerator-in-region",
          Severity.ERROR,
          "each accelerator must be offered for training in the job's region");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    Optional<Value<String>> region = context.region();
    if (region.isEmpty()) {
      return;
    }
    Catalog catalog = context.catalog();
    Origin regionAt = region.get().origin();
    for (Pool pool : context.activePools()) {
      Optional<Value<String>> accelerator = pool.acceleratorType();
      if (accelerator.isPresent() && Nodes.isUnresolved(accelerator.get().value())) {
        continue;
      }
      if (accelerator.isPresent()) {
        if (catalog.accelerator(accelerator.get().value()).map(a -> a.isRejected()).orElse(false)) {
          continue; // deprecated-accelerator reports it; no region helps a rejected accelerator
        }
        check(
            catalog,
            region.get().value(),
            familyOrSelf(catalog, accelerator.get().value()),
            withRegion(accelerator.get().origin(), regionAt),
            reporter);
        checkPod(catalog, region.get().value(), pool, accelerator.get().value(), reporter);
        continue;
      }
      // TPU v5e, v6e and 7x are chosen by machine type; they have no accelerator enum.
      Optional<Value<String>> machine = pool.machineType();
      if (machine.isPresent()) {
        Optional<TpuFamily> family = catalog.tpuFamilyOf(machine.get().value());
        if (family.isPresent()) {
          check(
              catalog,
              region.get().value(),
              family.get().name(),
              withRegion(machine.get().origin(), regionAt),
              reporter);
        }
      }
    }
  }

  /**
   * TPU v2 and v3 pods (acceleratorCount 32 and up on cloud-tpu) are offered in fewer regions than
   * single TPUs, so a region that has TPU_V3 may still lack its pods.
   */
  private static void checkPod(
      Catalog catalog, String region, Pool pool, String accelerator, Reporter reporter) {
    Optional<Value<Long>> count = pool.acceleratorCount();
    if (count.isEmpty()
        || count.get().value() < 32
        || !catalog.regionKnowsAccelerators(region)
        || !catalog.acceleratorsIn(region).contains(accelerator)
        || catalog.tpuPodsIn(region).contains(accelerator)) {
      return;
    }
    List<String> offering = new java.util.ArrayList<>();
    for (String r : catalog.trainingRegions()) {
      if (catalog.tpuPodsIn(r).contains(accelerator)) {
        offering.add(r);
      }
    }
    reporter.report(
        count.get().origin(),
        accelerator
            + " pods (acceleratorCount "
            + count.get().value()
            + ") are not offered for"
            + " training in "
            + region
            + " (catalog as of "
            + catalog.asOf()
            + "); "
            + (offering.isEmpty()
                ? "no region in the catalog offers them"
                : "regions that do: " + abbreviate(offering)),
        "Use acceleratorCount 8 for a single "
            + accelerator
            + ", or move the job to a region"
            + " that offers the pod.");
  }

  /** The finding is about the pair, so a reader needs to see where the region was set too. */
  private static Origin withRegion(Origin at, Origin regionAt) {
    if (regionAt.via().isEmpty() && regionAt.file().equals(at.file())) {
      return at;
    }
    return at.withTrace(new Origin.Trace("region set", regionAt)).withTraces(regionAt.via());
  }

  /** TPU_V5_LITEPOD is v5e, which the regions table lists as its machine family ct5lp. */
  private static String familyOrSelf(Catalog catalog, String accelerator) {
    for (TpuFamily f : catalog.tpuFamilies().values()) {
      if (f.acceleratorType().map(accelerator::equals).orElse(false)) {
        return f.name();
      }
    }
    return accelerator;
  }

  private static void check(
      Catalog catalog, String region, String accelerator, Origin at, Reporter reporter) {
    Availability availability = catalog.availability(region, accelerator);
    String name =
        catalog
            .tpuFamily(accelerator)
            .map(f -> f.displayName() + " (" + accelerator + ")")
            .orElse(accelerator);
    List<String> offering = catalog.regionsOffering(accelerator);
    String elsewhere =
        offering.isEmpty()
            ? "no region in the catalog offers it for training"
            : "regions that do: " + abbreviate(offering);
    switch (availability) {
      case AVAILABLE, NOT_A_TRAINING_REGION -> {}
      case SERVING_ONLY ->
          reporter.report(
              at,
              name
                  + " is offered in "
                  + region
                  + " for prediction only, not for"
                  + " training (catalog as of "
                  + catalog.asOf()
                  + "); "
                  + elsewhere,
              "Move the job to a region that offers "
                  + name
                  + " for training, or choose another accelerator.");
      case NOT_AVAILABLE ->
          reporter.report(
              at,
              name
                  + " is not offered for training in "
                  + region
                  + " (catalog as of "
                  + catalog.asOf()
                  + "); "
                  + elsewhere,
              "Move the job to a region that offers "
                  + name
                  + ", or choose an accelerator offered in "
                  + region
                  + ".");
      case UNKNOWN ->
          reporter.report(
              Severity.WARNING,
              at,
              "the catalog has no accelerator data for "
                  + region
                  + " as of "
                  + catalog.asOf()
                  + ", so "
                  + name
                  + " cannot be checked there",
              "Check the region's accelerators in the Vertex AI locations page.");
    }
  }

  private static String abbreviate(List<String> regions) {
    return regions.size() <= 6
        ? String.join(", ", regions)
        : String.join(", ", regions.subList(0, 6)) + " and " + (regions.size() - 6) + " more";
  }
}
