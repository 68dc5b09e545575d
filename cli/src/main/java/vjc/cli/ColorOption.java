package vjc.cli;

import java.util.Optional;
import picocli.CommandLine.Option;
import vjc.render.Terminal;

/** {@code --color WHEN}: whether the text format is coloured. */
public final class ColorOption {

  /** When to colour. */
  public enum When {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "Colour the text output: auto (default: only on a terminal, and not when the"
              + " NO_COLOR environment variable is set), always or never.")
  When when = When.AUTO;

  /**
   * Whether to colour output written to standard output or error ({@code toStream}) or to a file,
   * as this process runs: its terminal and its NO_COLOR.
   */
  boolean enabled(boolean toStream) {
    return decide(
        when,
        Optional.ofNullable(System.getenv("NO_COLOR")),
        when == When.AUTO && toStream && Terminal.isTerminal());
  }

  /**
   * The decision: {@code always} and {@code never} say it; {@code auto} colours a terminal unless
   * NO_COLOR is set to anything non-empty (no-color.org).
   */
  static boolean decide(When when, Optional<String> noColor, boolean terminal) {
    return switch (when) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> terminal && noColor.filter(v -> !v.isEmpty()).isEmpty();
    };
  }
}
