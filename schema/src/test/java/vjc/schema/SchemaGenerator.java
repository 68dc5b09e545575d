package vjc.schema;

import com.google.api.FieldBehavior;
import com.google.api.FieldBehaviorProto;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.CustomJobSpec;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.GenericDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Generates the JSON Schema (draft 2020-12) of the vjc job file from the descriptors of {@code
 * google.cloud.aiplatform.v1.CustomJob} and every message and enum reachable from it.
 */
public final class SchemaGenerator {

  /** The schema's {@code $id}; validators register the schema text under this IRI. */
  public static final String ID = "https://vjc.dev/schema/job.schema.json";

  /** Where the generated schema is checked in, relative to the repository root. */
  public static final String CHECKED_IN = "schema/src/main/resources/vjc/schema/job.schema.json";

  /**
   * Messages that never get a {@code required} list: custom_job.proto says of
   * CustomJobSpec.worker_pool_specs that all pools except the first "are optional and can be
   * skipped by providing an empty value", so {@code {}} must validate as a WorkerPoolSpec.
   */
  private static final Set<String> NOTHING_REQUIRED =
      Set.of("google.cloud.aiplatform.v1.WorkerPoolSpec");

  private static final String PROTO_POM =
      "/META-INF/maven/com.google.api.grpc/proto-google-cloud-aiplatform-v1/pom.properties";

  /** Reachable messages and enums that get a {@code $defs} entry, by full name. */
  private final Map<String, GenericDescriptor> types = new LinkedHashMap<>();

  /** Full name to {@code $defs} key. */
  private final Map<String, String> defNames = new LinkedHashMap<>();

  private final FieldSchemas fieldSchemas =
      new FieldSchemas(type -> "#/$defs/" + defNames.get(type.getFullName()));

  private SchemaGenerator(Descriptor root) {
    collect(root);
    Map<String, Long> shortNameCounts =
        types.values().stream()
            .collect(Collectors.groupingBy(GenericDescriptor::getName, Collectors.counting()));
    for (GenericDescriptor type : types.values()) {
      boolean clash = shortNameCounts.get(type.getName()) > 1;
      defNames.put(type.getFullName(), clash ? type.getFullName() : type.getName());
    }
  }

  /** The schema text: deterministic, 2-space indent, trailing newline. */
  public static String generate() {
    return JsonText.write(new SchemaGenerator(CustomJob.getDescriptor()).schema());
  }

