package vjc.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.resolve.Assignment;

/**
 * The command-line choices every stage sees.
 *
 * @param environment {@code --env}, or empty for every declared environment
 * @param vars {@code --var} assignments
 * @param sets {@code --set} assignments
 * @param processEnv the process environment when {@code --allow-env} is given, else empty
 */
public record PipelineOptions(
    Optional<String> environment,
    List<Assignment> vars,
    List<Assignment> sets,
    Map<String, String> processEnv) {
  public PipelineOptions {
    requireNonNull(environment, "environment");
    vars = List.copyOf(vars);
    sets = List.copyOf(sets);
    processEnv = Map.copyOf(processEnv);
  }

  /** No environment, no command-line values. */
  public static PipelineOptions none() {
    return new PipelineOptions(Optional.empty(), List.of(), List.of(), Map.of());
  }
}
