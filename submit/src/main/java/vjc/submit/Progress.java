package vjc.submit;

import com.google.cloud.aiplatform.v1.JobState;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a job's state while vjc waits for it. On a terminal, one line is rewritten in place with
 * the state and the time since submission, and each state change starts a new line, so the history
 * stays on screen; otherwise (CI logs, pipes) a plain line is printed for each state change only.
 */
final class Progress {

  private final PrintWriter err;
  private final boolean live;
  private final LongSupplier nanoTime;
  private final long start;
  private JobState shown;
  private int liveWidth = -1;

  Progress(PrintWriter err, boolean live, LongSupplier nanoTime, long start) {
    this.err = err;
    this.live = live;
    this.nanoTime = nanoTime;
    this.start = start;
  }

  /** The job is in {@code state} now. */
  void state(JobState state) {
    boolean changed = state != shown;
    shown = state;
    String line = "[" + elapsed() + "] " + name(state);
    if (live) {
      if (changed && liveWidth >= 0) {
        err.print('\n');
        liveWidth = -1;
      }
      int pad = Math.max(0, liveWidth - line.length());
      err.print("\r" + line + " ".repeat(pad));
      liveWidth = line.length();
    } else if (changed) {
      err.println(line);
    }
    err.flush();
  }

  /** A line of its own, e.g. a retry. */
  void note(String text) {
    endLine();
    err.println(text);
    err.flush();
  }

  /** Finishes the live line. */
  void end() {
    endLine();
    err.flush();
  }

  private void endLine() {
    if (live && liveWidth >= 0) {
      err.print('\n');
      liveWidth = -1;
    }
  }

  /** Time since submission, {@code H:MM:SS}. */
  String elapsed() {
    return clock((nanoTime.getAsLong() - start) / 1_000_000_000L);
  }

  static String clock(long seconds) {
    long s = Math.max(0, seconds);
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }

  /** {@code JOB_STATE_RUNNING} as {@code running}. */
  static String name(JobState state) {
    if (state == JobState.UNRECOGNIZED) {
      return "unknown state";
    }
    return state.name().replaceFirst("^JOB_STATE_", "").toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
