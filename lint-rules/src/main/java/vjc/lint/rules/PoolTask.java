package vjc.lint.rules;

import java.util.List;
import java.util.Optional;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.catalog.Limits;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;

/** Each worker pool that runs must say on what machine and run exactly one container or package. */
public final class PoolTask implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "pool-task",
          Severity.ERROR,
          "at most four worker pools, pool 0 not empty, each pool with a machine and one task");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String CONTAINER = "containerSpec";
  private static final String PACKAGE = "pythonPackageSpec";

  @Override
  public void check(LintContext context, Reporter reporter) {
    Optional<ListNode> list = Nodes.list(context.root(), "jobSpec", "workerPoolSpecs");
    if (list.isEmpty()) {
      return;
    }
    checkCount(context, list.get(), reporter);
    for (Pool pool : context.pools()) {
      if (pool.isEmpty()) {
        // {} (or only replicaCount: 0) keeps a position; the chief's position must run something.
        if (pool.index() == 0) {
          reporter.report(
              pool.node().origin(),
              "worker pool 0 is an empty placeholder; the chief pool must run the job",
              "Give pool 0 a machineSpec and a containerSpec or pythonPackageSpec; only pools 1"
                  + " to 3 may be {}.");
        }
        continue;
      }
      checkPool(pool, reporter);
    }
  }

  private static void checkCount(LintContext context, ListNode list, Reporter reporter) {
    // An empty list is the schema's minItems error; only the upper bound is ours.
    Limits.Range limit = context.catalog().limits().workerPools();
    if (list.size() <= limit.max()) {
      return;
    }
    Node first = list.get(limit.max());
    reporter.report(
        first.origin(),
        "workerPoolSpecs has "
            + list.size()
            + " pools; Vertex AI takes at most "
            + limit.max()
            + " (0 chief, 1 workers, 2 servers, 3 evaluators)",
        "Merge the extra pools into the first "
            + limit.max()
            + ": a pool's position is its role, and one pool can hold many replicas.");
  }

  private static void checkPool(Pool pool, Reporter reporter) {
    MapNode node = pool.node();
    String name = "worker pool " + pool.index();
    // A key with a value of the wrong type is there; the schema reports the type.
    if (!node.has("machineSpec")) {
      reporter.report(
          node.origin(),
          name + " has no machineSpec",
          "Add a machineSpec with the machineType the pool's replicas run on.");
    }
    List<MapNode.Field> tasks =
        node.fields().stream()
            .filter(f -> f.key().equals(CONTAINER) || f.key().equals(PACKAGE))
            .toList();
    if (tasks.isEmpty()) {
      reporter.report(
          node.origin(),
          name + " runs nothing: it has neither " + CONTAINER + " nor " + PACKAGE,
          "Add a containerSpec with an imageUri, or a pythonPackageSpec with executorImageUri,"
              + " packageUris and pythonModule.");
    } else if (tasks.size() > 1) {
      MapNode.Field second = tasks.get(1);
      reporter.report(
          second.keyOrigin(),
          name
              + " sets both "
              + tasks.get(0).key()
              + " and "
              + second.key()
              + "; a pool runs exactly one of them",
          "Keep containerSpec to run your own image, or pythonPackageSpec to run a module in a"
              + " prebuilt image, and delete the other.");
    }
  }
}
