package vjc.submit;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import vjc.cli.SubmitCommand;
import vjc.cli.Vjc;
import vjc.testing.Repo;

/**
 * One in-process run of {@code vjc submit ...} with captured output and a fake environment.
 *
 * @param exitCode the exit code
 * @param out stdout
 * @param err stderr
 */
record SubmitRun(int exitCode, String out, String err) {

  static SubmitRun of(SubmitEnvironment env, String... args) {
    CommandLine cl = Vjc.commandLine();
    ((SubmitCommand) cl.getSubcommands().get("submit").getCommand()).useEnvironment(env);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    String root = Repo.root() + "/";
    return new SubmitRun(code, out.toString().replace(root, ""), err.toString().replace(root, ""));
  }

  /**
   * Exit code, stdout and stderr in one text, with the server's port made stable and carriage
   * returns (the live progress line) shown as {@code <CR>}.
   */
  String transcript(String endpoint) {
    return ("exit: " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err)
        .replace(endpoint, "127.0.0.1:PORT")
        .replace("\r", "<CR>");
  }
}
