package vjc.lint;

import java.util.List;
import vjc.lint.rules.AcceleratorInRegion;
import vjc.lint.rules.Pool0SingleReplica;
import vjc.lint.rules.RegionSupported;

/**
 * Every built-in rule, in id order. Registering a rule is one line here: no classpath scanning,
 * no static initialisers.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** A new instance of each rule, sorted by id. */
  public static List<Rule> all() {
    return List.of(
        new AcceleratorInRegion(),
        new Pool0SingleReplica(),
        new RegionSupported());
  }
}
