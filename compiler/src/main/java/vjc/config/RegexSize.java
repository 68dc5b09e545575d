package vjc.config;

/**
 * Estimates how many steps a valid RE2 pattern compiles to: one per literal, class or operator,
 * times the upper count of each repetition around it ({@code a{3}} is 3, {@code (ab){2,5}} about
 * 10). Over-estimates rather than under; stops counting once past a cap.
 */
final class RegexSize {

  private final String p;
  private final long cap;
  private int i;

  private RegexSize(String pattern, long cap) {
    this.p = pattern;
    this.cap = cap;
  }

  /** The estimated size, or a number above {@code cap} once it is clear it is larger. */
  static long estimate(String pattern, long cap) {
    RegexSize s = new RegexSize(pattern, cap);
    long total = 0;
    while (s.i < pattern.length()) {
      total = s.add(total, s.alternation());
      if (s.i < pattern.length()) {
        s.i++; // an unbalanced ')' cannot pass RE2/J; skip it all the same
      }
    }
    return total;
  }

  private long alternation() {
    long total = sequence();
    while (i < p.length() && p.charAt(i) == '|') {
      i++;
      total = add(total + 1, sequence());
    }
    return total;
  }

  private long sequence() {
    long total = 0;
    while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
      total = add(total, repeated(atom()));
    }
    return total;
  }

  private long atom() {
    char c = p.charAt(i++);
    switch (c) {
      case '(' -> {
        if (i < p.length() && p.charAt(i) == '?') {
          // (?:, (?i), (?P<name>: skip the flags and the name; a flag group alone is free.
          while (i < p.length() && p.charAt(i) != ':' && p.charAt(i) != ')') {
            if (p.charAt(i) == '<') {
              while (i < p.length() && p.charAt(i) != '>') {
                i++;
              }
            }
            i++;
          }
          if (i < p.length() && p.charAt(i) == ')') {
            i++;
            return 0;
          }
          i++;
        }
        long inner = alternation();
        i++; // ')'
        return inner + 1;
      }
      case '[' -> {
        skipClass();
        return 1;
      }
      case '\\' -> {
        return skipEscape();
      }
      default -> {
        return 1;
      }
    }
  }

  private long repeated(long atom) {
    long size = atom;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '*' || c == '+' || c == '?') {
        i++;
        size = add(size, 1);
      } else if (c == '{' && countEnd() > 0) {
        int end = countEnd();
        String[] counts = p.substring(i + 1, end).split(",", -1);
        String upper = counts.length > 1 && !counts[1].isEmpty() ? counts[1] : counts[0];
        long n = upper.length() > 6 ? cap + 1 : Long.parseLong(upper) + (counts.length > 1 ? 1 : 0);
        size = multiply(Math.max(size, 1), Math.max(n, 1));
        i = end + 1;
      } else {
        return size;
      }
      if (i < p.length() && p.charAt(i) == '?') {
        i++; // non-greedy
      }
    }
    return size;
  }

  /** The index of the '}' closing a repeat count {n}, {n,} or {n,m} at i, or -1. */
  private int countEnd() {
    int j = i + 1;
    int digits = 0;
    while (j < p.length() && Character.isDigit(p.charAt(j))) {
      j++;
      digits++;
    }
    if (digits == 0) {
      return -1;
    }
    if (j < p.length() && p.charAt(j) == ',') {
      j++;
      while (j < p.length() && Character.isDigit(p.charAt(j))) {
        j++;
      }
    }
    return j < p.length() && p.charAt(j) == '}' ? j : -1;
  }

  private void skipClass() {
    if (i < p.length() && p.charAt(i) == '^') {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++;
    }
    while (i < p.length() && p.charAt(i) != ']') {
      if (p.startsWith("[:", i)) {
        int end = p.indexOf(":]", i + 2);
        i = end < 0 ? i + 1 : end + 2;
      } else if (p.charAt(i) == '\\') {
        i++;
        skipEscape();
      } else {
        i++;
      }
    }
    i++;
  }

  /**
   * Past the escape whose backslash was just read ({@code \p{Greek}}, {@code \x{263a}}, {@code
   * \Q...\E}, {@code \d}); its size, one per quoted character.
   */
  private long skipEscape() {
    if (i >= p.length()) {
      return 1;
    }
    char c = p.charAt(i++);
    if (c == 'Q') {
      int end = p.indexOf("\\E", i);
      int stop = end < 0 ? p.length() : end;
      long quoted = Math.max(1, stop - i);
      i = end < 0 ? p.length() : end + 2;
      return quoted;
    } else if ((c == 'p' || c == 'P' || c == 'x') && i < p.length() && p.charAt(i) == '{') {
      int end = p.indexOf('}', i);
      i = end < 0 ? p.length() : end + 1;
    } else if (c == 'x') {
      i = Math.min(p.length(), i + 2);
    }
    return 1;
  }

  private long add(long a, long b) {
    return Math.min(a + b, cap + 1);
  }

  private long multiply(long a, long n) {
    return a > (cap + 1) / n ? cap + 1 : Math.min(a * n, cap + 1);
  }
}
