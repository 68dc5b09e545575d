package vjc.lint.rules;

import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;

/** Worker pool 0 is the chief; Vertex AI requires it to have exactly one replica. */
public final class Pool0SingleReplica implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "pool0-single-replica", Severity.ERROR, "worker pool 0 must have exactly one replica");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    context
        .pool(0)
        .flatMap(pool -> pool.replicaCount())
        .filter(count -> count.value() != 1)
        .ifPresent(
            count ->
                reporter.report(
                    count.origin(),
                    "worker pool 0 has "
                        + count.value()
                        + " replicas; the chief pool must have exactly 1",
                    count.value() > 1
                        ? "Set replicaCount: 1 in pool 0 and move "
                            + (count.value() == 2
                                ? "the extra replica"
                                : "the other " + (count.value() - 1) + " replicas")
                            + " to pool 1 (the workers)."
                        : "Set replicaCount: 1 in pool 0; only pools 1 to 3 may be empty."));
  }
}
