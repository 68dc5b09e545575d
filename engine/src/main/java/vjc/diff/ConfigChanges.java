package vjc.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * What a change does to one {@code .vjc.yaml}'s gate: the keys that decide what is checked and how
 * strictly ({@code policies}, {@code rules}, {@code exclude}, {@code environments}). Every change
 * there is a finding at the changed line, so a pull request cannot switch a check off unseen. A
 * change that only adds a check (a new policy, a rule made stricter) is reported as info; every
 * other one as {@code severity}.
 */
final class ConfigChanges {

  /** The keys of .vjc.yaml that decide what is checked. */
  static final List<String> GATE_KEYS = List.of("policies", "rules", "exclude", "environments");

  static final String ID = "config/changed-in-review";

  /** Maps whose entries are separate checks, reported one by one when the map goes. */
  private static final Set<String> GROUPS = Set.of("policies", "rules", "policies.environments");

  private static final int MAX_SHOWN = 80;

  private final Severity severity;
  private final List<Diagnostic> out = new ArrayList<>();

  private ConfigChanges(Severity severity) {
    this.severity = severity;
  }

  /**
   * The gate changes from {@code before} to {@code after}, the same .vjc.yaml at the base and now;
   * {@code file} is the file in the working tree.
   */
  static List<Diagnostic> between(MapNode before, MapNode after, Severity severity) {
    ConfigChanges c = new ConfigChanges(severity);
    for (String key : GATE_KEYS) {
      c.compare(key, before.get(key), after.get(key), after.origin());
    }
    return c.out;
  }

  private void compare(String path, Optional<Node> was, Optional<Node> now, Origin parent) {
    if (was.isEmpty() && now.isEmpty()) {
      return;
    }
    if (now.isEmpty() || isOff(now.get())) {
      if (was.isPresent() && was.get() instanceof MapNode m && GROUPS.contains(path)) {
        // One finding per policy or rule switched off, so each names what it loses.
        Origin at = now.map(Node::origin).orElse(parent);
        for (String k : m.keys()) {
          compare(path + "." + k, m.get(k), Optional.empty(), at);
        }
        return;
      }
      if (was.isPresent() && !isOff(was.get())) {
        report(
            now.map(Node::origin).orElse(parent),
            "this change turns " + describe(path) + " off (it was " + shown(was.get()) + ")",
            false);
      }
      return;
    }
    Node after = now.get();
    if (was.isEmpty() || isOff(was.get())) {
      report(
          after.origin(),
          "this change adds " + describe(path) + ": " + shown(after),
          isStricter(path, Optional.empty(), after));
      return;
    }
    Node before = was.get();
    if (before instanceof MapNode b && after instanceof MapNode a) {
      Set<String> keys = new LinkedHashSet<>(a.keys());
      keys.addAll(b.keys());
      for (String k : keys) {
        compare(path + "." + k, b.get(k), a.get(k), a.origin());
      }
    } else if (before instanceof ListNode b && after instanceof ListNode a) {
      compareLists(path, b, a);
    } else if (!shown(before).equals(shown(after))) {
      report(
          after.origin(),
          "this change changes "
              + describe(path)
              + " from "
              + shown(before)
              + " to "
              + shown(after),
          isStricter(path, Optional.of(before), after));
    }
  }

  /** Lists are sets here (allowed regions, excludes, required labels): items added and removed. */
  private void compareLists(String path, ListNode before, ListNode after) {
    Map<String, Node> was = items(before);
    Map<String, Node> now = items(after);
    for (Map.Entry<String, Node> e : now.entrySet()) {
      if (!was.containsKey(e.getKey())) {
        report(
            e.getValue().origin(),
            "this change adds " + e.getKey() + " to " + describe(path),
            path.equals("policies.requiredLabels"));
      }
    }
    for (Map.Entry<String, Node> e : was.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        report(
            after.origin(),
            "this change removes " + e.getKey() + " from " + describe(path),
            path.startsWith("policies.allowed"));
      }
    }
  }

  private static Map<String, Node> items(ListNode list) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (Node n : list.items()) {
      out.putIfAbsent(shown(n), n);
    }
    return out;
  }

  private void report(Origin at, String message, boolean onlyStricter) {
    Severity s = onlyStricter ? Severity.INFO : severity;
    out.add(
        Diagnostic.of(ID, s, at, message)
            .withHint(
                onlyStricter
                    ? "This makes the checks stricter; nothing to do."
                    : "The checks of a pull request come from its base; a change to them needs"
                        + " a reviewer's consent. Revert it, or run the gate with"
                        + " --allow-config-changes once it is approved."));
  }

  /** A new policy, or a rule made more severe, only adds checks. */
  private static boolean isStricter(String path, Optional<Node> before, Node after) {
    if (path.startsWith("policies.") && before.isEmpty() && !path.contains(".environments")) {
      return !(after instanceof ScalarNode s && s.text().equals("false"));
    }
    if (path.matches("policies\\.(environments\\.[^.]+\\.)?max[A-Za-z]+")
        && before.isPresent()
        && before.get() instanceof ScalarNode b
        && after instanceof ScalarNode a
        && b.asLong().isPresent()
        && a.asLong().isPresent()) {
      return a.asLong().get() < b.asLong().get();
    }
    if (path.startsWith("rules.") && after instanceof ScalarNode a) {
      int was = before.map(b -> rank(((ScalarNode) b).text())).orElse(-1);
      return was >= 0 && rank(a.text()) > was;
    }
    return false;
  }

  private static int rank(String severity) {
    return switch (severity) {
      case "off" -> 0;
      case "info" -> 1;
      case "warning" -> 2;
      case "error" -> 3;
      default -> -1;
    };
  }

  /** Null, and false for the require* policies, turn a policy off. */
  private static boolean isOff(Node n) {
    return n instanceof ScalarNode s
        && (s.type() == ScalarNode.Type.NULL || s.text().equals("false"));
  }

  private static String describe(String path) {
    if (path.startsWith("policies.")) {
      return "policy " + path.substring("policies.".length());
    }
    if (path.startsWith("rules.")) {
      return "rule " + path.substring("rules.".length());
    }
    return path;
  }

  /** A value as one short line: scalars as text, collections in flow style. */
  static String shown(Node n) {
    String s;
    if (n instanceof ScalarNode sc) {
      s = sc.type() == ScalarNode.Type.STRING ? "'" + sc.text() + "'" : sc.text();
    } else if (n instanceof ListNode l) {
      List<String> items = new ArrayList<>();
      l.items().forEach(i -> items.add(shown(i)));
      s = "[" + String.join(", ", items) + "]";
    } else {
      List<String> fields = new ArrayList<>();
      ((MapNode) n).fields().forEach(f -> fields.add(f.key() + ": " + shown(f.value())));
      s = "{" + String.join(", ", fields) + "}";
    }
    return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN - 1) + "…" : s;
  }
}
