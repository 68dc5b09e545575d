package vjc.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vjc.diag.Origin;
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
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/** Each pool's accelerator must fit its machine type, and type and count come together. */
public final class MachineAcceleratorCompat implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "machine-accelerator-compat",
          Severity.ERROR,
          "each machine type must get the accelerator it takes, or none");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String UNSPECIFIED = "ACCELERATOR_TYPE_UNSPECIFIED";

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    for (Pool pool : context.activePools()) {
      Optional<MapNode> spec = pool.machineSpec();
      if (spec.isPresent() && bothOrNeither(catalog, pool, spec.get(), reporter)) {
        check(catalog, pool, spec.get(), reporter);
      }
    }
  }

  /**
   * The server's own rule: "Both accelerator_type and accelerator_count should be specified or
   * none". False when it is broken, so the pool is not reported twice.
   */
  private static boolean bothOrNeither(
      Catalog catalog, Pool pool, MapNode spec, Reporter reporter) {
    Optional<Node> type = spec.get("acceleratorType").filter(MachineAcceleratorCompat::isSet);
    Optional<Node> count = spec.get("acceleratorCount");
    // A count of the wrong type is the schema's finding; it still counts as written.
    boolean hasCount = count.isPresent() && !isZeroOrNull(count.get());
    if (type.isPresent() == hasCount) {
      return true;
    }
    String machine = pool.machineType().map(Value::value).orElse("the machine");
    if (type.isPresent()) {
      String name = text(type.get());
      List<Integer> fit =
          pool.machineType()
              .flatMap(m -> catalog.machineType(m.value()))
              .map(info -> info.allowedCounts(name))
              .orElse(List.of());
      Origin at = count.map(Node::origin).orElse(spec.origin());
      reporter.report(
          at,
          "acceleratorType "
              + name
              + " is set but acceleratorCount is "
              + count.map(MachineAcceleratorCompat::text).orElse("not")
              + "; the API takes both or neither",
          fit.isEmpty()
              ? "Set acceleratorCount to the number of accelerators, or remove acceleratorType."
              : "Set acceleratorCount to "
                  + or(fit)
                  + " (what "
                  + machine
                  + " takes with "
                  + name
                  + "), or remove acceleratorType.");
    } else {
      Optional<String> needed =
          pool.machineType()
              .flatMap(m -> catalog.machineType(m.value()))
              .flatMap(MachineTypeInfo::requiredAccelerator);
      reporter.report(
          count.get().origin(),
          "acceleratorCount "
              + text(count.get())
              + " is set without acceleratorType; the API takes both or neither",
          needed
              .map(n -> "Add acceleratorType: " + n + ", which " + machine + " needs.")
              .orElse("Add acceleratorType, or remove acceleratorCount for a CPU-only pool."));
    }
    return false;
  }

  private static void check(Catalog catalog, Pool pool, MapNode spec, Reporter reporter) {
    Optional<Value<String>> machine = pool.machineType();
    if (machine.isEmpty() || machine.get().value().contains("${")) {
      return;
    }
    // Unknown or rejected machine types are machine-type-supported's finding.
    Optional<MachineTypeInfo> found =
        catalog.machineType(machine.get().value()).filter(MachineTypeInfo::accepted);
    if (found.isEmpty()) {
      return;
    }
    MachineTypeInfo info = found.get();
    Optional<Value<String>> type = pool.acceleratorType();
    if (type.isEmpty()) {
      // A non-string type is the schema's finding; only a truly absent one is missing.
      boolean written =
          spec.get("acceleratorType").filter(MachineAcceleratorCompat::isSet).isPresent();
      if (info.requiresAccelerator() && !written) {
        reportMissing(catalog, info, spec, reporter);
      }
      return;
    }
    String name = type.get().value();
    Optional<AcceleratorInfo> accelerator = catalog.accelerator(name);
    // Unknown names are the schema's; rejected and undocumented ones are deprecated-accelerator's.
    if (name.contains("${")
        || accelerator.isEmpty()
        || accelerator.get().isRejected()
        || accelerator.get().status() == AcceleratorInfo.Status.UNDOCUMENTED) {
      return;
    }
    Origin at = type.get().origin();
    switch (info.acceleratorUse()) {
      case NONE ->
          reporter.report(
              at,
              info.name()
                  + " is a CPU-only machine type and takes no accelerator, but "
                  + name
                  + " is set (catalog as of "
                  + catalog.asOf()
                  + ")",
              "Remove acceleratorType and acceleratorCount" + elsewhere(catalog, name) + ".");
      case MACHINE_SELECTED -> {
        // The family's own enum (TPU_V5_LITEPOD for ct5lp) is neither confirmed nor refuted.
        boolean ownEnum =
            catalog
                .tpuFamilyOf(info.name())
                .flatMap(f -> f.acceleratorType())
                .map(name::equals)
                .orElse(false);
        if (!ownEnum) {
          String tpu = catalog.tpuFamilyOf(info.name()).map(f -> f.displayName()).orElse("its TPU");
          reporter.report(
              at,
              info.name()
                  + " selects "
                  + tpu
                  + " by itself and takes no "
                  + name
                  + " (catalog as of "
                  + catalog.asOf()
                  + ")",
              "Remove acceleratorType and acceleratorCount; machineType and tpuTopology"
                  + " choose the TPU.");
        }
      }
      case OPTIONAL, REQUIRED -> {
        if (!info.accepts(name)) {
          reportMismatch(catalog, info, name, at, reporter);
        }
      }
    }
  }

  private static void reportMissing(
      Catalog catalog, MachineTypeInfo info, MapNode spec, Reporter reporter) {
    Optional<String> one = info.requiredAccelerator();
    String takes = or(List.copyOf(info.compatibleAccelerators()));
    String what =
        one.map(n -> "acceleratorType " + n + " and acceleratorCount " + or(info.allowedCounts(n)))
            .orElse("acceleratorType " + takes + " and an acceleratorCount");
    reporter.report(
        spec.origin(),
        info.name()
            + " must be used with "
            + what
            + ", and this pool sets none (catalog as of "
            + catalog.asOf()
            + ")",
        one.map(
                n ->
                    "Add acceleratorType: "
                        + n
                        + " and acceleratorCount: "
                        + info.allowedCounts(n).get(0)
                        + " to machineSpec, or choose a CPU machine type.")
            .orElse(
                "Add acceleratorType and acceleratorCount to machineSpec, or choose a CPU"
                    + " machine type."));
  }

  private static void reportMismatch(
      Catalog catalog, MachineTypeInfo info, String name, Origin at, Reporter reporter) {
    List<String> takes = List.copyOf(info.compatibleAccelerators());
    String message =
        name
            + " cannot be attached to "
            + info.name()
            + ", which takes "
            + or(takes)
            + " (catalog as of "
            + catalog.asOf();
    String hint =
        (takes.size() == 1
                ? "Use acceleratorType: " + takes.get(0)
                : "Use one of the accelerators " + info.name() + " takes")
            + elsewhere(catalog, name)
            + ".";
    // The n1 rows are a reconstructed table (catalog `uncertain`): a GPU that other sizes of the
    // same family take might belong to this row too, so that finding is only a warning.
    if (info.uncertain().isPresent() && familyTakes(catalog, info, name)) {
      reporter.report(
          Severity.WARNING,
          at,
          message + ", whose table for " + info.name() + " is unconfirmed)",
          hint);
    } else {
      reporter.report(at, message + ")", hint);
    }
  }

  /** Whether another accepted machine of the same family takes {@code accelerator}. */
  private static boolean familyTakes(Catalog catalog, MachineTypeInfo info, String accelerator) {
    return catalog.machineTypesAccepting(accelerator).stream()
        .map(catalog::machineType)
        .flatMap(Optional::stream)
        .anyMatch(m -> m.family().equals(info.family()));
  }

  /** ", or a machine type that takes X, such as M", when the catalog knows one. */
  private static String elsewhere(Catalog catalog, String accelerator) {
    List<String> machines = catalog.machineTypesAccepting(accelerator);
    if (!machines.isEmpty()) {
      return ", or choose a machine type that takes "
          + accelerator
          + ", such as "
          + machines.get(0);
    }
    // TPU v5e's enum names a family whose machine types select the TPU themselves.
    return catalog.tpuFamilies().values().stream()
        .filter(f -> f.acceleratorType().map(accelerator::equals).orElse(false))
        .findFirst()
        .map(
            f ->
                ", or choose a "
                    + f.displayName()
                    + " machine type, such as "
                    + f.machineTypes().get(0))
        .orElse("");
  }

  /** "A", "A or B", "A, B or C". */
  private static String or(List<?> items) {
    List<String> names = items.stream().map(String::valueOf).toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    List<String> head = new ArrayList<>(names.subList(0, names.size() - 1));
    return String.join(", ", head) + " or " + names.get(names.size() - 1);
  }

  /** Set means present, not null and not the enum's unspecified value. */
  private static boolean isSet(Node node) {
    return !(node instanceof ScalarNode s)
        || (s.type() != ScalarNode.Type.NULL && !UNSPECIFIED.equals(s.value()));
  }

  private static boolean isZeroOrNull(Node node) {
    if (node instanceof ScalarNode s) {
      if (s.type() == ScalarNode.Type.NULL) {
        return true;
      }
      return s.text().equals("0");
    }
    return false;
  }

  private static String text(Node node) {
    return node instanceof ScalarNode s ? s.text() : node.kindName();
  }
}
