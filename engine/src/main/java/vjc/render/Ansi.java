package vjc.render;

import vjc.diag.Severity;

/**
 * An ANSI SGR colour for the text format, or none; the codes every terminal since the VT100 reads.
 */
enum Ansi {
  NONE(""),
  RED("1;31"),
  YELLOW("1;33"),
  BLUE("1;34"),
  RULE("2");

  private final String code;

  Ansi(String code) {
    this.code = code;
  }

  /** The colour of a severity's word and caret, or {@link #NONE} when colour is off. */
  static Ansi of(Severity severity, boolean color) {
    if (!color) {
      return NONE;
    }
    return switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> BLUE;
    };
  }

  /** {@code text} between this colour's escape and the reset. */
  String paint(String text) {
    return code.isEmpty() ? text : "\u001b[" + code + "m" + text + "\u001b[0m";
  }
}
