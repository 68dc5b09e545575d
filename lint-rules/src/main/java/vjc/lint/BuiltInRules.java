package vjc.lint;

import java.util.List;

/**
 * Every built-in rule, in id order. Registering a rule is one line here: no classpath scanning,
 * no static initialisers.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** A new instance of each rule, sorted by id. */
  public static List<Rule> all() {
    return List.of();
  }
}
