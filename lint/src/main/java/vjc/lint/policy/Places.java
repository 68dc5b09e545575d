package vjc.lint.policy;

import java.util.Optional;
import vjc.diag.Origin;
import vjc.lint.LintContext;
import vjc.load.MapNode;

/**
 * Where to report something a job lacks. A missing field has no position of its own, so the finding
 * points at the key of the nearest map that should hold it ({@code jobSpec:}, {@code labels:}), or
 * at the start of the job.
 */
final class Places {

  private Places() {}

  /** The key of {@code path}'s deepest existing map, walking from the root. */
  static Origin nearest(LintContext job, String... path) {
    MapNode node = job.root();
    Origin at = node.origin();
    for (String key : path) {
      Optional<MapNode.Field> f = node.field(key);
      if (f.isEmpty()) {
        return at;
      }
      at = f.get().keyOrigin();
      if (!(f.get().value() instanceof MapNode m)) {
        return at;
      }
      node = m;
    }
    return at;
  }
}
