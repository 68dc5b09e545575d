package vjc.submit;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.JobServiceClient;
import com.google.cloud.aiplatform.v1.JobState;
import com.google.cloud.aiplatform.v1.ListCustomJobsRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vjc.diag.Diagnostic;
import vjc.engine.ExitCodes;
import vjc.load.MapNode;

/**
 * One submission: create the job, print its name and console URL, and with {@code --wait} follow it
 * to its end.
 *
 * <p>Retries: {@code createCustomJob} is sent exactly once. When its outcome is unknown
 * (UNAVAILABLE, DEADLINE_EXCEEDED), vjc does not send it again, which could start the job twice; it
 * lists the jobs with the same display name (a read, safe to repeat) and looks for the {@link
 * RequestLabel} of this invocation. Found, the job is reported as created; not found, vjc says so
 * and exits {@link SubmitExitCodes#UNKNOWN}. {@code getCustomJob} and {@code listCustomJobs} are
 * retried with exponential backoff, a bounded number of times.
 */
public final class Submission {

  /** States after which a job does not change any more. */
  static final Set<JobState> ENDED =
      EnumSet.of(
          JobState.JOB_STATE_SUCCEEDED,
          JobState.JOB_STATE_FAILED,
          JobState.JOB_STATE_CANCELLED,
          JobState.JOB_STATE_EXPIRED,
          JobState.JOB_STATE_PAUSED,
          JobState.JOB_STATE_PARTIALLY_SUCCEEDED);

  /** Consecutive failed reads before vjc gives up: 1+2+4+8+16+30 s of backoff, about a minute. */
  static final int MAX_READ_RETRIES = 6;

  /** Pages of listCustomJobs read when looking for a job: 20 × 100 jobs of the same name. */
  private static final int MAX_PAGES = 20;

  private final JobServiceClient client;
  private final Target target;
  private final SubmitEnvironment env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Consumer<List<Diagnostic>> diagnostics;
  private final Optional<MapNode> tree;
  private final Path file;

  /**
   * @param diagnostics renders the server's field errors, with source snippets
   * @param tree the resolved job, to place those errors; empty when unknown
   * @param file the job file, where errors without a field are reported
   */
  public Submission(
      JobServiceClient client,
      Target target,
      SubmitEnvironment env,
      PrintWriter out,
      PrintWriter err,
      Consumer<List<Diagnostic>> diagnostics,
      Optional<MapNode> tree,
      Path file) {
    this.client = client;
    this.target = target;
    this.env = env;
    this.out = out;
    this.err = err;
    this.diagnostics = diagnostics;
    this.tree = tree;
    this.file = file;
  }

