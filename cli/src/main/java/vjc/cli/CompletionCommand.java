package vjc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vjc.engine.ExitCodes;

/** {@code vjc completion}: prints a shell completion script for vjc. */
@Command(
    name = "completion",
    header = "Print a shell completion script.",
    description = {
      "Prints a script that completes vjc's commands, options and option values. The script is"
          + " picocli's bash completion; zsh runs it through bashcompinit, which it loads itself.",
      "",
      "  bash: source <(vjc completion bash)   (or put it in ~/.bashrc)",
      "  zsh:  source <(vjc completion zsh)    (or put it in ~/.zshrc)"
    },
    mixinStandardHelpOptions = true)
public final class CompletionCommand implements Callable<Integer> {

  /** The shells vjc writes a completion script for. */
  public enum Shell {
    BASH,
    ZSH
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SHELL",
      description = "The shell: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // One script serves both: picocli's output enables bashcompinit when it runs under zsh.
    out.print(AutoComplete.bash("vjc", Vjc.commandLine()));
    out.flush();
    return ExitCodes.OK;
  }
}
