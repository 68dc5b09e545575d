package vjc.submit;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How long vjc keeps trying to reach Vertex AI without an answer before it gives up: one budget
 * that the create call, the lookup after it, and the pauses between retries all draw from, so the
 * documented figure is the real bound, not a per-call one.
 *
 * <p>A call may use at most a share of the budget ({@link #createShare()}, {@link #readShare()}),
 * so that a create that never returns still leaves time to look for the job.
 */
final class Budget {

  /** The budget when none is configured; docs/submit.md states this figure. */
  static final Duration DEFAULT = Duration.ofSeconds(60);

  private final Duration total;
  private final LongSupplier nanoTime;
  private final long endsAt;

  private Budget(Duration total, LongSupplier nanoTime) {
    this.total = total;
    this.nanoTime = nanoTime;
    this.endsAt = nanoTime.getAsLong() + total.toNanos();
  }

  /** A budget of {@code total} that starts now, on {@code nanoTime}'s clock. */
  static Budget start(Duration total, LongSupplier nanoTime) {
    if (total.isNegative() || total.isZero()) {
      throw new IllegalArgumentException("a budget must be more than 0: " + total);
    }
    return new Budget(total, nanoTime);
  }

  /** The same total again, starting now: a new stretch without an answer. */
  Budget restart() {
    return new Budget(total, nanoTime);
  }

  /** The whole budget. */
  Duration total() {
    return total;
  }

  /** What is left; zero when it is spent. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(0, endsAt - nanoTime.getAsLong()));
  }

  /** True when nothing is left. */
  boolean spent() {
    return remaining().isZero();
  }

  /** {@code d}, cut to what is left. */
  Duration cap(Duration d) {
    Duration left = remaining();
    return d.compareTo(left) < 0 ? d : left;
  }

  /** The most a create call may take: a third of the budget. */
  Duration createShare() {
    return cap(total.dividedBy(3));
  }

  /** The most a get or list call may take: a sixth of the budget. */
  Duration readShare() {
    return cap(total.dividedBy(6));
  }
}
