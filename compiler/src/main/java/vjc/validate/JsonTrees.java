package vjc.validate;

import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/** Converts vjc's tree to Jackson's, which the schema validator reads. */
final class JsonTrees {

  private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private JsonTrees() {}

  static JsonNode toJackson(Node node) {
    if (node instanceof MapNode map) {
      ObjectNode o = FACTORY.objectNode();
      for (MapNode.Field f : map.fields()) {
        o.set(f.key(), toJackson(f.value()));
      }
      return o;
    }
    if (node instanceof ListNode list) {
      ArrayNode a = FACTORY.arrayNode();
      for (Node item : list.items()) {
        a.add(toJackson(item));
      }
      return a;
    }
    ScalarNode s = (ScalarNode) node;
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
