package vjc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vjc.engine.ExitCodes;
import vjc.engine.JobFinder;
import vjc.engine.UsageError;

/** {@code vjc init}: writes a starter project that {@code vjc lint} passes clean. */
@Command(
    name = "init",
    header = "Write a starter project: .vjc.yaml, a job, an overlay and a pre-commit config.",
    description = {
      "Writes into DIR (default: the current folder) a .vjc.yaml with the environments dev and"
          + " prod, jobs/train.yaml, the prod overlay envs/prod.yaml and a .pre-commit-config.yaml"
          + " that runs the vjc-lint hook. It never overwrites: when any of these files exists,"
          + " it writes nothing and names them (exit 2)."
    },
    mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The project folder, created if missing (default: .).")
  Path dir = Path.of(".");

  @Override
  public Integer call() throws IOException {
    Map<Path, String> files = StarterProject.files();
    List<String> existing = new ArrayList<>();
    for (Path f : files.keySet()) {
      if (Files.exists(dir.resolve(f), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        existing.add(f.toString());
      }
    }
    if (!existing.isEmpty()) {
      throw new UsageError(
          "not writing the starter project: "
              + String.join(", ", existing)
              + (existing.size() == 1 ? " exists" : " exist")
              + " in "
              + dir
              + "; move "
              + (existing.size() == 1 ? "it" : "them")
              + " away or choose another folder");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageError("not a folder: " + dir);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Map.Entry<Path, String> e : files.entrySet()) {
      Path target = dir.resolve(e.getKey());
      Files.createDirectories(target.toAbsolutePath().getParent());
      // CREATE_NEW: a file that appeared since the check above is still never overwritten.
      Files.writeString(
          target, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      out.println("wrote " + JobFinder.shown(target));
    }
    out.println("next: vjc lint " + JobFinder.shown(dir));
    out.flush();
    return ExitCodes.OK;
  }
}
