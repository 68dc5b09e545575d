package vjc.lint.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;

/** Cloud Storage fields of the job must hold gs:// URIs with a valid bucket name. */
public final class GcsUri implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "gcs-uri",
          Severity.ERROR,
          "cloud storage fields must be gs:// URIs with a valid bucket name");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  // CustomJob v1 has one Cloud Storage field of its own: CustomJobSpec.baseOutputDirectory, a
  // GcsDestination. pythonPackageSpec.packageUris is the other, and python-package checks it
  // with check() below.

  @Override
  public void check(LintContext context, Reporter reporter) {
    Optional<Value<String>> prefix =
        Nodes.string(context.root(), "jobSpec", "baseOutputDirectory", "outputUriPrefix");
    if (prefix.isEmpty()) {
      return;
    }
    String uri = prefix.get().value();
    check(uri, false)
        .ifPresent(
            p ->
                reporter.report(
                    prefix.get().origin(),
                    "outputUriPrefix '" + uri + "' " + p.problem(),
                    p.hint()));
  }

  /**
   * What is wrong with a Cloud Storage URI, for a message that starts with the field and its quoted
   * value.
   *
   * @param problem the rest of the message, e.g. {@code is not a gs:// URI}
   * @param hint a full sentence that says how to fix it
   */
  record Problem(String problem, String hint) {}

  private static final Pattern GS = Pattern.compile("gs://([^/]*)(?:/(.*))?", Pattern.DOTALL);
  private static final Pattern FUSE = Pattern.compile("/gcs/([^/]+)(?:/(.*))?", Pattern.DOTALL);
  private static final Pattern HTTP =
      Pattern.compile("https?://storage\\.(?:googleapis|cloud\\.google)\\.com/([^/?#]+)/?([^?#]*)");
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://.*");
  // Cloud Storage naming: lowercase letters, digits, dashes, underscores and dots, starting and
  // ending with a letter or digit; 3-63 characters, or up to 222 with dots if each dot-separated
  // part has at most 63 (https://cloud.google.com/storage/docs/buckets#naming).
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9._-]*[a-z0-9]");
  private static final Pattern WORD_PLACEHOLDER =
      Pattern.compile("(?i)todo|tbd|fixme|xxx+|changeme|change[_-]me|placeholder|none|null|n/a");
  private static final Pattern UPPER_NAME = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

  /**
   * Checks one Cloud Storage URI.
   *
   * @param uri the value as written
   * @param needsObject true when the URI must name an object (a package file), not a prefix
   * @return the problem, or empty when the URI is fine
   */
  static Optional<Problem> check(String uri, boolean needsObject) {
    String example = needsObject ? "gs://my-bucket/dist/trainer-0.1.tar.gz" : "gs://my-bucket/out";
    if (isUnresolved(uri)) {
      return Optional.empty();
    }
    if (uri.isBlank()) {
      return Optional.of(
          new Problem(
              "is empty, not a Cloud Storage URI", "Write a gs:// URI, e.g. " + example + "."));
    }
    if (isPlaceholder(uri)) {
      return Optional.of(
          new Problem(
              (uri.startsWith("$") ? "is an unexpanded shell variable" : "is a placeholder")
                  + ", not a Cloud Storage URI",
              "Replace it with a gs:// URI, e.g. "
                  + example
                  + ", or set it with a vjc variable (${name} and --var)."));
    }
    Matcher gs = GS.matcher(uri);
    if (!gs.matches()) {
      return Optional.of(notGs(uri, needsObject, example));
    }
    String bucket = gs.group(1);
    String object = gs.group(2) == null ? "" : gs.group(2);
    if (!isBucketName(bucket)) {
      return Optional.of(bucketProblem(bucket, example));
    }
    if (needsObject && (object.isEmpty() || object.endsWith("/"))) {
      return Optional.of(
          new Problem(
              "names a folder, not a package file",
              "Write the URI of the package itself, e.g. " + example + "."));
    }
    return Optional.empty();
  }

  /** What a URI without gs:// is, with the gs:// form when it can be derived. */
  private static Problem notGs(String uri, boolean needsObject, String example) {
    Matcher fuse = FUSE.matcher(uri);
    if (fuse.matches()) {
      String gs = "gs://" + fuse.group(1) + (fuse.group(2) == null ? "" : "/" + fuse.group(2));
      return new Problem(
          "is a Cloud Storage FUSE path; the API takes a gs:// URI",
          "Write " + gs + " (Vertex AI mounts it at /gcs/ inside the container).");
    }
    Matcher http = HTTP.matcher(uri);
    if (http.matches()) {
      String gs = "gs://" + http.group(1) + (http.group(2).isEmpty() ? "" : "/" + http.group(2));
      return new Problem("is an HTTPS URL; the API takes a gs:// URI", "Write " + gs + ".");
    }
    Matcher scheme = SCHEME.matcher(uri);
    if (scheme.matches()) {
      return new Problem(
          "uses the " + scheme.group(1) + ":// scheme; the API takes a gs:// URI",
          "Copy the data to Cloud Storage and write its gs:// URI, e.g. " + example + ".");
    }
    // my-bucket/out is most likely a prefix that lost its scheme; dist/x.tar.gz a local file.
    int slash = uri.indexOf('/');
    String first = slash < 0 ? uri : uri.substring(0, slash);
    if (!needsObject && isBucketName(first)) {
      return new Problem("has no gs:// scheme", "Write gs://" + uri + ".");
    }
    return new Problem(
        "is a local path, not a Cloud Storage URI",
        needsObject
            ? "Upload the package (gcloud storage cp) and write its gs:// URI, e.g. "
                + example
                + "."
            : "Write a gs:// URI, e.g. " + example + ".");
  }

  private static Problem bucketProblem(String bucket, String example) {
    if (bucket.isEmpty()) {
      return new Problem("has no bucket name", "Write gs://BUCKET/..., e.g. " + example + ".");
    }
    if (isPlaceholder(bucket)) {
      return new Problem(
          "has a placeholder '" + bucket + "' for its bucket",
          "Replace it with the bucket's name, or set it with a vjc variable (${name} and --var).");
    }
    String why;
    if (!bucket.equals(bucket.toLowerCase(Locale.ROOT))) {
      why = "it has upper-case letters";
    } else if (bucket.length() < 3) {
      why = "it is shorter than 3 characters";
    } else if (bucket.length() > 222 || (bucket.indexOf('.') < 0 && bucket.length() > 63)) {
      why = "it is longer than 63 characters (222 with dots)";
    } else if (!bucket.matches("[a-z0-9._-]+")) {
      why = "it may contain only lower-case letters, digits, '-', '_' and '.'";
    } else if (!BUCKET.matcher(bucket).matches()) {
      why = "it must start and end with a letter or digit";
    } else {
      why = "a dot-separated part is longer than 63 characters";
    }
    return new Problem(
        "has an invalid bucket name '" + bucket + "': " + why,
        "Use the name of an existing bucket; bucket names are 3 to 63 lower-case letters, digits,"
            + " '-', '_' or '.' and start and end with a letter or digit.");
  }

  /** Whether {@code name} is a valid Cloud Storage bucket name. */
  static boolean isBucketName(String name) {
    if (name.length() < 3 || name.length() > 222 || !BUCKET.matcher(name).matches()) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (part.length() > 63) {
        return false;
      }
    }
    return name.indexOf('.') >= 0 || name.length() <= 63;
  }

  /**
   * Whether a value still holds a vjc {@code ${...}} reference: the template stage has reported the
   * undefined variable at this very spot, and a rule should not report it again.
   */
  static boolean isUnresolved(String value) {
    return value.contains("${");
  }

  /**
   * Whether a value is an unfilled placeholder rather than data: TODO-like words, ALL_CAPS names
   * (PROJECT_ID), and the marks of shell, Python or documentation templates ($1, $VAR, {VAR},
   * &lt;bucket&gt;) that vjc's own templating does not expand.
   */
  static boolean isPlaceholder(String value) {
    String v = value.strip();
    return WORD_PLACEHOLDER.matcher(v).matches()
        || UPPER_NAME.matcher(v).matches()
        || v.startsWith("$")
        || (v.startsWith("{") && v.endsWith("}"))
        || (v.startsWith("<") && v.endsWith(">"));
  }
}
