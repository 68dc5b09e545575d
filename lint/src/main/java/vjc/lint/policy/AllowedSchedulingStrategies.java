package vjc.lint.policy;

import java.util.List;
import java.util.Optional;
import vjc.diag.DidYouMean;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Reporter;
import vjc.lint.Value;
import vjc.load.Node;

/**
 * Only the listed {@code jobSpec.scheduling.strategy} values, e.g. SPOT or FLEX_START on
 * development branches. A job that sets no strategy runs on demand and counts as STANDARD.
 */
public final class AllowedSchedulingStrategies implements BuiltInPolicy {

  /** What an unset strategy means: Vertex AI provisions on-demand VMs, i.e. STANDARD. */
  static final String UNSET_MEANS = "STANDARD";

  private final List<String> known;

  /** A policy that accepts the {@code known} strategy names (the catalog's list). */
  public AllowedSchedulingStrategies(List<String> known) {
    this.known = List.copyOf(known);
  }

  @Override
  public String key() {
    return "allowedSchedulingStrategies";
  }

  @Override
  public String summary() {
    return "jobSpec.scheduling.strategy must be one of these (unset counts as STANDARD)";
  }

  @Override
  public String example() {
    return "[SPOT, FLEX_START]";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    Optional<List<Value<String>>> names = params.strings(value, "strategy names", example());
    if (names.isEmpty()) {
      return Optional.empty();
    }
    boolean ok = true;
    for (Value<String> name : names.get()) {
      if (!known.contains(name.value())) {
        ok = false;
        String near =
            DidYouMean.closest(name.value(), known).map(n -> "; did you mean " + n).orElse("");
        params.problem(
            name.origin(),
            params.path() + ": '" + name.value() + "' is not a scheduling strategy" + near,
            "Use one of: " + String.join(", ", known) + ".");
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    List<String> allowed = names.get().stream().map(Value::value).toList();
    return Optional.of((job, reporter) -> check(job, allowed, reporter));
  }

  private static void check(LintContext job, List<String> allowed, Reporter reporter) {
    String list = String.join(", ", allowed);
    Optional<Value<String>> strategy =
        Nodes.string(job.root(), "jobSpec", "scheduling", "strategy");
    if (strategy.isEmpty()) {
      if (!allowed.contains(UNSET_MEANS)) {
        reporter.report(
            Places.nearest(job, "jobSpec", "scheduling", "strategy"),
            "the job sets no scheduling strategy, so it runs as "
                + UNSET_MEANS
                + ", which the policy does not allow; allowed: "
                + list,
            "Set jobSpec.scheduling.strategy to one of: " + list + ".");
      }
      return;
    }
    if (!allowed.contains(strategy.get().value())) {
      reporter.report(
          strategy.get().origin(),
          "scheduling strategy "
              + strategy.get().value()
              + " is not allowed by policy; allowed: "
              + list,
          "Set jobSpec.scheduling.strategy to one of: " + list + ".");
    }
  }
}
