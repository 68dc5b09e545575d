package vjc.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;

/**
 * Recognises which form a file is written in and rewrites it to the job-file shape, so that every
 * later stage sees one shape. Files people already have (REST bodies, gcloud {@code --config}
 * files, Python SDK dicts) are read as they are.
 */
public final class FormNormalizer {

  /** CustomJob's own fields; in the SDK's keyword form they sit beside the spec's fields. */
  private static final Set<String> CUSTOM_JOB_FIELDS =
      Set.of("displayName", "jobSpec", "labels", "encryptionSpec");

  /** CustomJobSpec's fields: a map made only of these is a partial gcloud --config file. */
  private static final Set<String> SPEC_FIELDS =
      Set.of(
          "workerPoolSpecs",
          "persistentResourceId",
          "scheduling",
          "serviceAccount",
          "network",
          "reservedIpRanges",
          "pscInterfaceConfig",
          "baseOutputDirectory",
          "protectedArtifactLocationId",
          "tensorboard",
          "enableWebAccess",
          "enableDashboardAccess",
          "experiment",
          "experimentRun",
          "models");

  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)+");

  /** vjc's keys, which stay at the top level. */
  public static final Set<String> VJC_KEYS = Set.of("region", "project", "vars", "environments");

  /** Map-valued fields whose keys are data, not field names, and so keep their spelling. */
  private static final Set<String> DATA_KEYED = Set.of("labels", "vars", "environments");

  private static final Pattern PARENT = Pattern.compile("projects/([^/]+)/locations/([^/]+)");

  /** Detects the form of {@code root} and normalises it. */
  public Outcome<JobDocument> normalize(SourceText source, Node root) {
    Origin at = root.origin();
    if (root instanceof ListNode list) {
      if (!JobShape.isPoolList(list)) {
        return Outcome.failed(notPools(list));
      }
      MapNode spec =
          MapNode.of(List.of(new MapNode.Field("workerPoolSpecs", at, camelize(list))), at);
      MapNode job = MapNode.of(List.of(new MapNode.Field("jobSpec", at, spec)), at);
      return Outcome.ok(new JobDocument(source, InputForm.WORKER_POOL_LIST, job));
    }
    if (!(root instanceof MapNode map)) {
      return Outcome.failed(
          Diagnostic.error(
                  "input/not-a-job", at, "the file holds a " + root.kindName() + ", not a job")
              .withHint("Write the job as a YAML map with displayName and jobSpec."));
    }
    List<Diagnostic> clashes = new ArrayList<>();
    sameFieldTwice(map, clashes);
    if (!clashes.isEmpty()) {
      return Outcome.failed(clashes);
    }
    MapNode job = (MapNode) camelize(map);
    Optional<Diagnostic> other = otherKind(job);
    if (other.isPresent()) {
      return Outcome.failed(other.get());
    }
    if (job.has("customJob")) {
      return unwrapRequest(source, job);
    }
    if (job.has("jobSpec")) {
      return Outcome.ok(new JobDocument(source, InputForm.JOB_FILE, wrapSingleMapPools(job)));
    }
    if (job.has("workerPoolSpecs") || isPartialSpec(job)) {
      return Outcome.ok(new JobDocument(source, InputForm.JOB_SPEC, liftSpec(job)));
    }
    String looksLike =
        JobShape.guess(map)
            .map(k -> "it looks like " + k + ", not a Vertex AI custom job")
            .orElse("this does not look like a Vertex AI custom job");
    return Outcome.failed(
        Diagnostic.error("input/not-a-job", at, "no jobSpec or workerPoolSpecs found; " + looksLike)
            .withHint(
                "A job file needs jobSpec.workerPoolSpecs; a gcloud --config file needs"
                    + " workerPoolSpecs."));
  }

  /**
   * A gcloud --config file whose pools come from flags: CustomJobSpec fields only, one of them one
   * that only a job spec has (a Helm values file may hold just serviceAccount).
   */
  private static boolean isPartialSpec(MapNode job) {
    List<String> keys = job.keys();
    return keys.stream()
            .allMatch(
                k ->
                    SPEC_FIELDS.contains(k)
                        || VJC_KEYS.contains(k)
                        || CUSTOM_JOB_FIELDS.contains(k))
        && keys.stream().anyMatch(JobShape.DISTINCTIVE_SPEC_KEYS::contains);
  }

  private static Diagnostic notPools(ListNode list) {
    String what =
        JobShape.guess(list)
            .map(k -> "; it looks like " + k + ", not a job")
            .orElse(
                " that are not worker pools (maps with machineSpec or replicaCount), not a job");
    return Diagnostic.error(
            "input/not-a-job",
            list.origin(),
            "the file holds a list of " + list.size() + " item(s)" + what)
        .withHint(
            "A list is read as the Python SDK's worker_pool_specs only when its items are worker"
                + " pools; write a job as a YAML map with displayName and jobSpec. With"
                + " --only-jobs (as in the pre-commit hook) such files are skipped.");
  }

  private static Optional<Diagnostic> otherKind(MapNode job) {
    for (String key : List.of("trialJobSpec", "studySpec", "hyperparameterTuningJob")) {
      Optional<MapNode.Field> f = job.field(key);
      if (f.isPresent()) {
        return Optional.of(
            Diagnostic.error(
                    "input/unsupported-kind",
                    f.get().keyOrigin(),
                    "this is a hyperparameter tuning job (it has "
                        + key
                        + "); vjc compiles custom jobs only")
                .withHint(
                    "Lint the trial's CustomJobSpec on its own, or submit the tuning job with"
                        + " gcloud ai hp-tuning-jobs create."));
      }
    }
    for (String key : List.of("trainingTaskDefinition", "trainingPipeline", "pipelineSpec")) {
      Optional<MapNode.Field> f = job.field(key);
      if (f.isPresent()) {
        return Optional.of(
            Diagnostic.error(
                "input/unsupported-kind",
                f.get().keyOrigin(),
                "this looks like a training pipeline (it has "
                    + key
                    + "); vjc compiles custom jobs only"));
      }
    }
    return Optional.empty();
  }

  private Outcome<JobDocument> unwrapRequest(SourceText source, MapNode request) {
    MapNode.Field customJob = request.field("customJob").orElseThrow();
    if (!(customJob.value() instanceof MapNode inner)) {
      return Outcome.failed(
          Diagnostic.error(
              "input/not-a-job",
              customJob.value().origin(),
              "customJob must be a map, found a " + customJob.value().kindName()));
    }
    List<Diagnostic> notes = new ArrayList<>();
    MapNode job = wrapSingleMapPools(inner);
    Optional<MapNode.Field> parent = request.field("parent");
    if (parent.isPresent() && parent.get().value() instanceof ScalarNode p) {
      Matcher m = PARENT.matcher(p.text());
      if (m.matches()) {
        Origin o = p.origin();
        if (!job.has("project")) {
          job = job.with("project", o, ScalarNode.string(m.group(1), o));
        }
        if (!job.has("region")) {
          job = job.with("region", o, ScalarNode.string(m.group(2), o));
        }
      } else {
        notes.add(
            Diagnostic.error(
                    "input/parent",
                    p.origin(),
                    "parent '"
                        + p.text()
                        + "' is not of the form projects/PROJECT/locations/REGION")
                .withHint("Write parent as projects/my-project/locations/us-central1."));
      }
    }
    for (MapNode.Field f : request.fields()) {
      if (!f.key().equals("customJob") && !f.key().equals("parent")) {
        notes.add(
            Diagnostic.error(
                "schema/additionalProperties",
                f.keyOrigin(),
                "unknown field '"
                    + f.key()
                    + "' in a create request; it takes parent and customJob"));
      }
    }
    return Outcome.of(new JobDocument(source, InputForm.CREATE_REQUEST, job), notes);
  }

  /** Moves a bare spec's fields under {@code jobSpec}, keeping CustomJob and vjc keys on top. */
  private static MapNode liftSpec(MapNode bare) {
    List<MapNode.Field> top = new ArrayList<>();
    List<MapNode.Field> spec = new ArrayList<>();
    for (MapNode.Field f : bare.fields()) {
      if (CUSTOM_JOB_FIELDS.contains(f.key()) || VJC_KEYS.contains(f.key())) {
        top.add(f);
      } else {
        spec.add(f);
      }
    }
    MapNode specNode = wrapPools(MapNode.of(spec, bare.origin()));
    top.add(new MapNode.Field("jobSpec", bare.origin(), specNode));
    return MapNode.of(top, bare.origin());
  }

  private static MapNode wrapSingleMapPools(MapNode job) {
    Optional<MapNode.Field> spec = job.field("jobSpec");
    if (spec.isPresent() && spec.get().value() instanceof MapNode s) {
      return job.with("jobSpec", spec.get().keyOrigin(), wrapPools(s));
    }
    return job;
  }

  /** gcloud accepts {@code workerPoolSpecs} as a single map; the API wants a list. */
  private static MapNode wrapPools(MapNode spec) {
    Optional<MapNode.Field> pools = spec.field("workerPoolSpecs");
    if (pools.isPresent() && pools.get().value() instanceof MapNode single) {
      return spec.with(
          "workerPoolSpecs",
          pools.get().keyOrigin(),
          ListNode.of(List.of(single), single.origin()));
    }
    return spec;
  }

  /** Reports keys that name one field in two spellings, e.g. display_name and displayName. */
  private static void sameFieldTwice(Node node, List<Diagnostic> out) {
    if (node instanceof MapNode map) {
      java.util.Map<String, MapNode.Field> seen = new java.util.HashMap<>();
      for (MapNode.Field f : map.fields()) {
        String key = toCamel(f.key());
        MapNode.Field first = seen.putIfAbsent(key, f);
        if (first != null) {
          out.add(
              Diagnostic.error(
                      "yaml/duplicate-key",
                      f.keyOrigin(),
                      "'"
                          + f.key()
                          + "' and '"
                          + first.key()
                          + "' are the same field "
                          + key
                          + "; it is first defined at line "
                          + first.keyOrigin().line())
                  .withHint("Remove one of the two, keeping the camelCase spelling."));
        }
        if (!DATA_KEYED.contains(key) || key.equals("environments")) {
          sameFieldTwice(f.value(), out);
        }
      }
    } else if (node instanceof ListNode list) {
      list.items().forEach(item -> sameFieldTwice(item, out));
    }
  }

  /** An overlay file's patch with the same key spelling rules as a job file. */
  public static MapNode camelizeOverlay(MapNode patch) {
    return (MapNode) camelize(patch);
  }

  /** Rewrites snake_case field names to the camelCase JSON names, leaving data keys alone. */
  static Node camelize(Node node) {
    if (node instanceof MapNode map) {
      List<MapNode.Field> out = new ArrayList<>(map.fields().size());
      for (MapNode.Field f : map.fields()) {
        String key = toCamel(f.key());
        Node value = f.value();
        if (key.equals("environments") && value instanceof MapNode envs) {
          value = camelizeValues(envs);
        } else if (!DATA_KEYED.contains(key)) {
          value = camelize(value);
        }
        out.add(new MapNode.Field(key, f.keyOrigin(), value));
      }
      return new MapNode(out, map.origin(), map.weight());
    }
    if (node instanceof ListNode list) {
      List<Node> out = new ArrayList<>(list.size());
      for (Node item : list.items()) {
        out.add(camelize(item));
      }
      return new ListNode(out, list.origin(), list.weight());
    }
    return node;
  }

  private static MapNode camelizeValues(MapNode map) {
    List<MapNode.Field> out = new ArrayList<>(map.fields().size());
    for (MapNode.Field f : map.fields()) {
      out.add(f.withValue(camelize(f.value())));
    }
    return new MapNode(out, map.origin(), map.weight());
  }

  /** {@code worker_pool_specs} becomes {@code workerPoolSpecs}, as protobuf's JSON names do. */
  static String toCamel(String key) {
    // Only lower snake_case is a protobuf field name; CPU_MACHINE_TYPE is somebody's placeholder.
    if (key.indexOf('_') < 0 || !SNAKE.matcher(key).matches()) {
      return key;
    }
    StringBuilder b = new StringBuilder(key.length());
    boolean upper = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '_' && i > 0) {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }
}
