package vjc.submit;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.aiplatform.v1.CreateCustomJobRequest;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.GetCustomJobRequest;
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
 * and exits {@link SubmitExitCodes#UNKNOWN}. The create and that lookup draw from one {@link
 * Budget}; while waiting, each stretch of failed polls has a budget of its own.
 *
 * <p>Ctrl-C stops the call in flight or the wait (never the job) and says what goes on.
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

  /** Pages of listCustomJobs read when looking for a job: 20 × 100 jobs of the same name. */
  private static final int MAX_PAGES = 20;

  /**
   * How a submission runs.
   *
   * @param follow follow the job until it ends (--wait)
   * @param pollInterval time between polls
   * @param waitTimeout stop waiting after this long; empty: wait until the job ends
   * @param contactBudget how long vjc tries to reach Vertex AI without an answer (see {@link
   *     Budget})
   */
  public record Options(
      boolean follow,
      Duration pollInterval,
      Optional<Duration> waitTimeout,
      Duration contactBudget) {

    /** Options with the default budget. */
    public Options(boolean follow, Duration pollInterval, Optional<Duration> waitTimeout) {
      this(follow, pollInterval, waitTimeout, Budget.DEFAULT);
    }
  }

  private final JobServiceClient client;
  private final Target target;
  private final SubmitEnvironment env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Consumer<List<Diagnostic>> diagnostics;
  private final Optional<MapNode> tree;
  private final Path file;

  /** The job's resource name once vjc knows the job exists. */
  private Optional<String> createdName = Optional.empty();

  /** The progress display while vjc waits. */
  private Optional<Progress> progress = Optional.empty();

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
  public int run(CustomJob job, String requestId, Options options) {
    Cancellation cancellation = new Cancellation();
    SubmitEnvironment.Registration ctrlC = env.interrupts().onInterrupt(cancellation::request);
    try {
      return submit(job, requestId, options, cancellation);
    } catch (InterruptedException e) {
      cancellation.handled();
      return interrupted(job, requestId);
    } finally {
      ctrlC.close();
    }
  }

  private int submit(CustomJob job, String requestId, Options options, Cancellation cancellation)
      throws InterruptedException {
    long start = env.nanoTime().getAsLong();
    Budget budget = Budget.start(options.contactBudget(), env.nanoTime());
    CustomJob created;
    try {
      CreateCustomJobRequest request =
          CreateCustomJobRequest.newBuilder().setParent(target.parent()).setCustomJob(job).build();
      created =
          cancellation.await(
              client
                  .createCustomJobCallable()
                  .futureCall(request, JobServices.within(budget.createShare())));
    } catch (ApiException e) {
      if (!isTransient(e)) {
        report(
            ApiErrors.explain(e, ApiErrors.Call.CREATE, target, job, tree, file), "not submitted");
        return ExitCodes.FINDINGS;
      }
      Optional<CustomJob> landed = lookUp(e, job, requestId, budget, cancellation);
      if (landed.isEmpty()) {
        return SubmitExitCodes.UNKNOWN;
      }
      created = landed.get();
    }
    createdName = Optional.of(created.getName());
    out.println(created.getName());
    out.println(target.consoleUrl(created.getName()));
    out.flush();
    if (!options.follow()) {
      return ExitCodes.OK;
    }
    return follow(created, start, options, cancellation);
  }

  /** After a create whose outcome is unknown: did it land? Never sends the create again. */
  private Optional<CustomJob> lookUp(
      ApiException failure,
      CustomJob job,
      String requestId,
      Budget budget,
      Cancellation cancellation)
      throws InterruptedException {
    ApiErrors.Explanation x =
        ApiErrors.explain(failure, ApiErrors.Call.CREATE, target, job, tree, file);
    err.println("vjc: " + x.headline());
    x.notes().forEach(n -> err.println("   = " + n));
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
    for (int attempt = 1; !budget.spent(); attempt++) {
      cancellation.sleep(env.sleeper(), budget.cap(backoff(attempt)));
      if (budget.spent()) {
        break;
      }
      try {
        Optional<CustomJob> found =
            find(job.getDisplayName(), requestId, budget.readShare(), cancellation);
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
                + listCommand(requestId));
        err.flush();
        return Optional.empty();
      } catch (ApiException e) {
        if (!isTransient(e)) {
          report(
              ApiErrors.explain(e, ApiErrors.Call.LIST, target, job, tree, file),
              "could not look for the job");
          return Optional.empty();
        }
      }
    }
    err.println(
        "vjc: no answer from Vertex AI for "
            + seconds(budget.total())
            + "; whether the job was created is unknown");
    err.println("   = hint: Before submitting again, run: " + listCommand(requestId));
    err.flush();
    return Optional.empty();
  }

  private String listCommand(String requestId) {
    return "gcloud ai custom-jobs list --project="
        + target.project()
        + " --region="
        + target.region()
        + " --filter=labels."
        + RequestLabel.KEY
        + "="
        + requestId;
  }

  private Optional<CustomJob> find(
      String displayName, String requestId, Duration deadline, Cancellation cancellation)
      throws InterruptedException {
    ListCustomJobsRequest request =
        ListCustomJobsRequest.newBuilder()
            .setParent(target.parent())
            .setFilter(
                "display_name=\"" + displayName.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
            .setPageSize(100)
            .build();
    // One deadline for every page: it is in the call options, which the later pages reuse.
    JobServiceClient.ListCustomJobsPage page =
        cancellation
            .await(
                client
                    .listCustomJobsPagedCallable()
                    .futureCall(request, JobServices.within(deadline)))
            .getPage();
    for (int n = 0; n < MAX_PAGES && page != null; n++) {
      for (CustomJob j : page.getValues()) {
        if (RequestLabel.carries(j, requestId)) {
          return Optional.of(j);
        }
      }
      page = page.hasNextPage() ? cancellation.await(page.getNextPageAsync()) : null;
    }
    return Optional.empty();
  }

  /** Polls until the job ends; the exit code says how it ended. */
  private int follow(CustomJob created, long start, Options options, Cancellation cancellation)
      throws InterruptedException {
    String name = created.getName();
    err.println("vjc: waiting for the job (Ctrl-C stops waiting, not the job)");
    Progress shown = new Progress(err, env.terminal(), env.nanoTime(), start);
    progress = Optional.of(shown);
    CustomJob job = created;
    // The stretch without an answer, from the first failed poll; empty while polls are answered.
    Optional<Budget> silence = Optional.empty();
    int failures = 0;
    while (true) {
      shown.state(job.getState());
      if (ENDED.contains(job.getState())) {
        break;
      }
      long waited = env.nanoTime().getAsLong() - start;
      Optional<Duration> left =
          options.waitTimeout().map(t -> t.minusNanos(waited)).filter(d -> !d.isNegative());
      if (options.waitTimeout().isPresent() && (left.isEmpty() || left.get().isZero())) {
        shown.end();
        err.println("vjc: stopped waiting after " + shown.elapsed() + "; the job goes on: " + name);
        err.flush();
        return SubmitExitCodes.UNKNOWN;
      }
      if (silence.isEmpty()) {
        // A retry waits for its backoff only; a poll interval on top would eat the budget.
        Duration pause = options.pollInterval();
        cancellation.sleep(env.sleeper(), left.filter(l -> l.compareTo(pause) < 0).orElse(pause));
      }
      Budget budget =
          silence.orElseGet(() -> Budget.start(options.contactBudget(), env.nanoTime()));
      try {
        job =
            cancellation.await(
                client
                    .getCustomJobCallable()
                    .futureCall(
                        GetCustomJobRequest.newBuilder().setName(name).build(),
                        JobServices.within(budget.readShare())));
        silence = Optional.empty();
        failures = 0;
      } catch (ApiException e) {
        if (isTransient(e) && !budget.spent()) {
          silence = Optional.of(budget);
          failures++;
          Duration delay = budget.cap(backoff(failures));
          shown.note(
              "vjc: lost contact with Vertex AI ("
                  + e.getStatusCode().getCode()
                  + "); asking again in "
                  + seconds(delay));
          cancellation.sleep(env.sleeper(), delay);
          if (!budget.spent()) {
            continue;
          }
        }
        shown.end();
        if (isTransient(e)) {
          err.println(
              "vjc: lost contact with Vertex AI while waiting (no answer for "
                  + seconds(budget.total())
                  + "); the job goes on: "
                  + name);
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
    shown.end();
    return ended(job, shown.elapsed());
  }

  /** Ctrl-C: what happened and what goes on, and exit 4 (the job's fate is unknown to vjc). */
  private int interrupted(CustomJob job, String requestId) {
    progress.ifPresent(Progress::end);
    if (createdName.isPresent()) {
      String name = createdName.get();
      err.println("vjc: interrupted; the job " + name + " was created and keeps running");
      err.println("   = see it with: gcloud ai custom-jobs describe " + name);
      err.println("   = logs: " + target.consoleUrl(name));
      err.println("   = hint: To stop the job too, run: gcloud ai custom-jobs cancel " + name);
    } else {
      err.println("vjc: interrupted; the create call may or may not have reached Vertex AI");
      if (RequestLabel.carries(job, requestId)) {
        err.println(
            "   = hint: Before submitting again, look for a job labelled "
                + RequestLabel.KEY
                + "="
                + requestId
                + ": "
                + listCommand(requestId));
      } else {
        err.println("   = hint: Look for it in the console before submitting again.");
      }
    }
    err.flush();
    return SubmitExitCodes.UNKNOWN;
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

  /** {@code 60s}, or {@code 500ms} below a second. */
  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 || d.toSeconds() >= 10
        ? d.toSeconds() + "s"
        : d.toMillis() + "ms";
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
