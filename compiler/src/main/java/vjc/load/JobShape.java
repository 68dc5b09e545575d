package vjc.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What vjc treats as a job file, decided from the top level of its one YAML document alone, so that
 * {@code --only-jobs} and directory searches can pass over the other YAML and JSON files of a
 * repository (manifests, workflows, playbooks) without a word. docs/output-formats.md states the
 * rule for users; {@code JobShapeTest} and {@code testdata/nonjobs/} hold it.
 */
public final class JobShape {

  /** A map with one of these (in either spelling) is a job, a create request or a --config file. */
  static final Set<String> JOB_KEYS = Set.of("jobSpec", "customJob", "workerPoolSpecs");

  /** Keys of the kinds vjc recognises in order to refuse them: tuning jobs and pipelines. */
  static final Set<String> OTHER_KIND_KEYS =
      Set.of(
          "trialJobSpec",
          "studySpec",
          "hyperparameterTuningJob",
          "trainingTaskDefinition",
          "trainingPipeline",
          "pipelineSpec");

  /**
   * CustomJobSpec fields no other common config file has at its top level: a partial gcloud {@code
   * --config} file (pools given as flags) holds at least one. Generic names such as {@code
   * serviceAccount} or {@code network} are left out, since Helm values files use them too.
   */
  static final Set<String> DISTINCTIVE_SPEC_KEYS =
      Set.of(
          "baseOutputDirectory",
          "scheduling",
          "persistentResourceId",
          "reservedIpRanges",
          "pscInterfaceConfig",
          "protectedArtifactLocationId",
          "tensorboard",
          "enableWebAccess",
          "enableDashboardAccess",
          "experimentRun");

  /** A list is the SDK's worker_pool_specs when its items are maps with these fields. */
  static final Set<String> POOL_KEYS =
      Set.of(
          "machineSpec",
          "containerSpec",
          "pythonPackageSpec",
          "replicaCount",
          "diskSpec",
          "nfsMounts");

  /** Top-level keys that tell a user what a file that is not a job probably is. */
  private static final List<Kind> KINDS =
      List.of(
          new Kind(Set.of("apiVersion", "kind"), "a Kubernetes-style manifest"),
          new Kind(Set.of("apiVersion", "name", "version"), "a Helm Chart.yaml"),
          new Kind(Set.of("on", "jobs"), "a GitHub Actions workflow"),
          new Kind(Set.of("services"), "a Compose file"),
          new Kind(Set.of("openapi"), "an OpenAPI document"),
          new Kind(Set.of("swagger"), "an OpenAPI document"),
          new Kind(Set.of("steps"), "a build config such as Cloud Build"),
          new Kind(Set.of("pipelineInfo"), "a compiled Vertex AI (Kubeflow) pipeline"),
          new Kind(Set.of("deploymentSpec"), "a compiled Vertex AI (Kubeflow) pipeline"),
          new Kind(Set.of("compilerOptions"), "a TypeScript config"),
          new Kind(Set.of("dependencies"), "a package manifest"),
          new Kind(Set.of("repos"), "a pre-commit config"));

  private record Kind(Set<String> keys, String name) {}

  private JobShape() {}

  /**
   * True when a document's top level has the shape of one of the forms vjc reads (or refuses by
   * name): a map with {@code jobSpec}, {@code customJob} or {@code workerPoolSpecs}, a map of
   * CustomJobSpec fields with at least one distinctive one, or a non-empty list of maps at least
   * one of which has a worker pool's fields. Keys count in snake_case too.
   */
  public static boolean isJob(Node root) {
    if (root instanceof ListNode list) {
      return isPoolList(list);
    }
    if (root instanceof MapNode map) {
      List<String> keys = map.keys().stream().map(FormNormalizer::toCamel).toList();
      return keys.stream()
          .anyMatch(
              k ->
                  JOB_KEYS.contains(k)
                      || OTHER_KIND_KEYS.contains(k)
                      || DISTINCTIVE_SPEC_KEYS.contains(k));
    }
    return false;
  }

  /** True for the SDK's worker_pool_specs: maps only, at least one with a worker pool's fields. */
  static boolean isPoolList(ListNode list) {
    boolean anyPool = false;
    for (Node item : list.items()) {
      if (!(item instanceof MapNode pool)) {
        return false;
      }
      anyPool |= pool.keys().stream().map(FormNormalizer::toCamel).anyMatch(POOL_KEYS::contains);
    }
    return anyPool;
  }

  /** What a map that is not a job probably is ("a Compose file"), for the message saying so. */
  static Optional<String> guess(MapNode map) {
    Set<String> keys = Set.copyOf(map.keys());
    return KINDS.stream().filter(k -> keys.containsAll(k.keys())).map(Kind::name).findFirst();
  }

  /** What a list that is not worker pools probably is, for the message saying so. */
  static Optional<String> guess(ListNode list) {
    boolean playbook =
        !list.items().isEmpty()
            && list.items().stream()
                .allMatch(
                    i ->
                        i instanceof MapNode m
                            && (m.has("hosts") || m.has("import_playbook") || m.has("tasks")));
    return playbook ? Optional.of("an Ansible playbook") : Optional.empty();
  }

  /**
   * False when {@code text} names none of the fields every job form has, in either spelling: such a
   * file cannot be a job even if it does not parse (a tsconfig.json with comments), so a search may
   * pass over it. A job with a syntax error always names one of them and is still reported.
   */
  public static boolean mayBeJobText(String text) {
    String flat = text.toLowerCase(Locale.ROOT).replace("_", "");
    return Stream.of(JOB_KEYS, OTHER_KIND_KEYS, DISTINCTIVE_SPEC_KEYS, POOL_KEYS)
        .flatMap(Set::stream)
        .anyMatch(k -> flat.contains(k.toLowerCase(Locale.ROOT)));
  }
}
