/**
 * Organisation policies: limits a project sets in the {@code policies:} section of {@code
 * .vjc.yaml} on top of what Vertex AI itself accepts (regions, machine types, accelerator budgets,
 * registries, labels, CMEK, ...), each overridable per environment, plus custom policies written as
 * JSON Schema fragments. {@link vjc.lint.policy.PolicyEngine} is the entry point; every finding has
 * the id {@code policy/<kebab-case key>} or {@code policy/<custom id>}. See docs/policies.md.
 */
package vjc.lint.policy;
