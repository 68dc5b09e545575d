package vjc.lint.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Images;

/** Container images should carry a version tag or a digest, not :latest or nothing. */
public final class ImagePinned implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "image-pinned",
          Severity.WARNING,
          "container images should be pinned to a version tag or a digest");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  // Characters that never occur in an image reference: a value holding one is a shell, Python or
  // documentation placeholder that vjc did not expand, and other rules speak about it.
  private static final Pattern NOT_AN_IMAGE = Pattern.compile(".*[\\s${}<>\"'].*");

  @Override
  public void check(LintContext context, Reporter reporter) {
    Images images = context.catalog().images();
    for (Pool pool : context.pools()) {
      Optional<Value<String>> image = pool.imageUri();
      if (image.isEmpty()) {
        continue;
      }
      String uri = image.get().value();
      // Google publishes the Reduction Server and prebuilt training images only as :latest.
      // A digest (@sha256:...) pins the image whatever its tag says.
      if (uri.isEmpty()
          || NOT_AN_IMAGE.matcher(uri).matches()
          || isBareWord(uri)
          || uri.indexOf('@') >= 0
          || images.isReductionServer(uri)
          || images.isPrebuiltTraining(uri)) {
        continue;
      }
      String last = uri.substring(uri.lastIndexOf('/') + 1);
      int colon = last.indexOf(':');
      if (colon < 0) {
        reporter.report(
            image.get().origin(),
            "image '" + uri + "' has no tag or digest, so each run pulls whatever :latest is then",
            pinHint(uri));
      } else if (last.substring(colon + 1).equals("latest")) {
        String base = uri.substring(0, uri.length() - ":latest".length());
        reporter.report(
            image.get().origin(),
            "image '" + uri + "' uses the :latest tag, so reruns may get another image",
            pinHint(base));
      }
    }
  }

  private static String pinHint(String image) {
    return "Pin the image to a version tag ("
        + image
        + ":1.0.0) or a digest ("
        + image
        + "@sha256:...), so that runs are reproducible.";
  }

  /** An ALL_CAPS word like TRAIN_IMAGE_PLACEHOLDER is a placeholder, not a Docker Hub image. */
  private static boolean isBareWord(String uri) {
    return uri.indexOf('/') < 0 && !uri.equals(uri.toLowerCase(Locale.ROOT));
  }
}
