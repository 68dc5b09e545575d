package vjc.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.load.Limits;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.load.SourceText;
import vjc.load.YamlLoader;

/** Builds, compares and prints {@link Node} trees in tests, independently of the main code. */
public final class Trees {

  /** The file name that {@link #parse(String)} gives its text. */
  public static final Path FILE = Path.of("test.yaml");

  private Trees() {}

  /** Loads {@code yaml} as {@code test.yaml}, failing the test if it does not load cleanly. */
  public static Node parse(String yaml) {
    return parse(FILE, yaml);
  }

  /** Loads {@code yaml} as {@code file}, failing the test if it does not load cleanly. */
  public static Node parse(Path file, String yaml) {
    Outcome<Node> out = new YamlLoader(Limits.DEFAULT).load(new SourceText(file, yaml));
    if (out.value().isEmpty() || !out.diagnostics().isEmpty()) {
      throw new AssertionError(
          "test input does not load cleanly: " + render(out.diagnostics()) + "\n" + yaml);
    }
    return out.value().get();
  }

  /** Loads {@code yaml}, which must be a map. */
  public static MapNode map(String yaml) {
    return (MapNode) parse(yaml);
  }

  /** Loads {@code yaml} as {@code file}; it must be a map. */
  public static MapNode map(Path file, String yaml) {
    return (MapNode) parse(file, yaml);
  }

  /**
   * True when both trees hold the same values: same kinds, same keys in the same order, same list
   * lengths, same scalar types and values. Origins, weights and quoting are ignored.
   */
  public static boolean structurallyEqual(Node a, Node b) {
    return equal(a, b, true);
  }

  /** Like {@link #structurallyEqual} but map key order is ignored and numbers compare by value. */
  public static boolean sameData(Node a, Node b) {
    return equal(a, b, false);
  }

  private static boolean equal(Node a, Node b, boolean strict) {
    if (a instanceof MapNode ma && b instanceof MapNode mb) {
      if (ma.fields().size() != mb.fields().size()) {
        return false;
      }
      if (strict) {
        for (int i = 0; i < ma.fields().size(); i++) {
          MapNode.Field fa = ma.fields().get(i);
          MapNode.Field fb = mb.fields().get(i);
          if (!fa.key().equals(fb.key()) || !equal(fa.value(), fb.value(), true)) {
            return false;
          }
        }
        return true;
      }
      Map<String, Node> other = new HashMap<>();
      mb.fields().forEach(f -> other.put(f.key(), f.value()));
      for (MapNode.Field f : ma.fields()) {
        Node v = other.get(f.key());
        if (v == null || !equal(f.value(), v, false)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof ListNode la && b instanceof ListNode lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!equal(la.get(i), lb.get(i), strict)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof ScalarNode sa && b instanceof ScalarNode sb) {
      if (!strict && isNumber(sa) && isNumber(sb)) {
        return number(sa).compareTo(number(sb)) == 0;
      }
      return sa.type() == sb.type() && Objects.equals(sa.value(), sb.value());
    }
    return false;
  }

  private static boolean isNumber(ScalarNode s) {
    return (s.type() == ScalarNode.Type.INTEGER || s.type() == ScalarNode.Type.FLOAT)
        && !(s.value() instanceof Double);
  }

  private static BigDecimal number(ScalarNode s) {
    return s.value() instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) s.value();
  }

  /** True when both trees have the same kinds, keys and list lengths; scalars may differ. */
  public static boolean sameShape(Node a, Node b) {
    if (a instanceof MapNode ma && b instanceof MapNode mb) {
      if (!ma.keys().equals(mb.keys())) {
        return false;
      }
      for (int i = 0; i < ma.fields().size(); i++) {
        if (!sameShape(ma.fields().get(i).value(), mb.fields().get(i).value())) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof ListNode la && b instanceof ListNode lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!sameShape(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a instanceof ScalarNode && b instanceof ScalarNode;
  }

  /** Calls {@code visit} on every node of the tree, parents before children. */
  public static void walk(Node node, Consumer<Node> visit) {
    visit.accept(node);
    if (node instanceof MapNode m) {
      m.fields().forEach(f -> walk(f.value(), visit));
    } else if (node instanceof ListNode l) {
      l.items().forEach(item -> walk(item, visit));
    }
  }

  /** A compact, JSON-like rendering for assertion messages; strings are quoted, nothing else. */
  public static String show(Node node) {
    StringBuilder b = new StringBuilder();
    show(node, b);
    return b.toString();
  }

  private static void show(Node node, StringBuilder b) {
    if (node instanceof MapNode m) {
      b.append('{');
      for (int i = 0; i < m.fields().size(); i++) {
        MapNode.Field f = m.fields().get(i);
        b.append(i == 0 ? "" : ", ").append(f.key()).append(": ");
        show(f.value(), b);
      }
      b.append('}');
    } else if (node instanceof ListNode l) {
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        b.append(i == 0 ? "" : ", ");
        show(l.get(i), b);
      }
      b.append(']');
    } else {
      ScalarNode s = (ScalarNode) node;
      b.append(s.type() == ScalarNode.Type.STRING ? "\"" + s.value() + "\"" : s.text());
    }
  }

  /** Diagnostics one per line as {@code file:line:col: severity: message [rule]}. */
  public static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "(no diagnostics)";
    }
    return diagnostics.stream()
        .map(
            d ->
                d.origin().position()
                    + ": "
                    + d.severity().label()
                    + ": "
                    + d.message()
                    + " ["
                    + d.ruleId()
                    + "]"
                    + d.hint().map(h -> " hint: " + h).orElse(""))
        .collect(Collectors.joining("\n", "\n", ""));
  }
}
