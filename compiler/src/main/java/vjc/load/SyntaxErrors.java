package vjc.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * snakeyaml's syntax errors in plain words, with how to fix the common ones. Its own messages speak
 * of "block ends" and "flow nodes"; a person who forgot a bracket or mis-indented a line should
 * read that instead.
 */
final class SyntaxErrors {

  private static final Pattern FLOW_SEQUENCE = Pattern.compile("expected ',' or ']', but got (.*)");
  private static final Pattern FLOW_MAPPING = Pattern.compile("expected ',' or '}', but got (.*)");
  private static final Pattern UNKNOWN_ESCAPE =
      Pattern.compile("found unknown escape character (\\S)\\(\\d+\\)");
  private static final Pattern RESERVED_START =
      Pattern.compile("found character '(.)' that cannot start any token");

  private SyntaxErrors() {}

  /**
   * What went wrong and how to fix it.
   *
   * @param message what follows "invalid YAML: "
   * @param hint how to fix it, when vjc knows
   */
  record Explained(String message, Optional<String> hint) {}

  /**
   * Explains a scanner or parser error.
   *
   * @param problem snakeyaml's problem, e.g. "mapping values are not allowed here"
   * @param context what it was reading, e.g. "while parsing a flow sequence", or null
   * @param opened where that construct starts ("line 3, column 9"), when it is not the problem's
   *     own place
   */
  static Explained explain(String problem, String context, Optional<String> opened) {
    String p = problem.strip();
    String c = context == null ? "" : context.strip();
    String where = opened.map(o -> " that opens at " + o).orElse("");
    if (c.contains("quoted scalar") && p.contains("end of stream")) {
      return explained(
          "the file ends inside a quoted string",
          opened.map(o -> "Close the quote that opens at " + o + ".").orElse("Close the quote."));
    }
    if (c.contains("flow") && p.contains("<stream end>")) {
      return explained(
          "the file ends inside a [...] list or {...} map",
          opened
              .map(o -> "Close the bracket that opens at " + o + ".")
              .orElse("Close each '[' with ']' and each '{' with '}'."));
    }
    Matcher m = FLOW_SEQUENCE.matcher(p);
    if (m.matches()) {
      return explained(
          "a [...] list needs ',' or ']' here, found " + m.group(1).strip(),
          "Separate the items with commas and close the list"
              + where
              + " with ']'; quote an item that holds ':', '{' or '}'.");
    }
    m = FLOW_MAPPING.matcher(p);
    if (m.matches()) {
      return explained(
          "a {...} map needs ',' or '}' here, found " + m.group(1).strip(),
          "Separate the entries with commas and close the map"
              + where
              + " with '}'; quote a value that holds ',', '[' or ']'.");
    }
    if (p.contains("mapping values are not allowed here")) {
      return explained(
          "': ' cannot appear here: it would start a map inside a plain value",
          "Quote the value if it holds ': ' (displayName: \"a: b\"), or check the key and the"
              + " indentation of the line above.");
    }
    if (p.contains("expected <block end>, but found '-'")) {
      return explained(
          "a list item '-' where the map expects a key",
          "Put the list under a key (the key, then its '-' items indented below it), or line the"
              + " item up with the other items of its list.");
    }
    if (p.contains("expected <block end>")) {
      return explained(
          "this line's indentation does not fit the lines above it",
          "Start the keys of one map in the same column, and indent a nested map or list further"
              + " than its key.");
    }
    if (p.contains("could not find expected ':'")) {
      return explained(
          "a key without ':' after it",
          "Add ': ' after the key, or indent the line if it continues the value above.");
    }
    if (p.contains("expected the node content, but found ','")) {
      return explained("an empty item between two commas", "Remove the extra comma.");
    }
    if (p.contains("'\\t'") || p.contains("\\t(TAB)")) {
      return explained(
          "a tab where YAML allows only spaces",
          "Indent with spaces; YAML does not allow tabs for indentation.");
    }
    m = UNKNOWN_ESCAPE.matcher(p);
    if (m.find()) {
      return explained(
          "\\" + m.group(1) + " is not an escape a double-quoted string knows",
          "In double quotes a backslash starts an escape: write \\\\ for a backslash, or use"
              + " single quotes.");
    }
    m = RESERVED_START.matcher(p);
    if (m.find()) {
      return explained(
          "a plain value cannot start with " + m.group(1),
          "Quote the value: '" + m.group(1) + "...' or \"" + m.group(1) + "...\".");
    }
    if (p.contains("special characters are not allowed")) {
      return new Explained(
          raw(p, c),
          Optional.of("Quote the value, or remove the control characters from the file."));
    }
    return new Explained(raw(p, c), Optional.empty());
  }

  private static Explained explained(String message, String hint) {
    return new Explained(message, Optional.of(hint));
  }

  /** snakeyaml's own words, for what vjc has no better ones for. */
  private static String raw(String problem, String context) {
    return context.isEmpty() ? problem : problem + " (" + context + ")";
  }
}
