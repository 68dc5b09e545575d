package vjc.lint.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;

/**
 * A project's policies, read from {@code .vjc.yaml}: the project-wide settings, each environment's
 * overrides, the custom policies, and the problems met while reading them.
 *
 * @param base built-in policies by key, project-wide
 * @param overrides per environment, key to its setting there; empty turns the policy off
 * @param custom custom policies, project-wide
 * @param customOverrides per environment, custom policies added (or replacing one by id)
 * @param problems diagnostics about the {@code policies:} section itself
 */
record PolicySet(
    Map<String, Active> base,
    Map<String, Map<String, Optional<Active>>> overrides,
    List<CustomPolicy> custom,
    Map<String, List<CustomPolicy>> customOverrides,
    List<Diagnostic> problems) {

  /**
   * A built-in policy as configured.
   *
   * @param policy the policy
   * @param check its check with the parameter read
   * @param setAt where the parameter is written, shown with each finding
   */
  record Active(BuiltInPolicy policy, PolicyCheck check, Origin setAt) {}

  static final PolicySet EMPTY = new PolicySet(Map.of(), Map.of(), List.of(), Map.of(), List.of());

  PolicySet {
    base = Map.copyOf(base);
    overrides = Map.copyOf(overrides);
    custom = List.copyOf(custom);
    customOverrides = Map.copyOf(customOverrides);
    problems = List.copyOf(problems);
  }

  /** The built-in policies in force in {@code environment}, in key order. */
  List<Active> builtIns(Optional<String> environment) {
    Map<String, Optional<Active>> effective = new LinkedHashMap<>();
    base.forEach((k, v) -> effective.put(k, Optional.of(v)));
    environment.map(overrides::get).ifPresent(effective::putAll);
    List<Active> out = new ArrayList<>();
    effective.values().forEach(a -> a.ifPresent(out::add));
    out.sort((a, b) -> a.policy().key().compareTo(b.policy().key()));
    return out;
  }

  /** The custom policies in force in {@code environment}: the project's, then the environment's. */
  List<CustomPolicy> customs(Optional<String> environment) {
    List<CustomPolicy> out = new ArrayList<>(custom);
    for (CustomPolicy p : environment.map(customOverrides::get).orElse(List.of())) {
      out.removeIf(c -> c.id().equals(p.id()));
      out.add(p);
    }
    return out;
  }
}
