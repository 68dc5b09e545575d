package vjc.emit;

import java.util.List;
import java.util.Map;
import vjc.compile.TreeJson;

/** Writes plain Java maps, lists and scalars as two-space indented JSON. */
final class PrettyJson {

  private PrettyJson() {}

  static void write(Object value, StringBuilder b, int indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        b.append("{}");
        return;
      }
      b.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        pad(b, indent + 1);
        TreeJson.string(String.valueOf(e.getKey()), b);
        b.append(": ");
        write(e.getValue(), b, indent + 1);
        b.append(++i < map.size() ? ",\n" : "\n");
      }
      pad(b, indent);
      b.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        b.append("[]");
        return;
      }
      b.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        pad(b, indent + 1);
        write(list.get(i), b, indent + 1);
        b.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      pad(b, indent);
      b.append(']');
    } else if (value instanceof String s) {
      TreeJson.string(s, b);
    } else {
      b.append(value == null ? "null" : value.toString());
    }
  }

  private static void pad(StringBuilder b, int indent) {
    b.append("  ".repeat(indent));
  }
}
