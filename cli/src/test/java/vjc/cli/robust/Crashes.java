package vjc.cli.robust;

import java.nio.file.Path;
import vjc.cli.CliRun;
import vjc.engine.ExitCodes;
import vjc.testing.Repo;

/** What the robustness tests look for in a CLI run besides its findings. */
final class Crashes {

  private Crashes() {}

  /** True when the output shows a crash: vjc's internal-error line or a Java stack trace. */
  static boolean shown(CliRun run) {
    String all = run.out() + run.err();
    return run.exitCode() == ExitCodes.INTERNAL
        || all.contains("internal error")
        || all.contains("Exception")
        || all.contains("\tat ");
  }

  /** The run's transcript, cut short for assertion messages. */
  static String transcript(CliRun run) {
    String t = run.transcript();
    return t.length() <= 8000 ? t : t.substring(0, 8000) + "\n[... " + t.length() + " chars]\n";
  }

  /** {@code path} as {@link CliRun} prints it: relative when it lies in the repository. */
  static String printed(Path path) {
    String root = Repo.root() + "/";
    String p = path.toString();
    return p.startsWith(root) ? p.substring(root.length()) : p;
  }
}
