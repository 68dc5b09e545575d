package vjc.engine;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vjc.diag.Diagnostic;
import vjc.lint.Secrets;
import vjc.load.SourceText;

/**
 * The source lines findings point at, captured when a file's report is built, for the text format's
 * snippets. Whole files are never kept: 300 files of 4 MB with one warning each need 300 lines, and
 * a file edited after it was checked cannot show a line it did not have.
 */
final class SnippetLines {

  /**
   * Characters kept of a line: the text format shows 200 and marks a longer line with " ...", so
   * one more tells it the line went on.
   */
  static final int KEPT_CHARS = 201;

  /** The rule whose findings point at a credential. */
  private static final String SECRET_RULE = "hardcoded-secret";

  private final Map<Path, Map<Integer, String>> lines = new ConcurrentHashMap<>();

  /** Keeps the lines of {@code text} that {@code findings} point at. */
  void capture(SourceText text, Collection<Diagnostic> findings) {
    TreeMap<Integer, String> wanted = new TreeMap<>();
    Map<Integer, Integer> secretAt = new TreeMap<>();
    for (Diagnostic d : findings) {
      if (d.origin().file().equals(text.file()) && d.origin().line() >= 1) {
        wanted.put(d.origin().line(), "");
        if (d.ruleId().equals(SECRET_RULE)) {
          secretAt.merge(d.origin().line(), d.origin().column(), Math::min);
        }
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    Map<Integer, String> found = linesOf(text.text(), wanted);
    // The value a hardcoded-secret finding points at is the secret, whatever its shape: the
    // snippet shows no more of it than the message does.
    secretAt.forEach(
        (n, column) ->
            found.computeIfPresent(
                n,
                (k, line) ->
                    column - 1 < line.length() && !isBlockIndicator(line.substring(column - 1))
                        ? line.substring(0, column - 1) + Secrets.mask(line.substring(column - 1))
                        : line));
    lines.merge(
        text.file(),
        found,
        (a, b) -> {
          Map<Integer, String> both = new TreeMap<>(a);
          both.putAll(b);
          return both;
        });
  }

  /** A block scalar's {@code |} or {@code >}: its text, and any secret, starts on the next line. */
  private static boolean isBlockIndicator(String rest) {
    return rest.startsWith("|") || rest.startsWith(">");
  }

  /** Line {@code n} (1-based) of {@code file}, cut to {@link #KEPT_CHARS}, if it was captured. */
  Optional<String> line(Path file, int n) {
    Map<Integer, String> m = lines.get(file);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(n));
  }

  /**
   * The wanted lines, found in one pass over the text (line breaks as {@link SourceText#lines()}
   * counts them: LF, CR LF or a lone CR).
   */
  static Map<Integer, String> linesOf(String text, TreeMap<Integer, String> wanted) {
    Map<Integer, String> out = new TreeMap<>();
    int line = 1;
    int start = 0;
    int last = wanted.lastKey();
    for (int i = 0; i <= text.length() && line <= last; i++) {
      boolean end = i == text.length();
      char c = end ? '\n' : text.charAt(i);
      if (c != '\n' && c != '\r') {
        continue;
      }
      if (end && start == text.length()) {
        break; // no line after a final line break
      }
      if (wanted.containsKey(line)) {
        out.put(line, text.substring(start, Math.min(i, start + KEPT_CHARS)));
      }
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
      line++;
    }
    return out;
  }
}
