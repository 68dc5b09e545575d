package vjc.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vjc.diag.Origin;
import vjc.load.SourceText;

/** Turns offsets in a source text into 1-based line and column origins. */
final class Positions {

  private final Path file;
  private final int[] lineStarts;

  Positions(SourceText source) {
    this.file = source.file();
    String text = source.text();
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The origin of {@code offset}. */
  Origin at(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Origin.of(file, lo + 1, Math.max(1, offset - lineStarts[lo] + 1));
  }

  /** The origin of character {@code index} of {@code word}. */
  Origin at(ShellWord word, int index) {
    return at(word.offsetAt(index));
  }

  /** The origin of the start of {@code word}. */
  Origin at(ShellWord word) {
    return at(word, 0);
  }
}
