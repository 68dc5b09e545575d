package vjc.lint.policy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.resolve.ResolvedJob;
import vjc.validate.JsonTrees;

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
    return toJson(body(job));
  }

  /** Any tree as JSON, with YAML types kept; used for schema fragments too. */
  static JsonNode toJson(Node node) {
    // A REST body writes int64 replicaCount as a string of digits; policies compare numbers.
    return JsonTrees.toJackson(
        node,
        (key, s) ->
            key.equals("replicaCount")
                    && s.type() == ScalarNode.Type.STRING
                    && ((String) s.value()).matches("-?[0-9]{1,18}")
                ? FACTORY.numberNode(Long.parseLong((String) s.value()))
                : null);
  }
}
