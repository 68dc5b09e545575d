package vjc.compile;

import java.math.BigDecimal;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/** Writes vjc's tree as compact JSON text, the input protobuf's JSON parser takes. */
public final class TreeJson {

  private TreeJson() {}

  /** The tree as JSON. */
  public static String write(Node node) {
    StringBuilder b = new StringBuilder();
    write(node, b);
    return b.toString();
  }

  private static void write(Node node, StringBuilder b) {
    if (node instanceof MapNode map) {
      b.append('{');
      boolean first = true;
      for (MapNode.Field f : map.fields()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        string(f.key(), b);
        b.append(':');
        write(f.value(), b);
      }
      b.append('}');
    } else if (node instanceof ListNode list) {
      b.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        write(list.get(i), b);
      }
      b.append(']');
    } else {
      ScalarNode s = (ScalarNode) node;
      switch (s.type()) {
        case NULL -> b.append("null");
        case BOOLEAN, INTEGER -> b.append(s.value());
        case FLOAT -> {
          if (s.value() instanceof BigDecimal d) {
            b.append(d.toString());
          } else {
            // protobuf's JSON mapping spells non-finite numbers as strings.
            double v = (Double) s.value();
            string(Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity", b);
          }
        }
        case STRING -> string((String) s.value(), b);
      }
    }
  }

  /** Appends {@code s} as a JSON string literal. */
  public static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
