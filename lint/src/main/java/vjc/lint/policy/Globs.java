package vjc.lint.policy;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import vjc.lint.Value;

/**
 * Shell-style patterns: {@code *} matches any run of characters, {@code ?} one character, and
 * everything else itself; a pattern matches the whole value ({@code a2-*} matches {@code
 * a2-highgpu-8g}, not {@code ca2-x}). They run on RE2/J, so a pattern with many stars still matches
 * in linear time; java.util.regex backtracked on {@code *a*a*a…} for minutes.
 */
final class Globs {

  private final List<String> patterns;
  private final List<Pattern> compiled;

  private Globs(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
    List<Pattern> c = new ArrayList<>();
    for (String p : patterns) {
      c.add(compile(p));
    }
    this.compiled = List.copyOf(c);
  }

  static Globs of(List<Value<String>> values) {
    return new Globs(values.stream().map(Value::value).toList());
  }

  /** True when any pattern matches all of {@code value}. */
  boolean matches(String value) {
    return compiled.stream().anyMatch(p -> p.matcher(value).matches());
  }

  /** The patterns as written, comma-separated, for messages. */
  @Override
  public String toString() {
    return String.join(", ", patterns);
  }

  private static Pattern compile(String glob) {
    StringBuilder regex = new StringBuilder("(?s)");
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString());
  }
}
