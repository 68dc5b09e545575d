package vjc.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the schema that are vjc's rather than the proto's: the job file's root with its own
 * keys, and the gcloud {@code --config} file.
 */
final class VjcKeys {

  /** Region names like us-central1, europe-west4, northamerica-northeast1. */
  private VjcKeys() {}

  /**
   * The root: CustomJob's properties copied (not {@code $ref}ed, so {@code additionalProperties:
   * false} sees them) between vjc's keys.
   */
  static Map<String, Object> root(Map<String, Object> customJob) {
    Map<String, Object> properties = new LinkedHashMap<>();
    Map<String, Object> region =
        described(
            "Vertex AI region the job runs in, like us-central1; drives the availability rules and"
                + " the API endpoint.",
            "string");
    properties.put("region", region);
    properties.put("project", described("Google Cloud project that owns the job.", "string"));
    properties.put(
        "vars",
        described(
            "Typed template variables, referenced as ${name} in scalar values; a value that is"
                + " exactly ${name} takes the variable's type. Values may be any JSON.",
            "object"));
    properties.putAll(properties(customJob));
    Map<String, Object> environments =
        described(
            "Per-environment patches of this job, by environment name; chosen with --env.",
            "object");
    environments.put(
        "additionalProperties",
        described(
            "A patch merged over this job (JSON Merge Patch; workerPoolSpecs merge by index): any"
                + " CustomJob field, plus vars.",
            "object"));
    properties.put("environments", environments);

    Map<String, Object> root = new LinkedHashMap<>();
    root.put("type", "object");
    root.put("additionalProperties", false);
    root.put("properties", properties);
    // Only jobSpec: displayName may come from the command line (gcloud --display-name), and a
    // lint rule reports it with a better message than "required".
    checkRequired(customJob, "jobSpec");
    root.put("required", List.of("jobSpec"));
    return root;
  }

  /**
   * The file of {@code gcloud ai custom-jobs create --config}: a CustomJobSpec in which gcloud also
   * takes a single worker pool as a map, and nothing is required because gcloud merges the file
   * with flags such as --worker-pool-spec. vjc itself validates normalised files against {@code
   * #/$defs/CustomJobSpec}; this entry is for editors.
   */
  static Map<String, Object> specFile(Map<String, Object> customJobSpec) {
    Map<String, Object> properties = new LinkedHashMap<>(properties(customJobSpec));
    Map<String, Object> pools = new LinkedHashMap<>();
    pools.put("description", "One worker pool, or a list of them.");
    pools.put(
        "anyOf",
        List.of(properties.get("workerPoolSpecs"), Map.of("$ref", "#/$defs/WorkerPoolSpec")));
    properties.put("workerPoolSpecs", pools);

    Map<String, Object> def = new LinkedHashMap<>();
    def.put(
        "description",
        "A gcloud ai custom-jobs create --config file: a CustomJobSpec in which workerPoolSpecs may"
            + " be a single pool and nothing is required, because gcloud merges the file with its"
            + " flags.");
    def.put("type", "object");
    def.put("additionalProperties", false);
    def.put("properties", properties);
    return def;
  }

  private static Map<String, Object> described(String description, String type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", description);
    schema.put("type", type);
    return schema;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> def) {
    return (Map<String, Object>) def.get("properties");
  }

  private static void checkRequired(Map<String, Object> def, String property) {
    if (!((List<?>) def.getOrDefault("required", List.of())).contains(property)) {
      throw new IllegalStateException(property + " is no longer required by the proto");
    }
  }
}
