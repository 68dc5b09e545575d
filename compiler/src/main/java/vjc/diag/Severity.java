package vjc.diag;

import java.util.Locale;

/** How serious a diagnostic is; ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in output and in {@code .vjc.yaml}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning} or {@code info}, ignoring case. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("severity must be error, warning or info: " + text);
  }

  /** True when this is at least as severe as {@code other}. */
  @SuppressWarnings("EnumOrdinal") // the constants are declared from most to least severe
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
