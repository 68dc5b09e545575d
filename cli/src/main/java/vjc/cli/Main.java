package vjc.cli;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Set;

/**
 * vjc's entry point. It references no picocli type, so a fast-path run never loads picocli: the JVM
 * would otherwise load and verify picocli's classes just to check {@link Vjc}'s bytecode.
 */
public final class Main {

  /** Subcommands that validate and lint, and so gain from {@link Warmup}. */
  private static final Set<String> WARM_COMMANDS = Set.of("lint", "compile", "submit", "diff");

  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && WARM_COMMANDS.contains(args[0])) {
      Warmup.start();
    }
    System.exit(run(args, Streams.system()));
  }

  /**
   * Runs {@code vjc args...} and returns the exit code: plain {@code lint} and {@code compile}
   * command lines on the {@link FastPath}, everything else through picocli.
   */
  static int run(String[] args, Streams streams) {
    try {
      OptionalInt fast = FastPath.run(args, streams);
      return fast.isPresent() ? fast.getAsInt() : Vjc.execute(args, streams);
    } catch (Throwable e) { // an Error too: whatever happens, one line and exit 3
      return Vjc.reportException(e, streams.err(), Arrays.asList(args).contains("--verbose"));
    }
  }
}
