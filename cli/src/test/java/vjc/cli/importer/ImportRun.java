package vjc.cli.importer;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import vjc.cli.Vjc;
import vjc.testing.Repo;

/**
 * One in-process run of {@code vjc import ...} with captured output; paths under the repository
 * print relative to it.
 *
 * @param exitCode the exit code
 * @param out stdout
 * @param err stderr
 */
record ImportRun(int exitCode, String out, String err) {

  static ImportRun of(String... args) {
    CommandLine cl = Vjc.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    String root = Repo.root() + "/";
    return new ImportRun(code, out.toString().replace(root, ""), err.toString().replace(root, ""));
  }
}
