package vjc.lint.policy;

import java.util.Optional;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Reporter;
import vjc.load.Node;

/**
 * The job runs inside the organisation's network: {@code jobSpec.network} (VPC peering) or {@code
 * jobSpec.pscInterfaceConfig} (a Private Service Connect interface, the other private option).
 */
public final class RequireNetwork implements BuiltInPolicy {

  @Override
  public String key() {
    return "requireNetwork";
  }

  @Override
  public String summary() {
    return "when true, jobSpec.network (or jobSpec.pscInterfaceConfig) must be set";
  }

  @Override
  public String example() {
    return "true";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    return params.flag(value).filter(on -> on).map(on -> RequireNetwork::check);
  }

  private static void check(LintContext job, Reporter reporter) {
    boolean peered =
        Nodes.string(job.root(), "jobSpec", "network")
            .filter(v -> !v.value().isBlank())
            .isPresent();
    boolean psc = Nodes.map(job.root(), "jobSpec", "pscInterfaceConfig").isPresent();
    if (!peered && !psc) {
      reporter.report(
          Places.nearest(job, "jobSpec", "network"),
          "jobSpec.network is not set; the policy requires the job to run in a VPC network",
          "Set jobSpec.network to projects/PROJECT_NUMBER/global/networks/NETWORK, or configure"
              + " jobSpec.pscInterfaceConfig.");
    }
  }
}
