package vjc.cli;

import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.JobServiceClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;
import vjc.diag.Severity;
import vjc.emit.Emitter;
import vjc.engine.Engine;
import vjc.engine.ExitCodes;
import vjc.engine.UsageError;
import vjc.load.ScalarNode;
import vjc.render.TextRenderer;
import vjc.resolve.Assignment;
import vjc.resolve.ResolveRequest;
import vjc.submit.JobServices;
import vjc.submit.RequestLabel;
import vjc.submit.Submission;
import vjc.submit.SubmitEnvironment;
import vjc.submit.Target;

/** {@code vjc submit}: compiles a job file and creates the job in Vertex AI. */
@Command(
    name = "submit",
    header = "Submit a job file to Vertex AI.",
    description = {
      "Runs the whole pipeline (load, resolve, validate, lint) and, when nothing is an error,"
          + " calls JobService.CreateCustomJob in the job's region with Application Default"
          + " Credentials. Prints the job's resource name and console URL on stdout.",
      "",
      "The create call is sent once and never repeated: when Vertex AI cannot be reached, vjc"
          + " looks for the job by its label "
          + RequestLabel.KEY
          + " instead (see"
          + " docs/submit.md)."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:submitted (with --wait: the job succeeded)",
      "1:errors in the job file, a request Vertex AI refused, or (with --wait) a job that"
          + " failed, was cancelled or expired",
      "2:usage error (missing --project or --region, a bad flag), a file that cannot be read,"
          + " or no credentials",
      "3:internal error in vjc",
      "4:outcome unknown: Vertex AI did not answer for 60s, or vjc stopped waiting"
          + " (--wait-timeout, Ctrl-C) while the job goes on; check before submitting again"
    })
public final class SubmitCommand implements Callable<Integer> {

  private static final Pattern DURATION = Pattern.compile("([0-9]+)(ms|s|m|h)");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The job file.")
  Path file;

  @Mixin ResolveOptions resolve;

  @Mixin VerboseOption verbose;

