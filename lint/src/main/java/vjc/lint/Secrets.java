package vjc.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials by their shape, as the providers document them: found by the {@code hardcoded-secret}
 * rule, and masked in every message and snippet vjc prints, so that a value taken from a file or
 * the process environment never echoes a token into a CI log, a SARIF upload or a review comment.
 */
public final class Secrets {

  private Secrets() {}

  /**
   * A kind of credential with a recognisable shape; {@code group} is the secret part. Every match
   * contains one of {@code marks}, so text without any is not searched: most values hold none, and
   * searching for nine shapes was a tenth of a lint run.
   */
  public record Shape(String what, Pattern pattern, int group, List<String> marks) {

    /** Whether {@code text} holds a mark without which the shape cannot match. */
    public boolean mayOccurIn(String text) {
      for (String mark : marks) {
        if (text.contains(mark)) {
          return true;
        }
      }
      return false;
    }
  }

  public static final Shape PEM =
      new Shape(
          "a PEM private key",
          Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"),
          0,
          List.of("-----BEGIN "));
  public static final Shape URL_PASSWORD =
      new Shape(
          "a password in a URL",
          // The look-behind starts a scheme only where one can start: without it every letter
          // of a long word is tried as a start, quadratic in a megabyte-long argument.
          Pattern.compile(
              "(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*+://[^\\s/:@'\"]+:([^\\s/@'\"]+)@"),
          1,
          List.of("://"));

  // Shapes the providers document for their keys; a match anywhere in a value is reported.
  public static final List<Shape> SHAPES =
      List.of(
          PEM,
          new Shape(
              "an AWS access key ID",
              Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])"),
              0,
              List.of("AKIA", "ASIA")),
          new Shape(
              "a Google API key",
              Pattern.compile("(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"),
              0,
              List.of("AIza")),
          new Shape(
              "a GitHub token",
              Pattern.compile(
                  "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
              0,
              List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
          new Shape(
              "a GitLab token",
              Pattern.compile("(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20,}"),
              0,
              List.of("glpat-")),
          new Shape(
              "a Slack token",
              Pattern.compile("(?<![A-Za-z0-9])xox[baprs]-[A-Za-z0-9-]{10,}"),
              0,
              List.of("xox")),
          // OpenAI and Anthropic keys; the digit and letter look-aheads keep out words such as
          // sk-learn-classifier-baseline.
          new Shape(
              "an sk- API key",
              Pattern.compile(
                  "(?<![A-Za-z0-9_-])sk-(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])"
                      + "[A-Za-z0-9_-]{20,}"),
              0,
              List.of("sk-")),
          new Shape(
              "a Hugging Face token",
              Pattern.compile("(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,}"),
              0,
              List.of("hf_")),
          URL_PASSWORD);

  /** At most the first 4 characters, and never more than a quarter of the secret. */
  public static String mask(String secret) {
    return secret.substring(0, Math.min(4, secret.length() / 4)) + "****";
  }

  /** {@code text} with every credential-shaped part masked; the same text when it has none. */
  public static String redact(String text) {
    String out = text;
    for (Shape shape : SHAPES) {
      if (!shape.mayOccurIn(out)) {
        continue;
      }
      Matcher m = shape.pattern().matcher(out);
      StringBuilder b = new StringBuilder();
      int last = 0;
      while (m.find()) {
        int start = m.start(shape.group());
        int end = m.end(shape.group());
        if (m.group(shape.group()).contains("****")) {
          continue; // masked already: redacting twice would only shorten what stays
        }
        b.append(out, last, start)
            .append(
                shape.equals(PEM)
                    ? "-----BEGIN ... PRIVATE KEY-----"
                    : mask(m.group(shape.group())));
        last = end;
      }
      if (last > 0) {
        out = b.append(out, last, out.length()).toString();
      }
    }
    return out;
  }
}
