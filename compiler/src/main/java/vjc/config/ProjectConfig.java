package vjc.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Severity;
import vjc.load.MapNode;

/**
 * A project's {@code .vjc.yaml}: its environments and their overlay files, rule settings, paths to
 * leave out, defaults, and (kept as a tree for the policy engine) its policies.
 *
 * @param file the config file, or empty when no config was found
 * @param root the folder holding it: overlay paths are relative to it and may not leave it
 * @param environments declared environments in declaration order
 * @param ruleSeverities rule id to severity, for rules whose severity is changed
 * @param disabledRules rule ids turned off
 * @param exclude glob patterns of paths (relative to root) that {@code vjc lint DIR} skips
 * @param defaults the job fields {@code region} and {@code project} set for every job, as a patch
 * @param policies the {@code policies:} tree, if any
 * @param vars project-wide variables, the lowest layer under every job's own {@code vars}: the
 *     top-level {@code vars:} map, over the older {@code defaults: {vars: ...}}, key by key
 */
public record ProjectConfig(
    Optional<Path> file,
    Path root,
    List<EnvironmentConfig> environments,
    Map<String, Severity> ruleSeverities,
    List<String> disabledRules,
    List<PathGlob> exclude,
    Optional<MapNode> defaults,
    Optional<MapNode> policies,
    List<MapNode.Field> vars) {

  public ProjectConfig {
    environments = List.copyOf(environments);
    ruleSeverities = Map.copyOf(ruleSeverities);
    disabledRules = List.copyOf(disabledRules);
    exclude = List.copyOf(exclude);
    vars = List.copyOf(vars);
  }

  /** The configuration of a job that has no {@code .vjc.yaml} above it. */
  public static ProjectConfig none(Path root) {
    return new ProjectConfig(
        Optional.empty(),
        root,
        List.of(),
        Map.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  /** The names of the declared environments, in declaration order. */
  public List<String> environmentNames() {
    return environments.stream().map(EnvironmentConfig::name).toList();
  }

  /** The declared environment of that name. */
  public Optional<EnvironmentConfig> environment(String name) {
    return environments.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
