package vjc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import vjc.testing.Repo;

/**
 * Runs vjc in-process with captured output, as a test sees it.
 *
 * @param exitCode the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code vjc args...}; paths under the repository print relative to it. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new Streams(new PrintWriter(out, true), new PrintWriter(err, true)));
    return new CliRun(code, relative(out.toString()), relative(err.toString()));
  }

  /** The repository root as a prefix, so goldens don't depend on where the clone lives. */
  static String relative(String text) {
    String root = Repo.root().toString() + "/";
    return text.replace(root, "");
  }

  /** A path under the repository, absolute, for passing to vjc. */
  public static String path(String relative) {
    return Repo.root().resolve(relative).toString();
  }

  /** Exit code, stdout and stderr in one text, for golden files. */
  public String transcript() {
    return "exit: " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
