package vjc.lint.rules;

import java.util.Optional;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Limits;

/** A CustomJob needs a display name of 1 to 128 characters. */
public final class DisplayName implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "display-name", Severity.ERROR, "the job needs a display name of at most 128 characters");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    Limits.Range limit = context.catalog().limits().displayNameLength();
    // A key whose value has the wrong type is present; the schema reports the type.
    if (!context.root().has("displayName")) {
      // A bare CustomJobSpec gets its name from the command line (gcloud or vjc --display-name).
      if (!context.job().document().form().isSpecOnly()) {
        reporter.report(
            context.root().origin(),
            "the job has no displayName; Vertex AI requires one",
            "Add displayName: with a name of "
                + limit.min()
                + " to "
                + limit.max()
                + " characters.");
      }
      return;
    }
    Optional<Value<String>> name = Nodes.string(context.root(), "displayName");
    if (name.isEmpty()) {
      return;
    }
    String text = name.get().value();
    int length = text.codePointCount(0, text.length());
    if (length < limit.min()) {
      reporter.report(
          name.get().origin(),
          "displayName is empty; Vertex AI requires a name",
          "Give the job a name of " + limit.min() + " to " + limit.max() + " characters.");
    } else if (text.isBlank()) {
      // gcloud refuses only the empty name and the API's rule is "any UTF-8 characters", so a
      // name of spaces may be accepted; it is still surely a mistake, such as an empty variable.
      reporter.report(
          Severity.WARNING,
          name.get().origin(),
          "displayName is only whitespace, so the job is nameless in the console",
          "Give the job a visible name of up to " + limit.max() + " characters.");
    } else if (length > limit.max()) {
      reporter.report(
          limit.uncertain().isPresent() ? Severity.WARNING : Severity.ERROR,
          name.get().origin(),
          "displayName is " + length + " characters long; Vertex AI allows at most " + limit.max(),
          "Shorten displayName to "
              + limit.max()
              + " characters or fewer; labels can carry"
              + " the details.");
    }
  }
}
