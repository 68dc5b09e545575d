package vjc.lint.policy;

import java.time.Duration;
import java.util.Optional;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Reporter;
import vjc.lint.Value;
import vjc.load.Node;

/**
 * A cap on {@code jobSpec.scheduling.timeout}. A job without a timeout gets Vertex AI's default (7
 * days, from the catalog), so it breaks a cap below that too.
 */
public final class MaxTimeout implements BuiltInPolicy {

  @Override
  public String key() {
    return "maxTimeout";
  }

  @Override
  public String summary() {
    return "jobSpec.scheduling.timeout, or Vertex AI's default when unset, may be at most this"
        + " long";
  }

  @Override
  public String example() {
    return "24h";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    return params.duration(value).map(max -> (job, reporter) -> check(job, max.value(), reporter));
  }

  private static void check(LintContext job, Duration max, Reporter reporter) {
    String limit = PolicyParams.human(max) + " (" + max.toSeconds() + "s)";
    Optional<Value<String>> timeout = Nodes.string(job.root(), "jobSpec", "scheduling", "timeout");
    if (timeout.isEmpty()) {
      if (Nodes.at(job.root(), "jobSpec", "scheduling", "timeout").isPresent()) {
        return; // not a string: the schema reports it
      }
      Duration fallback = job.catalog().limits().scheduling().defaultTimeout();
      if (fallback.compareTo(max) > 0) {
        reporter.report(
            Places.nearest(job, "jobSpec", "scheduling"),
            "the job sets no timeout, so Vertex AI's default of "
                + PolicyParams.human(fallback)
                + " applies; the policy allows at most "
                + limit,
            "Set jobSpec.scheduling.timeout to " + max.toSeconds() + "s or less.");
      }
      return;
    }
    Optional<Duration> d =
        PolicyParams.parseDuration(timeout.get().value())
            .filter(x -> timeout.get().value().endsWith("s"));
    if (d.isPresent() && d.get().compareTo(max) > 0) {
      reporter.report(
          timeout.get().origin(),
          "timeout "
              + timeout.get().value()
              + " ("
              + PolicyParams.human(d.get())
              + ") is longer than the policy allows, at most "
              + limit,
          "Set jobSpec.scheduling.timeout to " + max.toSeconds() + "s or less.");
    }
  }
}
