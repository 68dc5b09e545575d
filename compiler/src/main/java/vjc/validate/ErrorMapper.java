package vjc.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.diag.DidYouMean;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.load.SourceText;

/** Turns one schema error into a positioned diagnostic in plain words. */
final class ErrorMapper {

  static final String DURATION_PATTERN = "^-?[0-9]+(\\.[0-9]{1,9})?s$";

  private final Node root;
  private final JobSchema schema;
  private final SourceText source;

  /** {@code source} is the job file's text, for how the user spelt a field name there. */
  ErrorMapper(Node root, JobSchema schema, SourceText source) {
    this.root = root;
    this.schema = schema;
    this.source = source;
  }

  /** The diagnostic for {@code e}, or null for errors that another error already explains. */
  Diagnostic map(SchemaError e) {
    String keyword = e.keyword();
    List<Object> path = e.instancePath();
    Node node = locate(path);
    String field = fieldName(path);
    List<Object> schemaPath = e.schemaPath();
    Object keywordSchema = schema.at(schemaPath);
    Object owner = schema.at(schemaPath.subList(0, schemaPath.size() - 1));
    String ruleId = "schema/" + keyword;
    if (isTemplateBranch(owner) || isUnresolvedReference(node)) {
      // The template branch exists for editors; the other branch's error says what is wrong.
      // An unresolved ${name} was already reported by the template stage at this very place.
      return null;
    }
    return switch (keyword) {
      case "additionalProperties" -> unknownField(e, node, owner, path);
      case "required" -> missingField(e, node, path);
      case "type" ->
          isDuration(owner)
              ? notADuration(node, field)
              : wrongType(ruleId, node, field, isInt64(owner) ? null : keywordSchema, owner);
      case "enum" -> badEnum(ruleId, node, field, keywordSchema);
      case "pattern" -> badPattern(ruleId, node, field, keywordSchema);
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
          Diagnostic.error(
              ruleId,
              node.origin(),
              field + " " + describe(node) + " " + bound(keyword, keywordSchema));
      case "minItems" -> tooFewItems(ruleId, node, field, keywordSchema);
      default -> Diagnostic.error(ruleId, node.origin(), field + " is not allowed here");
    };
  }

  private Diagnostic unknownField(SchemaError e, Node parent, Object owner, List<Object> path) {
    String name = e.property();
    Origin at = parent.origin();
    if (parent instanceof MapNode m && name != null) {
      at = m.field(name).map(MapNode.Field::keyOrigin).orElse(at);
    }
    List<String> known = new ArrayList<>();
    if (JobSchema.get(owner, "properties") instanceof Map<?, ?> properties) {
      properties.keySet().forEach(k -> known.add((String) k));
    }
    String where = path.isEmpty() ? "the job" : fieldName(path);
    // The loader camelizes snake_case keys (gcloud config files use them); speak the user's form.
    boolean snake = name != null && writtenSnake(at, name);
    Optional<String> near = DidYouMean.closest(String.valueOf(name), known);
    if (snake) {
      name = toSnake(name);
      near = near.map(ErrorMapper::toSnake);
    }
    String message = "unknown field '" + name + "' in " + where;
    Diagnostic d;
    if (near.isPresent()) {
      d =
          Diagnostic.error(
                  "schema/unknown-field", at, message + "; did you mean '" + near.get() + "'")
              .withHint("Rename '" + name + "' to '" + near.get() + "'.");
    } else {
      d = Diagnostic.error("schema/unknown-field", at, message);
      if (!known.isEmpty() && known.size() <= 12) {
        d = d.withHint("Known fields here: " + String.join(", ", known) + ".");
      }
    }
    return d;
  }

  /** True when the key at {@code at} is written as the snake_case form of {@code name}. */
  private boolean writtenSnake(Origin at, String name) {
    String snake = toSnake(name);
    if (snake.equals(name) || !at.file().equals(source.file())) {
      return false;
    }
    return source
        .line(at.line())
        .filter(l -> at.column() >= 1 && at.column() <= l.length())
        .map(l -> l.substring(at.column() - 1).replaceFirst("^[\"']", ""))
        .filter(rest -> rest.startsWith(snake))
        .isPresent();
  }

