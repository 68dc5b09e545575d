package vjc.submit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what looks like a credential from text vjc did not write (server messages, exception
 * messages) before it is printed. vjc never prints credentials itself; this guards against a token
 * echoed back in an error.
 *
 * <p>Two kinds of pattern: a value after a name that says it is secret ({@code Authorization:},
 * {@code "accessToken":}, {@code x-goog-api-key:}), whatever the value looks like; and tokens whose
 * shape gives them away wherever they stand ({@code ya29.}, {@code AIza}, {@code ghs_}, PEM
 * blocks). The order matters: a PEM block goes first, whole, because its body spans lines and
 * spaces that the value patterns stop at.
 */
final class Redaction {

  private static final String REDACTED = "[redacted]";

  /**
   * One pattern and what replaces a match: {@code $1}, {@code $2} keep the name and separator.
   *
   * @param pattern what to find
   * @param replacement a {@link java.util.regex.Matcher#replaceAll(String)} replacement
   */
  private record Rule(Pattern pattern, String replacement) {
    static Rule keep(String regex, String kept) {
      return new Rule(Pattern.compile(regex), kept + REDACTED);
    }
  }

  /** A value up to the next quote, space, comma, semicolon, brace or backslash. */
  private static final String VALUE = "[^\\s\"'\\\\,;}]+";

  /** A key's separator: {@code : } or {@code =}, with optional (JSON-escaped) quotes. */
  private static final String SEPARATOR = "(\\\\?[\"']?\\s*[:=]\\s*\\\\?[\"']?)";

  /** Names whose value is a secret, in snake_case, camelCase and kebab-case. */
  private static final String SECRET_NAMES =
      "(?i)(?<![A-Za-z0-9])((?:access|refresh|id|auth|session)[_-]?token|token"
          + "|client[_-]?secret|private[_-]?key(?:[_-]?id)?|api[_-]?key|x-goog-api-key"
          + "|password|passwd|secret)";

  private static final List<Rule> RULES =
      List.of(
          // A PEM block whole; a cut-off one (no END line) to the end of the text.
          new Rule(
              Pattern.compile(
                  "-----BEGIN [A-Z0-9 ]{1,40}-----.*?(?:-----END [A-Z0-9 ]{1,40}-----|\\z)",
                  Pattern.DOTALL),
              REDACTED),
          // Authorization: <scheme> <credentials>, any scheme (Bearer, Basic, Digest, token).
          Rule.keep(
              "(?i)(authorization\\\\?[\"']?\\s*[:=]\\s*\\\\?[\"']?(?:[A-Za-z]+\\s+)?)" + VALUE,
              "$1"),
          Rule.keep("(?i)(bearer\\s+)" + VALUE, "$1"),
          // "Basic" outside a header only before something that looks like base64, not prose
          // such as "basic scaling": it must hold a digit, + / =, or an inner capital letter.
          Rule.keep(
              "(\\bBasic\\s+)(?=[A-Za-z0-9+/]*(?:[0-9+/=]|[a-z][A-Z]))[A-Za-z0-9+/]{8,}={0,2}",
              "$1"),
          Rule.keep(SECRET_NAMES + SEPARATOR + VALUE, "$1$2"),
          // user:password@ in a URL.
          Rule.keep("(?i)(\\b[a-z][a-z0-9+.-]*://[^/\\s:@]+:)[^/\\s@]+(?=@)", "$1"),
          // Shapes: Google OAuth access and refresh tokens, API keys, OAuth client secrets,
          // GitHub tokens, JWTs (ID tokens).
          Rule.keep("ya29\\.[A-Za-z0-9._-]+", ""),
          Rule.keep("\\b1//0[A-Za-z0-9_-]{20,}", ""),
          Rule.keep("\\bAIza[0-9A-Za-z_-]{20,}", ""),
          Rule.keep("\\bGOCSPX-[A-Za-z0-9_-]{10,}", ""),
          Rule.keep("\\bgh[pousr]_[A-Za-z0-9]{20,}", ""),
          Rule.keep("\\bgithub_pat_[A-Za-z0-9_]{20,}", ""),
          Rule.keep("\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*", ""));

  private Redaction() {}

  /** {@code text} with token-like parts replaced by {@code [redacted]}. */
  static String scrub(String text) {
    if (text == null) {
      return "";
    }
    String s = text;
    for (Rule r : RULES) {
      s = r.pattern().matcher(s).replaceAll(r.replacement());
    }
    return s;
  }
}
