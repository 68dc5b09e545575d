package vjc.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to resolve a job for.
 *
 * @param environment the environment, or empty to resolve the job as written
 * @param projectOverlays overlays from {@code .vjc.yaml} for that environment, lowest first
 * @param vars {@code --var} assignments
 * @param sets {@code --set} assignments
 * @param processEnv the process environment, readable as {@code ${env.NAME}}; empty unless the user
 *     allowed it
 */
public record ResolveRequest(
    Optional<String> environment,
    List<Overlay> projectOverlays,
    List<Assignment> vars,
    List<Assignment> sets,
    Map<String, String> processEnv) {

  public ResolveRequest {
    requireNonNull(environment, "environment");
    projectOverlays = List.copyOf(projectOverlays);
    vars = List.copyOf(vars);
    sets = List.copyOf(sets);
    processEnv = Map.copyOf(processEnv);
  }

  /** Resolve the job as written: no environment, no overlays, no command-line values. */
  public static ResolveRequest plain() {
    return new ResolveRequest(Optional.empty(), List.of(), List.of(), List.of(), Map.of());
  }

  /** This request for another environment. */
  public ResolveRequest forEnvironment(Optional<String> env, List<Overlay> overlays) {
    return new ResolveRequest(env, overlays, vars, sets, processEnv);
  }
}
