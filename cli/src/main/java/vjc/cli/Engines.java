package vjc.cli;

import vjc.engine.Engine;
import vjc.lint.rules.BuiltInRules;

/**
 * The engine as the command line runs it: vjc's own rules, with the schema and the catalog taken
 * from {@link Warmup}, which began loading them before the command line was parsed.
 */
final class Engines {

  private Engines() {}

  /** A new engine with fresh caches. */
  static Engine standard() {
    return standard(true);
  }

  /** A new engine with fresh caches that keeps source lines for snippets only when asked. */
  static Engine standard(boolean snippets) {
    Warmup.start();
    return Engine.builder()
        .rules(BuiltInRules.all())
        .validator(Warmup::validator)
        .catalog(Warmup::catalog)
        .snippets(snippets)
        .build();
  }
}
