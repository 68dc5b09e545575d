package vjc.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one. */
public final class DidYouMean {

  /** Longest word a suggestion is looked for. */
  private static final int MAX_WORD = 128;

  private DidYouMean() {}

  /**
   * The candidate closest to {@code word} by edit distance, if close enough to be a likely typo: at
   * most a third of the word's length, and at least one edit allowed.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    int allowed = Math.max(1, Math.min(4, word.length() / 3));
    if (word.length() > MAX_WORD) {
      // The distance table is length times length: a hostile name a megabyte long must not
      // allocate it. Nobody misspells a name that long.
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      // The distance is at least the difference in length; such a candidate cannot be close.
      if (c.equals(word) || Math.abs(c.length() - word.length()) > allowed) {
        continue;
      }
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Damerau-Levenshtein distance (optimal string alignment), so swapped letters cost one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
