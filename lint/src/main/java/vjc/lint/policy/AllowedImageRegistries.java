package vjc.lint.policy;

import java.util.List;
import java.util.Optional;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Value;
import vjc.load.Node;

/**
 * Container images come only from vetted registries: every {@code containerSpec.imageUri} and
 * {@code pythonPackageSpec.executorImageUri} starts with one of the listed prefixes.
 */
public final class AllowedImageRegistries implements BuiltInPolicy {

  @Override
  public String key() {
    return "allowedImageRegistries";
  }

  @Override
  public String summary() {
    return "every container and executor image must start with one of these prefixes";
  }

  @Override
  public String example() {
    return "[europe-docker.pkg.dev/acme/, us-docker.pkg.dev/vertex-ai/]";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    return params
        .strings(value, "registry prefixes", example())
        .map(values -> values.stream().map(Value::value).toList())
        .map(prefixes -> (job, reporter) -> check(job, prefixes, reporter));
  }

  /**
   * True when {@code image} starts with {@code prefix} at a path boundary: {@code
   * us-docker.pkg.dev/acme} allows {@code us-docker.pkg.dev/acme/x:1} but not {@code
   * us-docker.pkg.dev/acme-evil/x:1}, which a plain string prefix would let through.
   */
  static boolean isUnder(String image, String prefix) {
    if (!image.startsWith(prefix)) {
      return false;
    }
    if (image.length() == prefix.length() || prefix.endsWith("/")) {
      return true;
    }
    char next = image.charAt(prefix.length());
    return next == '/' || next == ':' || next == '@';
  }

  private static void check(LintContext job, List<String> prefixes, Reporter reporter) {
    for (Pool pool : job.activePools()) {
      check(pool, Nodes.string(pool.node(), "containerSpec", "imageUri"), prefixes, reporter);
      check(
          pool,
          Nodes.string(pool.node(), "pythonPackageSpec", "executorImageUri"),
          prefixes,
          reporter);
    }
  }

  private static void check(
      Pool pool, Optional<Value<String>> image, List<String> prefixes, Reporter reporter) {
    if (image.isEmpty() || prefixes.stream().anyMatch(p -> isUnder(image.get().value(), p))) {
      return;
    }
    reporter.report(
        image.get().origin(),
        "image "
            + image.get().value()
            + " in worker pool "
            + pool.index()
            + " is not from an allowed registry; allowed: "
            + String.join(", ", prefixes),
        "Push the image to an allowed registry and use that URI, or change"
            + " allowedImageRegistries in .vjc.yaml.");
  }
}
