package vjc.submit;

/**
 * The exit code {@code vjc submit} adds to {@link vjc.engine.ExitCodes}: 0 submitted (with {@code
 * --wait}: succeeded), 1 errors in the file, a request Vertex AI refused, or a job that failed or
 * was cancelled, 2 usage errors, 3 bugs in vjc, and this one.
 */
public final class SubmitExitCodes {

  /**
   * The outcome is unknown: Vertex AI could not be reached, so the job may or may not exist, or vjc
   * stopped waiting before the job ended. Check before submitting again.
   */
  public static final int UNKNOWN = vjc.engine.ExitCodes.UNKNOWN_OUTCOME;

  private SubmitExitCodes() {}
}
