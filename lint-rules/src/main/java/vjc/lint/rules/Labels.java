package vjc.lint.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Limits;
import vjc.load.MapNode;

/** Label keys and values must follow Google Cloud's label rules. */
public final class Labels implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "labels",
          Severity.ERROR,
          "labels must follow Google Cloud's rules for count, length and characters");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String CHARSET =
      "lowercase letters, digits, underscores and dashes (international letters are allowed)";

  @Override
  public void check(LintContext context, Reporter reporter) {
    Optional<MapNode> labels = Nodes.map(context.root(), "labels");
    if (labels.isEmpty()) {
      return;
    }
    Limits.Labels rules = context.catalog().limits().labels();
    // The rules the catalog marks uncertain (the GCP-wide 63-character, 64-label and
    // first-letter rules, which no Vertex page confirms) are warnings; the proto's are errors.
    Severity doubtful = rules.uncertain().isPresent() ? Severity.WARNING : Severity.ERROR;
    checkCount(labels.get(), rules, doubtful, reporter);
    for (MapNode.Field field : labels.get().fields()) {
      checkKey(field.key(), field.keyOrigin(), rules, doubtful, reporter);
      Nodes.string(labels.get(), field.key())
          .ifPresent(value -> checkValue(field.key(), value, rules, doubtful, reporter));
    }
  }

  private static void checkCount(
      MapNode labels, Limits.Labels rules, Severity doubtful, Reporter reporter) {
    int count = labels.fields().size();
    if (count <= rules.maxCount()) {
      return;
    }
    MapNode.Field first = labels.fields().get(rules.maxCount());
    reporter.report(
        doubtful,
        first.keyOrigin(),
        "the job has "
            + count
            + " labels; Google Cloud allows at most "
            + rules.maxCount()
            + " per resource",
        "Remove "
            + (count - rules.maxCount())
            + " labels; this one is number "
            + (rules.maxCount() + 1)
            + ".");
  }

  private static void checkKey(
      String key, Origin at, Limits.Labels rules, Severity doubtful, Reporter reporter) {
    int length = key.codePointCount(0, key.length());
    if (length == 0) {
      reporter.report(
          at,
          "a label key is empty",
          "Give the label a key of 1 to " + rules.keyMaxLength() + " characters.");
      return;
    }
    // The value pattern is the proto's character set; the key pattern adds the first letter.
    if (!rules.valuePattern().matcher(key).matches()) {
      String lower = key.toLowerCase(Locale.ROOT);
      checkCharacters(
          "label key '" + key + "'",
          key,
          at,
          rules,
          doubtful,
          rules.isValidKey(lower)
              ? "Write the key in lower case: " + lower + "."
              : "Rewrite the key with " + CHARSET + ".",
          reporter);
    } else if (!rules.keyPattern().matcher(key).matches()) {
      reporter.report(
          doubtful,
          at,
          "label key '"
              + key
              + "' starts with '"
              + first(key)
              + "'; Google Cloud label keys"
              + " start with a lowercase letter",
          "Start the key with a lowercase letter.");
    }
    checkLength("label key", length, at, rules.keyMaxLength(), rules, doubtful, reporter);
  }

  private static void checkValue(
      String key, Value<String> value, Limits.Labels rules, Severity doubtful, Reporter reporter) {
    String text = value.value();
    // An undefined variable stays as written; the template stage has already reported it.
    if (text.contains("${")) {
      return;
    }
    if (!rules.valuePattern().matcher(text).matches()) {
      String lower = text.toLowerCase(Locale.ROOT);
      checkCharacters(
          "the value of label " + key + " ('" + text + "')",
          text,
          value.origin(),
          rules,
          doubtful,
          rules.valuePattern().matcher(lower).matches()
              ? "Write the value in lower case: " + lower + "."
              : "Rewrite the value with " + CHARSET + ".",
          reporter);
    }
    int length = text.codePointCount(0, text.length());
    checkLength(
        "the value of label " + key,
        length,
        value.origin(),
        rules.valueMaxLength(),
        rules,
        doubtful,
        reporter);
  }

  /**
   * Reports the characters of {@code text} outside the catalog's label character set. ASCII
   * punctuation and capital letters are surely wrong (the proto allows only lowercase letters,
   * digits, underscores and dashes); other non-ASCII characters may be "international characters",
   * which the proto allows but the catalog's pattern may not cover (such as Japanese ー), so those
   * are reported at the doubtful severity.
   */
  private static void checkCharacters(
      String what,
      String text,
      Origin at,
      Limits.Labels rules,
      Severity doubtful,
      String hint,
      Reporter reporter) {
    Set<String> bad = new LinkedHashSet<>();
    boolean sure = false;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      String one = new String(Character.toChars(c));
      if (!rules.valuePattern().matcher(one).matches()) {
        boolean capital = Character.isUpperCase(c) || Character.isTitleCase(c);
        bad.add((capital ? "upper-case '" : "'") + one + "'");
        sure |= c < 0x80 || capital;
      }
    }
    if (sure) {
      reporter.report(
          at,
          what
              + " has "
              + String.join(", ", bad)
              + ", which labels may not use; allowed are "
              + CHARSET,
          hint);
    } else {
      reporter.report(
          doubtful,
          at,
          what
              + " has "
              + String.join(", ", bad)
              + ", which the catalog's label pattern does not"
              + " list; the API allows international characters, so it may be accepted",
          "Check the label in the console, or use " + CHARSET + ".");
    }
  }

  /** Beyond the proto's limit is surely wrong; between the GCP limit and the proto's, unsure. */
  private static void checkLength(
      String what,
      int length,
      Origin at,
      int documented,
      Limits.Labels rules,
      Severity doubtful,
      Reporter reporter) {
    if (length <= documented) {
      return;
    }
    String hint = "Shorten it to " + documented + " characters or fewer.";
    if (length > rules.protoMaxLength()) {
      reporter.report(
          at,
          what
              + " is "
              + length
              + " characters long; the CustomJob API allows at most "
              + rules.protoMaxLength(),
          hint);
    } else {
      reporter.report(
          doubtful,
          at,
          what
              + " is "
              + length
              + " characters long; Google Cloud's label rules allow "
              + documented
              + ", though the CustomJob API states "
              + rules.protoMaxLength(),
          hint);
    }
  }

  private static String first(String text) {
    return new String(Character.toChars(text.codePointAt(0)));
  }
}
