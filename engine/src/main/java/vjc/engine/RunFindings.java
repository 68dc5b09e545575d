package vjc.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import vjc.config.ProjectConfig;
import vjc.diag.Diagnostic;
import vjc.load.MapNode;
import vjc.resolve.Assignment;

/**
 * The findings only a whole {@code vjc lint} run can decide, added to its reports: shared variables
 * no job of their project uses (to the first report of that project's jobs), and {@code --var}
 * names no job knows (to the first job's report).
 */
final class RunFindings {

  private RunFindings() {}

  /**
   * The reports with those findings added.
   *
   * @param overlayVars an overlay file's {@code vars} map, when it loads and has one
   * @param configure the project's severity changes, applied to a project's findings
   */
  static List<FileReport> add(
      List<FileReport> reports,
      RunLedger ledger,
      List<Assignment> vars,
      Function<Path, Optional<MapNode>> overlayVars,
      BiFunction<ProjectConfig, List<Diagnostic>, List<Diagnostic>> configure) {
    List<RunLedger.Job> jobs = ledger.jobs();
    if (jobs.isEmpty()) {
      return reports;
    }
    Map<Path, RunLedger.Job> byFile = new LinkedHashMap<>();
    jobs.forEach(j -> byFile.put(j.file(), j));
    Map<ProjectConfig, List<RunLedger.Job>> byProject = new LinkedHashMap<>();
    for (FileReport r : reports) {
      RunLedger.Job j = byFile.get(r.file());
      if (j != null) {
        byProject.computeIfAbsent(j.config(), c -> new ArrayList<>()).add(j);
      }
    }
    Map<Path, List<Diagnostic>> added = new LinkedHashMap<>();
    byProject.forEach(
        (config, group) -> {
          if (config.file().isPresent()) {
            List<Diagnostic> unused = SharedVariables.unused(config, group, overlayVars);
            added
                .computeIfAbsent(group.get(0).file(), k -> new ArrayList<>())
                .addAll(configure.apply(config, unused));
          }
        });
    Set<String> defined = new HashSet<>();
    Set<String> used = new HashSet<>();
    jobs.forEach(
        j -> {
          defined.addAll(j.defined());
          used.addAll(j.used());
        });
    byProject.values().stream()
        .findFirst()
        .ifPresent(
            group ->
                added
                    .computeIfAbsent(group.get(0).file(), k -> new ArrayList<>())
                    .addAll(NameChecks.unknownVars(vars, defined, used)));
    List<FileReport> out = new ArrayList<>(reports.size());
    for (FileReport r : reports) {
      List<Diagnostic> more = added.getOrDefault(r.file(), List.of());
      if (more.isEmpty()) {
        out.add(r);
      } else {
        List<Diagnostic> all = new ArrayList<>(r.diagnostics());
        all.addAll(more);
        out.add(r.withDiagnostics(Engine.shown(all)));
      }
    }
    return out;
  }
}
