package vjc.lint.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/** Fields that name other resources must use the resource-name forms of the v1 protos. */
public final class ResourceNames implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "resource-names", Severity.ERROR, "resource names must have the form the API documents");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  // The forms are the ones the aiplatform v1 protos document (custom_job.proto,
  // encryption_spec.proto, reservation_affinity.proto; see vertex-facts.md section 3).
  private static final String NETWORK = "projects/{project}/global/networks/{network}";
  private static final String KMS_KEY =
      "projects/{project}/locations/{location}/keyRings/{keyRing}/cryptoKeys/{cryptoKey}";
  private static final String TENSORBOARD =
      "projects/{project}/locations/{location}/tensorboards/{id}";
  private static final String CONTEXT =
      "projects/{project}/locations/{location}/metadataStores/{id}/contexts/{context}";
  private static final String MODEL = "projects/{project}/locations/{location}/models/{model}";
  private static final String RESERVATION =
      "projects/{project}/zones/{zone}/reservations/{reservation}";
  private static final String RESERVATION_KEY = "compute.googleapis.com/reservation-name";

  private static final Pattern PROJECT_NUMBER = Pattern.compile("[0-9]+");
  // Project IDs: 6-30 characters; legacy domain-scoped IDs carry a "domain:" prefix.
  private static final Pattern PROJECT_ID =
      Pattern.compile("(?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9]");
  private static final Map<String, Pattern> SEGMENTS =
      Map.of(
          "location", Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]"),
          "network", Pattern.compile("[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?"),
          "reservation", Pattern.compile("[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?"),
          "zone", Pattern.compile("[a-z]+-[a-z]+[0-9]+-[a-z]"),
          "keyRing", Pattern.compile("[A-Za-z0-9_-]{1,63}"),
          "cryptoKey", Pattern.compile("[A-Za-z0-9_-]{1,63}"),
          "model", Pattern.compile("[A-Za-z0-9_-]+(?:@[A-Za-z0-9_-]+)?"));
  private static final Pattern ANY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern PERSISTENT_RESOURCE_ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s/]+@[^@\\s/]+\\.[A-Za-z]{2,}");

  @Override
  public void check(LintContext context, Reporter reporter) {
    MapNode root = context.root();
    Optional<String> region = context.region().map(Value::value);
    // Hints fill in the project and region the job names; the rest stays a placeholder.
    String project = Nodes.string(root, "project").map(Value::value).orElse("PROJECT_ID");
    String parent = "projects/" + project + "/locations/" + region.orElse("REGION");
    Nodes.string(root, "jobSpec", "network").ifPresent(v -> checkNetwork(v, reporter));
    Nodes.string(root, "encryptionSpec", "kmsKeyName")
        .ifPresent(v -> checkKmsKey(v, region, parent, reporter));
    Nodes.string(root, "jobSpec", "tensorboard")
        .ifPresent(
            v -> checkForm("tensorboard", v, TENSORBOARD, parent + "/tensorboards/ID", reporter));
    Nodes.string(root, "jobSpec", "persistentResourceId")
        .ifPresent(v -> checkPersistentResourceId(v, reporter));
    Nodes.string(root, "jobSpec", "serviceAccount")
        .ifPresent(v -> checkServiceAccount(v, project, reporter));
    checkExperiment(root, parent + "/metadataStores/default/contexts/", reporter);
    Nodes.list(root, "jobSpec", "models")
        .ifPresent(models -> checkModels(models, parent + "/models/MODEL_ID@VERSION", reporter));
    for (Pool pool : context.pools()) {
      Nodes.map(pool.node(), "machineSpec", "reservationAffinity")
          .ifPresent(affinity -> checkReservation(affinity, project, reporter));
    }
  }

  private static void checkExperiment(MapNode root, String contexts, Reporter reporter) {
    Optional<Value<String>> experiment = Nodes.string(root, "jobSpec", "experiment");
    boolean experimentOk =
        experiment.isPresent()
            && checkForm(
                "experiment",
                experiment.get(),
                CONTEXT,
                contexts
                    + (ANY_ID.matcher(experiment.get().value()).matches()
                        ? experiment.get().value()
                        : "EXPERIMENT"),
                reporter);
    Optional<Value<String>> run = Nodes.string(root, "jobSpec", "experimentRun");
    if (run.isEmpty()
        || !checkForm("experimentRun", run.get(), CONTEXT, contexts + "EXPERIMENT-RUN", reporter)
        || !experimentOk) {
      return;
    }
    // custom_job.proto names a run's context {experiment}-{run}; whether the API checks that is
    // not documented, so a mismatch is a warning.
    String name = experiment.get().value();
    if (!run.get().value().startsWith(name + "-")) {
      reporter.report(
          Severity.WARNING,
          run.get().origin(),
          "experimentRun '" + run.get().value() + "' is not a run of experiment '" + name + "'",
          "Name the run's context EXPERIMENT-RUN, after the experiment it belongs to.");
    }
  }

  private static void checkModels(ListNode models, String example, Reporter reporter) {
    for (Node item : models.items()) {
      if (item instanceof ScalarNode s && s.asString().isPresent()) {
        Value<String> model = new Value<>(s.asString().get(), s.origin());
        checkForm("models entry", model, MODEL, example, reporter);
      }
    }
  }

  private static void checkNetwork(Value<String> network, Reporter reporter) {
    String name = lastSegment(network.value(), "");
    String example =
        "projects/123456789012/global/networks/"
            + (SEGMENTS.get("network").matcher(name).matches() ? name : "my-vpc");
    if (!checkForm("network", network, NETWORK, example, reporter)) {
      return;
    }
    // custom_job.proto: "{project} is a project number, as in 12345"; the troubleshooting guide
    // writes the project ID there, so an ID is a warning.
    String project = match(NETWORK, network.value()).orElseThrow().get("project");
    if (!PROJECT_NUMBER.matcher(project).matches()) {
      reporter.report(
          Severity.WARNING,
          network.origin(),
          "network '"
              + network.value()
              + "' names project '"
              + project
              + "' by ID; the API documents a project number here",
          "Use the project number (gcloud projects describe "
              + project
              + " --format='value(projectNumber)').");
    }
  }

  private static void checkKmsKey(
      Value<String> key, Optional<String> region, String parent, Reporter reporter) {
    String name = key.value();
    int version = name.indexOf("/cryptoKeyVersions/");
    if (version > 0 && match(KMS_KEY, name.substring(0, version)).isPresent()) {
      reporter.report(
          key.origin(),
          "kmsKeyName '" + name + "' names a key version; the API takes the key itself",
          "Write kmsKeyName: " + name.substring(0, version) + ".");
      return;
    }
    if (!checkForm(
        "kmsKeyName", key, KMS_KEY, parent + "/keyRings/KEY_RING/cryptoKeys/KEY", reporter)) {
      return;
    }
    String location = match(KMS_KEY, name).orElseThrow().get("location");
    if (region.isPresent() && !location.equals(region.get())) {
      reporter.report(
          key.origin(),
          "kmsKeyName '"
              + name
              + "' is in '"
              + location
              + "' but the job runs in '"
              + region.get()
              + "'; the key must be in the same region",
          "Use a key from a key ring in " + region.get() + ", or run the job in " + location + ".");
    }
  }

  private static void checkPersistentResourceId(Value<String> id, Reporter reporter) {
    String value = id.value();
    if (GcsUri.isUnresolved(value)) {
      return;
    }
    if (value.startsWith("projects/")) {
      reporter.report(
          id.origin(),
          "persistentResourceId '" + value + "' is a full resource name; it takes the ID alone",
          "Write persistentResourceId: " + lastSegment(value, "ID") + ".");
    } else if (!PERSISTENT_RESOURCE_ID.matcher(value).matches()) {
      reporter.report(
          id.origin(),
          "persistentResourceId '" + value + "' is not a persistent resource ID",
          "Write the ID the persistent resource was created with: up to 63 lower-case letters,"
              + " digits and '-', starting with a letter.");
    }
  }

  private static void checkServiceAccount(
      Value<String> account, String project, Reporter reporter) {
    String value = account.value();
    if (GcsUri.isUnresolved(value)) {
      return;
    }
    if (EMAIL.matcher(value).matches()) {
      // Every Google service account email ends in gserviceaccount.com (iam., developer.,
      // appspot., gcp-sa-*.iam.); any other address is a user or group.
      if (!value.endsWith(".gserviceaccount.com")) {
        reporter.report(
            Severity.WARNING,
            account.origin(),
            "serviceAccount '" + value + "' is not a service account email (…gserviceaccount.com)",
            "Jobs run as a service account; write its email, e.g. trainer@"
                + project
                + ".iam.gserviceaccount.com.");
      }
      return;
    }
    String email = lastSegment(value, "");
    String hint =
        value.startsWith("projects/") && EMAIL.matcher(email).matches()
            ? "Write serviceAccount: " + email + "."
            : "Write the service account's email, e.g. "
                + (value.matches("[a-z][a-z0-9-]{4,28}[a-z0-9]") ? value : "trainer")
                + "@"
                + project
                + ".iam.gserviceaccount.com.";
    reporter.report(
        account.origin(), "serviceAccount '" + value + "' is not a service account email", hint);
  }

  private static void checkReservation(MapNode affinity, String project, Reporter reporter) {
    Optional<Value<String>> type = Nodes.string(affinity, "reservationAffinityType");
    if (type.isEmpty() || !type.get().value().equals("SPECIFIC_RESERVATION")) {
      return;
    }
    Optional<Value<String>> key = Nodes.string(affinity, "key");
    if (key.isEmpty()) {
      reporter.report(
          affinity.origin(),
          "reservationAffinity of type SPECIFIC_RESERVATION has no key",
          "Set key: " + RESERVATION_KEY + ".");
    } else if (!key.get().value().equals(RESERVATION_KEY)) {
      reporter.report(
          key.get().origin(),
          "reservationAffinity key '" + key.get().value() + "' is not " + RESERVATION_KEY,
          "Set key: " + RESERVATION_KEY + " to name a specific reservation.");
    }
    Optional<ListNode> values = affinity.getList("values");
    if (values.isEmpty() || values.get().items().isEmpty()) {
      reporter.report(
          affinity.origin(),
          "reservationAffinity of type SPECIFIC_RESERVATION names no reservation in values",
          "List the reservation as projects/" + project + "/zones/ZONE/reservations/NAME.");
      return;
    }
    for (Node item : values.get().items()) {
      if (item instanceof ScalarNode s && s.asString().isPresent()) {
        String value = s.asString().get();
        checkForm(
            "reservation",
            new Value<>(value, s.origin()),
            RESERVATION,
            "projects/" + project + "/zones/ZONE/reservations/" + lastSegment(value, "NAME"),
            reporter);
      }
    }
  }

  /**
   * Reports {@code value} unless it has the form {@code template} with valid segments; true when it
   * does.
   */
  private static boolean checkForm(
      String field, Value<String> value, String template, String example, Reporter reporter) {
    String name = value.value();
    if (GcsUri.isUnresolved(name)) {
      return false;
    }
    Optional<Map<String, String>> segments = match(template, name);
    if (segments.isEmpty()) {
      // A full URL or a //service/ prefix around a good name: suggest the name alone.
      int at = name.indexOf("projects/");
      String inner = at > 0 ? name.substring(at) : "";
      String hint =
          match(template, inner).isPresent()
              ? "Write " + inner + ", without the prefix."
              : "Write it as " + example + ".";
      reporter.report(
          value.origin(), field + " '" + name + "' is not of the form " + display(template), hint);
      return false;
    }
    for (Map.Entry<String, String> segment : segments.get().entrySet()) {
      String kind = segment.getKey();
      String text = segment.getValue();
      boolean ok =
          kind.equals("project")
              ? PROJECT_NUMBER.matcher(text).matches() || PROJECT_ID.matcher(text).matches()
              : SEGMENTS.getOrDefault(kind, ANY_ID).matcher(text).matches();
      if (!ok) {
        String what = kind.equals("project") ? "project number or ID" : kind + " name";
        reporter.report(
            value.origin(),
            field
                + " '"
                + name
                + "' has "
                + (GcsUri.isPlaceholder(text) ? "the placeholder '" + text + "'" : "'" + text + "'")
                + " where a "
                + what
                + " belongs",
            "Write it as " + example + ", with real values.");
        return false;
      }
    }
    return true;
  }

  /**
   * The variable segments of {@code name} by their names in {@code template}, or empty when the
   * literal segments or the number of segments differ.
   */
  private static Optional<Map<String, String>> match(String template, String name) {
    String[] want = template.split("/");
    String[] have = name.split("/", -1);
    if (want.length != have.length) {
      return Optional.empty();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < want.length; i++) {
      if (want[i].startsWith("{")) {
        out.put(want[i].substring(1, want[i].length() - 1), have[i]);
      } else if (!want[i].equals(have[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  private static String lastSegment(String name, String fallback) {
    String last = name.substring(name.lastIndexOf('/') + 1);
    return last.isEmpty() ? fallback : last;
  }

  /** {@code projects/{project}/zones/{zone}} as {@code projects/PROJECT/zones/ZONE}. */
  private static String display(String template) {
    StringBuilder out = new StringBuilder();
    for (String part : template.split("/")) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(
          part.startsWith("{")
              ? part.substring(1, part.length() - 1)
                  .replaceAll("([a-z])([A-Z])", "$1_$2")
                  .toUpperCase(Locale.ROOT)
              : part);
    }
    return out.toString();
  }
}
