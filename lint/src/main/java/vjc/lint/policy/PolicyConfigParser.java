package vjc.lint.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.diag.DidYouMean;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Reads the {@code policies:} tree of {@code .vjc.yaml}. Unknown keys are {@code
 * config/unknown-policy} and unusable parameters {@code config/invalid-policy}, each at its
 * position; nothing here throws on bad input.
 */
final class PolicyConfigParser {

  static final String UNKNOWN = "config/unknown-policy";

  private final Map<String, BuiltInPolicy> byKey = new LinkedHashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  PolicyConfigParser(List<BuiltInPolicy> policies) {
    for (BuiltInPolicy p : policies) {
      byKey.put(p.key(), p);
    }
  }

  PolicySet parse(MapNode policies) {
    Map<String, PolicySet.Active> base = new LinkedHashMap<>();
    Map<String, Map<String, Optional<PolicySet.Active>>> overrides = new LinkedHashMap<>();
    List<CustomPolicy> custom = new ArrayList<>();
    Map<String, List<CustomPolicy>> customOverrides = new LinkedHashMap<>();
    for (MapNode.Field f : policies.fields()) {
      switch (f.key()) {
        case "environments" -> environments(f.value(), overrides, customOverrides);
        case "custom" -> custom.addAll(custom(f.value(), "policies.custom"));
        default ->
            builtIn(f, "policies", true)
                .ifPresent(active -> active.ifPresent(a -> base.put(f.key(), a)));
      }
    }
    return new PolicySet(base, overrides, custom, customOverrides, problems);
  }

  private void environments(
      Node node,
      Map<String, Map<String, Optional<PolicySet.Active>>> overrides,
      Map<String, List<CustomPolicy>> customOverrides) {
    if (!(node instanceof MapNode envs)) {
      new PolicyParams("policies.environments", problems)
          .invalid(
              node,
              "a map of environment names to policy settings",
              "Write e.g. environments: {prod: {maxAcceleratorsPerJob: 64}}.");
      return;
    }
    for (MapNode.Field env : envs.fields()) {
      String path = "policies.environments." + env.key();
      Node settings = env.value();
      if (settings instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL) {
        continue;
      }
      if (!(settings instanceof MapNode map)) {
        new PolicyParams(path, problems)
            .invalid(
                settings,
                "a map of policy settings",
                "Write e.g. " + env.key() + ": {maxAcceleratorsPerJob: 64}.");
        continue;
      }
      Map<String, Optional<PolicySet.Active>> mine = new LinkedHashMap<>();
      for (MapNode.Field f : map.fields()) {
        if (f.key().equals("custom")) {
          customOverrides.put(env.key(), custom(f.value(), path + ".custom"));
        } else {
          builtIn(f, path, false).ifPresent(active -> mine.put(f.key(), active));
        }
      }
      overrides.put(env.key(), mine);
    }
  }

  /**
   * One built-in setting: empty when the key is unknown or the value unusable; a present but empty
   * {@code Active} when the value turns the policy off ({@code null}, or {@code false}).
   */
  private Optional<Optional<PolicySet.Active>> builtIn(
      MapNode.Field f, String parent, boolean topLevel) {
    BuiltInPolicy policy = byKey.get(f.key());
    if (policy == null) {
      unknown(f, parent, topLevel);
      return Optional.empty();
    }
    if (f.value() instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL) {
      return Optional.of(Optional.empty());
    }
    int before = problems.size();
    PolicyParams params = new PolicyParams(parent + "." + f.key(), problems);
    Optional<PolicyCheck> check = policy.configure(f.value(), params);
    if (check.isEmpty() && problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(check.map(c -> new PolicySet.Active(policy, c, f.value().origin())));
  }

  private void unknown(MapNode.Field f, String parent, boolean topLevel) {
    List<String> known = new ArrayList<>(byKey.keySet());
    known.add("custom");
    if (topLevel) {
      known.add("environments");
    }
    Optional<String> near = DidYouMean.closest(f.key(), known);
    String where = topLevel ? "policies" : parent;
    Diagnostic d =
        Diagnostic.error(
            UNKNOWN,
            f.keyOrigin(),
            "unknown policy '"
                + f.key()
                + "' in "
                + where
                + near.map(n -> "; did you mean '" + n + "'").orElse(""));
    problems.add(
        near.isPresent()
            ? d.withHint("Rename '" + f.key() + "' to '" + near.get() + "'.")
            : d.withHint("Known policies: " + String.join(", ", known) + "."));
  }

  private List<CustomPolicy> custom(Node node, String path) {
    List<CustomPolicy> out = new ArrayList<>();
    if (!(node instanceof ListNode list)) {
      new PolicyParams(path, problems)
          .invalid(
              node,
              "a list of custom policies",
              "Write custom: as a list of {id, message, schema} maps.");
      return out;
    }
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Optional<CustomPolicy> p = CustomPolicy.parse(list.get(i), path + "[" + i + "]", problems);
      if (p.isEmpty()) {
        continue;
      }
      String id = p.get().id();
      boolean builtIn = byKey.values().stream().anyMatch(b -> b.id().equals(id));
      if (builtIn || ids.containsKey(id)) {
        problems.add(
            Diagnostic.error(
                    PolicyParams.INVALID,
                    p.get().setAt(),
                    path
                        + "["
                        + i
                        + "].id: "
                        + id
                        + " is already "
                        + (builtIn
                            ? "a built-in policy"
                            : "used by " + path + "[" + ids.get(id) + "]"))
                .withHint("Give each custom policy its own id."));
        continue;
      }
      ids.put(id, i);
      out.add(p.get());
    }
    return out;
  }
}
