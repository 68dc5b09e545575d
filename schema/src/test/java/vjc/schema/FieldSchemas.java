package vjc.schema;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.GenericDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON Schema of a field's value under the proto3 JSON mapping
 * (https://protobuf.dev/programming-guides/json/), well-known types included.
 */
final class FieldSchemas {

  static final String DURATION_PATTERN = "^-?[0-9]+(\\.[0-9]{1,9})?s$";
  static final String INT64_PATTERN = "^-?[0-9]+$";
  static final String UINT64_PATTERN = "^[0-9]+$";

  /**
   * A whole value written as a vjc variable reference. Job files are validated after templating, so
   * this branch only serves editors, which see {@code acceleratorCount: ${gpus}} as written.
   */
  static final String TEMPLATE_PATTERN = "^\\$\\{[A-Za-z_][A-Za-z0-9_.-]*\\}$";

  /** Maps a message or enum type to its {@code $ref} target, e.g. {@code #/$defs/MachineSpec}. */
  private final Function<GenericDescriptor, String> refs;

  FieldSchemas(Function<GenericDescriptor, String> refs) {
    this.refs = refs;
  }

  /**
   * The schema of the whole field, where anything but a string may also be written as a whole
   * {@code ${variable}}.
   */
  Map<String, Object> field(FieldDescriptor field) {
    Map<String, Object> schema = plainField(field);
    if ("string".equals(schema.get("type"))) {
      return schema;
    }
    Map<String, Object> template = type("string");
    template.put("pattern", TEMPLATE_PATTERN);
    Map<String, Object> either = new LinkedHashMap<>();
    either.put("anyOf", List.of(schema, template));
    return either;
  }

  /** The schema of the whole field: a map, an array of values, or a single value. */
  private Map<String, Object> plainField(FieldDescriptor field) {
    if (field.isMapField()) {
      Descriptor entry = field.getMessageType();
      Map<String, Object> schema = type("object");
      FieldDescriptor key = entry.findFieldByName("key");
      if (key.getJavaType() != FieldDescriptor.JavaType.STRING) {
        // JSON object keys are strings; proto JSON writes integer and bool keys as their text.
        schema.put(
            "propertyNames",
            key.getJavaType() == FieldDescriptor.JavaType.BOOLEAN
                ? Map.of("enum", List.of("true", "false"))
                : Map.of("pattern", INT64_PATTERN));
      }
      schema.put("additionalProperties", value(entry.findFieldByName("value")));
      return schema;
    }
    if (field.isRepeated()) {
      Map<String, Object> schema = type("array");
      schema.put("items", value(field));
      return schema;
    }
    return value(field);
  }

  /** The schema of one value of the field (an item, for a repeated field). */
  Map<String, Object> value(FieldDescriptor field) {
    return switch (field.getType()) {
      case STRING -> type("string");
      case BOOL -> type("boolean");
      case INT32, SINT32, SFIXED32 -> integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
      case UINT32, FIXED32 -> integer(0, 0xFFFF_FFFFL);
      case INT64, SINT64, SFIXED64 -> int64(false);
      case UINT64, FIXED64 -> int64(true);
      case FLOAT, DOUBLE -> type("number");
      case BYTES -> bytes();
      case ENUM ->
          field.getEnumType().getFullName().equals("google.protobuf.NullValue")
              ? type("null")
              : ref(field.getEnumType());
      case MESSAGE, GROUP -> message(field.getMessageType());
    };
  }

  private Map<String, Object> message(Descriptor type) {
    String name = type.getFullName();
    if (!name.startsWith("google.protobuf.")) {
      return ref(type);
    }
    return switch (name) {
      case "google.protobuf.Duration" -> {
        Map<String, Object> schema = type("string");
        schema.put("description", "A duration in seconds with an s suffix, like 7200s.");
        schema.put("pattern", DURATION_PATTERN);
        yield schema;
      }
      case "google.protobuf.Timestamp" -> {
        Map<String, Object> schema = type("string");
        schema.put("format", "date-time");
        yield schema;
      }
      case "google.protobuf.Struct", "google.protobuf.Empty" -> type("object");
      case "google.protobuf.ListValue" -> type("array");
      case "google.protobuf.Value" -> new LinkedHashMap<>();
      case "google.protobuf.FieldMask" -> type("string");
      case "google.protobuf.Any" -> {
        // An Any prints as the packed message's fields plus "@type".
        Map<String, Object> schema = type("object");
        schema.put("properties", Map.of("@type", type("string")));
        schema.put("required", List.of("@type"));
        yield schema;
      }
      case "google.protobuf.BoolValue",
          "google.protobuf.StringValue",
          "google.protobuf.BytesValue",
          "google.protobuf.Int32Value",
          "google.protobuf.UInt32Value",
          "google.protobuf.Int64Value",
          "google.protobuf.UInt64Value",
          "google.protobuf.FloatValue",
          "google.protobuf.DoubleValue" ->
          value(type.findFieldByName("value"));
      default ->
          // Fail loudly: a new well-known type needs a deliberate mapping, not a guess.
          throw new IllegalStateException("no JSON mapping for well-known type " + name);
    };
  }

  private Map<String, Object> ref(GenericDescriptor type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$ref", refs.apply(type));
    return schema;
  }

  private static Map<String, Object> integer(long min, long max) {
    Map<String, Object> schema = type("integer");
    schema.put("minimum", min);
    schema.put("maximum", max);
    return schema;
  }

  /** 64-bit integers print as JSON strings (JavaScript numbers lose precision), parse as both. */
  private static Map<String, Object> int64(boolean unsigned) {
    Map<String, Object> number = type("integer");
    Map<String, Object> digits = type("string");
    if (unsigned) {
      number.put("minimum", 0);
      digits.put("pattern", UINT64_PATTERN);
    } else {
      digits.put("pattern", INT64_PATTERN);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("anyOf", List.of(number, digits));
    return schema;
  }

  private static Map<String, Object> bytes() {
    Map<String, Object> schema = type("string");
    schema.put("contentEncoding", "base64");
    return schema;
  }

  static Map<String, Object> type(String type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", type);
    return schema;
  }
}
