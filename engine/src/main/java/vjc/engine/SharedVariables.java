package vjc.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vjc.config.EnvironmentConfig;
import vjc.config.ProjectConfig;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.load.MapNode;

/**
 * Variables a project shares (under {@code vars:} in .vjc.yaml, or in an overlay file) that no job
 * of a run uses: one warning at the definition, not one per job that happens not to need it.
 */
final class SharedVariables {

  private SharedVariables() {}

  /**
   * The warnings for {@code config}'s shared variables that none of {@code jobs} uses.
   *
   * @param overlayVars an overlay file's {@code vars} map, when it loads and has one
   */
  static List<Diagnostic> unused(
      ProjectConfig config,
      Collection<RunLedger.Job> jobs,
      Function<Path, Optional<MapNode>> overlayVars) {
    Map<Origin, MapNode.Field> defined = new LinkedHashMap<>();
    config.vars().forEach(f -> defined.putIfAbsent(f.keyOrigin(), f));
    for (EnvironmentConfig env : config.environments()) {
      for (Path overlay : env.overlays()) {
        overlayVars
            .apply(overlay)
            .ifPresent(m -> m.fields().forEach(f -> defined.putIfAbsent(f.keyOrigin(), f)));
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (MapNode.Field f : defined.values()) {
      if (jobs.stream().noneMatch(j -> j.used().contains(f.key()))) {
        out.add(
            Diagnostic.warning(
                    "template/unused-variable",
                    f.keyOrigin(),
                    "variable '"
                        + f.key()
                        + "' is defined for the whole project, but none of the "
                        + jobs.size()
                        + (jobs.size() == 1 ? " job" : " jobs")
                        + " checked uses it")
                .withHint("Remove it, or reference it as ${" + f.key() + "} in a job."));
      }
    }
    return out;
  }
}
