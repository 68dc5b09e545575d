package vjc.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened to one job in one environment between the base and the working tree.
 *
 * @param job the job's name: its path from the repository root without the extension
 * @param file its path from the repository root (at the base when it was removed)
 * @param environment the environment, or empty for a job that declares none
 * @param status what happened
 * @param changes the fields that differ, for {@link Status#CHANGED}
 * @param baseErrors why it did not compile at the base ({@code file:line:col: message [rule]})
 * @param headErrors why it does not compile in the working tree; an {@link Status#UNCHANGED} job
 *     may have both, when it fails the same way on both sides
 */
public record JobDiff(
    String job,
    String file,
    Optional<String> environment,
    Status status,
    List<Change> changes,
    List<String> baseErrors,
    List<String> headErrors) {

  /** What happened to a job. */
  public enum Status {
    CHANGED,
    ADDED,
    REMOVED,
    FAILED,
    UNCHANGED;

    /** The lower-case name used in every output format. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public JobDiff {
    requireNonNull(job, "job");
    requireNonNull(file, "file");
    requireNonNull(environment, "environment");
    requireNonNull(status, "status");
    changes = List.copyOf(changes);
    baseErrors = List.copyOf(baseErrors);
    headErrors = List.copyOf(headErrors);
  }

  /**
   * {@code prod/jobs/train-resnet}: the environment, a slash, the job; the job alone without one.
   */
  public String label() {
    return environment.map(e -> e + "/").orElse("") + job;
  }
}
