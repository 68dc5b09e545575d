package vjc.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vjc.emit.OutputFormat;

/**
 * Runs {@code vjc lint} and {@code vjc compile} without picocli when their command line is plain:
 * known options, each once unless it repeats by nature, with the value as the next argument or
 * after {@code --name=}; paths; and {@code --}.
 *
 * <p>picocli builds its model by reflection over the annotated commands, and its Java 5 bytecode
 * cannot go into a class-data-sharing archive: that was half of a cold one-file lint, on a tool
 * that runs on every commit. Anything else (help, version, attached short values, argument files, a
 * value picocli would reject) is declined, and picocli parses the command line as before, with its
 * messages. {@code FastPathTest} checks that every command line accepted here parses as picocli
 * parses it, and that each option the commands declare is handled here or in {@link #DECLINED}.
 */
final class FastPath {

  /** Options left to picocli, which prints help and the version. */
  static final Set<String> DECLINED = Set.of("-h", "--help", "-V", "--version");

  /** A whole number as picocli reads it for an int, without signs or leading zeros. */
  private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]{0,8}");

  private FastPath() {}

  /** How an option or a path sets a command; false declines the command line. */
  interface Setter<C> {
    boolean set(C command, String value);
  }

  /** One option: whether it takes a value, whether it may repeat, and what it sets. */
  record Option<C>(boolean takesValue, boolean repeats, Setter<C> setter) {}

  /** A command's options by every name they answer to, and what its paths set. */
  record Grammar<C>(Map<String, Option<C>> options, Setter<C> path) {}

  static final Grammar<LintCommand> LINT = lintGrammar();
  static final Grammar<CompileCommand> COMPILE = compileGrammar();

  /**
   * Runs {@code args} on the fast path and returns the exit code, or returns empty when picocli
   * must run them.
   */
  static OptionalInt run(String[] args, Streams streams) {
    Optional<? extends IoCommand> command = parse(args);
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    IoCommand c = command.get();
    c.streams = streams;
    int code;
    try {
      code = c.call();
    } catch (Exception | Error e) { // an Error too (a StackOverflowError, say): exit 3, one line
      boolean verbose =
          c instanceof LintCommand l ? l.verbose.verbose : ((CompileCommand) c).verbose.verbose;
      code = Vjc.reportException(e, streams.err(), verbose);
    }
    streams.out().flush();
    streams.err().flush();
    return OptionalInt.of(code);
  }

  /** The command {@code args} run, with its options set, or empty to leave them to picocli. */
  static Optional<? extends IoCommand> parse(String[] args) {
    if (args.length == 0) {
      return Optional.empty();
    }
    if (args[0].equals("lint")) {
      LintCommand lint = new LintCommand();
      return parse(args, LINT, lint) ? Optional.of(lint) : Optional.empty();
    }
    if (args[0].equals("compile")) {
      CompileCommand compile = new CompileCommand();
      return parse(args, COMPILE, compile) && compile.file != null
          ? Optional.of(compile)
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** Sets {@code command} from {@code args} after the subcommand's name; false to decline. */
  static <C> boolean parse(String[] args, Grammar<C> grammar, C command) {
    Set<Option<C>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean onlyPaths = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("@")) {
        return false; // an argument file, which picocli expands
      }
      if (!onlyPaths && arg.equals("--")) {
        onlyPaths = true;
      } else if (!onlyPaths && arg.startsWith("-") && !arg.equals("-")) { // "-" is stdin
        String name = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          name = arg.substring(0, eq);
          value = arg.substring(eq + 1);
        }
        Option<C> option = grammar.options().get(name);
        if (option == null || (!option.repeats() && !seen.add(option))) {
          return false;
        }
        if (option.takesValue() && value == null) {
          if (i + 1 == args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
            return false;
          }
          value = args[++i];
        } else if (!option.takesValue() && value != null) {
          return false;
        }
        if (!option.setter().set(command, value)) {
          return false;
        }
      } else if (!grammar.path().set(command, arg)) {
        return false;
      }
    }
    return true;
  }

  private static Grammar<LintCommand> lintGrammar() {
    Map<String, Option<LintCommand>> o = new HashMap<>();
    shared(o, c -> c.resolve, c -> c.verbose);
    terminal(o, c -> c.stdin, c -> c.color);
    value(o, (c, v) -> set(enumValue(LintCommand.Format.class, v), f -> c.format = f), "--format");
    value(o, (c, v) -> set(path(v), p -> c.output = p), "-o", "--output");
    flag(o, c -> c.noSnippets = true, "--no-snippets");
    flag(o, c -> c.onlyJobs = true, "--only-jobs");
    value(o, (c, v) -> set(enumValue(LintCommand.FailOn.class, v), f -> c.failOn = f), "--fail-on");
    value(o, (c, v) -> set(count(v), n -> c.jobs = n), "-j", "--jobs");
    value(o, (c, v) -> set(Optional.of(v), r -> c.newSince = r), "--new-since");
    flag(o, c -> c.allowConfigChanges = true, "--allow-config-changes");
    flag(o, c -> c.noNewSuppressions = true, "--no-new-suppressions");
    return new Grammar<>(Map.copyOf(o), (c, v) -> set(path(v), p -> c.paths.add(p)));
  }

  private static Grammar<CompileCommand> compileGrammar() {
    Map<String, Option<CompileCommand>> o = new HashMap<>();
    shared(o, c -> c.resolve, c -> c.verbose);
    terminal(o, c -> c.stdin, c -> c.color);
    flag(o, c -> c.specOnly = true, "--spec");
    value(o, (c, v) -> set(enumValue(OutputFormat.class, v), f -> c.format = f), "--format");
    value(o, (c, v) -> set(path(v), p -> c.output = p), "-o", "--output");
    flag(o, c -> c.explain = true, "--explain");
    value(o, (c, v) -> set(Optional.of(v), n -> c.displayName = n), "--display-name");
    // FILE is the only path; a second one is picocli's "unmatched argument" error.
    return new Grammar<>(Map.copyOf(o), (c, v) -> c.file == null && set(path(v), p -> c.file = p));
  }

  /**
   * The options of {@link ResolveOptions} and {@link VerboseOption}, which both commands mix in.
   */
  private static <C> void shared(
      Map<String, Option<C>> o,
      Function<C, ResolveOptions> resolve,
      Function<C, VerboseOption> verbose) {
    value(o, (c, v) -> set(Optional.of(v), e -> resolve.apply(c).environment = e), "--env");
    repeated(o, (c, v) -> resolve.apply(c).vars.add(v), "--var");
    repeated(o, (c, v) -> resolve.apply(c).sets.add(v), "--set");
    flag(o, c -> resolve.apply(c).allowEnv = true, "--allow-env");
    flag(o, c -> verbose.apply(c).verbose = true, "--verbose");
  }

  /** The options of {@link StdinOption} and {@link ColorOption}, which both commands mix in. */
  private static <C> void terminal(
      Map<String, Option<C>> o, Function<C, StdinOption> stdin, Function<C, ColorOption> color) {
    value(o, (c, v) -> set(path(v), p -> stdin.apply(c).filename = p), "--stdin-filename");
    value(
        o,
        (c, v) -> set(enumValue(ColorOption.When.class, v), w -> color.apply(c).when = w),
        "--color");
  }

  private static <C> void flag(
      Map<String, Option<C>> o, java.util.function.Consumer<C> set, String name) {
    o.put(
        name,
        new Option<>(
            false,
            false,
            (c, v) -> {
              set.accept(c);
              return true;
            }));
  }

  private static <C> void value(Map<String, Option<C>> o, Setter<C> setter, String... names) {
    Option<C> option = new Option<>(true, false, setter);
    for (String name : names) {
      o.put(name, option);
    }
  }

  private static <C> void repeated(
      Map<String, Option<C>> o, java.util.function.BiConsumer<C, String> add, String name) {
    o.put(
        name,
        new Option<>(
            true,
            true,
            (c, v) -> {
              add.accept(c, v);
              return true;
            }));
  }

  private static <T> boolean set(Optional<T> value, java.util.function.Consumer<T> into) {
    value.ifPresent(into);
    return value.isPresent();
  }

  /** An enum constant named case-insensitively, as vjc configures picocli to accept them. */
  private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> path(String text) {
    try {
      return Optional.of(Path.of(text));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> count(String text) {
    return COUNT.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }
}
