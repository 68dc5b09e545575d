package vjc.submit;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.ErrorDetails;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.rpc.BadRequest;
import com.google.rpc.QuotaFailure;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.engine.ExitCodes;
import vjc.load.MapNode;

/**
 * Turns a failed call to Vertex AI into what a person can act on: which permission is missing and
 * on what, which field of the file the server rejects (at its line), which quota ran out and where
 * to ask for more. Server text is shown too, with anything token-like removed.
 */
final class ApiErrors {

  /** The call that failed; the permission it needs differs. */
  enum Call {
    CREATE("creating a custom job", "aiplatform.customJobs.create"),
    GET("watching the job", "aiplatform.customJobs.get"),
    LIST("looking for the job", "aiplatform.customJobs.list");

    final String doing;
    final String permission;

    Call(String doing, String permission) {
      this.doing = doing;
      this.permission = permission;
    }
  }

  /**
   * A failure explained.
   *
   * @param headline one line: what happened, with the status code
   * @param notes lines of detail
   * @param hint what to do, one sentence, or empty
   * @param fieldErrors the server's complaints about fields, at their places in the file
   * @param exitCode the exit code it leads to
   */
  record Explanation(
      String headline,
      List<String> notes,
      Optional<String> hint,
      List<Diagnostic> fieldErrors,
      int exitCode) {}

