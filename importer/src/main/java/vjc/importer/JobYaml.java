package vjc.importer;

import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.protobuf.Descriptors.Descriptor;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an imported job as a vjc job file: block-style YAML, two-space indentation, keys in a
 * fixed order (vjc's {@code region}, {@code project}, {@code vars}, then {@code displayName},
 * {@code labels}, {@code jobSpec} and the rest in field-number order), and strings quoted exactly
 * when a YAML 1.2 (or 1.1) reader would take them for something else. The same tree always gives
 * the same bytes.
 */
final class JobYaml {

  private static final List<String> FIRST =
      List.of("region", "project", "vars", "displayName", "labels", "jobSpec");

  /** Strings a YAML reader would turn into a number, boolean or null (1.2 core and 1.1). */
  private static final Pattern NOT_A_STRING =
      Pattern.compile(
          "[-+]?[0-9][0-9_]*|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)"
              + "([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|~|null|Null|NULL"
              + "|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off"
              + "|Off|OFF|[0-9]+(:[0-5]?[0-9])+|<<|=");

  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  private JobYaml() {}

  /** The job file text: {@code header} lines as comments, then {@code job}. */
  static String write(List<String> header, Map<String, Object> job) {
    StringBuilder b = new StringBuilder();
    for (String line : header) {
      b.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    mapBody(ordered(job), 0, false, b);
    return b.toString();
  }

  /** The top level in vjc's order, the CustomJob fields below it in field-number order. */
  static Map<String, Object> ordered(Map<String, Object> job) {
    Descriptor type = CustomJob.getDescriptor();
    Map<String, Object> rest = new LinkedHashMap<>(job);
    FIRST.forEach(rest::remove);
    Map<String, Object> sortedRest = ProtoTree.ordered(rest, type);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : FIRST) {
      if (job.containsKey(key)) {
        out.putAll(ProtoTree.ordered(Map.of(key, job.get(key)), type));
      }
    }
    out.putAll(sortedRest);
    return out;
  }

  private static void mapBody(Map<?, ?> map, int indent, boolean firstInline, StringBuilder b) {
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(first && firstInline)) {
        b.append(" ".repeat(indent));
      }
      first = false;
      b.append(scalar(String.valueOf(e.getKey()))).append(':');
      value(e.getValue(), indent, b);
    }
  }

  /** Writes what follows {@code key:} or {@code -}. */
  private static void value(Object v, int indent, StringBuilder b) {
    if (v instanceof Map<?, ?> m && !m.isEmpty()) {
      b.append('\n');
      mapBody(m, indent + 2, false, b);
    } else if (v instanceof List<?> l && !l.isEmpty()) {
      b.append('\n');
      listBody(l, indent + 2, b);
    } else if (v instanceof String s && isBlock(s)) {
      block(s, indent + 2, b);
    } else {
      b.append(' ').append(inline(v)).append('\n');
    }
  }

  private static void listBody(List<?> list, int indent, StringBuilder b) {
    for (Object item : list) {
      b.append(" ".repeat(indent)).append('-');
      if (item instanceof Map<?, ?> m && !m.isEmpty()) {
        b.append(' ');
        mapBody(m, indent + 2, true, b);
      } else if (item instanceof List<?> l && !l.isEmpty()) {
        b.append('\n');
        listBody(l, indent + 2, b);
      } else if (item instanceof String s && isBlock(s)) {
        block(s, indent + 2, b);
      } else {
        b.append(' ').append(inline(item)).append('\n');
      }
    }
  }

  private static String inline(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map<?, ?>) {
      return "{}";
    }
    if (v instanceof List<?>) {
      return "[]";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof String s) {
      return scalar(s);
    }
    return v.toString();
  }

  /** Multi-line text that reads best as a literal block and survives editors. */
  private static boolean isBlock(String s) {
    if (!s.contains("\n") || s.startsWith(" ") || s.startsWith("\t") || s.startsWith("\n")) {
      return false;
    }
    String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    if (body.endsWith("\n")) {
      return false;
    }
    for (String line : body.split("\n", -1)) {
      if (!line.equals(line.stripTrailing())) {
        return false;
      }
      for (char c : line.toCharArray()) {
        if ((c < 0x20 && c != '\t') || c == 0x7f || c == '\uFEFF') {
          return false;
        }
      }
    }
    return true;
  }

  private static void block(String s, int indent, StringBuilder b) {
    boolean trailingNewline = s.endsWith("\n");
    String body = trailingNewline ? s.substring(0, s.length() - 1) : s;
    b.append(trailingNewline ? " |\n" : " |-\n");
    for (String line : body.split("\n", -1)) {
      if (!line.isEmpty()) {
        b.append(" ".repeat(indent)).append(line);
      }
      b.append('\n');
    }
  }

  /** {@code s} plain when that reads back as the same string, else double-quoted. */
  static String scalar(String s) {
    return isPlain(s) ? s : quoted(s);
  }

  private static boolean isPlain(String s) {
    if (s.isEmpty() || NOT_A_STRING.matcher(s).matches() || s.contains("${")) {
      return false;
    }
    char first = s.charAt(0);
    if (Character.isWhitespace(first) || Character.isWhitespace(s.charAt(s.length() - 1))) {
      return false;
    }
    if (INDICATORS.indexOf(first) >= 0) {
      // "-x" and "--flag" are plain: a dash starts a list item only when a blank follows it.
      boolean dashWord = first == '-' && s.length() > 1 && s.charAt(1) != ' ';
      if (!dashWord) {
        return false;
      }
    }
    if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\uFEFF' || (c >= 0x80 && c <= 0x9f)) {
        return false;
      }
    }
    return true;
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\uFEFF') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
