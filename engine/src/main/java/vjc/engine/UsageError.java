package vjc.engine;

/**
 * A mistake in how vjc was asked to run (a malformed {@code --var}, a git revision that does not
 * exist), found after the command line parsed: printed as one line, exit {@link ExitCodes#USAGE}.
 */
public final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageError(String message) {
    super(message);
  }
}
