package vjc.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vjc.diag.DiagnosticId;
import vjc.diag.DiagnosticIds;
import vjc.diag.Severity;
import vjc.lint.Rule;
import vjc.lint.RuleDocs;
import vjc.lint.RuleInfo;
import vjc.lint.catalog.Catalog;
import vjc.lint.policy.BuiltInPolicies;
import vjc.lint.policy.BuiltInPolicy;

/**
 * Every id vjc can print, and where each is declared: lint rules by their {@link RuleInfo} and doc,
 * built-in policies by their {@link BuiltInPolicy}, and every other finding (YAML, schema,
 * templating, configuration, import...) in {@link DiagnosticIds}. {@code vjc explain} reads it; a
 * test holds every printed id to it.
 */
public final class DiagnosticDocs {

  /** The prefix of policy findings; a custom policy's id is declared in .vjc.yaml itself. */
  private static final String POLICY = "policy/";

  private final List<Rule> rules;

  /** The ids of {@code rules}, the built-in policies and the registry. */
  public DiagnosticDocs(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * One documented id.
   *
   * @param id the id as printed
   * @param severity its default severity
   * @param summary one line
   * @param doc the whole documentation, in Markdown
   */
  public record Entry(String id, Severity severity, String summary, String doc) {}

  /** The documentation of {@code id}, if vjc can print it. */
  public Optional<Entry> find(String id) {
    for (Rule r : rules) {
      RuleInfo info = r.info();
      if (info.id().equals(id)) {
        return Optional.of(new Entry(id, info.severity(), info.summary(), RuleDocs.doc(id)));
      }
    }
    Optional<DiagnosticId> registered = DiagnosticIds.find(id);
    if (registered.isPresent()) {
      DiagnosticId d = registered.get();
      return Optional.of(new Entry(id, d.severity(), d.summary(), registryDoc(d)));
    }
    for (BuiltInPolicy p : BuiltInPolicies.all(Catalog.builtIn())) {
      if (p.id().equals(id)) {
        return Optional.of(new Entry(id, Severity.ERROR, p.summary(), policyDoc(p)));
      }
    }
    return Optional.empty();
  }

  /**
   * True when vjc may print {@code id}: a documented id, or a custom policy's, which the project's
   * .vjc.yaml declares.
   */
  public boolean isKnown(String id) {
    return find(id).isPresent() || isCustomPolicy(id);
  }

  /** Whether {@code id} has the shape of a custom policy's finding. */
  public static boolean isCustomPolicy(String id) {
    return id.startsWith(POLICY) && id.length() > POLICY.length();
  }

  /** Every documented id: rules, then policies, then the registry's, for did-you-mean. */
  public List<String> ids() {
    List<String> out = new ArrayList<>();
    rules.forEach(r -> out.add(r.info().id()));
    BuiltInPolicies.all(Catalog.builtIn()).forEach(p -> out.add(p.id()));
    DiagnosticIds.all().forEach(d -> out.add(d.id()));
    return out;
  }

  private static String registryDoc(DiagnosticId d) {
    return "# "
        + d.id()
        + "\n\n"
        + "Severity: "
        + d.severity().label()
        + ".\n\n"
        + d.summary()
        + "\n\n"
        + d.doc().strip()
        + "\n";
  }

  private static String policyDoc(BuiltInPolicy p) {
    return "# "
        + p.id()
        + "\n\n"
        + "Severity: error (a project may change it under rules: in .vjc.yaml). The organisation"
        + " policy "
        + p.key()
        + ": "
        + p.summary()
        + ".\n\nSet it in .vjc.yaml, for example:\n\n```yaml\npolicies:\n  "
        + p.key()
        + ": "
        + p.example()
        + "\n```\n\ndocs/policies.md describes every policy, per-environment overrides and custom"
        + " policies.\n";
  }
}
