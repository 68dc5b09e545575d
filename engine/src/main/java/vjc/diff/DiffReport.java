package vjc.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of {@code vjc diff}: every job and environment on either side, sorted by job name and
 * then environment.
 *
 * @param ref the revision as the user named it
 * @param commit the commit it resolved to
 * @param jobs one entry per job and environment, unchanged ones included
 */
public record DiffReport(String ref, String commit, List<JobDiff> jobs) {

  public DiffReport {
    requireNonNull(ref, "ref");
    requireNonNull(commit, "commit");
    jobs = List.copyOf(jobs);
  }

  /** How many entries have {@code status}. */
  public long count(JobDiff.Status status) {
    return jobs.stream().filter(j -> j.status() == status).count();
  }

  /** The entries with {@code status}, in order. */
  public List<JobDiff> with(JobDiff.Status status) {
    return jobs.stream().filter(j -> j.status() == status).toList();
  }

  /** True when any compiled job was added, removed or changed. */
  public boolean hasChanges() {
    return count(JobDiff.Status.CHANGED)
            + count(JobDiff.Status.ADDED)
            + count(JobDiff.Status.REMOVED)
        > 0;
  }

  /**
   * True when a job that this change adds or alters does not compile in the working tree; a job
   * that failed the same way at the base is not counted.
   */
  public boolean hasHeadErrors() {
    return jobs.stream()
        .anyMatch(j -> j.status() == JobDiff.Status.FAILED && !j.headErrors().isEmpty());
  }

  /** The commit's first 12 hex digits, as reviews show it. */
  public String shortCommit() {
    return commit.length() > 12 ? commit.substring(0, 12) : commit;
  }

  /** {@code 1 changed, 2 added, ...}: the non-zero counts, in status order. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    for (JobDiff.Status s : JobDiff.Status.values()) {
      long n = count(s);
      if (n > 0) {
        b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(s.label());
      }
    }
    return b.length() == 0 ? "no jobs" : b.toString();
  }
}
