package vjc.codegen;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON-like data tree (maps with string keys, lists, strings, numbers, booleans, nulls) as
 * the source of a Java class whose {@code tree()} rebuilds it.
 *
 * <p>vjc starts on every commit, and parsing its schema and catalog text at start-up cost tens of
 * milliseconds of interpreted parser code; building the same tree from constants costs about one.
 * The text stays the source of truth: {@link GenerateDataClass} writes the class from it in every
 * build, so there is no copy to keep current.
 */
public final class DataClassWriter {

  /**
   * Nodes one generated method may build before a subtree moves into a method of its own, well
   * below the JVM's 64 KiB of bytecode per method.
   */
  private static final int NODES_PER_METHOD = 1500;

  private final StringBuilder methods = new StringBuilder();
  private final IdentityHashMap<Object, Integer> sizes = new IdentityHashMap<>();
  private int methodCount;

  private DataClassWriter() {}

  /**
   * The source of {@code packageName.className}, whose {@code tree()} returns a tree equal to
   * {@code tree}, with maps in their original key order; {@code source} names where it came from.
   */
  public static String write(String packageName, String className, String source, Object tree) {
    DataClassWriter w = new DataClassWriter();
    w.size(tree);
    String root = w.expression(tree, "    ");
    return "// Generated from "
        + source
        + " by vjc.codegen.DataClassWriter; do not edit.\n"
        + "// The build regenerates it (generate-sources); edit the source instead.\n"
        + "package "
        + packageName
        + ";\n\n"
        + "import java.util.Arrays;\n"
        + "import java.util.Collections;\n"
        + "import java.util.LinkedHashMap;\n"
        + "import java.util.List;\n"
        + "import java.util.Map;\n\n"
        + "/** The data of "
        + source
        + ", built from constants instead of parsed at start-up. */\n"
        + "final class "
        + className
        + " {\n\n"
        + "  private "
        + className
        + "() {}\n\n"
        + "  /** A fresh, unmodifiable copy of the tree. */\n"
        + "  static Object tree() {\n"
        + "    return "
        + root
        + ";\n"
        + "  }\n"
        + w.methods
        + "\n"
        + "  private static Map<String, Object> m(Object... keysAndValues) {\n"
        + "    Map<String, Object> m = new LinkedHashMap<>(keysAndValues.length);\n"
        + "    for (int i = 0; i < keysAndValues.length; i += 2) {\n"
        + "      m.put((String) keysAndValues[i], keysAndValues[i + 1]);\n"
        + "    }\n"
        + "    return Collections.unmodifiableMap(m);\n"
        + "  }\n\n"
        + "  private static List<Object> l(Object... items) {\n"
        + "    return Collections.unmodifiableList(Arrays.asList(items));\n"
        + "  }\n"
        + "}\n";
  }

  /**
   * Nodes the method holding {@code node} builds for it. Where that passes the limit, the biggest
   * children move into methods of their own (recorded in {@link #sizes}) until it does not.
   */
  private int size(Object node) {
    List<Object> children = new ArrayList<>();
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException("map key is not a string: " + e.getKey());
        }
        children.add(e.getValue());
      }
    } else if (node instanceof List<?> list) {
      children.addAll(list);
    } else {
      return 1;
    }
    IdentityHashMap<Object, Integer> own = new IdentityHashMap<>();
    int n = 1 + (node instanceof Map<?, ?> ? children.size() : 0);
    for (Object child : children) {
      int s = size(child);
      own.put(child, s);
      n += s;
    }
    while (n > NODES_PER_METHOD) {
      Object biggest = null;
      for (Object child : children) {
        if (!sizes.containsKey(child)
            && own.get(child) > 1
            && (biggest == null || own.get(child) > own.get(biggest))) {
          biggest = child;
        }
      }
      if (biggest == null) {
        throw new IllegalArgumentException("a map or list too wide for one method: " + n);
      }
      sizes.put(biggest, own.get(biggest));
      n -= own.get(biggest) - 1;
    }
    return n;
  }

  private String expression(Object node, String indent) {
    if (sizes.containsKey(node)) {
      String name = "part" + methodCount++;
      String body = container(node, "    ");
      methods
          .append("\n  private static Object ")
          .append(name)
          .append("() {\n    return ")
          .append(body)
          .append(";\n  }\n");
      return name + "()";
    }
    if (node instanceof Map<?, ?> || node instanceof List<?>) {
      return container(node, indent);
    }
    return literal(node);
  }

  /** One entry per line, so that a change to the data shows as a readable diff. */
  private String container(Object node, String indent) {
    String inner = indent + "    ";
    List<String> parts = new ArrayList<>();
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        parts.add(literal(e.getKey()) + ", " + expression(e.getValue(), inner));
      }
    } else {
      for (Object item : (List<?>) node) {
        parts.add(expression(item, inner));
      }
    }
    String open = node instanceof Map<?, ?> ? "m(" : "l(";
    if (parts.isEmpty()) {
      return open + ")";
    }
    return open + "\n" + inner + String.join(",\n" + inner, parts) + ")";
  }

  /** A Java expression of the same class and value; the tree's readers tell Integer from Long. */
  static String literal(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    // In the varargs of m(...) and l(...), 5 boxes to an Integer, 5L to a Long, 5.0d to a Double.
    if (value instanceof Integer || value instanceof Long) {
      return value + (value instanceof Long ? "L" : "");
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new IllegalArgumentException("not a JSON number: " + d);
      }
      return d + "d";
    }
    throw new IllegalArgumentException(
        "cannot write a " + value.getClass().getName() + " as a constant: " + value);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
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
