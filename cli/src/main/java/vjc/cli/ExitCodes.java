package vjc.cli;

/** vjc's exit codes, in one place; {@code --help} lists them. */
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
}
