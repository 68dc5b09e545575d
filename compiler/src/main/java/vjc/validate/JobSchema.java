package vjc.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The job schema as a tree of maps, lists and JSON values, built from compiled-in constants (see
 * {@link JobSchemaData}, generated from the JSON in every build) rather than parsed at start-up.
 */
final class JobSchema {

  private static final JobSchema BUILT_IN = new JobSchema(JobSchemaData.tree());

  private final Object root;
  private final Map<String, Optional<Object>> targets = new ConcurrentHashMap<>();

  JobSchema(Object root) {
    this.root = root;
  }

  /** The schema a local {@code $ref} points to, or null; looked up once per reference. */
  Object target(String ref) {
    return targets
        .computeIfAbsent(
            ref,
            r -> {
              List<Object> path = refPath(r);
              return Optional.ofNullable(path == null ? null : at(path));
            })
        .orElse(null);
  }

  /** The schema shipped as {@value SchemaValidator#SCHEMA_RESOURCE}. */
  static JobSchema builtIn() {
    return BUILT_IN;
  }

  Object root() {
    return root;
  }

  /** The schema node at {@code path} (keys and list indexes), or null. */
  Object at(List<Object> path) {
    Object node = root;
    for (Object step : path) {
      if (step instanceof Integer i && node instanceof List<?> l) {
        node = i < l.size() ? l.get(i) : null;
      } else if (node instanceof Map<?, ?> m) {
        node = m.get(String.valueOf(step));
      } else {
        return null;
      }
    }
    return node;
  }

  /**
   * The path a local {@code $ref} such as {@code #/$defs/MachineSpec} points to, or null for any
   * other reference (the generated schema has only local ones).
   */
  static List<Object> refPath(String ref) {
    if (!ref.startsWith("#/")) {
      return null;
    }
    String[] parts = ref.substring(2).split("/", -1);
    Object[] path = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      path[i] = parts[i].replace("~1", "/").replace("~0", "~");
    }
    return List.of(path);
  }

  /** {@code schema.get(key)} when {@code schema} is an object schema, else null. */
  static Object get(Object schema, String key) {
    return schema instanceof Map<?, ?> m ? m.get(key) : null;
  }

  /** The string value of {@code schema.key}, or null. */
  static String string(Object schema, String key) {
    return get(schema, key) instanceof String s ? s : null;
  }
}
