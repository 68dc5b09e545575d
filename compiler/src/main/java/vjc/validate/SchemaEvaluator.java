package vjc.validate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Evaluates a vjc tree against the job schema: the subset of JSON Schema 2020-12 that {@code
 * SchemaGenerator} writes, with networknt's choice of which errors to report.
 *
 * <p>vjc used networknt's validator here; loading it with Jackson cost a third of a cold {@code vjc
 * lint}. The generated schema needs a dozen keywords, so this evaluates them directly on vjc's
 * tree. A test runs both on the same inputs and requires the same errors in the same order;
 * networknt still checks custom policies, whose schemas users write.
 */
final class SchemaEvaluator {

  /** Keywords this evaluator checks; a test fails when the schema uses any other. */
  static final Set<String> ASSERTIONS =
      Set.of(
          "$ref",
          "type",
          "enum",
          "pattern",
          "minItems",
          "minimum",
          "maximum",
          "required",
          "properties",
          "additionalProperties",
          "items",
          "anyOf");

  /** Keywords that assert nothing: annotations, and format, which 2020-12 only annotates. */
  static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$defs", "$comment", "title", "description", "readOnly", "format");

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private final JobSchema schema;
  private final Map<String, Ref> refs = new ConcurrentHashMap<>();

  SchemaEvaluator(JobSchema schema) {
    this.schema = schema;
  }

  /** Every error in {@code root}, in the order networknt reports them. */
  List<SchemaError> evaluate(Node root) {
    List<SchemaError> out = new ArrayList<>();
    evaluate(root, schema.root(), Steps.ROOT, Steps.ROOT, out);
    return out;
  }

  /**
   * A path as a chain of steps, each sharing its parent: most of the tree is valid, so a list is
   * made only for an error.
   */
  private record Steps(Steps parent, Object step) {
    static final Steps ROOT = new Steps(null, null);

    Steps then(Object next) {
      return new Steps(this, next);
    }

    List<Object> toList() {
      ArrayList<Object> steps = new ArrayList<>();
      for (Steps s = this; s.parent != null; s = s.parent) {
        steps.add(s.step);
      }
      Collections.reverse(steps);
      return steps;
    }

    static Steps of(List<Object> path) {
      Steps s = ROOT;
      for (Object step : path) {
        s = s.then(step);
      }
      return s;
    }
  }

  private void evaluate(Node node, Object s, Steps at, Steps schemaAt, List<SchemaError> out) {
    if (!(s instanceof Map<?, ?> keywords)) {
      if (Boolean.FALSE.equals(s)) {
        out.add(new SchemaError("false", at.toList(), schemaAt.toList(), null));
      }
      return;
    }
    boolean properties = keywords.containsKey("properties");
    for (Map.Entry<?, ?> k : keywords.entrySet()) {
      String keyword = (String) k.getKey();
      if (keyword.equals("additionalProperties") && properties) {
        continue; // judged with properties, below
      }
      check(keyword, k.getValue(), keywords, node, at, schemaAt, out);
      if (keyword.equals("properties") && keywords.containsKey("additionalProperties")) {
        check(
            "additionalProperties",
            keywords.get("additionalProperties"),
            keywords,
            node,
            at,
            schemaAt,
            out);
      }
    }
  }

