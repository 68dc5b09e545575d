package vjc.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vjc.diag.Diagnostic;
import vjc.diag.Severity;
import vjc.lint.catalog.Catalog;
import vjc.resolve.ResolvedJob;

/** Runs the enabled rules over a resolved job, at the severities the project chose. */
public final class LintEngine {

  private final List<Rule> rules;
  private final Catalog catalog;
  private final Map<String, Severity> severities;
  private final Set<String> disabled;

  /**
   * An engine over {@code rules}; {@code severities} overrides rule defaults and {@code disabled}
   * turns rules off, both by rule id.
   */
  public LintEngine(
      List<Rule> rules, Catalog catalog, Map<String, Severity> severities, Set<String> disabled) {
    this.rules = List.copyOf(rules);
    this.catalog = catalog;
    this.severities = Map.copyOf(severities);
    this.disabled = Set.copyOf(disabled);
  }

  /** What the enabled rules find in {@code job}. */
  public List<Diagnostic> lint(ResolvedJob job) {
    LintContext context = new LintContext(job, catalog);
    List<Diagnostic> out = new ArrayList<>();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      if (disabled.contains(info.id())) {
        continue;
      }
      Severity severity = severities.getOrDefault(info.id(), info.severity());
      Reporter reporter = new Reporter(info.id(), severity, severities.containsKey(info.id()));
      rule.check(context, reporter);
      out.addAll(reporter.found());
    }
    return out;
  }
}
