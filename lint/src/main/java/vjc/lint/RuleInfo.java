package vjc.lint;

import static java.util.Objects.requireNonNull;

import vjc.diag.Severity;

/**
 * A rule's identity. A record each rule holds, not an annotation: reading annotations at start-up
 * generates proxy classes, which cost a cold run ~10 ms.
 *
 * @param id stable kebab-case id that configs and suppressions name, e.g. {@code
 *     pool0-single-replica}
 * @param severity severity unless {@code .vjc.yaml} changes it
 * @param summary lower-case, no trailing period: what the rule checks
 */
public record RuleInfo(String id, Severity severity, String summary) {

  public RuleInfo {
    requireNonNull(id, "id");
    requireNonNull(severity, "severity");
    requireNonNull(summary, "summary");
  }
}
