package vjc.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The semantic difference of two JSON trees: maps compared key by key (order does not matter),
 * lists index by index (a worker pool's position is its role), reported leaf by leaf.
 */
public final class TreeDiff {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private TreeDiff() {}

  /** What changed from {@code before} to {@code after}, in the order of the fields. */
  public static List<Change> diff(JsonNode before, JsonNode after) {
    List<Change> out = new ArrayList<>();
    diff("", before, after, out);
    return out;
  }

  private static void diff(String path, JsonNode before, JsonNode after, List<Change> out) {
    if (before.equals(after)) {
      return;
    }
    if (before.isObject() && after.isObject()) {
      Set<String> keys = new LinkedHashSet<>(before.propertyNames());
      keys.addAll(after.propertyNames());
      for (String key : keys) {
        String child = path + key(path, key);
        JsonNode b = before.get(key);
        JsonNode a = after.get(key);
        if (b == null) {
          leaves(child, a, Change.Kind.ADDED, out);
        } else if (a == null) {
          leaves(child, b, Change.Kind.REMOVED, out);
        } else {
          diff(child, b, a, out);
        }
      }
    } else if (before.isArray() && after.isArray()) {
      int n = Math.max(before.size(), after.size());
      for (int i = 0; i < n; i++) {
        String child = path + "[" + i + "]";
        if (i >= before.size()) {
          leaves(child, after.get(i), Change.Kind.ADDED, out);
        } else if (i >= after.size()) {
          leaves(child, before.get(i), Change.Kind.REMOVED, out);
        } else {
          diff(child, before.get(i), after.get(i), out);
        }
      }
    } else if (isLeaf(before) && isLeaf(after)) {
      out.add(new Change(path, Change.Kind.CHANGED, Optional.of(before), Optional.of(after)));
    } else {
      // A map became a list or a scalar, or the reverse: the old fields go, the new ones come.
      leaves(path, before, Change.Kind.REMOVED, out);
      leaves(path, after, Change.Kind.ADDED, out);
    }
  }

  private static void leaves(String path, JsonNode node, Change.Kind kind, List<Change> out) {
    if (isLeaf(node)) {
      Optional<JsonNode> v = Optional.of(node);
      out.add(
          kind == Change.Kind.ADDED
              ? new Change(path, kind, Optional.empty(), v)
              : new Change(path, kind, v, Optional.empty()));
      return;
    }
    if (node.isObject()) {
      for (String key : node.propertyNames()) {
        leaves(path + key(path, key), node.get(key), kind, out);
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        leaves(path + "[" + i + "]", node.get(i), kind, out);
      }
    }
  }

  /** Scalars and empty containers are leaves: {@code labels: {}} is a value of its own. */
  private static boolean isLeaf(JsonNode node) {
    return !node.isContainer() || node.isEmpty();
  }

  /** {@code .name}, or {@code ["key.with.dots"]} for keys that would not read as one field. */
  private static String key(String parent, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return parent.isEmpty() ? key : "." + key;
    }
    StringBuilder b = new StringBuilder("[");
    vjc.compile.TreeJson.string(key, b);
    return b.append(']').toString();
  }
}
