package vjc.cli;

import java.util.Optional;
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
    return standard(snippets, Optional.empty());
  }

  /** As {@link #standard(boolean)}, reading standard input's text for the path it stands for. */
  static Engine standard(boolean snippets, Optional<StdinOption.Given> stdin) {
    Warmup.start();
    Engine.Builder builder = Engine.builder();
    stdin.ifPresent(s -> s.into(builder));
    return builder
        .rules(BuiltInRules.all())
        .validator(Warmup::validator)
        .catalog(Warmup::catalog)
        .snippets(snippets)
        .build();
  }
}
