package vjc.lint.policy;

import java.util.Optional;
import vjc.lint.LintContext;
import vjc.lint.Reporter;
import vjc.lint.Value;
import vjc.load.Node;

/** Jobs run only in the listed regions (patterns allowed), e.g. to keep data in the EU. */
public final class AllowedRegions implements BuiltInPolicy {

  @Override
  public String key() {
    return "allowedRegions";
  }

  @Override
  public String summary() {
    return "the job's region must match one of these region patterns";
  }

  @Override
  public String example() {
    return "[europe-west4, europe-west1]";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    return params
        .strings(value, "region patterns", example())
        .map(Globs::of)
        .map(allowed -> (job, reporter) -> check(job, allowed, reporter));
  }

  private static void check(LintContext job, Globs allowed, Reporter reporter) {
    Optional<Value<String>> region = job.region();
    if (region.isEmpty()) {
      // Without a region the job would run wherever the submitter points it; the policy cannot
      // hold, so it asks for one.
      reporter.report(
          Places.nearest(job, "region"),
          "the job sets no region; the policy allows only " + allowed,
          "Set region: to one of the allowed regions, here or in defaults: in .vjc.yaml.");
      return;
    }
    if (!allowed.matches(region.get().value())) {
      reporter.report(
          region.get().origin(),
          "region " + region.get().value() + " is not allowed by policy; allowed: " + allowed,
          "Run the job in an allowed region, or change allowedRegions in .vjc.yaml.");
    }
  }
}