  /** Submits {@code job}, labelled with {@code requestId}; returns the exit code. */
  public int run(
      CustomJob job,
      String requestId,
      boolean wait,
      Duration pollInterval,
      Optional<Duration> waitTimeout) {
    long start = env.nanoTime().getAsLong();
    CustomJob created;
    try {
      created = client.createCustomJob(target.parent(), job);
    } catch (ApiException e) {
      if (!isTransient(e)) {
        report(
            ApiErrors.explain(e, ApiErrors.Call.CREATE, target, job, tree, file), "not submitted");
        return ExitCodes.FINDINGS;
      }
      Optional<CustomJob> landed = lookUp(e, job, requestId);
      if (landed.isEmpty()) {
        return SubmitExitCodes.UNKNOWN;
      }
      created = landed.get();
    }
    out.println(created.getName());
    out.println(target.consoleUrl(created.getName()));
    out.flush();
    if (!wait) {
      return ExitCodes.OK;
    }
    try {
      return follow(created, start, pollInterval, waitTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("vjc: interrupted; the job goes on: " + created.getName());
      err.flush();
      return SubmitExitCodes.UNKNOWN;
    }
  }

  /** After a create whose outcome is unknown: did it land? Never sends the create again. */
  private Optional<CustomJob> lookUp(ApiException failure, CustomJob job, String requestId) {
    ApiErrors.Explanation x =
        ApiErrors.explain(failure, ApiErrors.Call.CREATE, target, job, tree, file);
    err.println("vjc: " + x.headline());
    x.notes().forEach(n -> err.println("   = " + n));
    String listCommand =
        "gcloud ai custom-jobs list --project="
            + target.project()
            + " --region="
            + target.region()
            + " --filter=labels."
            + RequestLabel.KEY
            + "="
            + requestId;
    if (!RequestLabel.carries(job, requestId)) {
      err.println(
          "vjc: the job may or may not have been created; it has "
              + RequestLabel.MAX_LABELS
              + " labels, so vjc could not label it to find it");
      err.println("   = hint: Look for it in the console before submitting again.");
      err.flush();
      return Optional.empty();
    }
    err.println(
        "   = vjc does not send a create twice (it could start the job twice); looking"
            + " for a job labelled "
            + RequestLabel.KEY
            + "="
            + requestId
            + " instead");
    err.flush();
    for (int attempt = 1; attempt <= MAX_READ_RETRIES; attempt++) {
      try {
        env.sleeper().sleep(backoff(attempt));
        Optional<CustomJob> found = find(job.getDisplayName(), requestId);
        if (found.isPresent()) {
          err.println("vjc: the create request did arrive; the job exists");
          err.flush();
          return found;
        }
        err.println(
            "vjc: no job labelled "
                + RequestLabel.KEY
                + "="
                + requestId
                + " exists in "
                + target.parent()
                + "; the create request most likely never arrived");
        err.println(
            "   = hint: Submit again when Vertex AI is reachable; to double-check first,"
                + " run: "
                + listCommand);
        err.flush();
        return Optional.empty();
      } catch (ApiException e) {
        if (!isTransient(e)) {
          report(
              ApiErrors.explain(e, ApiErrors.Call.LIST, target, job, tree, file),
              "could not look for the job");
          return Optional.empty();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    err.println("vjc: Vertex AI is still unreachable; whether the job was created is unknown");
    err.println("   = hint: Before submitting again, run: " + listCommand);
    err.flush();
    return Optional.empty();
  }

  private Optional<CustomJob> find(String displayName, String requestId) {
    ListCustomJobsRequest request =
        ListCustomJobsRequest.newBuilder()
            .setParent(target.parent())
            .setFilter(
                "display_name=\"" + displayName.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
            .setPageSize(100)
            .build();
    var page = client.listCustomJobs(request).getPage();
    for (int n = 0; n < MAX_PAGES && page != null; n++) {
      for (CustomJob j : page.getValues()) {
        if (RequestLabel.carries(j, requestId)) {
          return Optional.of(j);
        }
      }
      page = page.hasNextPage() ? page.getNextPage() : null;
    }
    return Optional.empty();
  }

  /** Polls until the job ends; the exit code says how it ended. */
  private int follow(
      CustomJob created, long start, Duration pollInterval, Optional<Duration> waitTimeout)
      throws InterruptedException {
    String name = created.getName();
    err.println("vjc: waiting for the job (Ctrl-C stops waiting, not the job)");
    Progress progress = new Progress(err, env.terminal(), env.nanoTime(), start);
    CustomJob job = created;
    int failures = 0;
    while (true) {
      progress.state(job.getState());
      if (ENDED.contains(job.getState())) {
        break;
      }
      long waited = env.nanoTime().getAsLong() - start;
      if (waitTimeout.isPresent() && waited >= waitTimeout.get().toNanos()) {
        progress.end();
        err.println(
            "vjc: stopped waiting after " + progress.elapsed() + "; the job goes on: " + name);
        err.flush();
        return SubmitExitCodes.UNKNOWN;
      }
      env.sleeper().sleep(pollInterval);
      try {
        job = client.getCustomJob(name);
        failures = 0;
      } catch (ApiException e) {
        if (isTransient(e) && failures < MAX_READ_RETRIES) {
          failures++;
          Duration delay = backoff(failures);
          progress.note(
              "vjc: lost contact with Vertex AI ("
                  + e.getStatusCode().getCode()
                  + "); asking again in "
                  + delay.toSeconds()
                  + "s");
          env.sleeper().sleep(delay);
          continue;
        }
        progress.end();
        if (isTransient(e)) {
          err.println("vjc: lost contact with Vertex AI while waiting; the job goes on: " + name);
        } else {
          report(
              ApiErrors.explain(e, ApiErrors.Call.GET, target, created, tree, file),
              "stopped waiting");
          err.println("   = the job goes on: " + name);
        }
        err.flush();
        return SubmitExitCodes.UNKNOWN;
      }
    }
    progress.end();
    return ended(job, progress.elapsed());
  }

  private int ended(CustomJob job, String elapsed) {
    JobState state = job.getState();
    if (state == JobState.JOB_STATE_SUCCEEDED) {
      err.println("vjc: job succeeded after " + elapsed);
      err.flush();
      return ExitCodes.OK;
    }
    err.println("vjc: job " + Progress.name(state) + " after " + elapsed);
    if (job.hasError() && !job.getError().getMessage().isEmpty()) {
      com.google.rpc.Code code = com.google.rpc.Code.forNumber(job.getError().getCode());
      err.println(
          "   = error: "
              + Redaction.scrub(job.getError().getMessage())
              + (code == null || code == com.google.rpc.Code.OK ? "" : " (" + code + ")"));
    }
    err.println("   = logs: " + target.consoleUrl(job.getName()));
    err.flush();
    return ExitCodes.FINDINGS;
  }

  private void report(ApiErrors.Explanation x, String what) {
    if (!x.fieldErrors().isEmpty()) {
      diagnostics.accept(x.fieldErrors());
    }
    err.println("vjc: " + what + ": " + x.headline());
    x.notes().forEach(n -> err.println("   = " + n));
    x.hint().ifPresent(h -> err.println("   = hint: " + h));
    err.flush();
  }

  private static boolean isTransient(ApiException e) {
    StatusCode.Code code = e.getStatusCode().getCode();
    return code == StatusCode.Code.UNAVAILABLE || code == StatusCode.Code.DEADLINE_EXCEEDED;
  }

  /** 1, 2, 4, 8, 16, then 30 seconds. */
  static Duration backoff(int attempt) {
    return Duration.ofSeconds(Math.min(30, 1L << Math.min(attempt - 1, 5)));
  }
}
