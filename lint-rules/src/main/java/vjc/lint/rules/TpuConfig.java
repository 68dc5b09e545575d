package vjc.lint.rules;

import java.util.List;
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
import vjc.lint.catalog.Limits.TpuJobs;
import vjc.lint.catalog.MachineTypeInfo;
import vjc.lint.catalog.TpuFamily;

/** A TPU job uses one pool with one replica, a topology that fits, and a valid TPU count. */
public final class TpuConfig implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "tpu-config",
          Severity.ERROR,
          "a TPU job must use one single-replica pool with a valid topology and TPU count");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    List<Pool> active = context.activePools();
    Optional<Pool> tpuPool = active.stream().filter(p -> isTpu(catalog, p)).findFirst();
    if (tpuPool.isPresent()) {
      checkJobShape(catalog, active, tpuPool.get(), reporter);
    }
    for (Pool pool : active) {
      checkTopology(catalog, pool, reporter);
      checkCloudTpuCount(catalog, pool, reporter);
    }
  }

  /** One worker pool, one replica ([CC] "TPUs"; limits.tpuJobs in the catalog). */
  private static void checkJobShape(
      Catalog catalog, List<Pool> active, Pool tpu, Reporter reporter) {
    TpuJobs limits = catalog.limits().tpuJobs();
    String machine = tpu.machineType().map(Value::value).orElse("a TPU machine");
    if (active.size() > limits.maxWorkerPools()) {
      for (Pool other : active) {
        if (other.index() != tpu.index()) {
          reporter.report(
              other.node().origin(),
              "worker pool "
                  + other.index()
                  + " runs beside TPU pool "
                  + tpu.index()
                  + " ("
                  + machine
                  + "); a TPU job may use only "
                  + limits.maxWorkerPools()
                  + " worker pool",
              other.index() == 0
                  ? "Make the TPU pool worker pool 0 and run this pool's work as a separate job."
                  : "Remove worker pool "
                      + other.index()
                      + ", leave it as a {} placeholder, or"
                      + " run it as a separate job.");
        }
      }
    }
    // Pool 0's count is pool0-single-replica's finding.
    if (tpu.index() != 0 && tpu.replicas() != limits.replicaCount()) {
      Value<Long> count = tpu.replicaCount().orElseThrow();
      reporter.report(
          count.origin(),
          "TPU pool "
              + tpu.index()
              + " has "
              + count.value()
              + " replicas; a TPU job's pool"
              + " must have exactly "
              + limits.replicaCount(),
          "Set replicaCount: "
              + limits.replicaCount()
              + " and size the TPU by "
              + (catalog.tpuFamilyOf(machine).isPresent()
                  ? "machine type and tpuTopology"
                  : "acceleratorCount")
              + " instead.");
    }
  }

  private static void checkTopology(Catalog catalog, Pool pool, Reporter reporter) {
    Optional<Value<String>> machine = pool.machineType().filter(m -> !m.value().contains("${"));
    if (machine.isEmpty()) {
      return;
    }
    Optional<Value<String>> topology = pool.tpuTopology().filter(t -> !t.value().contains("${"));
    Optional<MachineTypeInfo> info =
        catalog.machineType(machine.get().value()).filter(MachineTypeInfo::accepted);
    if (info.isEmpty()) {
      return; // unknown machine types are machine-type-supported's finding
    }
    MachineTypeInfo m = info.get();
    if (topology.isPresent() && !m.isTpu()) {
      reporter.report(
          topology.get().origin(),
          "tpuTopology "
              + topology.get().value()
              + " is set on "
              + m.name()
              + ", which is not a TPU machine",
          "Remove tpuTopology, or choose a TPU machine type such as "
              + firstTopologyMachine(catalog).orElse("cloud-tpu")
              + ".");
      return;
    }
    if (!m.isTpu()) {
      return;
    }
    if (!m.needsTopology()) {
      // The catalog lists no topology for cloud-tpu: the docs size v2/v3 by acceleratorCount.
      topology.ifPresent(
          t ->
              reporter.report(
                  Severity.WARNING,
                  t.origin(),
                  "tpuTopology "
                      + t.value()
                      + " is set on "
                      + m.name()
                      + ", which the catalog (as of "
                      + catalog.asOf()
                      + ") sizes by acceleratorCount, not by topology",
                  "Remove tpuTopology and set acceleratorCount."));
      return;
    }
    String allowed = String.join(", ", m.tpuTopologies());
    if (topology.isEmpty()) {
      reporter.report(
          pool.machineSpec().orElseThrow().origin(),
          m.name()
              + " needs a tpuTopology, one of "
              + allowed
              + " (catalog as of "
              + catalog.asOf()
              + ")",
          "Add tpuTopology: "
              + m.tpuTopologies().get(0)
              + " (or another listed value) to"
              + " machineSpec.");
      return;
    }
    String value = topology.get().value();
    if (!m.allowsTopology(value)) {
      Optional<String> fits =
          m.tpuFamily().flatMap(catalog::tpuFamily).flatMap(f -> machineWith(f, value));
      reporter.report(
          topology.get().origin(),
          "tpuTopology "
              + value
              + " does not fit "
              + m.name()
              + ", which takes "
              + allowed
              + " (catalog as of "
              + catalog.asOf()
              + ")",
          (m.tpuTopologies().size() == 1 ? "Use tpuTopology: " + allowed : "Use one of " + allowed)
              + fits.map(f -> ", or machine type " + f + ", which takes " + value).orElse("")
              + ".");
    }
  }

  /** TPU_V2/TPU_V3 on cloud-tpu: 8 for one TPU, or a pod size. */
  private static void checkCloudTpuCount(Catalog catalog, Pool pool, Reporter reporter) {
    Optional<MachineTypeInfo> info =
        pool.machineType()
            .flatMap(m -> catalog.machineType(m.value()))
            .filter(m -> m.accepted() && m.isTpu() && m.tpuFamily().isEmpty());
    Optional<Value<String>> type = pool.acceleratorType();
    Optional<Value<Long>> count = pool.acceleratorCount();
    if (info.isEmpty() || type.isEmpty() || count.isEmpty() || count.get().value() <= 0) {
      return;
    }
    // A type cloud-tpu does not take is machine-accelerator-compat's finding.
    Optional<AllowedCounts> rule = info.get().countRule(type.get().value());
    if (rule.isEmpty()) {
      return;
    }
    long n = count.get().value();
    AllowedCounts allowed = rule.get();
    boolean exact = n <= Integer.MAX_VALUE && allowed.exact().contains((int) n);
    Optional<AllowedCounts.PodSizes> pods = allowed.pods().filter(p -> n >= p.min());
    if (exact) {
      return;
    }
    String where = type.get().value() + " on " + info.get().name();
    // Where the catalog doubts the pod sizes ([CC] says only "32+" for v3), only the smallest
    // pod is confirmed; any other pod size is a warning, whether the rule allows it or not.
    if (pods.isPresent() && allowed.uncertain().isPresent()) {
      if (n != pods.get().min()) {
        reporter.report(
            Severity.WARNING,
            count.get().origin(),
            "acceleratorCount "
                + n
                + " for "
                + where
                + " is a pod size the catalog (as of "
                + catalog.asOf()
                + ") cannot confirm: the docs say only \""
                + pods.get().min()
                + "+\"",
            "Check that Vertex AI offers a "
                + type.get().value()
                + " pod of "
                + n
                + " before submitting, or use "
                + pods.get().min()
                + ".");
      }
      return;
    }
    if (n > Integer.MAX_VALUE || !allowed.allows((int) n)) {
      reporter.report(
          count.get().origin(),
          "acceleratorCount "
              + n
              + " is not allowed for "
              + where
              + "; allowed: "
              + allowed.describe()
              + " (catalog as of "
              + catalog.asOf()
              + ")",
          "Set acceleratorCount to " + allowed.describe() + ".");
    }
  }

  /** A TPU pool: cloud-tpu or a machine of a TPU family, listed or not (ct6e-standard-2t). */
  private static boolean isTpu(Catalog catalog, Pool pool) {
    Optional<String> machine = pool.machineType().map(Value::value);
    if (machine.isEmpty()) {
      return false;
    }
    String name = machine.get();
    int dash = name.indexOf('-');
    String family = dash < 0 ? name : name.substring(0, dash);
    return catalog.machineType(name).map(MachineTypeInfo::isTpu).orElse(false)
        || catalog.tpuFamily(family).isPresent();
  }

  private static Optional<String> machineWith(TpuFamily family, String topology) {
    return family.topologies().entrySet().stream()
        .filter(e -> e.getValue().contains(topology))
        .map(e -> e.getKey())
        .findFirst();
  }

  private static Optional<String> firstTopologyMachine(Catalog catalog) {
    return catalog.tpuFamilies().values().stream()
        .flatMap(f -> f.machineTypes().stream())
        .findFirst();
  }
}
