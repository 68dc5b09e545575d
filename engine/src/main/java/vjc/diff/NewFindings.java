package vjc.diff;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.engine.Engine;
import vjc.engine.FileReport;
import vjc.engine.UsageError;
import vjc.load.Limits;
import vjc.resolve.ResolveRequest;

/**
 * {@code vjc lint --new-since REF}: keeps only the findings that the same files did not have at
 * REF, so that a team can adopt vjc, or a stricter policy, without first fixing every old finding.
 * A finding is matched by the job file it was found in, rule id, message and environment, never by
 * line or column: an edit above a finding moves it without making it new. The file is the job
 * linted, not the file the finding points into, so a finding that an overlay change moves into the
 * overlay stays the job's. Matching counts: a second identical finding in a job that had one is
 * new. The REF files are linted in a temporary copy read through git; the working tree is not
 * touched.
 */
public final class NewFindings {

  /** What identifies a finding across revisions. */
  private record Key(String file, String ruleId, String message, String environment) {}

  private NewFindings() {}

  /**
   * The reports with old findings removed. {@code arguments} are the paths given to lint, which
   * locate the repository; {@code engines} makes the engine that lints the base revision, with
   * caches of its own; a line on {@code err} says how many findings were left out. What the change
   * does to the gate itself ({@link GateChanges}) is added as findings of their own.
   *
   * @throws UsageError when there is no repository or REF names no commit
   */
  public static List<FileReport> filter(
      String ref,
      List<Path> arguments,
      List<FileReport> reports,
      ResolveRequest options,
      Supplier<Engine> engines,
      GateChanges.Options gate,
      PrintWriter err) {
    Path start = arguments.isEmpty() ? Path.of("") : arguments.get(0);
    Path dir = Files.isDirectory(start) ? start : start.toAbsolutePath().getParent();
    try {
      Git git = Git.at(dir == null ? Path.of("").toAbsolutePath() : dir);
      String commit = git.commit(ref);
      try (Snapshot base = Snapshot.of(git, commit, Limits.DEFAULT)) {
        Map<Key, Integer> old = baseline(git.root(), base, reports, options, engines.get());
        List<FileReport> out = new ArrayList<>(reports.size());
        int hidden = 0;
        for (FileReport r : reports) {
          String job = JobSet.relative(git.root(), r.file());
          List<Diagnostic> kept = new ArrayList<>();
          for (Diagnostic d : r.diagnostics()) {
            if (consume(old, keys(job, git.root(), git.root(), d))) {
              hidden++;
            } else {
              kept.add(d);
            }
          }
          out.add(r.withDiagnostics(kept));
        }
        Set<Path> checked = new HashSet<>();
        reports.forEach(r -> checked.add(r.file()));
        boolean relative = !start.isAbsolute();
        for (FileReport r :
            GateChanges.find(git, base, engines.get(), checked, scope(arguments), gate)) {
          out.add(relative ? shownFromWorkingDirectory(r) : r);
        }
        if (hidden > 0) {
          err.println(
              "vjc: "
                  + hidden
                  + (hidden == 1 ? " finding" : " findings")
                  + " also present at "
                  + ref
                  + " not shown (--new-since)");
          err.flush();
        }
        return out;
      }
    } catch (Git.GitException e) {
      throw new UsageError("--new-since " + ref + ": " + e.getMessage());
    }
  }

  private static List<Path> scope(List<Path> arguments) {
    return arguments.isEmpty() ? List.of(Path.of("")) : arguments;
  }

  /**
   * {@code report} with paths relative to the working directory, as a user who named relative paths
   * reads them everywhere else in the output.
   */
  private static FileReport shownFromWorkingDirectory(FileReport report) {
    Path cwd = Path.of("").toAbsolutePath();
    List<Diagnostic> ds = new ArrayList<>();
    for (Diagnostic d : report.diagnostics()) {
      Origin o = d.origin();
      Path shown = o.file().startsWith(cwd) ? cwd.relativize(o.file()) : o.file();
      ds.add(
          new Diagnostic(
              d.ruleId(),
              d.severity(),
              d.message(),
              new Origin(shown, o.line(), o.column(), o.via()),
              d.hint(),
              d.environment()));
    }
    Path file = report.file().startsWith(cwd) ? cwd.relativize(report.file()) : report.file();
    return new FileReport(file, ds, report.suppressed(), report.unreadable());
  }

  /** The findings of the same files at the base, counted by key. */
  private static Map<Key, Integer> baseline(
      Path root, Snapshot base, List<FileReport> reports, ResolveRequest options, Engine pipeline) {
    Map<Key, Integer> counts = new HashMap<>();
    for (FileReport r : reports) {
      String rel = JobSet.relative(root, r.file());
      Path then = base.resolve(rel);
      if (Path.of(rel).isAbsolute()
          || !then.startsWith(base.root())
          || !Files.isRegularFile(then)) {
        continue; // a new file, or one outside the repository: everything in it is new
      }
      for (Diagnostic d : pipeline.lint(then, options).diagnostics()) {
        for (Key k : keys(rel, base.root(), root, d)) {
          counts.merge(k, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /**
   * One key per environment the finding was seen in: a finding of dev and prod at the base that is
   * now only in prod is old; one that spreads from dev to prod is new.
   */
  private static List<Key> keys(String job, Path sideRoot, Path repoRoot, Diagnostic d) {
    // Paths in messages (an overlay that is missing, say) differ between the copy and the tree.
    String message = d.message().replace(sideRoot + "/", "").replace(repoRoot + "/", "");
    List<Key> out = new ArrayList<>();
    for (String env : d.environment().orElse("").split(",", -1)) {
      out.add(new Key(job, d.ruleId(), message, env));
    }
    return out;
  }

  /** True, and the baseline counts lowered, when every key of a finding was there before. */
  private static boolean consume(Map<Key, Integer> old, List<Key> keys) {
    for (Key k : keys) {
      if (old.getOrDefault(k, 0) < 1) {
        return false;
      }
    }
    keys.forEach(k -> old.merge(k, -1, Integer::sum));
    return true;
  }
}
