package vjc.lint.policy;

import vjc.lint.LintContext;
import vjc.lint.Reporter;

/** A built-in policy with its parameters read: checks one resolved job. */
@FunctionalInterface
public interface PolicyCheck {

  /** Reports each way {@code job} breaks the policy. */
  void check(LintContext job, Reporter reporter);
}
