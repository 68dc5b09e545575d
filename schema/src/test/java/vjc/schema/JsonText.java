package vjc.schema;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as JSON text: 2-space indent, keys in
 * map iteration order, one value per line, trailing newline (what {@code jq .} prints, so
 * reformatting the checked-in file never makes a diff).
 */
public final class JsonText {

  private final StringBuilder out = new StringBuilder();

  private JsonText() {}

  /** The JSON text of {@code value}, ending with a newline. */
  public static String write(Object value) {
    JsonText text = new JsonText();
    text.value(value, 0);
    return text.out.append('\n').toString();
  }

  private void value(Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      object(map, depth);
    } else if (value instanceof List<?> list) {
      array(list, depth);
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      out.append(value);
    } else {
      // Doubles are deliberately unsupported: their text form would depend on Java's formatting.
      throw new IllegalArgumentException("unsupported JSON value: " + value);
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator);
      indent(depth + 1);
      string((String) entry.getKey());
      out.append(": ");
      value(entry.getValue(), depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(depth);
    out.append('}');
  }

  private void array(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object item : list) {
      out.append(separator);
      indent(depth + 1);
      value(item, depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(depth);
    out.append(']');
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void indent(int depth) {
    out.append("  ".repeat(depth));
  }
}
