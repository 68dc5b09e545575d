package vjc.importer;

import com.google.api.FieldBehavior;
import com.google.api.FieldBehaviorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vjc.diag.Diagnostic;
import vjc.diag.DidYouMean;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Reads a YAML/JSON value as a protobuf message of a known type, guided by the descriptor, into the
 * plain tree vjc import writes out: {@link LinkedHashMap} for messages and maps, {@link List}, and
 * scalars ({@link String} as vjc template text, {@link BigInteger}, {@link BigDecimal}, {@link
 * Boolean}). Keys become the REST (camelCase) names, int64 strings become numbers, enum numbers
 * become names; unknown keys and enum values are reported at their position.
 */
final class ProtoTree {

  /** How strictly keys are read. */
  enum Mode {
    /** A gcloud {@code --config} file: gcloud reads camelCase keys only. */
    GCLOUD_CONFIG,
    /** What the API or {@code gcloud ... describe} returns: either spelling, output fields. */
    API_RESOURCE
  }

  private final Mode mode;
  private final List<Diagnostic> diagnostics;

  ProtoTree(Mode mode, List<Diagnostic> diagnostics) {
    this.mode = mode;
    this.diagnostics = diagnostics;
  }

  /** {@code node} read as a {@code type}, or empty when it is not a map. */
  Optional<Map<String, Object>> message(Node node, Descriptor type) {
    if (!(node instanceof MapNode map)) {
      diagnostics.add(
          Diagnostic.error(
              "import/type",
              node.origin(),
              "expected a map for " + type.getName() + ", found a " + node.kindName()));
      return Optional.empty();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (MapNode.Field f : map.fields()) {
      Optional<FieldDescriptor> field = field(type, f.key());
      if (field.isEmpty()) {
        List<String> names = type.getFields().stream().map(FieldDescriptor::getJsonName).toList();
        String message = "unknown field '" + f.key() + "' in " + type.getName();
        Optional<String> near = DidYouMean.closest(f.key(), names);
        Diagnostic d =
            Diagnostic.error(
                "import/unknown-field",
                f.keyOrigin(),
                message + near.map(n -> "; did you mean '" + n + "'").orElse(""));
        diagnostics.add(
            d.withHint("Fields of " + type.getName() + ": " + String.join(", ", names) + "."));
        continue;
      }
      FieldDescriptor fd = field.get();
      if (mode == Mode.GCLOUD_CONFIG && !f.key().equals(fd.getJsonName())) {
        diagnostics.add(
            Diagnostic.error(
                    "import/config-key",
                    f.keyOrigin(),
                    "gcloud does not read '"
                        + f.key()
                        + "': keys with underscores are invalid"
                        + " in --config")
                .withHint("Write " + fd.getJsonName() + " instead."));
        continue;
      }
      if (isOutputOnly(fd)) {
        if (mode == Mode.GCLOUD_CONFIG) {
          diagnostics.add(
              Diagnostic.warning(
                  "import/output-only",
                  f.keyOrigin(),
                  "'" + f.key() + "' is set by Vertex AI, not by the request; dropped"));
        }
        continue;
      }
      if (f.value() instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL) {
        continue;
      }
      value(f.value(), fd).ifPresent(v -> out.put(fd.getJsonName(), v));
    }
    return Optional.of(out);
  }

  private Optional<Object> value(Node node, FieldDescriptor fd) {
    if (fd.isMapField()) {
      if (!(node instanceof MapNode map)) {
        return mismatch(node, fd, "map");
      }
      FieldDescriptor valueField = fd.getMessageType().findFieldByName("value");
      Map<String, Object> out = new TreeMap<>();
      for (MapNode.Field f : map.fields()) {
        single(f.value(), valueField).ifPresent(v -> out.put(f.key(), v));
      }
      return Optional.of(new LinkedHashMap<>(out));
    }
    if (fd.isRepeated()) {
      // gcloud --config and the Python SDK accept a single map where a list of messages goes.
      List<Node> items =
          node instanceof ListNode list
              ? list.items()
              : fd.getType() == FieldDescriptor.Type.MESSAGE && node instanceof MapNode
                  ? List.of(node)
                  : null;
      if (items == null) {
        return mismatch(node, fd, "list");
      }
      List<Object> out = new ArrayList<>();
      for (Node item : items) {
        single(item, fd).ifPresent(out::add);
      }
      return Optional.of(out);
    }
    return single(node, fd);
  }

  private Optional<Object> single(Node node, FieldDescriptor fd) {
    switch (fd.getJavaType()) {
      case MESSAGE -> {
        Descriptor type = fd.getMessageType();
        if (type.getFullName().startsWith("google.protobuf.")) {
          // Durations and timestamps are strings in JSON ("3600s").
          return scalar(node, fd).map(s -> Literal.escape(s.text()));
        }
        return message(node, type).map(m -> m);
      }
      case ENUM -> {
        return scalar(node, fd).flatMap(s -> enumName(s, fd.getEnumType()));
      }
      case INT, LONG -> {
        return scalar(node, fd).flatMap(s -> integer(s, fd));
      }
      case FLOAT, DOUBLE -> {
        return scalar(node, fd)
            .map(s -> s.type() == ScalarNode.Type.STRING ? Literal.escape(s.text()) : s.value());
      }
      case BOOLEAN -> {
        return scalar(node, fd).flatMap(s -> bool(s, fd));
      }
      default -> {
        return scalar(node, fd).map(s -> Literal.escape(s.text()));
      }
    }
  }

  private Optional<ScalarNode> scalar(Node node, FieldDescriptor fd) {
    if (node instanceof ScalarNode s) {
      return Optional.of(s);
    }
    mismatch(node, fd, "single value");
    return Optional.empty();
  }

  private Optional<Object> mismatch(Node node, FieldDescriptor fd, String expected) {
    diagnostics.add(
        Diagnostic.error(
            "import/type",
            node.origin(),
            fd.getJsonName() + " must be a " + expected + ", found a " + node.kindName()));
    return Optional.empty();
  }

  private Optional<Object> enumName(ScalarNode s, EnumDescriptor type) {
    if (s.type() == ScalarNode.Type.INTEGER) {
      EnumValueDescriptor v = type.findValueByNumber(((BigInteger) s.value()).intValue());
      if (v != null) {
        return Optional.of(v.getName());
      }
    } else {
      EnumValueDescriptor v = type.findValueByName(s.text().strip());
      if (v != null) {
        return Optional.of(v.getName());
      }
    }
    List<String> names = type.getValues().stream().map(EnumValueDescriptor::getName).toList();
    Optional<String> near = DidYouMean.closest(s.text(), names);
    diagnostics.add(
        Diagnostic.error(
                "import/enum",
                s.origin(),
                "'"
                    + s.text()
                    + "' is not a valid "
                    + type.getName()
                    + near.map(n -> "; did you mean '" + n + "'").orElse(""))
            .withHint("Values: " + String.join(", ", names) + "."));
    return Optional.empty();
  }

  private Optional<Object> integer(ScalarNode s, FieldDescriptor fd) {
    if (s.type() == ScalarNode.Type.INTEGER) {
      return Optional.of(s.value());
    }
    String t = s.text().strip();
    if (t.matches("[-+]?[0-9]+")) {
      return Optional.of(new BigInteger(t.startsWith("+") ? t.substring(1) : t));
    }
    diagnostics.add(
        Diagnostic.error(
            "import/type",
            s.origin(),
            fd.getJsonName() + " must be an integer, found '" + s.text() + "'"));
    return Optional.empty();
  }

  private Optional<Object> bool(ScalarNode s, FieldDescriptor fd) {
    if (s.type() == ScalarNode.Type.BOOLEAN) {
      return Optional.of(s.value());
    }
    String t = s.text().strip();
    if (t.equals("true") || t.equals("false")) {
      return Optional.of(Boolean.valueOf(t));
    }
    diagnostics.add(
        Diagnostic.error(
            "import/type",
            s.origin(),
            fd.getJsonName() + " must be true or false, found '" + s.text() + "'"));
    return Optional.empty();
  }

  /** The field named {@code key} in either spelling. */
  static Optional<FieldDescriptor> field(Descriptor type, String key) {
    for (FieldDescriptor f : type.getFields()) {
      if (f.getJsonName().equals(key) || f.getName().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** True for fields Vertex AI fills in and a request must not set. */
  static boolean isOutputOnly(FieldDescriptor f) {
    return f.getOptions()
        .getExtension(FieldBehaviorProto.fieldBehavior)
        .contains(FieldBehavior.OUTPUT_ONLY);
  }

  /**
   * {@code tree}, a {@code type}, with its keys in field-number order (the order of the REST
   * reference's JSON and of {@code vjc compile}), recursively; unknown keys keep their place at the
   * end.
   */
  static Map<String, Object> ordered(Map<String, Object> tree, Descriptor type) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(tree.entrySet());
    entries.sort(
        Comparator.comparingInt(
            e ->
                field(type, e.getKey()).map(FieldDescriptor::getNumber).orElse(Integer.MAX_VALUE)));
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : entries) {
      Optional<FieldDescriptor> f = field(type, e.getKey());
      out.put(e.getKey(), f.isPresent() ? orderedValue(e.getValue(), f.get()) : e.getValue());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object orderedValue(Object value, FieldDescriptor f) {
    if (f.isMapField()
        || f.getJavaType() != FieldDescriptor.JavaType.MESSAGE
        || f.getMessageType().getFullName().startsWith("google.protobuf.")) {
      return value;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object item : list) {
        out.add(
            item instanceof Map<?, ?> m
                ? ordered((Map<String, Object>) m, f.getMessageType())
                : item);
      }
      return out;
    }
    if (value instanceof Map<?, ?> m) {
      return ordered((Map<String, Object>) m, f.getMessageType());
    }
    return value;
  }
}
