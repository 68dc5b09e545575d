package vjc.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vjc.diag.Diagnostic;
import vjc.load.JobShape;
import vjc.resolve.ResolveRequest;

/**
 * {@code vjc lint PATH...} without the command line: finds the job files the paths stand for, lints
 * them on {@code threads} threads, and drops searched files that turn out not to be jobs.
 */
final class PathLinter {

  private PathLinter() {}

  static List<FileReport> lint(
      Engine engine, List<Path> paths, ResolveRequest request, boolean onlyJobs, int threads)
      throws InterruptedException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    JobFinder.Found found = new JobFinder(engine, onlyJobs).find(paths);
    List<FileReport> reports = new ArrayList<>();
    for (Diagnostic problem : found.problems()) {
      reports.add(new FileReport(problem.origin().file(), List.of(problem), List.of(), true));
    }
    List<FileReport> jobs = new ArrayList<>();
    for (FileReport r : lintAll(engine, found.files(), request, threads)) {
      if (!(found.optional().contains(r.file()) && isNotAJob(r))) {
        jobs.add(r);
      }
    }
    reports.addAll(brokenSharedFiles(jobs));
    reports.addAll(jobs);
    return reports;
  }

  /**
   * One report per broken .vjc.yaml or overlay, with its errors, however many jobs it stopped: the
   * jobs' reports only say they were not checked.
   */
  private static List<FileReport> brokenSharedFiles(List<FileReport> jobs) {
    Map<Path, List<Diagnostic>> byCause = new LinkedHashMap<>();
    for (FileReport r : jobs) {
      for (FileReport.NotChecked n : r.notChecked()) {
        byCause.putIfAbsent(n.cause(), n.problems());
      }
    }
    List<FileReport> out = new ArrayList<>();
    byCause.forEach(
        (cause, ds) -> out.add(new FileReport(cause, Engine.shown(ds), List.of(), false)));
    return out;
  }

  /**
   * A searched file that is not a custom job (a CI config, a tuning job, an empty file) is not a
   * finding; nor is one that does not parse (a tsconfig.json with comments) when it names no field
   * of a job, since a broken job file always does.
   */
  private static boolean isNotAJob(FileReport r) {
    List<Diagnostic> ds = r.diagnostics();
    if (ds.isEmpty()) {
      return false;
    }
    if (ds.stream().allMatch(Engine::isNotAJob)) {
      return true;
    }
    return ds.stream().allMatch(d -> d.ruleId().equals("yaml/syntax")) && !mayBeJob(r.file());
  }

  private static boolean mayBeJob(Path file) {
    try {
      return JobShape.mayBeJobText(Files.readString(file));
    } catch (IOException e) {
      // Unreadable as UTF-8 text: keep the syntax error in the report.
      return true;
    }
  }

  /** Lints in parallel; reports come back in the order of the files. */
  private static List<FileReport> lintAll(
      Engine engine, List<Path> files, ResolveRequest request, int threads)
      throws InterruptedException {
    if (threads == 1 || files.size() < 2) {
      List<FileReport> out = new ArrayList<>(files.size());
      for (Path f : files) {
        out.add(engine.lint(f, request));
      }
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, files.size()),
            r -> {
              Thread t = new Thread(r, "vjc-lint");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<FileReport>> futures = new ArrayList<>(files.size());
      for (Path f : files) {
        futures.add(pool.submit(() -> engine.lint(f, request)));
      }
      List<FileReport> out = new ArrayList<>(files.size());
      for (Future<FileReport> future : futures) {
        try {
          out.add(future.get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException re) {
            throw re;
          }
          if (cause instanceof Error error) {
            // As thrown, so that the CLI reports it like one on the main thread: exit 3.
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
