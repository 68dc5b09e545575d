package vjc.lint;

import java.math.BigInteger;
import java.util.Optional;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Reads typed values out of the tree by path. A value of the wrong type reads as absent: the schema
 * already reported it, and a rule should not report it twice.
 */
public final class Nodes {

  private Nodes() {}

  /** The node at {@code path} under {@code root}. */
  public static Optional<Node> at(MapNode root, String... path) {
    Node node = root;
    for (String key : path) {
      if (!(node instanceof MapNode m)) {
        return Optional.empty();
      }
      Optional<Node> next = m.get(key);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      node = next.get();
    }
    return Optional.of(node);
  }

  /** The map at {@code path}. */
  public static Optional<MapNode> map(MapNode root, String... path) {
    return at(root, path).filter(MapNode.class::isInstance).map(MapNode.class::cast);
  }

  /** The list at {@code path}. */
  public static Optional<ListNode> list(MapNode root, String... path) {
    return at(root, path).filter(ListNode.class::isInstance).map(ListNode.class::cast);
  }

  /** The string at {@code path}. */
  public static Optional<Value<String>> string(MapNode root, String... path) {
    return at(root, path)
        .filter(ScalarNode.class::isInstance)
        .map(ScalarNode.class::cast)
        .flatMap(s -> s.asString().map(v -> new Value<>(v, s.origin())));
  }

  /**
   * True when the value still holds an unresolved {@code ${name}}: the template stage reported it,
   * and a rule that judged the text would only repeat that in other words.
   */
  public static boolean isUnresolved(String value) {
    return UNRESOLVED.matcher(value).find();
  }

  private static final java.util.regex.Pattern UNRESOLVED =
      java.util.regex.Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_.-]*}");

  /** The integer at {@code path}; protobuf's JSON form writes int64 as a string of digits. */
  public static Optional<Value<Long>> integer(MapNode root, String... path) {
    return at(root, path)
        .filter(ScalarNode.class::isInstance)
        .map(ScalarNode.class::cast)
        .flatMap(Nodes::asLong);
  }

  /** The boolean at {@code path}. */
  public static Optional<Value<Boolean>> bool(MapNode root, String... path) {
    return at(root, path)
        .filter(ScalarNode.class::isInstance)
        .map(ScalarNode.class::cast)
        .filter(s -> s.type() == ScalarNode.Type.BOOLEAN)
        .map(s -> new Value<>((Boolean) s.value(), s.origin()));
  }

  private static Optional<Value<Long>> asLong(ScalarNode s) {
    if (s.type() == ScalarNode.Type.INTEGER) {
      BigInteger b = (BigInteger) s.value();
      return b.bitLength() < 64
          ? Optional.of(new Value<>(b.longValue(), s.origin()))
          : Optional.empty();
    }
    if (s.type() == ScalarNode.Type.STRING && ((String) s.value()).matches("-?[0-9]{1,18}")) {
      return Optional.of(new Value<>(Long.parseLong((String) s.value()), s.origin()));
    }
    return Optional.empty();
  }
}
