package vjc.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vjc.diag.Diagnostic;
import vjc.diag.DidYouMean;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Replaces {@code ${name}} inside scalar values, after parsing, so that a variable can never inject
 * structure. A scalar that is exactly {@code ${name}} takes the variable's type; inside a longer
 * string the variable's value is spliced in as text. <code>$${</code> is a literal <code>${</code>.
 *
 * <p>A {@code ${...}} whose content is not a variable name (shell's {@code ${VAR:-default}}, say)
 * is left as written: job files often carry shell scripts, and those are not vjc's to expand.
 */
public final class TemplateResolver {

  /** Rule id for references to variables defined nowhere. */
  public static final String UNDEFINED = "template/undefined-variable";

  private static final Pattern NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

  /** Deepest chain of variables using variables; real files need two or three levels. */
  static final int MAX_CHAIN = 100;

  /** Most steps one origin keeps in its chain; past that the chain tells a reader nothing. */
  private static final int MAX_TRACES = 32;

  private final Map<String, Variable> vars;
  private final int maxChars;

  /**
   * What substitution may add to a job in all, in characters plus values: a few times the longest
   * value. Without it, variables that each use the next one twice grow the job exponentially.
   */
  private final long budget;

  private long spent;

  /** Names compared for did-you-mean in all; a few typos in a normal job compare a few dozen. */
  static final long MAX_SUGGESTION_CHECKS = 2_000_000;

  private long suggestionChecks;
  private boolean overBudget;
  private final Map<String, Node> resolved = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private boolean tooDeep;

  /**
   * A variable's definition.
   *
   * @param name its name
   * @param value its value as written (it may itself hold references)
   * @param definedAt where it was defined, for messages
   */
  public record Variable(String name, Node value, Origin definedAt) {}

  /** A resolver over the given variables; substituted strings longer than maxChars are errors. */
  public TemplateResolver(Map<String, Variable> vars, int maxChars) {
    this.vars = new LinkedHashMap<>(vars);
    this.maxChars = maxChars;
    this.budget = 4L * maxChars;
  }

  /** The names referenced so far, directly or through other variables. */
  public Set<String> used() {
    return Set.copyOf(used);
  }

  /** What substitution found wrong so far. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** The tree with every reference replaced; unresolvable references stay as written. */
  public Node substitute(Node node) {
    return substitute(node, new ArrayList<>());
  }

  private Node substitute(Node node, List<String> stack) {
    if (node instanceof MapNode map) {
      List<MapNode.Field> out = new ArrayList<>(map.fields().size());
      boolean changed = false;
      for (MapNode.Field f : map.fields()) {
        Node v = substitute(f.value(), stack);
        changed |= v != f.value();
        out.add(f.withValue(v));
      }
      return changed ? MapNode.of(out, map.origin()) : map;
    }
    if (node instanceof ListNode list) {
      List<Node> out = new ArrayList<>(list.size());
      boolean changed = false;
      for (Node item : list.items()) {
        Node v = substitute(item, stack);
        changed |= v != item;
        out.add(v);
      }
      return changed ? ListNode.of(out, list.origin()) : list;
    }
    ScalarNode scalar = (ScalarNode) node;
    Optional<String> text = scalar.asString();
    if (text.isEmpty() || !text.get().contains("${")) {
      return scalar;
    }
    return substituteString(scalar, text.get(), stack);
  }

  private Node substituteString(ScalarNode scalar, String text, List<String> stack) {
    List<Object> parts = split(text);
    if (parts.size() == 1 && parts.get(0) instanceof Ref ref) {
      Optional<Node> value = lookup(ref.name, scalar.origin(), stack);
      if (value.isEmpty() || !spend(value.get(), scalar.origin())) {
        return scalar;
      }
      Origin at = scalar.origin().withTraces(traceOf(ref.name, value.get()));
      return withOriginDeep(value.get(), at);
    }
    StringBuilder out = new StringBuilder();
    // A set: a value that uses the same variable twice, at every level, would otherwise carry a
    // chain that doubles with each level.
    Set<Origin.Trace> traces = new LinkedHashSet<>();
    boolean changed = false;
    for (Object part : parts) {
      if (part instanceof String literal) {
        out.append(literal);
        continue;
      }
      Ref ref = (Ref) part;
      Optional<Node> value = lookup(ref.name, scalar.origin(), stack);
      if (value.isEmpty()) {
        out.append("${").append(ref.name).append('}');
        continue;
      }
      if (!(value.get() instanceof ScalarNode v)) {
        diagnostics.add(
            Diagnostic.error(
                    "template/type-mismatch",
                    scalar.origin(),
                    "variable '"
                        + ref.name
                        + "' is a "
                        + value.get().kindName()
                        + " and cannot be spliced into a string")
                .withHint(
                    "Use ${"
                        + ref.name
                        + "} as the whole value, or make the variable a"
                        + " string."));
        out.append("${").append(ref.name).append('}');
        continue;
      }
      if (!spend(v, scalar.origin())) {
        return scalar;
      }
      out.append(v.type() == ScalarNode.Type.NULL ? "" : v.text());
      changed = true;
      for (Origin.Trace t : traceOf(ref.name, v)) {
        if (traces.size() < MAX_TRACES) {
          traces.add(t);
        }
      }
      if (out.length() > maxChars) {
        diagnostics.add(
            Diagnostic.error(
                "template/too-large",
                scalar.origin(),
                "substituting variables here makes a value longer than "
                    + maxChars
                    + " characters"));
        return scalar;
      }
    }
    String result = out.toString();
    if (!changed && result.equals(text)) {
      return scalar;
    }
    return new ScalarNode(
        ScalarNode.Type.STRING, result, true, scalar.origin().withTraces(List.copyOf(traces)));
  }

  /** Charges {@code value}'s size to the budget; false, reported once, when it is spent. */
  private boolean spend(Node value, Origin use) {
    if (!overBudget) {
      // The weight comes first: it is known without walking a tree that may be huge.
      spent += value.weight();
      if (spent <= budget) {
        spent += chars(value);
      }
      if (spent > budget) {
        overBudget = true;
        diagnostics.add(
            Diagnostic.error(
                    "template/too-large",
                    use,
                    "substituting variables makes the job larger than "
                        + budget
                        + " characters and values in all")
                .withHint(
                    "Use each large variable once; variables that use another one several"
                        + " times multiply its size."));
      }
    }
    return !overBudget;
  }

  /** Characters in the keys and scalars of {@code node}. */
  private static long chars(Node node) {
    if (node instanceof MapNode m) {
      long n = 0;
      for (MapNode.Field f : m.fields()) {
        n += f.key().length() + chars(f.value());
      }
      return n;
    }
    if (node instanceof ListNode l) {
      long n = 0;
      for (Node item : l.items()) {
        n += chars(item);
      }
      return n;
    }
    return ((ScalarNode) node).text().length();
  }

  /**
   * The chain a substituted value carries: where its variable was defined and, when an overlay
   * changed the variable, where that happened. Built-ins like {@code vjc.env} have no place.
   */
  private List<Origin.Trace> traceOf(String name, Node value) {
    Variable def = vars.get(name);
    if (def == null || name.startsWith("vjc.")) {
      return List.of();
    }
    List<Origin.Trace> out = new ArrayList<>();
    String role =
        def.definedAt().file().equals(Assignment.COMMAND_LINE)
            ? "variable '" + name + "' set by --var"
            : "variable '" + name + "' defined";
    out.add(new Origin.Trace(role, def.definedAt()));
    for (Origin.Trace t : value.origin().via()) {
      if (out.size() < MAX_TRACES && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** A value's subtree moved to a new place; nested nodes keep their own origins. */
  private static Node withOriginDeep(Node value, Origin at) {
    return value.withOrigin(at);
  }

  private Optional<Node> lookup(String name, Origin use, List<String> stack) {
    used.add(name);
    Variable def = vars.get(name);
    if (def == null) {
      diagnostics.add(undefined(name, use));
      return Optional.empty();
    }
    if (stack.contains(name)) {
      List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(name), stack.size()));
      cycle.add(name);
      diagnostics.add(
          Diagnostic.error(
                  "template/cycle",
                  use,
                  "variables refer to each other in a cycle: "
                      + String.join(" -> ", cycle)
                      + " (defined at "
                      + def.definedAt().position()
                      + ")")
              .withHint("Break the cycle by giving one of these variables a plain value."));
      return Optional.empty();
    }
    Node cached = resolved.get(name);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (stack.size() >= MAX_CHAIN) {
      // Each level is a Java stack frame: thousands of variables in a chain would overflow it.
      if (!tooDeep) {
        tooDeep = true;
        diagnostics.add(
            Diagnostic.error(
                    "template/too-deep",
                    use,
                    "variables use other variables more than " + MAX_CHAIN + " levels deep here")
                .withHint("Give some of these variables plain values."));
      }
      return Optional.empty();
    }
    stack.add(name);
    Node value = substitute(def.value(), stack);
    stack.remove(stack.size() - 1);
    resolved.put(name, value);
    return Optional.of(value);
  }

  private Diagnostic undefined(String name, Origin use) {
    String message = "variable '" + name + "' is not defined";
    String hint;
    Optional<String> near = Optional.empty();
    // Each suggestion compares the name with every variable: 50,000 undefined names over
    // 50,000 variables would be quadratic, so suggestions stop once the comparisons add up.
    if (suggestionChecks < MAX_SUGGESTION_CHECKS) {
      suggestionChecks += vars.size();
      near = DidYouMean.closest(name, vars.keySet());
    }
    if (near.isPresent()) {
      message += "; did you mean '" + near.get() + "'";
      Variable v = vars.get(near.get());
      hint = "'" + near.get() + "' is defined at " + v.definedAt().position() + ".";
    } else if (name.startsWith("env.")) {
      hint = "Reading the process environment needs --allow-env.";
    } else {
      hint =
          "Define it under vars:, pass --var "
              + name
              + "=VALUE, or write $${"
              + name
              + "} for a literal ${.";
    }
    return Diagnostic.error(UNDEFINED, use, message).withHint(hint);
  }

  /** A parsed reference. */
  private record Ref(String name) {}

  /**
   * Splits text into literal strings and references; <code>$${</code> yields a literal <code>${
   * </code>.
   */
  static List<Object> split(String text) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    // The next '}' is searched for only when the last one found lies behind: searching afresh at
    // every "${" would be quadratic in a long value full of them.
    int close = -2;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        literal.append("${");
        i += 3;
        continue;
      }
      if (text.startsWith("${", i)) {
        if (close != -1 && close < i + 2) {
          close = text.indexOf('}', i + 2);
        }
        // Matched in place: copying out every candidate would be quadratic as well.
        if (close > 0 && NAME.matcher(text).region(i + 2, close).matches()) {
          if (literal.length() > 0) {
            parts.add(literal.toString());
            literal.setLength(0);
          }
          parts.add(new Ref(text.substring(i + 2, close)));
          i = close + 1;
          continue;
        }
      }
      literal.append(text.charAt(i));
      i++;
    }
    if (literal.length() > 0 || parts.isEmpty()) {
      parts.add(literal.toString());
    }
    return parts;
  }
}
