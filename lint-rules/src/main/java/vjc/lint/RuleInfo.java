package vjc.lint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vjc.diag.Severity;

/** A rule's identity: its stable id, default severity and one-line summary. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  /** Stable kebab-case id that configs and suppressions name, e.g. {@code pool0-single-replica}. */
  String id();

  /** Severity unless {@code .vjc.yaml} changes it. */
  Severity severity();

  /** Lower-case, no trailing period: what the rule checks. */
  String summary();
}