  @Option(
      names = "--project",
      paramLabel = "PROJECT",
      description = "Submit to this project instead of the file's project:.")
  String project;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description =
          "Submit to this region instead of the file's region: (lint rules check the"
              + " job for this region).")
  String region;

  @Option(
      names = "--endpoint",
      paramLabel = "HOST:PORT",
      description = "Call this endpoint instead of REGION-aiplatform.googleapis.com:443.")
  String endpoint;

  @Option(
      names = "--plaintext",
      description = "No TLS and no credentials: for local emulators and tests.")
  boolean plaintext;

  @Option(
      names = "--dry-run",
      description = "Print the endpoint, the parent and the JSON body; send nothing.")
  boolean dryRun;

  @Option(
      names = "--wait",
      description =
          "Wait until the job ends, showing its state; the exit code tells how it" + " ended.")
  boolean wait;

  @Option(
      names = "--poll-interval",
      paramLabel = "DURATION",
      defaultValue = "15s",
      description = "Time between state checks with --wait, e.g. 30s or 2m (default: 15s).")
  String pollInterval;

  @Option(
      names = "--wait-timeout",
      paramLabel = "DURATION",
      description = "Stop waiting after this long (exit 4; the job goes on), e.g. 6h.")
  String waitTimeout;

  /**
   * Hidden: for tests and emulators, where a silent endpoint must give up in seconds. Users get the
   * documented 60 s.
   */
  @Option(
      names = "--contact-timeout",
      paramLabel = "DURATION",
      hidden = true,
      description = "Give up on an unanswering Vertex AI after this long (default: 60s).")
  String contactTimeout;

  @Option(
      names = "--request-id",
      paramLabel = "ID",
      description = "The value of the job's " + RequestLabel.KEY + " label (default: random).")
  String requestId;

  @Option(
      names = "--display-name",
      paramLabel = "NAME",
      description = "Set the job's displayName (needed for a bare CustomJobSpec).")
  String displayName;

  private SubmitEnvironment environment = SubmitEnvironment.system();

  /** Replaces credentials, clock, sleeping and terminal detection; for tests and embedders. */
  public void useEnvironment(SubmitEnvironment env) {
    this.environment = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Duration poll = duration("--poll-interval", pollInterval);
    Optional<Duration> timeout =
        Optional.ofNullable(waitTimeout).map(t -> duration("--wait-timeout", t));
    Optional<Duration> contact =
        Optional.ofNullable(contactTimeout).map(t -> duration("--contact-timeout", t));
    if (contact.filter(Duration::isZero).isPresent()) {
      throw new UsageError("--contact-timeout must be more than 0");
    }
    if (poll.isZero()) {
      throw new UsageError("--poll-interval must be more than 0");
    }
    if (plaintext && endpoint == null) {
      // Never send a job, or anything, to Google's endpoint without TLS.
      throw new UsageError(
          "--plaintext needs --endpoint HOST:PORT (a local emulator or test" + " server)");
    }
    if (endpoint != null) {
      try {
        Target.checkEndpoint(endpoint);
      } catch (IllegalArgumentException e) {
        throw new UsageError(e.getMessage());
      }
    }
    if (requestId != null) {
      try {
        RequestLabel.check(requestId);
      } catch (IllegalArgumentException e) {
        throw new UsageError(e.getMessage());
      }
    }

    Engine pipeline = Engines.standard();
    ResolveRequest options = withTarget(resolve.toPipelineOptions(pipeline.loader()));
    Outcome<Engine.Compiled> result =
        pipeline.compile(file, options, Optional.ofNullable(displayName), false);
    TextRenderer text = new TextRenderer(pipeline::source, true);
    render(text, result.diagnostics(), err);
    if (result.value().isEmpty() || result.hasErrors()) {
      err.println("vjc: not submitted: the job file has errors");
      err.flush();
      return Math.max(ExitCodes.FINDINGS, ExitCodes.of(result.diagnostics(), Severity.ERROR));
    }
    Engine.Compiled compiled = result.value().get();
    String p =
        scalar(compiled, "project")
            .orElseThrow(
                () ->
                    new UsageError(
                        "no project to submit to: "
                            + file
                            + " sets no project:; pass --project PROJECT_ID"));
    String r =
        scalar(compiled, "region")
            .orElseThrow(
                () ->
                    new UsageError(
                        "no region to submit to: "
                            + file
                            + " sets no region:; pass --region REGION"));
    Target target;
    try {
      target = new Target(p, r, endpoint != null ? endpoint : Target.defaultEndpoint(r), plaintext);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    String id = requestId != null ? requestId : environment.requestIds().get();
    CustomJob job = RequestLabel.label(compiled.job(), id);

    if (dryRun) {
      out.println(
          "endpoint: "
              + target.endpoint()
              + (target.plaintext()
                  ? " (plaintext, no credentials)"
                  : " (TLS, Application Default Credentials)"));
      out.println("call: google.cloud.aiplatform.v1.JobService/CreateCustomJob");
      out.println("parent: " + target.parent());
      out.print(Emitter.json(job));
      out.flush();
      err.println("vjc: dry run: nothing was sent");
      err.flush();
      return ExitCodes.OK;
    }

    JobServiceClient client;
    try {
      client = JobServices.connect(target, environment.credentials());
    } catch (IOException e) {
      err.println("vjc: not submitted: no credentials to call Vertex AI with");
      String keyFile = System.getenv("GOOGLE_APPLICATION_CREDENTIALS");
      err.println(
          keyFile == null || keyFile.isBlank()
              ? "   = Application Default Credentials were not found"
              : "   = GOOGLE_APPLICATION_CREDENTIALS names "
                  + keyFile
                  + ", which could not be used");
      err.println(
          "   = hint: Run gcloud auth application-default login, or set"
              + " GOOGLE_APPLICATION_CREDENTIALS to a service-account key file.");
      err.flush();
      return ExitCodes.USAGE;
    }
    try {
      Submission submission =
          new Submission(
              client,
              target,
              environment,
              out,
              err,
              ds -> render(text, ds, err),
              Optional.of(compiled.resolved().job()),
              file);
      Submission.Options run = new Submission.Options(wait, poll, timeout);
      return submission.run(
          job, id, contact.map(c -> new Submission.Options(wait, poll, timeout, c)).orElse(run));
    } finally {
      // Every call has ended or was cancelled by now; nothing in flight is worth waiting for.
      client.shutdownNow();
      try {
        client.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      client.close();
    }
  }

  /** {@code --project} and {@code --region} as overrides, so lint checks the real target. */
  private ResolveRequest withTarget(ResolveRequest options) {
    List<Assignment> sets = new ArrayList<>(options.sets());
    Origin at = Origin.of(Assignment.COMMAND_LINE, 1, 1);
    if (project != null) {
      sets.add(new Assignment("project", ScalarNode.string(project, at)));
    }
    if (region != null) {
      sets.add(new Assignment("region", ScalarNode.string(region, at)));
    }
    return new ResolveRequest(
        options.environment(), List.of(), options.vars(), sets, options.processEnv());
  }

  private static Optional<String> scalar(Engine.Compiled compiled, String key) {
    return compiled
        .resolved()
        .job()
        .getScalar(key)
        .filter(s -> s.type() != ScalarNode.Type.NULL)
        .map(ScalarNode::text)
        .filter(s -> !s.isBlank());
  }

  private static void render(TextRenderer text, List<Diagnostic> ds, PrintWriter err) {
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : ds) {
      text.render(d, b);
    }
    err.print(b);
    err.flush();
  }

  private static Duration duration(String flag, String value) {
    Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UsageError(
          flag + " must be a number with ms, s, m or h, e.g. 30s: '" + value + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }
}
