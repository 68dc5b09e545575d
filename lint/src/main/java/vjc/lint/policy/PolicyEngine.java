package vjc.lint.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vjc.config.ProjectConfig;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Reporter;
import vjc.lint.catalog.Catalog;
import vjc.load.MapNode;
import vjc.resolve.ResolvedJob;

/**
 * Checks resolved jobs against a project's policies ({@code policies:} in {@code .vjc.yaml}).
 * Findings have the id {@code policy/<name>} and are errors (a custom policy picks its own
 * severity); each sits at the offending value, whose origin carries the overlay and variable chain,
 * with one more step, "policy set", at the line of .vjc.yaml that set the limit. The project's
 * {@code rules:} section can change their severity or turn them off like any rule's, and {@code #
 * vjc:ignore policy/<name> -- reason} suppresses one. Problems in the {@code policies:} section
 * itself come back with every check, so that they are never silently ignored.
 */
public final class PolicyEngine {

  private static final PolicyEngine NONE = new PolicyEngine(PolicySet.EMPTY, null);

  /** Parsed policies by their tree: a project's config is read once, its jobs checked often. */
  private static final Map<List<Object>, PolicyEngine> CACHE = new ConcurrentHashMap<>();

  private static final int CACHE_LIMIT = 64;

  private final PolicySet set;
  private final Catalog catalog;

  private PolicyEngine(PolicySet set, Catalog catalog) {
    this.set = set;
    this.catalog = catalog;
  }

  /**
   * The engine for {@code config}'s policies; a project without policies gets one that finds
   * nothing.
   */
  public static PolicyEngine forProject(ProjectConfig config, Catalog catalog) {
    if (config.policies().isEmpty()) {
      return NONE;
    }
    return of(config.policies().get(), catalog);
  }

  /** The engine for a {@code policies:} tree. */
  public static PolicyEngine of(MapNode policies, Catalog catalog) {
    List<Object> key = List.of(policies, catalog);
    PolicyEngine cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear(); // many projects in one process (tests, a language server): stay small
    }
    PolicySet set = new PolicyConfigParser(BuiltInPolicies.all(catalog)).parse(policies);
    PolicyEngine engine = new PolicyEngine(set, catalog);
    CACHE.put(key, engine);
    return engine;
  }

  /** Problems in the {@code policies:} section itself. */
  public List<Diagnostic> problems() {
    return set.problems();
  }

  /**
   * The policy findings for {@code job} under the policies in force in its environment, after the
   * problems of the {@code policies:} section.
   */
  public List<Diagnostic> check(ResolvedJob job) {
    if (this == NONE) {
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>(set.problems());
    LintContext context = new LintContext(job, catalog);
    for (PolicySet.Active active : set.builtIns(job.environment())) {
      Reporter reporter = new Reporter(active.policy().id(), Severity.ERROR, false);
      active.check().check(context, reporter);
      Origin.Trace trace = new Origin.Trace("policy set", active.setAt());
      for (Diagnostic d : reporter.found()) {
        out.add(
            new Diagnostic(
                d.ruleId(),
                d.severity(),
                d.message(),
                d.origin().withTrace(trace),
                d.hint(),
                d.environment()));
      }
    }
    for (CustomPolicy custom : set.customs(job.environment())) {
      out.addAll(custom.check(job));
    }
    return out;
  }
}
