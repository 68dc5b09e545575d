package vjc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vjc.diag.Diagnostic;
import vjc.diff.DiffRenderer;
import vjc.diff.DiffReport;
import vjc.diff.Differ;
import vjc.diff.GateChanges;
import vjc.diff.Git;
import vjc.diff.JobSet;
import vjc.diff.Snapshot;
import vjc.engine.Engine;
import vjc.engine.ExitCodes;
import vjc.engine.FileReport;
import vjc.engine.JobFinder;
import vjc.engine.UsageError;
import vjc.load.Limits;
import vjc.resolve.ResolveRequest;

/**
 * {@code vjc diff}: what a change does to the compiled jobs. Compiles every job under every
 * environment at a git revision and in the working tree, and prints the fields that differ.
 */
@Command(
    name = "diff",
    header = "Show how the compiled jobs differ from a git revision.",
    description = {
      "Compiles every job under PATH (default: the current folder) for every environment, once"
          + " as committed at --base REF and once as in the working tree, and prints per job and"
          + " environment the fields added, removed and changed, e.g. prod/jobs/train:"
          + " jobSpec.workerPoolSpecs[0].machineSpec.acceleratorCount 4 → 8. A job is named by"
          + " its path from the repository root without the extension. REF is read with git into"
          + " a temporary folder; the working tree, index and refs are never changed."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the diff was computed (changes or not), unless --exit-code",
      "1:a job in the working tree does not compile, or, with --exit-code, the jobs differ",
      "2:usage error: not a git repository, REF is not a commit, unreadable path",
      "3:internal error in vjc"
    })
public final class DiffCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--base",
      required = true,
      paramLabel = "REF",
      description = "The git revision to compare with, e.g. origin/main or HEAD~1.")
  String base;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Job files or folders inside one git work tree (default: .).")
  List<Path> paths = new ArrayList<>();

  @Mixin ResolveOptions resolve;

  @Mixin VerboseOption verbose;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: text); markdown is for a"
              + " pull-request comment.")
  DiffRenderer.Format format = DiffRenderer.Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the diff to OUT atomically instead of stdout (- is stdout).")
  Path output;

  @Option(
      names = "--exit-code",
      description = "Exit 1 when any compiled job differs, like git diff --exit-code.")
  boolean exitCode;

  @Option(
      names = "--allow-config-changes",
      description =
          "Report a change to what is checked (policies, rules, excludes, environments,"
              + " .vjc.yaml files, unchecked job files) as a warning, not a failing error; for a"
              + " change a reviewer approved.")
  boolean allowConfigChanges;

  @Option(
      names = "--no-new-suppressions",
      description = "A new # vjc:ignore comment fails the diff, not only listed.")
  boolean noNewSuppressions;

  @Override
  public Integer call() throws IOException {
    Optional<Path> toFile = AtomicFiles.destination(output);
    List<Path> args = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    List<Path> absolute = new ArrayList<>();
    for (Path p : args) {
      if (!Files.exists(p)) {
        throw new UsageError("no such file or folder: " + p);
      }
      absolute.add(p.toRealPath());
    }
    Path first = absolute.get(0);
    try {
      Git git = Git.at(Files.isDirectory(first) ? first : first.getParent());
      for (Path p : absolute) {
        if (!p.startsWith(git.root())) {
          throw new UsageError(p + " is outside the git work tree " + git.root());
        }
      }
      String commit = git.commit(base);
      Engine head = Engines.standard();
      ResolveRequest options = resolve.toPipelineOptions(head.loader());
      DiffReport report;
      try (Snapshot snapshot = Snapshot.of(git, commit, Limits.DEFAULT)) {
        JobFinder.Found now = find(head, absolute);
        JobSet after = JobSet.compile(head, git.root(), now.files(), now.optional(), options);
        List<Path> then = new ArrayList<>();
        for (Path p : absolute) {
          Path mirrored = snapshot.root().resolve(git.root().relativize(p));
          if (Files.exists(mirrored)) {
            then.add(mirrored);
          }
        }
        Engine old = Engines.standard();
        JobFinder.Found was =
            then.isEmpty() ? new JobFinder.Found(List.of(), Set.of(), List.of()) : find(old, then);
        JobSet before = JobSet.compile(old, snapshot.root(), was.files(), was.optional(), options);
        report = Differ.diff(base, commit, before, after);
        Set<Path> checked = new java.util.HashSet<>(now.files());
        List<FileReport> gate =
            GateChanges.find(
                git,
                snapshot,
                head,
                checked,
                absolute,
                new GateChanges.Options(allowConfigChanges, noNewSuppressions));
        report = report.withGate(gateFindings(git.root(), gate));
      }
      String rendered = DiffRenderer.of(format).render(report);
      if (toFile.isPresent()) {
        AtomicFiles.write(toFile.get(), rendered.getBytes(StandardCharsets.UTF_8));
      } else {
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
      }
      if (report.hasHeadErrors() || report.hasGateErrors()) {
        return ExitCodes.FINDINGS;
      }
      return exitCode && report.hasChanges() ? ExitCodes.FINDINGS : ExitCodes.OK;
    } catch (Git.GitException e) {
      throw new UsageError(e.getMessage());
    }
  }

  private static List<DiffReport.GateFinding> gateFindings(Path root, List<FileReport> reports) {
    List<DiffReport.GateFinding> out = new ArrayList<>();
    for (FileReport r : reports) {
      for (Diagnostic d : r.diagnostics()) {
        Path file = d.origin().file();
        String shown = file.startsWith(root) ? root.relativize(file).toString() : file.toString();
        out.add(
            new DiffReport.GateFinding(
                shown + ":" + d.origin().line() + ":" + d.origin().column(),
                d.severity(),
                d.message(),
                d.ruleId()));
      }
    }
    return out;
  }

  /** The job files under {@code paths}, as {@code vjc lint} finds them; problems go to stderr. */
  private JobFinder.Found find(Engine pipeline, List<Path> paths) {
    JobFinder.Found found = new JobFinder(pipeline, false).find(paths);
    PrintWriter err = spec.commandLine().getErr();
    for (Diagnostic d : found.problems()) {
      err.println("vjc: " + d.origin().file() + ": " + d.message());
    }
    err.flush();
    return found;
  }
}
