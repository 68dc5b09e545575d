package vjc.lint.policy;

import java.util.Optional;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Reporter;
import vjc.load.Node;

/**
 * The job names the service account it runs as, instead of running as the project's Vertex AI
 * Custom Code Service Agent, which usually has more access than one job needs.
 */
public final class RequireServiceAccount implements BuiltInPolicy {

  @Override
  public String key() {
    return "requireServiceAccount";
  }

  @Override
  public String summary() {
    return "when true, jobSpec.serviceAccount must be set";
  }

  @Override
  public String example() {
    return "true";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    return params.flag(value).filter(on -> on).map(on -> RequireServiceAccount::check);
  }

  private static void check(LintContext job, Reporter reporter) {
    boolean set =
        Nodes.string(job.root(), "jobSpec", "serviceAccount")
            .filter(v -> !v.value().isBlank())
            .isPresent();
    if (!set) {
      reporter.report(
          Places.nearest(job, "jobSpec", "serviceAccount"),
          "jobSpec.serviceAccount is not set; the policy requires every job to name its service"
              + " account",
          "Set jobSpec.serviceAccount to the email of the service account the job runs as.");
    }
  }
}
