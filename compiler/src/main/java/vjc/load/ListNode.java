package vjc.load;

import static java.util.Objects.requireNonNull;

import java.util.List;
import vjc.diag.Origin;

/** A YAML sequence. */
public record ListNode(List<Node> items, Origin origin, long weight) implements Node {

  public ListNode {
    items = List.copyOf(items);
    requireNonNull(origin, "origin");
  }

  /** A list of the given items; its weight is computed from them. */
  public static ListNode of(List<Node> items, Origin origin) {
    long w = 1;
    for (Node n : items) {
      w += n.weight();
    }
    return new ListNode(items, origin, w);
  }

  /** The number of items. */
  public int size() {
    return items.size();
  }

  /** The item at {@code index} (0-based). */
  public Node get(int index) {
    return items.get(index);
  }

  @Override
  public ListNode withOrigin(Origin newOrigin) {
    return new ListNode(items, newOrigin, weight);
  }

  @Override
  public String kindName() {
    return "list";
  }
}
