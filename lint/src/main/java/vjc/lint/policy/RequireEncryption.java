package vjc.lint.policy;

import java.util.Optional;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Reporter;
import vjc.load.Node;

/** The job is encrypted with a customer-managed key (CMEK): {@code encryptionSpec.kmsKeyName}. */
public final class RequireEncryption implements BuiltInPolicy {

  @Override
  public String key() {
    return "requireEncryption";
  }

  @Override
  public String summary() {
    return "when true, encryptionSpec.kmsKeyName (a customer-managed key) must be set";
  }

  @Override
  public String example() {
    return "true";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    return params.flag(value).filter(on -> on).map(on -> RequireEncryption::check);
  }

  private static void check(LintContext job, Reporter reporter) {
    boolean set =
        Nodes.string(job.root(), "encryptionSpec", "kmsKeyName")
            .filter(v -> !v.value().isBlank())
            .isPresent();
    if (!set) {
      reporter.report(
          Places.nearest(job, "encryptionSpec", "kmsKeyName"),
          "encryptionSpec.kmsKeyName is not set; the policy requires a customer-managed"
              + " encryption key (CMEK)",
          "Set encryptionSpec.kmsKeyName to projects/P/locations/REGION/keyRings/R/cryptoKeys/K,"
              + " a key in the job's region.");
    }
  }
}