  /** {@code List of found errors: 1.Field: a.b[0].c; Message: text. 2.Field: ...}. */
  private static final Pattern FOUND_ERROR =
      Pattern.compile(
          "(\\d+)\\.Field: ([^;]+); Message: (.*?)(?=\\s*\\d+\\.Field: |$)", Pattern.DOTALL);

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,200})\"");
  private static final Pattern METRIC =
      Pattern.compile("aiplatform\\.googleapis\\.com/([a-z0-9_]+)");
  private static final Pattern GPUS =
      Pattern.compile("custom_model_training_(preemptible_)?nvidia_([a-z0-9_]+)_gpus");

  private ApiErrors() {}

  /** The server's own words for {@code e}, scrubbed. */
  static String serverMessage(ApiException e) {
    String description = Status.fromThrowable(e).getDescription();
    if (description == null || description.isBlank()) {
      description = e.getMessage();
    }
    // One line: servers separate list items with tabs and newlines.
    String text = description == null ? "" : description.strip();
    return Redaction.scrub(text).replaceAll("\\s+", " ");
  }

  static Explanation explain(
      ApiException e, Call call, Target target, CustomJob job, Optional<MapNode> tree, Path file) {
    StatusCode.Code code = e.getStatusCode().getCode();
    String server = serverMessage(e);
    List<String> notes = new ArrayList<>();
    Optional<String> hint = Optional.empty();
    List<Diagnostic> fields = List.of();
    String headline;
    switch (code) {
      case PERMISSION_DENIED -> {
        headline = "permission denied in project " + target.project();
        if (isServiceDisabled(e, server)) {
          notes.add(
              "the Vertex AI API (aiplatform.googleapis.com) is not enabled in project "
                  + target.project());
          hint =
              Optional.of(
                  "Enable it with: gcloud services enable aiplatform.googleapis.com"
                      + " --project "
                      + target.project()
                      + ".");
        } else {
          String sa = job.getJobSpec().getServiceAccount();
          boolean actAs =
              server.toLowerCase(Locale.ROOT).contains("act as") || server.contains("actAs");
          if (!(actAs && call == Call.CREATE)) {
            notes.add(
                call.doing
                    + " needs the IAM permission "
                    + call.permission
                    + " on project "
                    + target.project()
                    + " (the role roles/aiplatform.user has it)");
          }
          if (call == Call.CREATE && !sa.isEmpty()) {
            notes.add(
                "the job runs as "
                    + sa
                    + ", so the caller also needs"
                    + " iam.serviceAccounts.actAs on that service account (the role"
                    + " roles/iam.serviceAccountUser has it)");
          }
          hint =
              Optional.of(
                  "Check which account Application Default Credentials use (gcloud auth"
                      + " application-default login switches it), then ask an owner of project "
                      + target.project()
                      + " to grant what is missing.");
        }
      }
      case INVALID_ARGUMENT -> {
        headline = "Vertex AI rejected the job";
        fields = fieldErrors(e, server, tree, file);
      }
      case RESOURCE_EXHAUSTED -> {
        headline = "quota exceeded in project " + target.project() + ", region " + target.region();
        Set<String> metrics = new LinkedHashSet<>();
        Matcher m = METRIC.matcher(server);
        while (m.find()) {
          metrics.add(m.group(1));
        }
        ErrorDetails details = e.getErrorDetails();
        if (details != null && details.getQuotaFailure() != null) {
          for (QuotaFailure.Violation v : details.getQuotaFailure().getViolationsList()) {
            Matcher vm = METRIC.matcher(v.getSubject() + " " + v.getDescription());
            while (vm.find()) {
              metrics.add(vm.group(1));
            }
          }
        }
        for (String metric : metrics) {
          notes.add(
              "the quota aiplatform.googleapis.com/"
                  + metric
                  + " ("
                  + describe(metric)
                  + " in "
                  + target.region()
                  + ") is smaller than this job asks for");
        }
        if (metrics.isEmpty()) {
          notes.add(
              "Vertex AI names no quota metric: this may be a limit on requests per"
                  + " minute; wait a minute and submit again");
        }
        hint =
            Optional.of(
                "See the quotas and request more at"
                    + " https://console.cloud.google.com/iam-admin/quotas?project="
                    + target.project()
                    + " (filter by the metric and region "
                    + target.region()
                    + "), or ask for fewer"
                    + " or other accelerators, or another region.");
      }
      case UNAUTHENTICATED -> {
        headline = "Vertex AI did not accept the credentials";
        hint =
            Optional.of(
                "Refresh Application Default Credentials with gcloud auth"
                    + " application-default login, or point GOOGLE_APPLICATION_CREDENTIALS at a"
                    + " service-account key file.");
      }
      case NOT_FOUND -> {
        headline = "not found: " + (call == Call.CREATE ? target.parent() : "the job");
        hint =
            Optional.of(
                "Check --project and --region: the project must exist and use"
                    + " Vertex AI in that region.");
      }
      case UNAVAILABLE -> headline = "could not reach Vertex AI at " + target.endpoint();
      case DEADLINE_EXCEEDED ->
          headline = "Vertex AI at " + target.endpoint() + " did not answer in time";
      default -> headline = "Vertex AI refused the request";
    }
    if (!server.isEmpty() && fields.isEmpty()) {
      notes.add("server: " + server);
    }
    return new Explanation(headline + " (" + code + ")", notes, hint, fields, ExitCodes.FINDINGS);
  }

  private static boolean isServiceDisabled(ApiException e, String server) {
    ErrorDetails details = e.getErrorDetails();
    if (details != null
        && details.getErrorInfo() != null
        && details.getErrorInfo().getReason().equals("SERVICE_DISABLED")) {
      return true;
    }
    return server.contains("SERVICE_DISABLED")
        || server.contains("has not been used in project")
        || server.contains("it is disabled");
  }

  /**
   * The server's field errors as diagnostics at the fields' places: from {@code BadRequest}
   * details, from the {@code List of found errors} text, or, failing both, at the value the message
   * quotes.
   */
  private static List<Diagnostic> fieldErrors(
      ApiException e, String server, Optional<MapNode> tree, Path file) {
    List<String[]> found = new ArrayList<>();
    ErrorDetails details = e.getErrorDetails();
    if (details != null && details.getBadRequest() != null) {
      for (BadRequest.FieldViolation v : details.getBadRequest().getFieldViolationsList()) {
        found.add(new String[] {v.getField(), Redaction.scrub(v.getDescription())});
      }
    }
    if (found.isEmpty()) {
      Matcher m = FOUND_ERROR.matcher(server);
      while (m.find()) {
        found.add(new String[] {m.group(2).strip(), m.group(3).strip()});
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (String[] f : found) {
      String path = FieldLocator.camelPath(f[0]);
      Origin at = tree.flatMap(t -> FieldLocator.locate(t, f[0])).orElse(Origin.startOf(file));
      out.add(
          Diagnostic.error(
              "server/invalid-argument", at, "Vertex AI rejects " + path + ": " + sentence(f[1])));
    }
    if (out.isEmpty() && !server.isEmpty()) {
      List<String> quoted = new ArrayList<>();
      Matcher q = QUOTED.matcher(server);
      while (q.find()) {
        quoted.add(q.group(1));
      }
      Optional<Origin> at = tree.flatMap(t -> FieldLocator.findValue(t, quoted));
      if (at.isPresent()) {
        out.add(
            Diagnostic.error(
                "server/invalid-argument",
                at.get(),
                "Vertex AI rejects this value: " + sentence(server)));
      }
    }
    return out;
  }

  /** Server text as a diagnostic message: no trailing period. */
  private static String sentence(String text) {
    String s = text.strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s.isEmpty() ? "(no message)" : s;
  }

  /** {@code custom_model_training_nvidia_l4_gpus} in words. */
  static String describe(String metric) {
    Matcher g = GPUS.matcher(metric);
    if (g.matches()) {
      String gpu = g.group(2).toUpperCase(Locale.ROOT).replace('_', ' ');
      return (g.group(1) != null ? "Spot and Flex-start (preemptible) " : "")
          + "NVIDIA "
          + gpu
          + " GPUs for custom training";
    }
    if (metric.equals("custom_model_training_cpus")) {
      return "vCPUs for custom training";
    }
    if (metric.startsWith("custom_model_training_preemptible_")) {
      return "Spot and Flex-start (preemptible) "
          + metric.substring("custom_model_training_preemptible_".length()).replace('_', ' ')
          + " for custom training";
    }
    if (metric.startsWith("custom_model_training_")) {
      return metric
              .substring("custom_model_training_".length())
              .replace('_', ' ')
              .toUpperCase(Locale.ROOT)
          + " for custom training";
    }
    return metric.replace('_', ' ');
  }
}
