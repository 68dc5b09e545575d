package vjc.lint.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Limits;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;

/** Each env list has C-identifier names, no name twice, and no more entries than the API allows. */
public final class EnvVars implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "env-vars",
          Severity.ERROR,
          "env var names must be unique C identifiers, within the API's count limit");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  // env_var.proto: "Name of the environment variable. Must be a valid C identifier."
  private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Override
  public void check(LintContext context, Reporter reporter) {
    Limits.Range limit = context.catalog().limits().envVars();
    for (Pool pool : context.pools()) {
      for (String spec : List.of("containerSpec", "pythonPackageSpec")) {
        Optional<ListNode> env = Nodes.list(pool.node(), spec, "env");
        if (env.isPresent()) {
          checkList(
              "worker pool " + pool.index() + " " + spec + ".env", env.get(), limit, reporter);
        }
      }
    }
  }

  private static void checkList(String where, ListNode env, Limits.Range limit, Reporter reporter) {
    Map<String, Origin> seen = new HashMap<>();
    List<Node> items = env.items();
    for (Node item : items) {
      if (!(item instanceof MapNode entry)) {
        continue;
      }
      Optional<Value<String>> name = Nodes.string(entry, "name");
      if (name.isEmpty()) {
        continue;
      }
      String n = name.get().value();
      Origin at = name.get().origin();
      if (!C_IDENTIFIER.matcher(n).matches() && !GcsUri.isUnresolved(n)) {
        reporter.report(
            at,
            "env var name '" + n + "' in " + where + " is not a C identifier",
            "Use only letters, digits and underscores, not starting with a digit, e.g. "
                + fixed(n)
                + ".");
      }
      Origin first = seen.putIfAbsent(n, at);
      if (first != null) {
        reporter.report(
            at,
            "env var '" + n + "' is set twice in " + where + "; first at " + place(first, at),
            "Keep one entry named " + n + " and remove the other.");
      }
    }
    if (items.size() > limit.max()) {
      reporter.report(
          items.get(limit.max()).origin(),
          where + " has " + items.size() + " entries; the API allows at most " + limit.max(),
          "Move settings into args or a config file so that at most "
              + limit.max()
              + " env entries remain.");
    }
  }

  /** The name with every invalid character replaced, for a hint. */
  private static String fixed(String name) {
    String s = name.replaceAll("[^A-Za-z0-9_]", "_");
    return s.isEmpty() || Character.isDigit(s.charAt(0)) ? "_" + s : s;
  }

  /** {@code line N}, or the file too when the first entry came from another file. */
  private static String place(Origin first, Origin second) {
    return first.file().equals(second.file())
        ? "line " + first.line()
        : first.file() + ":" + first.line();
  }
}
