package vjc.lint;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vjc.lint.catalog.Catalog;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.resolve.ResolvedJob;

/**
 * What a rule sees: the resolved job and the catalog of Vertex AI facts.
 *
 * @param job the job after overlays and templating
 * @param catalog regions, accelerators, machine types and limits, with their as-of date
 */
public record LintContext(ResolvedJob job, Catalog catalog) {

  public LintContext {
    requireNonNull(job, "job");
    requireNonNull(catalog, "catalog");
  }

  /** The resolved tree. */
  public MapNode root() {
    return job.job();
  }

  /** {@code jobSpec}, if present. */
  public Optional<MapNode> spec() {
    return root().getMap("jobSpec");
  }

  /** {@code region}, if set as a string. */
  public Optional<Value<String>> region() {
    return Nodes.string(root(), "region");
  }

  /** The worker pools that are maps, with their positions. */
  public List<Pool> pools() {
    List<Pool> pools = new ArrayList<>();
    Optional<ListNode> list = Nodes.list(root(), "jobSpec", "workerPoolSpecs");
    if (list.isPresent()) {
      List<Node> items = list.get().items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof MapNode m) {
          pools.add(new Pool(i, m));
        }
      }
    }
    return pools;
  }

  /** Pools that run something: not the {@code {}} placeholders. */
  public List<Pool> activePools() {
    return pools().stream().filter(p -> !p.isEmpty()).toList();
  }

  /** The pool at {@code index}, if it exists and is a map. */
  public Optional<Pool> pool(int index) {
    return pools().stream().filter(p -> p.index() == index).findFirst();
  }
}
