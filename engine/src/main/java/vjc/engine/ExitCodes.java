package vjc.engine;

import java.util.Collection;
import vjc.diag.Diagnostic;
import vjc.diag.Severity;

/** vjc's exit codes, and the one place that turns findings into one; {@code --help} lists them. */
public final class ExitCodes {

  /** No errors (warnings allowed). */
  public static final int OK = 0;

  /** Errors in the inputs. */
  public static final int FINDINGS = 1;

  /** A usage error, or a file that cannot be read. */
  public static final int USAGE = 2;

  /** A bug in vjc itself; picocli's default of 1 would collide with "errors found". */
  public static final int INTERNAL = 3;

  /** {@code vjc submit} only: the job's fate is unknown (unreachable, or vjc stopped waiting). */
  public static final int UNKNOWN_OUTCOME = 4;

  private ExitCodes() {}

  /**
   * The exit code for {@code findings}: {@link #USAGE} when a file could not be read or the command
   * line asked for something the files do not have (an undeclared environment), else {@link
   * #FINDINGS} when one is at {@code failOn} or above, else {@link #OK}.
   */
  public static int of(Collection<Diagnostic> findings, Severity failOn) {
    boolean failed = false;
    for (Diagnostic d : findings) {
      if (isUsageProblem(d)) {
        return USAGE;
      }
      failed |= d.severity().isAtLeast(failOn);
    }
    return failed ? FINDINGS : OK;
  }

  /** {@link #of(Collection, Severity)} over every finding of every report. */
  public static int ofReports(Collection<FileReport> reports, Severity failOn) {
    return of(reports.stream().flatMap(r -> r.diagnostics().stream()).toList(), failOn);
  }

  /** Findings that say the files could not be read, or that vjc was asked the wrong question. */
  private static boolean isUsageProblem(Diagnostic d) {
    return d.ruleId().startsWith("io/") || d.ruleId().startsWith("cli/");
  }
}
