package vjc.submit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what looks like a credential from text vjc did not write (server messages, exception
 * messages) before it is printed. vjc never prints credentials itself; this guards against a token
 * echoed back in an error.
 */
final class Redaction {

  private static final Pattern SECRETS =
      Pattern.compile(
          "(?i)(bearer\\s+)[^\\s\"',;]+"
              + "|ya29\\.[A-Za-z0-9._-]+"
              + "|(access_token|refresh_token|id_token|client_secret|private_key)"
              + "([\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',;}]+");

  private Redaction() {}

  /** {@code text} with token-like parts replaced by {@code [redacted]}. */
  static String scrub(String text) {
    if (text == null) {
      return "";
    }
    // The function's result is itself a replacement pattern, so it is quoted.
    return SECRETS
        .matcher(text)
        .replaceAll(
            m ->
                Matcher.quoteReplacement(
                    m.group(1) != null
                        ? m.group(1) + "[redacted]"
                        : m.group(2) != null
                            ? m.group(2) + m.group(3) + "[redacted]"
                            : "[redacted]"));
  }
}
