package vjc.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One word of a shell command after quote removal and expansion, with the source offset of every
 * character, so that a problem inside a word (a key of {@code --worker-pool-spec}) points at the
 * place in the script that wrote it, even when it came from a variable assigned lines earlier.
 *
 * <p>A shell variable the script never assigns stays open: it is kept as a marker, {@link #OPEN} +
 * name + {@link #CLOSE}, which no delimiter splits, and becomes a vjc {@code ${NAME}} reference in
 * the output ({@link #toVjc}).
 *
 * @param text the word, with open variables as markers
 * @param offsets for each character of {@code text}, its offset in the source text
 */
@SuppressWarnings("ArrayRecordComponent") // equals and hashCode compare the array's contents
record ShellWord(String text, int[] offsets) {

  /** Starts an open variable in {@link #text}; a private-use character no script contains. */
  static final char OPEN = '\uE000';

  /** Ends an open variable in {@link #text}. */
  static final char CLOSE = '\uE001';

  private static final Pattern MARKER = Pattern.compile(OPEN + "([^" + CLOSE + "]*)" + CLOSE);

  ShellWord {
    if (offsets.length != text.length()) {
      throw new IllegalArgumentException(
          "offsets must match text: " + offsets.length + " != " + text.length());
    }
  }

  /** A word whose characters all come from one place, e.g. a value vjc made up. */
  static ShellWord at(String text, int offset) {
    int[] o = new int[text.length()];
    Arrays.fill(o, offset);
    return new ShellWord(text, o);
  }

  /** The source offset of character {@code index}; the end of the word maps to its last char. */
  int offsetAt(int index) {
    if (offsets.length == 0) {
      return 0;
    }
    return offsets[Math.max(0, Math.min(index, offsets.length - 1))];
  }

  /** The characters from {@code begin} to {@code end}. */
  ShellWord sub(int begin, int end) {
    return new ShellWord(text.substring(begin, end), Arrays.copyOfRange(offsets, begin, end));
  }

  /** The characters from {@code begin} to the end. */
  ShellWord sub(int begin) {
    return sub(begin, text.length());
  }

  /** True when the word is empty. */
  boolean isEmpty() {
    return text.isEmpty();
  }

  /** True when any variable in the word is open. */
  boolean hasOpenVariables() {
    return text.indexOf(OPEN) >= 0;
  }

  /** The open variable, when the whole word is exactly one. */
  java.util.Optional<String> onlyVariable() {
    Matcher m = MARKER.matcher(text);
    return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }

  /** The names of the open variables, in order of first use. */
  Set<String> openVariables() {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Splits on {@code delimiter}; every part keeps its offsets. */
  List<ShellWord> split(String delimiter) {
    List<ShellWord> parts = new ArrayList<>();
    int start = 0;
    while (true) {
      int at = text.indexOf(delimiter, start);
      if (at < 0) {
        parts.add(sub(start));
        return parts;
      }
      parts.add(sub(start, at));
      start = at + delimiter.length();
    }
  }

  /**
   * The word as vjc template text: a literal <code>${</code> becomes <code>$${</code>, an open
   * variable becomes {@code ${NAME}}.
   */
  String toVjc() {
    return toVjc(text);
  }

  /** {@link #toVjc()} for a bare string. */
  static String toVjc(String text) {
    StringBuilder b = new StringBuilder();
    int last = 0;
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      b.append(Literal.escape(text.substring(last, m.start())));
      b.append("${").append(m.group(1)).append('}');
      last = m.end();
    }
    b.append(Literal.escape(text.substring(last)));
    return b.toString();
  }

  /** The word as a person reads it: open variables shown as {@code ${NAME}}. */
  String display() {
    return MARKER.matcher(text).replaceAll(r -> Matcher.quoteReplacement("${" + r.group(1) + "}"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShellWord w && w.text.equals(text) && Arrays.equals(w.offsets, offsets);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(offsets);
  }

  @Override
  public String toString() {
    return display();
  }
}
