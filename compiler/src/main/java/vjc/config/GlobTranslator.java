package vjc.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The JDK's glob syntax ({@code FileSystem.getPathMatcher("glob:…")} on Unix) as an RE2 regular
 * expression, with the JDK's rules and error messages: the same patterns are accepted and match the
 * same paths, but the result runs on an engine that does not backtrack.
 */
final class GlobTranslator {

  private GlobTranslator() {}

  /** The RE2 regex for {@code glob}; {@link LinearRegex.Refused} as the JDK would refuse it. */
  static String toRegex(String glob) throws LinearRegex.Refused {
    StringBuilder regex = new StringBuilder();
    boolean inGroup = false;
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i++);
      switch (c) {
        case '\\' -> {
          if (i == glob.length()) {
            throw refused("No character to escape", i - 1);
          }
          int cp = glob.codePointAt(i);
          literal(regex, cp);
          i += Character.charCount(cp);
        }
        case '[' -> i = bracket(glob, i, regex);
        case '{' -> {
          if (inGroup) {
            throw refused("Cannot nest groups", i - 1);
          }
          regex.append("(?:(?:");
          inGroup = true;
        }
        case '}' -> {
          if (inGroup) {
            regex.append("))");
            inGroup = false;
          } else {
            literal(regex, '}');
          }
        }
        case ',' -> {
          if (inGroup) {
            regex.append(")|(?:");
          } else {
            literal(regex, ',');
          }
        }
        case '*' -> {
          if (i < glob.length() && glob.charAt(i) == '*') {
            regex.append(".*");
            i++;
          } else {
            regex.append("[^/]*");
          }
        }
        case '?' -> regex.append("[^/]");
        default -> {
          int cp = glob.codePointAt(i - 1);
          literal(regex, cp);
          i += Character.charCount(cp) - 1;
        }
      }
    }
    if (inGroup) {
      throw refused("Missing '}'", i - 1);
    }
    return regex.toString();
  }

  /**
   * A bracket expression whose '[' was just read; returns the index after its ']'. As in the JDK,
   * it never matches '/', a leading '!' negates it, a leading '^' is a literal, and a '-' between
   * two characters is a range.
   */
  private static int bracket(String glob, int start, StringBuilder regex)
      throws LinearRegex.Refused {
    int i = start;
    boolean negate = false;
    List<int[]> ranges = new ArrayList<>();
    if (i < glob.length() && glob.charAt(i) == '^') {
      ranges.add(new int[] {'^', '^'});
      i++;
    } else {
      if (i < glob.length() && glob.charAt(i) == '!') {
        negate = true;
        i++;
      }
      if (i < glob.length() && glob.charAt(i) == '-') {
        ranges.add(new int[] {'-', '-'});
        i++;
      }
    }
    boolean hasRangeStart = false;
    char last = 0;
    boolean closed = false;
    while (i < glob.length()) {
      char c = glob.charAt(i++);
      if (c == ']') {
        closed = true;
        break;
      }
      if (c == '/') {
        throw refused("Explicit 'name separator' in class", i - 1);
      }
      if (c == '-') {
        if (!hasRangeStart) {
          throw refused("Invalid range", i - 1);
        }
        if (i == glob.length()) {
          break;
        }
        char end = glob.charAt(i++);
        if (end == ']') {
          ranges.add(new int[] {'-', '-'});
          closed = true;
          break;
        }
        if (end < last) {
          throw refused("Invalid range", i - 3);
        }
        ranges.get(ranges.size() - 1)[1] = end;
        hasRangeStart = false;
      } else {
        ranges.add(new int[] {c, c});
        hasRangeStart = true;
        last = c;
      }
    }
    if (!closed) {
      throw refused("Missing ']'", i - 1);
    }
    if (ranges.isEmpty()) {
      throw refused("Empty class", i - 1);
    }
    regex.append(negate ? "[^/" : "[");
    boolean any = negate;
    for (int[] r : ranges) {
      // '/' never matches: split a range around it.
      if (negate || r[1] < '/' || r[0] > '/') {
        any |= appendRange(regex, r[0], r[1]);
      } else {
        any |= r[0] < '/' && appendRange(regex, r[0], '/' - 1);
        any |= r[1] > '/' && appendRange(regex, '/' + 1, r[1]);
      }
    }
    if (!any) {
      regex.setLength(regex.length() - 1);
      regex.append("[^\\x{0}-\\x{10FFFF}]"); // matches nothing, as [/] would
      return i;
    }
    regex.append(']');
    return i;
  }

  private static boolean appendRange(StringBuilder regex, int from, int to) {
    regex.append(String.format("\\x{%x}", from));
    if (to != from) {
      regex.append(String.format("-\\x{%x}", to));
    }
    return true;
  }

  private static void literal(StringBuilder regex, int codePoint) {
    if (codePoint < 128 && Character.isLetterOrDigit(codePoint)) {
      regex.append((char) codePoint);
    } else {
      regex.append(String.format("\\x{%x}", codePoint));
    }
  }

  private static LinearRegex.Refused refused(String what, int index) {
    return new LinearRegex.Refused(what + " near index " + index);
  }
}
