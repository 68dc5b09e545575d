package vjc.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import vjc.diag.Severity;

/**
 * The result of {@code vjc diff}: every job and environment on either side, sorted by job name and
 * then environment.
 *
 * @param ref the revision as the user named it
 * @param commit the commit it resolved to
 * @param jobs one entry per job and environment, unchanged ones included
 * @param gate what the change does to the checks themselves ({@link GateChanges}), in order
 */
public record DiffReport(String ref, String commit, List<JobDiff> jobs, List<GateFinding> gate) {

  public DiffReport {
    requireNonNull(ref, "ref");
    requireNonNull(commit, "commit");
    jobs = List.copyOf(jobs);
    gate = List.copyOf(gate);
  }

  /**
   * One change to the checks, as a review shows it.
   *
   * @param location {@code file:line:col}, relative to the repository root
   * @param severity error when it fails the gate
   * @param message what the change does
   * @param id the finding's id
   */
  public record GateFinding(String location, Severity severity, String message, String id) {

    /** {@code location: severity: message [id]}. */
    public String text() {
      return location + ": " + severity.label() + ": " + message + " [" + id + "]";
    }
  }

  /** This report with {@code findings} about the gate. */
  public DiffReport withGate(List<GateFinding> findings) {
    return new DiffReport(ref, commit, jobs, findings);
  }

  /** True when a change to the checks fails the gate. */
  public boolean hasGateErrors() {
    return gate.stream().anyMatch(g -> g.severity() == Severity.ERROR);
  }

  /** How many entries have {@code status}. */
  public long count(JobDiff.Status status) {
    return jobs.stream().filter(j -> j.status() == status).count();
  }

  /** The entries with {@code status}, in order. */
  public List<JobDiff> with(JobDiff.Status status) {
    return jobs.stream().filter(j -> j.status() == status).toList();
  }

  /** True when any compiled job was added, removed or changed, or the checks were. */
  public boolean hasChanges() {
    return !gate.isEmpty()
        || count(JobDiff.Status.CHANGED)
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
    if (!gate.isEmpty()) {
      b.append(b.length() == 0 ? "" : ", ")
          .append(gate.size())
          .append(gate.size() == 1 ? " change" : " changes")
          .append(" to the checks");
    }
    return b.length() == 0 ? "no jobs" : b.toString();
  }
}
