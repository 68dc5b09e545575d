package vjc.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Spec;
import vjc.engine.ExitCodes;
import vjc.engine.UsageError;

/** The {@code vjc} command: compiles and lints Vertex AI custom training jobs. */
@Command(
    name = "vjc",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Compiles and lints Vertex AI custom training jobs.",
    description = {
      "Reads job files (vjc YAML, CustomJob REST bodies, gcloud --config files), applies"
          + " environments and variables, checks them against the schema and lint rules, and"
          + " writes the CustomJob request body."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:errors in the inputs",
      "2:usage error, or a file that cannot be read",
      "3:internal error in vjc (please report it; --verbose shows the stack trace)",
      "4:vjc submit only: whether the job was created or how it ended is unknown"
    })
public final class Vjc implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Subcommands in the order {@code --help} lists them. They are registered in code rather than in
   * {@code @Command(subcommands)} so that a run builds only the one it executes: picocli reflects
   * over every registered command at start-up, and vjc starts on every commit.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("compile", CompileCommand::new);
    m.put("lint", LintCommand::new);
    m.put("diff", DiffCommand::new);
    m.put("submit", SubmitCommand::new);
    m.put("import", ImportCommand::new);
    m.put("rules", RulesCommand::new);
    m.put("explain", ExplainCommand::new);
    m.put("schema", SchemaCommand::new);
    m.put("init", InitCommand::new);
    m.put("completion", CompletionCommand::new);
    m.put("help", HelpCommand::new);
    return m;
  }

  /** The command line with every subcommand, vjc's exit codes and error handling wired in. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /** The command line for {@code args}: only the subcommand they name, or all of them. */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new Vjc());
    Supplier<Object> only =
        args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
    if (only != null) {
      cl.addSubcommand(args[0], only.get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
    }
    // `vjc lint --version` prints what `vjc --version` does, not an empty line.
    cl.getSubcommands().values().forEach(c -> c.getCommandSpec().versionProvider(new Version()));
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cl.setExecutionExceptionHandler(Vjc::handleException);
    cl.setParameterExceptionHandler(Vjc::handleUsage);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(false);
    return cl;
  }

  /** Runs {@code args} through picocli, writing to {@code streams}; returns the exit code. */
  static int execute(String[] args, Streams streams) {
    CommandLine cl = commandLine(args);
    cl.setOut(streams.out());
    cl.setErr(streams.err());
    try {
      return cl.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler below; an Error leaves execute().
      return reportException(e, streams.err(), Arrays.asList(args).contains("--verbose"));
    }
  }

  private static int handleUsage(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("vjc: " + e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println(
          "Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    return ExitCodes.USAGE;
  }

  private static int handleException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    return reportException(e, cl.getErr(), parsed != null && hasVerbose(parsed));
  }

  /** Prints what went wrong in a command; a {@link UsageError} is the user's, the rest vjc's. */
  static int reportException(Throwable e, PrintWriter err, boolean verbose) {
    if (e instanceof UsageError u) {
      err.println("vjc: " + u.getMessage());
      return ExitCodes.USAGE;
    }
    err.println("vjc: internal error: " + e);
    if (verbose) {
      e.printStackTrace(err);
    } else {
      err.println("vjc: this is a bug in vjc; run again with --verbose for the stack trace");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  private static boolean hasVerbose(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult p = parsed;
    while (p != null) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
      p = p.subcommand();
    }
    return false;
  }
}
