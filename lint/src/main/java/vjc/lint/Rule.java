package vjc.lint;

/**
 * One lint rule. Rules are pure: they read the resolved job and the catalog, and report. The class
 * carries {@link RuleInfo}; its doc is {@code vjc/lint/rules/<id>.md}.
 */
public interface Rule {

  /** Checks one resolved job, reporting each problem found. */
  void check(LintContext context, Reporter reporter);

  /** This rule's id, default severity and summary. */
  RuleInfo info();
}
