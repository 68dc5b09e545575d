package vjc.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.diag.DidYouMean;
import vjc.diag.Origin;
import vjc.diag.Outcome;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;

/** Applies a {@code --set path=value} to a job tree, creating maps along the path as needed. */
final class SetApplier {

  private SetApplier() {}

  static Outcome<MapNode> apply(MapNode root, Assignment set) {
    List<PathStep> steps;
    try {
      steps = PathStep.parse(set.name());
    } catch (IllegalArgumentException e) {
      return Outcome.failed(
          Diagnostic.error(
              "cli/set", set.value().origin(), "--set " + set.name() + ": " + e.getMessage()));
    }
    if (steps.get(0).isIndex()) {
      return Outcome.failed(
          Diagnostic.error(
              "cli/set",
              set.value().origin(),
              "--set path must start with a field name: " + set.name()));
    }
    try {
      return Outcome.ok((MapNode) put(root, steps, 0, set));
    } catch (IllegalArgumentException e) {
      return Outcome.failed(
          Diagnostic.error(
              "cli/set", set.value().origin(), "--set " + set.name() + ": " + e.getMessage()));
    }
  }

  private static Node put(Node node, List<PathStep> steps, int i, Assignment set) {
    PathStep step = steps.get(i);
    boolean last = i == steps.size() - 1;
    if (step.isIndex()) {
      if (!(node instanceof ListNode list)) {
        throw new IllegalArgumentException(
            "[" + step.index() + "] indexes a " + node.kindName() + ", not a list");
      }
      if (step.index() >= list.size()) {
        throw new IllegalArgumentException(
            "index " + step.index() + " is past the end of a list of " + list.size());
      }
      List<Node> items = new ArrayList<>(list.items());
      Node old = items.get(step.index());
      items.set(step.index(), last ? replace(old, set) : put(old, steps, i + 1, set));
      return ListNode.of(items, list.origin());
    }
    if (!(node instanceof MapNode map)) {
      throw new IllegalArgumentException(
          "'" + step.key() + "' is looked up in a " + node.kindName() + ", not a map");
    }
    Origin at = set.value().origin();
    Node child = map.get(step.key()).orElse(null);
    Node value;
    if (last) {
      value = child == null ? set.value() : replace(child, set);
    } else {
      if (child == null && steps.get(i + 1).isIndex()) {
        // A new map cannot be indexed: the name is most likely a misspelt list field.
        String message = "there is no list '" + step.key() + "' to index";
        Optional<String> near = DidYouMean.closest(step.key(), map.keys());
        throw new IllegalArgumentException(
            near.map(n -> message + "; did you mean '" + n + "'?").orElse(message));
      }
      Node next = child != null ? child : MapNode.of(List.of(), at);
      value = put(next, steps, i + 1, set);
    }
    return map.with(
        step.key(), map.field(step.key()).map(MapNode.Field::keyOrigin).orElse(at), value);
  }

  private static Node replace(Node old, Assignment set) {
    return OverlayMerger.replaced(old, set.value(), "value from --set " + set.name());
  }
}
