package vjc.load;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decoded text of one input file, kept for source snippets and inline suppressions.
 *
 * @param file the path as the user named it
 * @param text the whole text, decoded
 */
public record SourceText(Path file, String text) {

  public SourceText {
    requireNonNull(file, "file");
    requireNonNull(text, "text");
  }

  /** The text split into lines, without line terminators. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** Line {@code n} (1-based), if the file has it. */
  public Optional<String> line(int n) {
    List<String> lines = lines();
    return n >= 1 && n <= lines.size() ? Optional.of(lines.get(n - 1)) : Optional.empty();
  }
}