  /** {@code replicaCount} as {@code replica_count}. */
  static String toSnake(String name) {
    StringBuilder b = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static Diagnostic tooFewItems(String ruleId, Node node, String field, Object minimum) {
    int size = node instanceof ListNode l ? l.size() : 0;
    return Diagnostic.error(
            ruleId,
            node.origin(),
            field
                + " needs at least "
                + minimum
                + " item"
                + ("1".equals(String.valueOf(minimum)) ? "" : "s")
                + ", found "
                + (size == 0 ? "an empty list" : String.valueOf(size)))
        .withHint("Add to " + field + ", or remove the field.");
  }

  private Diagnostic missingField(SchemaError e, Node parent, List<Object> path) {
    String name = e.property();
    String where = path.isEmpty() ? "the job" : fieldName(path);
    String hint = "Add " + name + " to " + where + ".";
    if (name != null && name.equals("workerPoolSpecs")) {
      hint =
          "Add workerPoolSpecs; a gcloud --config file may leave pools to --worker-pool-spec"
              + " flags, but vjc needs them in the file (vjc import translates such a command).";
    }
    return Diagnostic.error(
            "schema/required", parent.origin(), "missing required field '" + name + "' in " + where)
        .withHint(hint);
  }

  private static final java.util.regex.Pattern REFERENCE =
      java.util.regex.Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_.-]*}");

  /** Matches the schema's TEMPLATE_PATTERN: a whole value written as a ${variable}. */
  static final String TEMPLATE_PATTERN = "^\\$\\{[A-Za-z_][A-Za-z0-9_.-]*\\}$";

  private static boolean isTemplateBranch(Object owner) {
    return TEMPLATE_PATTERN.equals(JobSchema.string(owner, "pattern"));
  }

  private static boolean isUnresolvedReference(Node node) {
    return node instanceof ScalarNode s
        && s.asString().map(t -> REFERENCE.matcher(t).find()).orElse(false);
  }

  /** The string branch of an int64 field: protobuf's JSON mapping writes int64 as digits. */
  private static boolean isInt64(Object owner) {
    return "^-?[0-9]+$".equals(JobSchema.string(owner, "pattern"));
  }

  private Diagnostic wrongType(
      String ruleId, Node node, String field, Object keywordSchema, Object owner) {
    String expected = keywordSchema == null ? "an integer" : typeNoun(keywordSchema);
    Diagnostic d =
        Diagnostic.error(
            ruleId, node.origin(), field + " must be " + expected + ", found " + describe(node));
    d = withPlaceholderHint(d, node);
    if (d.hint().isEmpty() && node instanceof ScalarNode s && s.value() instanceof String text) {
      // One value where a list or a map belongs: show the shape the field takes.
      if ("array".equals(keywordSchema)) {
        d =
            d.withHint(
                "Write "
                    + field
                    + " as a list: "
                    + field
                    + ": ["
                    + shorten(text)
                    + "], or each item on its own line below it, after '- '.");
      } else if ("object".equals(keywordSchema)
          && JobSchema.get(owner, "properties") instanceof Map<?, ?> fields
          && !fields.isEmpty()) {
        List<String> names = new ArrayList<>();
        fields.keySet().forEach(k -> names.add((String) k));
        d = d.withHint("Write " + field + " as a map of its fields: " + abbreviate(names) + ".");
      }
    }
    if (d.hint().isEmpty() && node instanceof MapNode m && "array".equals(keywordSchema)) {
      d = d.withHint(mapForList(field, m, itemSchema(owner)));
    }
    if (d.hint().isEmpty() && node instanceof ListNode && "object".equals(keywordSchema)) {
      d = d.withHint("Write " + field + " as a map, one key: value per line.");
    }
    return d;
  }

  /** The schema of a list's items, following a $ref. */
  private Object itemSchema(Object listSchema) {
    Object items = JobSchema.get(listSchema, "items");
    String ref = JobSchema.string(items, "$ref");
    return ref == null ? items : schema.target(ref);
  }

  /**
   * How to write a map as the list it should be. {@code env: {EPOCHS: "3"}} is the common case, as
   * other tools write environments: each entry becomes a name/value pair.
   */
  private static String mapForList(String field, MapNode map, Object items) {
    if (JobSchema.get(items, "properties") instanceof Map<?, ?> props
        && props.keySet().equals(java.util.Set.of("name", "value"))
        && !map.fields().isEmpty()
        && map.fields().get(0).value() instanceof ScalarNode first) {
      return "Write "
          + field
          + " as a list of name/value pairs, one per entry: - {name: "
          + map.fields().get(0).key()
          + ", value: \""
          + shorten(first.text()).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
          + "\"}.";
    }
    return "Write " + field + " as a list, with '- ' before each item.";
  }

  private Diagnostic badEnum(String ruleId, Node node, String field, Object keywordSchema) {
    List<String> allowed = new ArrayList<>();
    if (keywordSchema instanceof List<?> values) {
      values.forEach(v -> allowed.add(String.valueOf(v)));
    }
    String value = node instanceof ScalarNode s ? s.text() : node.kindName();
    Optional<String> near = DidYouMean.closestName(value, allowed);
    if (node instanceof ScalarNode s && s.type() == ScalarNode.Type.INTEGER) {
      return Diagnostic.error(
              ruleId, node.origin(), field + " is the number " + value + "; write the value's name")
          .withHint("Use one of: " + abbreviate(allowed) + ".");
    }
    if (!(node instanceof ScalarNode)) {
      return withPlaceholderHint(
          Diagnostic.error(
                  ruleId,
                  node.origin(),
                  field + " must be one of its known values, found " + describe(node))
              .withHint("Use one of: " + abbreviate(allowed) + "."),
          node);
    }
    if (near.isPresent()) {
      return Diagnostic.error(
              ruleId,
              node.origin(),
              field + " '" + value + "' is not a known value; did you mean '" + near.get() + "'")
          .withHint("Use " + near.get() + ".");
    }
    Diagnostic d =
        Diagnostic.error(ruleId, node.origin(), field + " '" + value + "' is not a known value");
    d = d.withHint("Use one of: " + abbreviate(allowed) + ".");
    return withPlaceholderHint(d, node);
  }

  private Diagnostic badPattern(String ruleId, Node node, String field, Object keywordSchema) {
    String pattern = keywordSchema instanceof String p ? p : "";
    if (pattern.equals(DURATION_PATTERN)) {
      return notADuration(node, field);
    }
    if (pattern.equals("^-?[0-9]+$")) {
      return withPlaceholderHint(
          Diagnostic.error(
              "schema/type", node.origin(), field + " must be an integer, found " + describe(node)),
          node);
    }
    return Diagnostic.error(
        ruleId,
        node.origin(),
        field + " " + describe(node) + " does not match the pattern " + pattern);
  }

  private static boolean isDuration(Object owner) {
    return DURATION_PATTERN.equals(JobSchema.string(owner, "pattern"));
  }

  private static Diagnostic notADuration(Node node, String field) {
    return withPlaceholderHint(
        Diagnostic.error(
                "schema/duration",
                node.origin(),
                field + " " + describe(node) + " is not a duration")
            .withHint("Write durations in seconds with an 's' suffix, e.g. 7200s for two hours."),
        node);
  }

  /** {@code {PROJECT_ID}} in YAML is a map with one key; people mean a placeholder. */
  private static Diagnostic withPlaceholderHint(Diagnostic d, Node node) {
    if (node instanceof MapNode m
        && m.fields().size() == 1
        && m.fields().get(0).value() instanceof ScalarNode s
        && s.type() == ScalarNode.Type.NULL) {
      String key = m.fields().get(0).key();
      return d.withHint(
          "'{"
              + key
              + "}' is a YAML map, not a placeholder; replace it with the"
              + " real value, quote it, or use ${"
              + key
              + "} with vars.");
    }
    return d;
  }

  private static String typeNoun(Object typeSchema) {
    if (typeSchema instanceof List<?> types) {
      List<String> names = new ArrayList<>();
      types.forEach(t -> names.add(article(String.valueOf(t))));
      return String.join(" or ", names);
    }
    return article(String.valueOf(typeSchema));
  }

  private static String article(String type) {
    return switch (type) {
      case "integer" -> "an integer";
      case "object" -> "a map";
      case "array" -> "a list";
      case "null" -> "null";
      default -> "a " + type;
    };
  }

  static String describe(Node node) {
    if (node instanceof ScalarNode s) {
      return switch (s.type()) {
        case STRING -> "'" + shorten((String) s.value()) + "'";
        case NULL -> "null";
        default -> s.kindName() + " " + numberText(s);
      };
    }
    if (node instanceof MapNode) {
      return "a map";
    }
    return "a list";
  }

  /** A number as written, or in scientific notation when its digits would not fit a message. */
  private static String numberText(ScalarNode s) {
    String text = s.text();
    return text.length() > 30 && s.value() instanceof java.math.BigDecimal d ? d.toString() : text;
  }

  /** "string 'two'" reads better than "'two'" after "found". */
  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private static String bound(String keyword, Object value) {
    String v = value == null ? "?" : String.valueOf(value);
    return switch (keyword) {
      case "minimum" -> "is below the minimum " + v;
      case "maximum" -> "is above the maximum " + v;
      case "exclusiveMinimum" -> "must be greater than " + v;
      default -> "must be less than " + v;
    };
  }

  private static String abbreviate(List<String> values) {
    if (values.size() <= 8) {
      return String.join(", ", values);
    }
    return String.join(", ", values.subList(0, 8)) + ", ... (" + values.size() + " in all)";
  }

  /** The field a path ends in, e.g. {@code replicaCount} or {@code workerPoolSpecs[1]}. */
  static String fieldName(List<Object> path) {
    String full = SchemaValidator.readable(path);
    if (full.isEmpty()) {
      return "the job";
    }
    int dot = full.lastIndexOf('.');
    return dot < 0 ? full : full.substring(dot + 1);
  }

  private Node locate(List<Object> path) {
    Node node = root;
    for (Object el : path) {
      Node next = null;
      if (el instanceof Integer n && node instanceof ListNode l && n < l.size()) {
        next = l.get(n);
      } else if (node instanceof MapNode m) {
        next = m.get(String.valueOf(el)).orElse(null);
      }
      if (next == null) {
        return node;
      }
      node = next;
    }
    return node;
  }
}
