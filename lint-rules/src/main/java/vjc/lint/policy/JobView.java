package vjc.lint.policy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.resolve.ResolvedJob;

/**
 * What a custom policy's schema is applied to: the CustomJob that vjc compiles, as JSON. That is
 * the resolved job (overlays, environment and variables applied; every input form normalised to a
 * CustomJob with camelCase keys and {@code jobSpec.workerPoolSpecs} a list) without vjc's own keys
 * {@code region}, {@code project}, {@code vars} and {@code environments}. Values keep their YAML
 * types, except that {@code replicaCount}, the one int64 field, becomes a number when written as a
 * string of digits (protobuf's JSON form), so that {@code maximum} applies to it. Defaults the API
 * fills in are not added.
 */
public final class JobView {

  /** vjc's keys, which never reach the compiled job. */
  static final String[] VJC_KEYS = {"region", "project", "vars", "environments"};

  private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private JobView() {}

  /** The tree the schema sees, with origins, for mapping errors back. */
  public static MapNode body(ResolvedJob job) {
    return job.job().without(VJC_KEYS);
  }

  /** {@link #body} as JSON. */
  public static JsonNode json(ResolvedJob job) {
    return toJson(body(job), Optional.empty());
  }

  /** Any tree as JSON, with YAML types kept; used for schema fragments too. */
  static JsonNode toJson(Node node) {
    return toJson(node, Optional.empty());
  }

  private static JsonNode toJson(Node node, Optional<String> key) {
    if (node instanceof MapNode map) {
      ObjectNode o = FACTORY.objectNode();
      for (MapNode.Field f : map.fields()) {
        o.set(f.key(), toJson(f.value(), Optional.of(f.key())));
      }
      return o;
    }
    if (node instanceof ListNode list) {
      ArrayNode a = FACTORY.arrayNode();
      for (Node item : list.items()) {
        a.add(toJson(item, Optional.empty()));
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
      case STRING -> {
        String text = (String) s.value();
        boolean int64 =
            key.filter("replicaCount"::equals).isPresent() && text.matches("-?[0-9]{1,18}");
        yield int64 ? FACTORY.numberNode(Long.parseLong(text)) : FACTORY.stringNode(text);
      }
    };
  }
}