  private void check(
      String keyword,
      Object value,
      Map<?, ?> keywords,
      Node node,
      Steps at,
      Steps schemaAt,
      List<SchemaError> out) {
    switch (keyword) {
      case "$ref" -> {
        Ref ref = refs.computeIfAbsent((String) value, this::resolve);
        if (ref != null) {
          evaluate(node, ref.schema(), at, ref.path(), out);
        }
      }
      case "type" -> {
        if (!hasType(node, value)) {
          out.add(error(keyword, at, schemaAt, null));
        }
      }
      case "enum" -> {
        if (!(value instanceof List<?> allowed) || !contains(allowed, node)) {
          out.add(error(keyword, at, schemaAt, null));
        }
      }
      case "pattern" -> {
        if (node instanceof ScalarNode s
            && s.value() instanceof String text
            && !pattern((String) value).matcher(text).find()) {
          out.add(error(keyword, at, schemaAt, null));
        }
      }
      case "minItems" -> {
        if (node instanceof ListNode l && l.size() < ((Number) value).longValue()) {
          out.add(error(keyword, at, schemaAt, null));
        }
      }
      case "minimum", "maximum" -> {
        BigDecimal n = number(node);
        if (n != null) {
          int c = n.compareTo(decimal(value));
          if (keyword.equals("minimum") ? c < 0 : c > 0) {
            out.add(error(keyword, at, schemaAt, null));
          }
        }
      }
      case "required" -> {
        if (node instanceof MapNode m) {
          for (Object name : (List<?>) value) {
            if (!m.has((String) name)) {
              out.add(error(keyword, at, schemaAt, (String) name));
            }
          }
        }
      }
      case "properties" -> {
        if (node instanceof MapNode m) {
          for (Map.Entry<?, ?> p : ((Map<?, ?>) value).entrySet()) {
            String name = (String) p.getKey();
            m.get(name)
                .ifPresent(
                    child ->
                        evaluate(
                            child,
                            p.getValue(),
                            at.then(name),
                            schemaAt.then("properties").then(name),
                            out));
          }
        }
      }
      case "additionalProperties" -> {
        if (node instanceof MapNode m) {
          Object declared = keywords.get("properties");
          for (MapNode.Field f : m.fields()) {
            if (declared instanceof Map<?, ?> d && d.containsKey(f.key())) {
              continue;
            }
            if (Boolean.FALSE.equals(value)) {
              out.add(error(keyword, at, schemaAt, f.key()));
            } else {
              evaluate(f.value(), value, at.then(f.key()), schemaAt.then(keyword), out);
            }
          }
        }
      }
      case "items" -> {
        if (node instanceof ListNode l) {
          for (int i = 0; i < l.size(); i++) {
            evaluate(l.get(i), value, at.then(i), schemaAt.then(keyword), out);
          }
        }
      }
      case "anyOf" -> {
        // Only when every branch fails do its errors count, all of them, branch by branch.
        List<?> branches = (List<?>) value;
        List<SchemaError> failures = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
          int before = failures.size();
          evaluate(node, branches.get(i), at, schemaAt.then(keyword).then(i), failures);
          if (failures.size() == before) {
            return;
          }
        }
        out.addAll(failures);
      }
      default -> {
        // annotations; SchemaEvaluatorTest keeps the schema to ASSERTIONS and ANNOTATIONS
      }
    }
  }

  private static SchemaError error(String keyword, Steps at, Steps schemaAt, String property) {
    return new SchemaError(keyword, at.toList(), schemaAt.then(keyword).toList(), property);
  }

  /** A {@code $ref}'s target and its path; the generated schema's refs are all local. */
  private record Ref(Object schema, Steps path) {}

  private Ref resolve(String ref) {
    List<Object> path = JobSchema.refPath(ref);
    return path == null ? null : new Ref(schema.at(path), Steps.of(path));
  }

  private static boolean hasType(Node node, Object type) {
    if (type instanceof List<?> types) {
      return types.stream().anyMatch(t -> hasType(node, t));
    }
    return switch (String.valueOf(type)) {
      case "object" -> node instanceof MapNode;
      case "array" -> node instanceof ListNode;
      case "string" -> isScalar(node, ScalarNode.Type.STRING);
      case "boolean" -> isScalar(node, ScalarNode.Type.BOOLEAN);
      case "null" -> isScalar(node, ScalarNode.Type.NULL);
      case "number" -> number(node) != null;
      case "integer" -> {
        BigDecimal n = number(node);
        yield n != null && (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0);
      }
      default -> false;
    };
  }

  private static boolean isScalar(Node node, ScalarNode.Type type) {
    return node instanceof ScalarNode s && s.type() == type;
  }

  /** The value of a number node; null for other nodes and for infinities and NaN. */
  private static BigDecimal number(Node node) {
    if (!(node instanceof ScalarNode s)) {
      return null;
    }
    if (s.value() instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (s.value() instanceof BigDecimal d) {
      return d;
    }
    if (s.value() instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d);
    }
    return null;
  }

  private static BigDecimal decimal(Object schemaNumber) {
    return schemaNumber instanceof Double d
        ? BigDecimal.valueOf(d)
        : BigDecimal.valueOf(((Number) schemaNumber).longValue());
  }

  private static boolean contains(List<?> allowed, Node node) {
    if (!(node instanceof ScalarNode s)) {
      return false;
    }
    for (Object a : allowed) {
      if (a == null ? s.value() == null : a instanceof String && a.equals(s.value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pattern with JSON Schema's (ECMA 262) meaning. Java's {@code $} also matches before a final
   * line break, ECMA's only at the very end, so "${x}\n" must not pass for "${x}": a trailing
   * {@code $} becomes {@code \z}. The generated schema's patterns use no other anchor.
   */
  private static Pattern pattern(String regex) {
    return PATTERNS.computeIfAbsent(
        regex,
        r ->
            Pattern.compile(
                r.endsWith("$") && !r.endsWith("\\$")
                    ? r.substring(0, r.length() - 1) + "\\z"
                    : r));
  }
}
