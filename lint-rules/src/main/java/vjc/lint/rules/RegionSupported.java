package vjc.lint.rules;

import java.util.Optional;
import vjc.diag.DidYouMean;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Catalog;

/** The job's region must be one where Vertex AI runs custom training. */
public final class RegionSupported implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "region-supported",
          Severity.ERROR,
          "the region must be a Vertex AI custom-training region");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    Optional<Value<String>> region = context.region();
    if (region.isEmpty()) {
      return;
    }
    Catalog catalog = context.catalog();
    String name = region.get().value();
    if (catalog.isTrainingRegion(name)) {
      return;
    }
    if (name.equals("global")) {
      reporter.report(
          region.get().origin(),
          "Vertex AI custom training has no global location",
          "Choose a region, such as us-central1 or europe-west4.");
      return;
    }
    Optional<String> near = DidYouMean.closest(name, catalog.trainingRegions());
    if (near.isPresent()) {
      reporter.report(
          region.get().origin(),
          "'" + name + "' is not a custom-training region; did you mean '" + near.get() + "'",
          "Set region: " + near.get() + ".");
      return;
    }
    // The catalog has a date; a region Google added later is not an error.
    reporter.report(
        Severity.WARNING,
        region.get().origin(),
        "'" + name + "' is not a custom-training region in the catalog as of " + catalog.asOf(),
        "Check the region name; if Google added it since, vjc's catalog needs an update.");
  }
}
