package vjc.lint.policy;

import java.util.Optional;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Value;
import vjc.load.Node;

/** Every worker pool uses a machine type matching one of the listed patterns. */
public final class AllowedMachineTypes implements BuiltInPolicy {

  @Override
  public String key() {
    return "allowedMachineTypes";
  }

  @Override
  public String summary() {
    return "every worker pool's machine type must match one of these patterns";
  }

  @Override
  public String example() {
    return "[n1-standard-*, a2-highgpu-*]";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    return params
        .strings(value, "machine type patterns", example())
        .map(Globs::of)
        .map(allowed -> (job, reporter) -> check(job, allowed, reporter));
  }

  private static void check(LintContext job, Globs allowed, Reporter reporter) {
    for (Pool pool : job.activePools()) {
      Optional<Value<String>> type = pool.machineType();
      if (type.isPresent() && !allowed.matches(type.get().value())) {
        reporter.report(
            type.get().origin(),
            "machine type "
                + type.get().value()
                + " in worker pool "
                + pool.index()
                + " is not allowed by policy; allowed: "
                + allowed,
            "Choose an allowed machine type, or change allowedMachineTypes in .vjc.yaml.");
      }
    }
  }
}
