package vjc.lint.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.AcceleratorInfo;
import vjc.lint.catalog.AllowedCounts;
import vjc.lint.catalog.Catalog;
import vjc.lint.catalog.Limits;
import vjc.lint.catalog.MachineTypeInfo;
import vjc.lint.catalog.TpuFamily;
import vjc.load.MapNode;

/** The scheduling strategy must suit the job's accelerators, and its durations must make sense. */
public final class Scheduling implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "scheduling",
          Severity.ERROR,
          "scheduling strategy, timeout and wait must suit the job and its accelerators");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String FLEX_START = "FLEX_START";
  private static final String SPOT = "SPOT";

  /** The JSON form of google.protobuf.Duration, as the schema's pattern allows it. */
  private static final Pattern DURATION = Pattern.compile("(-?[0-9]+(?:\\.[0-9]{1,9})?)s");

  private static final long DAY = 86_400;
  private static final long HOUR = 3_600;

  @Override
  public void check(LintContext context, Reporter reporter) {
    Optional<MapNode> node = Nodes.map(context.root(), "jobSpec", "scheduling");
    if (node.isEmpty()) {
      return;
    }
    Catalog catalog = context.catalog();
    Limits.Scheduling limits = catalog.limits().scheduling();
    Optional<Value<String>> strategy = Nodes.string(node.get(), "strategy");
    String name = strategy.map(Value::value).orElse("");
    Optional<Value<String>> timeout = Nodes.string(node.get(), "timeout");
    Optional<Value<String>> wait = Nodes.string(node.get(), "maxWaitDuration");

    timeout.ifPresent(t -> checkTimeoutPositive(t, reporter));
    wait.ifPresent(w -> checkWait(w, name, reporter));
    if (strategy.isPresent() && limits.deprecatedStrategies().contains(name)) {
      reporter.report(
          Severity.WARNING,
          strategy.get().origin(),
          "strategy " + name + " is deprecated",
          "Use " + orList(currentStrategies(limits)) + " instead.");
    }
    if (strategy.isPresent() && name.equals(FLEX_START)) {
      checkFlexStartTimeout(limits, strategy.get(), timeout, reporter);
      checkFlexStartAccelerators(context, strategy.get(), reporter);
    }
    if (strategy.isPresent() && name.equals(SPOT) && !catalog.limits().tpuJobs().spotWithPods()) {
      checkSpotPods(context, strategy.get(), reporter);
    }
  }

  private static void checkTimeoutPositive(Value<String> timeout, Reporter reporter) {
    Optional<BigDecimal> seconds = seconds(timeout.value());
    if (seconds.isPresent() && seconds.get().signum() <= 0) {
      reporter.report(
          timeout.origin(),
          "timeout " + timeout.value() + " is not positive; the job could never run",
          "Set a positive timeout such as 7200s, or leave it out for the default.");
    }
  }

  private static void checkWait(Value<String> wait, String strategy, Reporter reporter) {
    Optional<BigDecimal> seconds = seconds(wait.value());
    if (seconds.isPresent() && seconds.get().signum() < 0) {
      reporter.report(
          wait.origin(),
          "maxWaitDuration " + wait.value() + " is negative",
          "Set a positive maxWaitDuration, or 0s to wait indefinitely.");
    }
    if (!strategy.equals(FLEX_START)) {
      reporter.report(
          Severity.WARNING,
          wait.origin(),
          "maxWaitDuration only applies to strategy FLEX_START; "
              + (strategy.isEmpty() ? "without a strategy" : "with " + strategy)
              + " it is ignored",
          "Delete maxWaitDuration, or set strategy: FLEX_START if the job should wait for"
              + " capacity.");
    }
  }

  private static void checkFlexStartTimeout(
      Limits.Scheduling limits,
      Value<String> strategy,
      Optional<Value<String>> timeout,
      Reporter reporter) {
    Duration max = limits.flexStartMaxTimeout();
    if (timeout.isEmpty()) {
      // Only a catalog whose default is longer than the FLEX_START limit makes this fire.
      if (limits.defaultTimeout().compareTo(max) > 0) {
        String maxText = text(max);
        reporter.report(
            strategy.origin(),
            "FLEX_START jobs may run at most " + maxText + ", longer than the default timeout",
            "Set scheduling.timeout to " + maxText + " or less.");
      }
      return;
    }
    Optional<BigDecimal> seconds = seconds(timeout.get().value());
    if (seconds.isPresent() && seconds.get().compareTo(exact(max)) > 0) {
      String maxText = text(max);
      reporter.report(
          timeout.get().origin(),
          "timeout "
              + timeout.get().value()
              + human(seconds.get())
              + " is longer than a FLEX_START job may run: at most "
              + maxText,
          "Set timeout to " + maxText + " or less, or split the run into shorter jobs.");
    }
  }

  private static void checkFlexStartAccelerators(
      LintContext context, Value<String> strategy, Reporter reporter) {
    Catalog catalog = context.catalog();
    List<String> supported =
        catalog.accelerators().values().stream()
            .filter(a -> a.flexStart() == AcceleratorInfo.FlexStart.SUPPORTED)
            .map(AcceleratorInfo::name)
            .toList();
    String provisions =
        "Dynamic Workload Scheduler provisions only "
            + andList(supported)
            + " (catalog as of "
            + catalog.asOf()
            + ")";
    boolean anyAccelerator = false;
    for (Pool pool : context.activePools()) {
      Optional<Value<String>> accelerator = acceleratorOf(catalog, pool);
      if (accelerator.isEmpty()) {
        continue;
      }
      anyAccelerator = true;
      String name = accelerator.get().value();
      Optional<AcceleratorInfo> info = catalog.accelerator(name);
      if (info.isEmpty()) {
        // An accelerator the catalog does not know is another rule's finding, not a guess here.
        continue;
      }
      switch (info.get().flexStart()) {
        case SUPPORTED -> {}
        case UNSUPPORTED ->
            reporter.report(
                accelerator.get().origin(),
                "strategy FLEX_START cannot get "
                    + name
                    + " in worker pool "
                    + pool.index()
                    + "; "
                    + provisions,
                "Choose one of those GPUs, or use strategy STANDARD or SPOT for " + name + ".");
        case UNCLEAR ->
            reporter.report(
                Severity.WARNING,
                accelerator.get().origin(),
                "strategy FLEX_START may not get "
                    + name
                    + " in worker pool "
                    + pool.index()
                    + "; the catalog is unsure"
                    + info.get().uncertain().map(u -> ": " + clause(u)).orElse(""),
                "Check the Dynamic Workload Scheduler page before relying on FLEX_START for "
                    + name
                    + ", or use strategy STANDARD.");
      }
    }
    if (!anyAccelerator) {
      reporter.report(
          strategy.origin(),
          "strategy FLEX_START needs a GPU, and no worker pool requests one; " + provisions,
          "Request one of those GPUs, or use strategy STANDARD or SPOT for a CPU-only job.");
    }
  }

  /**
   * The accelerator a pool requests: its {@code acceleratorType}, or for TPUs chosen by machine
   * type (v5e) the family's enum value, pointing at the machine type.
   */
  private static Optional<Value<String>> acceleratorOf(Catalog catalog, Pool pool) {
    Optional<Value<String>> type = pool.acceleratorType();
    if (type.isPresent()) {
      return type;
    }
    Optional<Value<String>> machine = pool.machineType();
    if (machine.isEmpty()) {
      return Optional.empty();
    }
    Optional<TpuFamily> family = catalog.tpuFamilyOf(machine.get().value());
    if (family.isEmpty()) {
      return Optional.empty();
    }
    // v6e and 7x have no enum value; the family name still says "an accelerator", not a CPU.
    String name = family.get().acceleratorType().orElse(family.get().name());
    return Optional.of(new Value<>(name, machine.get().origin()));
  }

  private static void checkSpotPods(
      LintContext context, Value<String> strategy, Reporter reporter) {
    Catalog catalog = context.catalog();
    for (Pool pool : context.activePools()) {
      Optional<Value<String>> accelerator = pool.acceleratorType();
      Optional<Value<Long>> count = pool.acceleratorCount();
      Optional<MachineTypeInfo> machine =
          pool.machineType().flatMap(m -> catalog.machineType(m.value()));
      if (accelerator.isEmpty() || count.isEmpty() || machine.isEmpty() || !machine.get().isTpu()) {
        continue;
      }
      Optional<AllowedCounts> rule = machine.get().countRule(accelerator.get().value());
      if (rule.isEmpty() || rule.get().pods().isEmpty()) {
        continue;
      }
      List<Integer> single = rule.get().exact();
      // A count beyond the single-device counts is a pod slice.
      if (count.get().value() > single.get(single.size() - 1)) {
        reporter.report(
            strategy.origin(),
            "strategy SPOT cannot run TPU pods, and worker pool "
                + pool.index()
                + " asks for a "
                + accelerator.get().value()
                + " pod (acceleratorCount "
                + count.get().value()
                + ")",
            "Use strategy STANDARD for the pod, or SPOT with a single TPU (acceleratorCount "
                + orList(single.stream().map(String::valueOf).toList())
                + ").");
      }
    }
  }

  /** The strategies to suggest: neither deprecated nor the proto3 zero value. */
  private static List<String> currentStrategies(Limits.Scheduling limits) {
    return limits.strategies().stream()
        .filter(s -> !limits.deprecatedStrategies().contains(s))
        .filter(s -> !s.endsWith("_UNSPECIFIED"))
        .toList();
  }

  /** Seconds of a protobuf JSON duration such as {@code 7200s} or {@code 1.5s}. */
  private static Optional<BigDecimal> seconds(String text) {
    Matcher m = DURATION.matcher(text.strip());
    return m.matches() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
  }

  private static BigDecimal exact(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }

  /** " (7 days)" or " (2 hours)" for whole days or hours, else nothing. */
  /** 604800s (7 days). */
  private static String text(Duration d) {
    return d.toSeconds() + "s" + human(BigDecimal.valueOf(d.toSeconds()));
  }

  private static String human(BigDecimal seconds) {
    if (seconds.signum() <= 0 || seconds.stripTrailingZeros().scale() > 0) {
      return "";
    }
    BigDecimal day = BigDecimal.valueOf(DAY);
    BigDecimal hour = BigDecimal.valueOf(HOUR);
    if (seconds.remainder(day).signum() == 0) {
      return plural(seconds.divide(day), "day");
    }
    if (seconds.remainder(hour).signum() == 0) {
      return plural(seconds.divide(hour), "hour");
    }
    return "";
  }

  private static String plural(BigDecimal n, String unit) {
    String count = n.stripTrailingZeros().toPlainString();
    return " (" + count + " " + unit + (count.equals("1") ? "" : "s") + ")";
  }

  /** A catalog note as a clause of a message: lower-case first letter, no final period. */
  private static String clause(String note) {
    String text = note.strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String orList(List<String> items) {
    return join(items, " or ");
  }

  private static String andList(List<String> items) {
    return join(items, " and ");
  }

  private static String join(List<String> items, String last) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + last
        + items.get(items.size() - 1);
  }
}
