package vjc.lint.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vjc.diag.DidYouMean;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Catalog;
import vjc.lint.catalog.Limits;

/** A pool's boot disk must be a type and size that custom training offers. */
public final class BootDisk implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "boot-disk",
          Severity.ERROR,
          "each boot disk must be a training disk type within the allowed size");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    Limits.BootDisk limits = catalog.limits().bootDisk();
    for (Pool pool : context.activePools()) {
      Nodes.string(pool.node(), "diskSpec", "bootDiskType")
          .ifPresent(type -> checkType(catalog, limits, pool, type, reporter));
      Nodes.integer(pool.node(), "diskSpec", "bootDiskSizeGb")
          .ifPresent(size -> checkSize(limits, pool, size, reporter));
    }
    // Hyperdisk needs a machine that supports it, but the catalog lists no such machines; a rule
    // that guessed would flag valid jobs, so hyperdisk-balanced is not checked per machine.
  }

  private static void checkType(
      Catalog catalog, Limits.BootDisk limits, Pool pool, Value<String> type, Reporter reporter) {
    String value = type.value();
    // "" is protobuf's default, the same as leaving the field out.
    if (value.isEmpty() || limits.types().contains(value)) {
      return;
    }
    String allowed = orList(limits.types());
    String fix =
        "Use " + allowed + " (the default is " + catalog.defaultBootDiskType(machine(pool)) + ").";
    // The catalog names the disk types it doubts in its note; those get a warning, not an error.
    Optional<String> doubt = limits.uncertain().filter(note -> mentions(note, value));
    if (doubt.isPresent()) {
      reporter.report(
          Severity.WARNING,
          type.origin(),
          "boot disk type "
              + value
              + " is not one of the training disk types "
              + allowed
              + " (catalog as of "
              + catalog.asOf()
              + "); "
              + sentence(doubt.get()),
          fix);
      return;
    }
    Optional<String> near = DidYouMean.closest(value, limits.types());
    if (near.isPresent()) {
      reporter.report(
          type.origin(),
          "'" + value + "' is not a boot disk type; did you mean '" + near.get() + "'",
          "Set bootDiskType: " + near.get() + ".");
      return;
    }
    reporter.report(
        Severity.WARNING,
        type.origin(),
        "boot disk type "
            + value
            + " is not a training disk type in the catalog as of "
            + catalog.asOf()
            + ", which lists "
            + allowed,
        fix);
  }

  private static void checkSize(
      Limits.BootDisk limits, Pool pool, Value<Long> size, Reporter reporter) {
    Limits.Range range = limits.sizeGb();
    // 0 is protobuf's default: the API reads it as unset and uses the default size.
    if (size.value() == 0 || range.contains(size.value())) {
      return;
    }
    String message =
        "worker pool "
            + pool.index()
            + " asks for a "
            + size.value()
            + " GB boot disk; the size"
            + " must be "
            + range.min()
            + " to "
            + range.max()
            + " GB";
    String hint =
        "Set bootDiskSizeGb between "
            + range.min()
            + " and "
            + range.max()
            + " (the default is "
            + limits.defaultSizeGb()
            + ").";
    if (range.uncertain().isPresent()) {
      reporter.report(Severity.WARNING, size.origin(), message, hint);
    } else {
      reporter.report(size.origin(), message, hint);
    }
  }

  private static String machine(Pool pool) {
    return pool.machineType().map(Value::value).orElse("");
  }

  /** Whether {@code note} names {@code word} as a whole word (pd-balanced, not pd-balanced2). */
  private static boolean mentions(String note, String word) {
    return Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])").matcher(note).find();
  }

  /** A catalog note as a clause of a message: lower-case first letter, no final period. */
  private static String sentence(String note) {
    String text = note.strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String orList(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " or "
        + items.get(items.size() - 1);
  }
}
