package vjc.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Pairs the jobs of the base and the working tree by file and environment, and diffs each pair. */
public final class Differ {

  /** A job file in one environment. */
  private record Key(String file, Optional<String> environment) {}

  private Differ() {}

  /** The report for {@code ref} (commit {@code commit}) from {@code base} to {@code head}. */
  public static DiffReport diff(String ref, String commit, JobSet base, JobSet head) {
    Map<Key, JobSet.Compiled> before = index(base);
    Map<Key, JobSet.Compiled> after = index(head);
    Set<Key> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    Map<String, String> names = names(keys);
    List<JobDiff> out = new ArrayList<>();
    for (Key k : keys) {
      JobSet.Compiled b = before.get(k);
      JobSet.Compiled a = after.get(k);
      out.add(entry(names.get(k.file()), k, b, a));
    }
    out.sort(Comparator.comparing(JobDiff::job).thenComparing(j -> j.environment().orElse("")));
    return new DiffReport(ref, commit, out, List.of());
  }

  private static JobDiff entry(String name, Key k, JobSet.Compiled b, JobSet.Compiled a) {
    List<String> baseErrors = b == null ? List.of() : b.errors();
    List<String> headErrors = a == null ? List.of() : a.errors();
    JobDiff.Status status;
    List<Change> changes = List.of();
    if (a == null) {
      // A removed job's old errors do not matter any more.
      status = JobDiff.Status.REMOVED;
      baseErrors = List.of();
    } else if (b == null) {
      status = a.json().isPresent() ? JobDiff.Status.ADDED : JobDiff.Status.FAILED;
    } else if (a.json().isEmpty()
        && b.json().isEmpty()
        && withoutPositions(a.errors()).equals(withoutPositions(b.errors()))) {
      // Broken before and broken the same way now: not this change's doing, so not its news.
      status = JobDiff.Status.UNCHANGED;
    } else if (a.json().isEmpty() || b.json().isEmpty()) {
      status = JobDiff.Status.FAILED;
    } else {
      // Where it is sent first: a move to another project or region matters most.
      changes = new ArrayList<>(TreeDiff.diff(b.target().get(), a.target().get()));
      changes.addAll(TreeDiff.diff(b.json().get(), a.json().get()));
      status = changes.isEmpty() ? JobDiff.Status.UNCHANGED : JobDiff.Status.CHANGED;
    }
    return new JobDiff(name, k.file(), k.environment(), status, changes, baseErrors, headErrors);
  }

  /**
   * Errors compared by message and rule alone: edits elsewhere move a line, and an overlay that now
   * sets the map a finding points at moves it to another file, without changing the problem.
   */
  private static List<String> withoutPositions(List<String> errors) {
    return errors.stream().map(e -> e.replaceFirst("^.*?:[0-9]+:[0-9]+: ", "")).sorted().toList();
  }

  private static Map<Key, JobSet.Compiled> index(JobSet set) {
    Map<Key, JobSet.Compiled> m = new LinkedHashMap<>();
    for (JobSet.Compiled c : set.jobs()) {
      m.put(new Key(c.file(), c.environment()), c);
    }
    return m;
  }

  /**
   * Job names: the file's path without its extension ({@code jobs/train.yaml} is {@code
   * jobs/train}), or the whole path when two files would share a name.
   */
  private static Map<String, String> names(Set<Key> keys) {
    Map<String, Integer> uses = new HashMap<>();
    Set<String> files = new LinkedHashSet<>();
    keys.forEach(k -> files.add(k.file()));
    for (String f : files) {
      uses.merge(stem(f), 1, Integer::sum);
    }
    Map<String, String> names = new HashMap<>();
    for (String f : files) {
      names.put(f, uses.get(stem(f)) > 1 ? f : stem(f));
    }
    return names;
  }

  private static String stem(String file) {
    int slash = file.lastIndexOf('/');
    int dot = file.lastIndexOf('.');
    return dot > slash + 1 ? file.substring(0, dot) : file;
  }
}
