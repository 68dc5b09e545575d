package vjc.lint.policy;

import java.util.Optional;
import vjc.load.Node;

/**
 * One built-in policy: a key under {@code policies:} in {@code .vjc.yaml}, the parameter it takes,
 * and the check that parameter configures. The finding id is {@code policy/} plus the key in
 * kebab-case ({@code allowedRegions} reports as {@code policy/allowed-regions}).
 */
public interface BuiltInPolicy {

  /** The key in {@code .vjc.yaml}, lowerCamelCase, e.g. {@code allowedRegions}. */
  String key();

  /** What the policy demands, lower-case, no trailing period; used in docs and hints. */
  String summary();

  /** An example parameter as it is written in YAML, for the docs, e.g. {@code [us-central1]}. */
  String example();

  /**
   * Reads the parameter {@code value} (never YAML null: null turns a policy off before this is
   * called) and returns the configured check, or empty when the parameter is unusable (reported
   * through {@code params}) or turns the policy off ({@code false} for the require* policies).
   */
  Optional<PolicyCheck> configure(Node value, PolicyParams params);

  /** The finding id, {@code policy/<kebab-case key>}. */
  default String id() {
    return idOf(key());
  }

  /**
   * {@code policy/} and {@code key} in kebab-case: {@code maxTimeout} is {@code
   * policy/max-timeout}.
   */
  static String idOf(String key) {
    StringBuilder b = new StringBuilder("policy/");
    for (char c : key.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('-').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
