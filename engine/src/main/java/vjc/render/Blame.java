package vjc.render;

import java.util.ArrayList;
import java.util.List;
import vjc.compile.TreeJson;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.resolve.ResolvedJob;

/**
 * {@code vjc compile --explain}: every leaf field of the compiled job with the place that set it
 * last, and the chain behind it. This is what a reviewer reads to see why prod differs from dev.
 */
public final class Blame {

  private static final String[] VJC_KEYS = {"region", "project", "vars", "environments"};

  private Blame() {}

  /** The explanation of {@code job}, of its CustomJobSpec alone when {@code specOnly}. */
  public static String render(ResolvedJob job, boolean specOnly) {
    List<String[]> rows = new ArrayList<>();
    MapNode root = job.job();
    for (String key : new String[] {"region", "project"}) {
      root.get(key).ifPresent(n -> walk(key, n, rows));
    }
    MapNode body = root.without(VJC_KEYS);
    if (specOnly) {
      body.get("jobSpec").ifPresent(spec -> walk("", spec, rows));
    } else {
      walk("", body, rows);
    }
    int width = 0;
    for (String[] r : rows) {
      width = Math.max(width, r[0].length());
    }
    width = Math.min(width, 70);
    StringBuilder b = new StringBuilder();
    job.environment().ifPresent(e -> b.append("# environment: ").append(e).append('\n'));
    for (String[] r : rows) {
      b.append(r[0])
          .append(" ".repeat(Math.max(1, width - r[0].length() + 2)))
          .append(r[1])
          .append('\n');
    }
    return b.toString();
  }

  private static void walk(String path, Node node, List<String[]> rows) {
    if (node instanceof MapNode map && !map.isEmpty()) {
      for (MapNode.Field f : map.fields()) {
        walk(path.isEmpty() ? f.key() : path + "." + f.key(), f.value(), rows);
      }
    } else if (node instanceof ListNode list && list.size() > 0) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", list.get(i), rows);
      }
    } else {
      rows.add(new String[] {path + " = " + value(node), where(node.origin())});
    }
  }

  private static String value(Node node) {
    if (node instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
      StringBuilder b = new StringBuilder();
      String text = (String) s.value();
      TreeJson.string(text.length() > 60 ? text.substring(0, 57) + "..." : text, b);
      return b.toString();
    }
    return node instanceof ScalarNode s ? s.text() : node instanceof MapNode ? "{}" : "[]";
  }

  /** The place that set the value last: the newest overlay in the chain, else where it stands. */
  private static String where(Origin o) {
    StringBuilder b = new StringBuilder(o.position());
    for (Origin.Trace t : o.via()) {
      b.append(" <- ").append(t.role()).append(' ').append(t.at().position());
    }
    return b.toString();
  }
}