  private void collect(Descriptor root) {
    Deque<Descriptor> queue = new ArrayDeque<>(List.of(root));
    Set<String> visited = new HashSet<>();
    while (!queue.isEmpty()) {
      Descriptor message = queue.poll();
      if (!visited.add(message.getFullName())
          || message.getFullName().startsWith("google.protobuf.")) {
        continue; // well-known types are inlined by FieldSchemas
      }
      // Map entries are not types of their own in JSON, but their values may be messages.
      if (!message.getOptions().getMapEntry()) {
        types.put(message.getFullName(), message);
      }
      for (FieldDescriptor field : message.getFields()) {
        if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
          queue.add(field.getMessageType());
        } else if (field.getJavaType() == FieldDescriptor.JavaType.ENUM
            && !field.getEnumType().getFullName().equals("google.protobuf.NullValue")) {
          types.putIfAbsent(field.getEnumType().getFullName(), field.getEnumType());
        }
      }
    }
  }

  private Map<String, Object> schema() {
    Map<String, Object> defs = new TreeMap<>();
    for (GenericDescriptor type : types.values()) {
      defs.put(
          defNames.get(type.getFullName()),
          type instanceof Descriptor message
              ? messageDef(message)
              : enumDef((EnumDescriptor) type));
    }
    checkDescriptionKeys(defs);
    Map<String, Object> customJob = def(defs, CustomJob.getDescriptor());
    Map<String, Object> spec = def(defs, CustomJobSpec.getDescriptor());
    defs.put("CustomJobSpecFile", VjcKeys.specFile(spec));

    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "vjc job file");
    root.put(
        "description",
        "A Vertex AI CustomJob as the REST API spells it (camelCase), plus the vjc keys region,"
            + " project, vars and environments. Generated by vjc.schema.SchemaGenerator from the"
            + " google.cloud.aiplatform.v1 descriptors of proto-google-cloud-aiplatform-v1 "
            + protoVersion()
            + "; do not edit by hand, regenerate with: mvn -q test -Dvjc.updateGolden=true");
    root.putAll(VjcKeys.root(customJob));
    root.put("$defs", defs);
    return root;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> def(Map<String, Object> defs, Descriptor message) {
    return (Map<String, Object>) defs.get(defNames.get(message.getFullName()));
  }

  private Map<String, Object> messageDef(Descriptor message) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    boolean mayRequire = !NOTHING_REQUIRED.contains(message.getFullName());
    for (FieldDescriptor field : message.getFields()) {
      List<FieldBehavior> behaviors =
          field.getOptions().getExtension(FieldBehaviorProto.fieldBehavior);
      boolean isRequired = mayRequire && behaviors.contains(FieldBehavior.REQUIRED);
      if (isRequired) {
        required.add(field.getJsonName());
      }
      properties.put(field.getJsonName(), property(message, field, behaviors, isRequired));
    }
    Map<String, Object> def = new LinkedHashMap<>();
    def.put("$comment", message.getFullName());
    StringJoiner description = new StringJoiner(" ");
    Descriptions.of(message.getName()).ifPresent(description::add);
    for (OneofDescriptor oneof : message.getRealOneofs()) {
      // Oneofs are left to a lint rule, whose message can name both fields and their lines.
      description.add(
          "Proto oneof "
              + oneof.getName()
              + ": set at most one of "
              + oneof.getFields().stream()
                  .map(FieldDescriptor::getJsonName)
                  .collect(Collectors.joining(", "))
              + "; not encoded in this schema, vjc lint checks it.");
    }
    if (description.length() > 0) {
      def.put("description", description.toString());
    }
    def.put("type", "object");
    def.put("additionalProperties", false);
    def.put("properties", properties);
    if (!required.isEmpty()) {
      def.put("required", required);
    }
    return def;
  }

  private Map<String, Object> property(
      Descriptor message,
      FieldDescriptor field,
      List<FieldBehavior> behaviors,
      boolean isRequired) {
    Map<String, Object> type = fieldSchemas.field(field);
    boolean isOutputOnly = behaviors.contains(FieldBehavior.OUTPUT_ONLY);
    StringJoiner description = new StringJoiner(" ");
    Descriptions.of(message.getName() + "." + field.getJsonName()).ifPresent(description::add);
    Object typeDescription = type.remove("description");
    if (typeDescription != null) {
      description.add((String) typeDescription);
    }
    if (isOutputOnly) {
      description.add("Output only: set by Vertex AI, an error in a job file.");
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    if (description.length() > 0) {
      schema.put("description", description.toString());
    }
    schema.putAll(type);
    if (isRequired && field.isRepeated() && !field.isMapField()) {
      // proto3 cannot tell an empty list from an absent one, so REQUIRED means non-empty.
      schema.put("minItems", 1);
    }
    if (isOutputOnly) {
      schema.put("readOnly", true);
    }
    if (field.getOptions().getDeprecated()) {
      schema.put("deprecated", true);
    }
    return schema;
  }

  private static Map<String, Object> enumDef(EnumDescriptor type) {
    Map<String, Object> def = new LinkedHashMap<>();
    def.put("$comment", type.getFullName());
    // JSON Schema cannot deprecate single enum values, so name them where people read.
    String deprecated =
        type.getValues().stream()
            .filter(value -> value.getOptions().getDeprecated())
            .map(EnumValueDescriptor::getName)
            .collect(Collectors.joining(", "));
    if (!deprecated.isEmpty()) {
      def.put("description", "Deprecated values: " + deprecated + ".");
    }
    def.put("enum", type.getValues().stream().map(EnumValueDescriptor::getName).toList());
    return def;
  }

  /** Every description key names a generated message, or a property of one. */
  private static void checkDescriptionKeys(Map<String, Object> defs) {
    for (String key : Descriptions.keys()) {
      int dot = key.indexOf('.');
      Object def = defs.get(dot < 0 ? key : key.substring(0, dot));
      boolean found =
          def instanceof Map<?, ?> map
              && (dot < 0
                  || (map.get("properties") instanceof Map<?, ?> properties
                      && properties.containsKey(key.substring(dot + 1))));
      if (!found) {
        throw new IllegalStateException(
            "description for "
                + key
                + " names nothing in the descriptors; was it renamed in the proto?");
      }
    }
  }

  private static String protoVersion() {
    try (InputStream in = CustomJob.class.getResourceAsStream(PROTO_POM)) {
      if (in == null) {
        throw new IllegalStateException("cannot find " + PROTO_POM + " on the classpath");
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
