package vjc.lint.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vjc.diag.Origin;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Value;
import vjc.load.Node;

/**
 * A budget on accelerators: the sum over worker pools of replicas × accelerators per replica. An
 * unset replicaCount counts as 1, as the API treats it.
 */
public final class MaxAcceleratorsPerJob implements BuiltInPolicy {

  @Override
  public String key() {
    return "maxAcceleratorsPerJob";
  }

  @Override
  public String summary() {
    return "the job may use at most this many accelerators, summed over its pools as replicas"
        + " × acceleratorCount";
  }

  @Override
  public String example() {
    return "16";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    return params.count(value, 0).map(max -> (job, reporter) -> check(job, max.value(), reporter));
  }

  private static void check(LintContext job, long max, Reporter reporter) {
    long total = 0;
    long largest = -1;
    Origin at = null;
    List<String> parts = new ArrayList<>();
    for (Pool pool : job.activePools()) {
      if (!pool.hasAccelerator()) {
        continue;
      }
      Optional<Value<Long>> count = pool.acceleratorCount();
      long each = Math.max(0, count.map(Value::value).orElse(0L));
      long replicas = Math.max(0, pool.replicas());
      long product = saturatedProduct(each, replicas);
      total = product > Long.MAX_VALUE - total ? Long.MAX_VALUE : total + product;
      parts.add("pool " + pool.index() + ": " + replicas + " × " + each);
      // Point at the pool that contributes most: that is where a reviewer would cut.
      if (product > largest) {
        largest = product;
        at = count.map(Value::origin).orElse(pool.acceleratorType().get().origin());
      }
    }
    if (at != null && total > max) {
      reporter.report(
          at,
          "the job uses "
              + total
              + " accelerators ("
              + String.join(", ", parts)
              + "); the policy allows at most "
              + max,
          "Use fewer replicas or accelerators per replica, or change maxAcceleratorsPerJob for"
              + " this environment in .vjc.yaml.");
    }
  }

  private static long saturatedProduct(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
