package vjc.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Deep merge with RFC 7386 (JSON Merge Patch) semantics: maps merge, scalars and lists replace,
 * {@code null} deletes. The exception is {@code jobSpec.workerPoolSpecs}, merged by index, because
 * a pool's position is its role (0 chief, 1 workers, 2 parameter or reduction servers, 3
 * evaluator), so a patch of pool 0 must not wipe pool 1.
 *
 * <p>A replaced value keeps the position of the value it replaces, with the overlay's position in
 * its chain: a diagnostic then points at the line a reader of the job file sees, and says which
 * overlay set the value.
 */
public final class OverlayMerger {

  private OverlayMerger() {}

  /** Applies {@code patch} on top of {@code base}. */
  public static MapNode merge(MapNode base, MapNode patch, String role) {
    return mergeMaps(base, patch, role, "");
  }

  private static MapNode mergeMaps(MapNode base, MapNode patch, String role, String path) {
    // Keyed by name in base order (a replaced key keeps its place), so each patch field costs
    // constant time: a patch of 50,000 keys is not a quadratic merge.
    Map<String, MapNode.Field> out = new LinkedHashMap<>();
    for (MapNode.Field f : base.fields()) {
      out.put(f.key(), f);
    }
    for (MapNode.Field p : patch.fields()) {
      boolean deletes = p.value() instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL;
      if (deletes) {
        out.remove(p.key());
        continue;
      }
      String childPath = path.isEmpty() ? p.key() : path + "." + p.key();
      MapNode.Field b = out.get(p.key());
      if (b == null) {
        out.put(p.key(), p.withValue(fresh(p.value(), role, childPath)));
      } else {
        out.put(p.key(), b.withValue(mergeValue(b.value(), p.value(), role, childPath)));
      }
    }
    return MapNode.of(new ArrayList<>(out.values()), base.origin());
  }

  private static Node mergeValue(Node base, Node patch, String role, String path) {
    if (base instanceof MapNode bm && patch instanceof MapNode pm) {
      return mergeMaps(bm, pm, role, path);
    }
    if (path.equals("jobSpec.workerPoolSpecs")
        && base instanceof ListNode bl
        && patch instanceof ListNode pl) {
      return mergePools(bl, pl, role, path);
    }
    return replaced(base, fresh(patch, role, path), role);
  }

  /**
   * A patch value standing where the base has no value of its kind: RFC 7386 merges it into an
   * empty map, so its nulls vanish; pools likewise merge into an empty list.
   */
  private static Node fresh(Node patch, String role, String path) {
    if (patch instanceof MapNode pm) {
      return mergeMaps(MapNode.of(List.of(), pm.origin()), pm, role, path);
    }
    if (patch instanceof ListNode pl && path.equals("jobSpec.workerPoolSpecs")) {
      return mergePools(ListNode.of(List.of(), pl.origin()), pl, role, path);
    }
    return patch;
  }

  /** Pools merge position by position; a longer patch appends pools. */
  private static ListNode mergePools(ListNode base, ListNode patch, String role, String path) {
    List<Node> out = new ArrayList<>(base.items());
    for (int i = 0; i < patch.size(); i++) {
      Node p = patch.get(i);
      if (i >= out.size()) {
        out.add(
            p instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL
                ? MapNode.of(List.of(), s.origin())
                : fresh(p, role, path + "[" + i + "]"));
      } else if (p instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL) {
        // null empties the pool but keeps its slot, so later pools keep their roles.
        out.set(i, MapNode.of(List.of(), s.origin()));
      } else {
        out.set(i, mergeValue(out.get(i), p, role, path + "[" + i + "]"));
      }
    }
    return ListNode.of(out, base.origin());
  }

  /**
   * The patch's value, standing where the base value stood, with the patch's place in its chain.
   */
  static Node replaced(Node base, Node patch, String role) {
    Origin at = base.origin().bare().withTrace(new Origin.Trace(role, patch.origin()));
    return patch.withOrigin(at.withTraces(patch.origin().via()));
  }

  /** The node at a dotted path like {@code jobSpec.workerPoolSpecs[0]}, if present. */
  public static Optional<Node> at(MapNode root, String path) {
    Node node = root;
    for (PathStep step : PathStep.parse(path)) {
      Optional<Node> next = step.get(node);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      node = next.get();
    }
    return Optional.of(node);
  }
}
