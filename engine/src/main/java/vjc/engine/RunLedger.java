package vjc.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vjc.config.ProjectConfig;

/**
 * The variable names each job of one {@code vjc lint} run defined and used, over all its
 * environments: what the checks that span jobs (a shared variable no job uses, a {@code --var} no
 * job knows) are decided from. Safe to fill from the lint threads.
 */
final class RunLedger {

  /**
   * One job's names.
   *
   * @param file the job file, as its report names it
   * @param config its project config
   * @param defined variables it, its project or its overlays define
   * @param used variables it or its overlays reference
   */
  record Job(Path file, ProjectConfig config, Set<String> defined, Set<String> used) {}

  private final Map<Path, Job> jobs = new ConcurrentHashMap<>();

  /** Adds what one environment of a job saw. */
  void record(Path file, ProjectConfig config, Set<String> defined, Set<String> used) {
    jobs.merge(
        file,
        new Job(file, config, defined, used),
        (a, b) ->
            new Job(file, config, union(a.defined(), b.defined()), union(a.used(), b.used())));
  }

  /** Every job recorded, in no particular order. */
  List<Job> jobs() {
    return new ArrayList<>(jobs.values());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }
}
