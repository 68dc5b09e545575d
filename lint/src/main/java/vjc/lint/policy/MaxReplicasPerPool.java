package vjc.lint.policy;

import java.util.Optional;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.load.Node;

/** No worker pool may have more replicas than this. */
public final class MaxReplicasPerPool implements BuiltInPolicy {

  @Override
  public String key() {
    return "maxReplicasPerPool";
  }

  @Override
  public String summary() {
    return "no worker pool may have more replicas than this";
  }

  @Override
  public String example() {
    return "8";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    return params.count(value, 1).map(max -> (job, reporter) -> check(job, max.value(), reporter));
  }

  private static void check(LintContext job, long max, Reporter reporter) {
    for (Pool pool : job.activePools()) {
      if (pool.replicas() > max && pool.replicaCount().isPresent()) {
        reporter.report(
            pool.replicaCount().get().origin(),
            "worker pool "
                + pool.index()
                + " has "
                + pool.replicas()
                + " replicas; the policy allows at most "
                + max
                + " per pool",
            "Lower replicaCount, or change maxReplicasPerPool for this environment in"
                + " .vjc.yaml.");
      }
    }
  }
}
