package vjc.validate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/** Converts vjc's tree to Jackson's, which networknt's schema validator reads. */
public final class JsonTrees {

  private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private JsonTrees() {}

  /** The tree as Jackson nodes, with the YAML types kept. */
  public static JsonNode toJackson(Node node) {
    return toJackson(node, null, (key, scalar) -> null);
  }

  /**
   * The tree as Jackson nodes; {@code scalars} may convert a scalar under a given key differently
   * (it returns null to keep the default).
   */
  public static JsonNode toJackson(Node node, BiFunction<String, ScalarNode, JsonNode> scalars) {
    return toJackson(node, null, scalars);
  }

  private static JsonNode toJackson(
      Node node, String key, BiFunction<String, ScalarNode, JsonNode> scalars) {
    if (node instanceof MapNode map) {
      ObjectNode o = FACTORY.objectNode();
      for (MapNode.Field f : map.fields()) {
        o.set(f.key(), toJackson(f.value(), f.key(), scalars));
      }
      return o;
    }
    if (node instanceof ListNode list) {
      ArrayNode a = FACTORY.arrayNode();
      for (Node item : list.items()) {
        a.add(toJackson(item, null, scalars));
      }
      return a;
    }
    ScalarNode s = (ScalarNode) node;
    JsonNode custom = key == null ? null : scalars.apply(key, s);
    if (custom != null) {
      return custom;
    }
    return switch (s.type()) {
      case NULL -> FACTORY.nullNode();
      case BOOLEAN -> FACTORY.booleanNode((Boolean) s.value());
      case INTEGER -> FACTORY.numberNode((BigInteger) s.value());
      case FLOAT ->
          s.value() instanceof BigDecimal d
              ? FACTORY.numberNode(d)
              : FACTORY.numberNode((Double) s.value());
      case STRING -> FACTORY.stringNode((String) s.value());
    };
  }
}
