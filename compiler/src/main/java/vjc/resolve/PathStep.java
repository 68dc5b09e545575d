package vjc.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;

/**
 * One step of a field path as {@code --set} takes it: {@code
 * jobSpec.workerPoolSpecs[0].replicaCount} is four steps, one of them an index.
 *
 * @param key the map key, or null for an index step
 * @param index the list index, or -1 for a key step
 */
public record PathStep(String key, int index) {

  /** True for a {@code [n]} step. */
  public boolean isIndex() {
    return key == null;
  }

  /** The child this step names, if present. */
  public Optional<Node> get(Node node) {
    if (isIndex()) {
      return node instanceof ListNode l && index < l.size()
          ? Optional.of(l.get(index))
          : Optional.empty();
    }
    return node instanceof MapNode m ? m.get(key) : Optional.empty();
  }

  /** Parses a dotted path with optional {@code [n]} indexes. */
  public static List<PathStep> parse(String path) {
    List<PathStep> steps = new ArrayList<>();
    int i = 0;
    StringBuilder key = new StringBuilder();
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        flush(key, steps, path);
        i++;
      } else if (c == '[') {
        if (key.length() > 0) {
          flush(key, steps, path);
        }
        int close = path.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed '[' in path: " + path);
        }
        String digits = path.substring(i + 1, close);
        if (!digits.matches("[0-9]{1,4}")) {
          throw new IllegalArgumentException("index must be a number in path: " + path);
        }
        steps.add(new PathStep(null, Integer.parseInt(digits)));
        i = close + 1;
        if (i < path.length() && path.charAt(i) == '.') {
          i++;
        }
      } else {
        key.append(c);
        i++;
      }
    }
    if (key.length() > 0) {
      flush(key, steps, path);
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("empty path");
    }
    return steps;
  }

  private static void flush(StringBuilder key, List<PathStep> steps, String path) {
    if (key.length() == 0) {
      throw new IllegalArgumentException("empty field name in path: " + path);
    }
    steps.add(new PathStep(key.toString(), -1));
    key.setLength(0);
  }
}
