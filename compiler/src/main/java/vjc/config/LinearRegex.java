package vjc.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Compiles a pattern that a user or a pull request supplies with RE2/J, which matches in time
 * linear in the input: java.util.regex backtracks, and {@code (a|aa){1,62}b} took 43 s on a
 * 42-character label. RE2 has no backreferences or lookaround; a pattern using them is refused with
 * a message that says so, never run another way.
 */
public final class LinearRegex {

  /**
   * The most steps a pattern may expand to ({@link RegexSize}): matching costs this times the
   * input's length, so {@code (x{1000}){1000}} would be linear and still take hours.
   */
  public static final int MAX_SIZE = 1_000;

  /** Why a pattern was refused, in words for a diagnostic (no trailing period). */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private LinearRegex() {}

  /** The compiled pattern, or {@link Refused} saying what RE2 cannot take. */
  public static Pattern compile(String regex) throws Refused {
    return compile(regex, 0);
  }

  /** As {@link #compile(String)}, with RE2/J flags such as {@link Pattern#DOTALL}. */
  public static Pattern compile(String regex, int flags) throws Refused {
    Pattern p;
    try {
      p = Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw new Refused(describe(e));
    } catch (RuntimeException e) {
      // RE2/J's parser throws IllegalStateException on a few malformed inputs.
      throw new Refused("not a valid regular expression: " + e.getMessage());
    }
    long size = RegexSize.estimate(regex, MAX_SIZE);
    if (size > MAX_SIZE) {
      throw new Refused(
          "the pattern expands to more than "
              + MAX_SIZE
              + " steps through its repetitions; write smaller counts");
    }
    return p;
  }

  private static String describe(PatternSyntaxException e) {
    String what = e.getDescription();
    String at = e.getPattern() == null || e.getPattern().isEmpty() ? "" : ": " + e.getPattern();
    if (what.startsWith("invalid or unsupported Perl syntax")) {
      return "RE2 syntax has no lookaround or this (?...) group" + at;
    }
    if (what.startsWith("invalid escape sequence")) {
      return "invalid escape sequence" + at + " (RE2 syntax has no backreferences such as \\1)";
    }
    return what + at;
  }
}
