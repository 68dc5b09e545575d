package vjc.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
    return within(word, candidates, Math.max(1, Math.min(4, word.length() / 3)));
  }

  /**
   * The candidate at most {@code maxEdits} edits from {@code word} (case-insensitive), the closest
   * first, then the first in alphabetical order: a slip of the keyboard, where a name that only
   * looks alike ({@link #closest}) is not enough.
   */
  public static Optional<String> within(String word, Collection<String> candidates, int maxEdits) {
    if (word.length() > MAX_WORD) {
      // The distance table is length times length: a hostile name a megabyte long must not
      // allocate it. Nobody misspells a name that long.
      return Optional.empty();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = maxEdits + 1;
    for (String c : candidates) {
      // The distance is at least the difference in length; such a candidate cannot be close.
      if (c.equals(word) || Math.abs(c.length() - word.length()) > maxEdits) {
        continue;
      }
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The candidate a misspelt enum-like name ({@code NVIDIA_A100}, {@code TESLA_T4}) most likely
   * meant, weighing its tokens (split at {@code _} and {@code -}): a candidate that holds every
   * token of the word in order comes first, the one adding least (so {@code NVIDIA_H100} is {@code
   * NVIDIA_H100_80GB}); otherwise the closest spelling, unless it changes a token with digits in it
   * by more than one edit, since {@code A100} and {@code B200} are different products, not a typo.
   */
  public static Optional<String> closestName(String word, Collection<String> candidates) {
    if (word.length() > MAX_WORD) {
      return Optional.empty();
    }
    List<String> tokens = tokens(word);
    String best = null;
    int bestExtra = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equalsIgnoreCase(word) || !holdsInOrder(tokens(c), tokens)) {
        continue;
      }
      int extra = c.length() - word.length();
      if (extra < bestExtra || (extra == bestExtra && c.compareTo(best) < 0)) {
        best = c;
        bestExtra = extra;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    return closest(word, candidates).filter(c -> keepsModelNumbers(word, c));
  }

  private static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : name.toUpperCase(Locale.ROOT).split("[_-]")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** True when {@code wanted} appear in {@code tokens} in the same order, others between them. */
  private static boolean holdsInOrder(List<String> tokens, List<String> wanted) {
    if (wanted.isEmpty() || tokens.size() <= wanted.size()) {
      return false;
    }
    int i = 0;
    for (String t : tokens) {
      if (i < wanted.size() && t.equals(wanted.get(i))) {
        i++;
      }
    }
    return i == wanted.size();
  }

  /** True unless a token of {@code word} with a digit in it is missing from {@code candidate}. */
  private static boolean keepsModelNumbers(String word, String candidate) {
    if (distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT)) <= 1) {
      return true;
    }
    List<String> theirs = tokens(candidate);
    for (String t : tokens(word)) {
      if (t.chars().anyMatch(Character::isDigit) && !theirs.contains(t)) {
        return false;
      }
    }
    return true;
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
