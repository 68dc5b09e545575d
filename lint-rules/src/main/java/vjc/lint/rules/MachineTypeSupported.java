package vjc.lint.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.DidYouMean;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Catalog;

/** Each pool's machine type must be one that Vertex AI custom training accepts. */
public final class MachineTypeSupported implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "machine-type-supported",
          Severity.ERROR,
          "each machine type must be accepted for custom training");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** A sized machine type: the series ({@code n1-standard}) and the size ({@code 8}). */
  private static final Pattern SIZED = Pattern.compile("(.+)-([0-9]+)");

  /** Family, kind and size, as Compute Engine names machines: {@code a3-highgpu-8g}. */
  private static final Pattern WELL_FORMED =
      Pattern.compile("([a-z][a-z0-9]*-[a-z]+)-[0-9]+[a-z]*");

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    for (Pool pool : context.activePools()) {
      Optional<Value<String>> machine = pool.machineType();
      // An unresolved ${...} was already reported by the templating stage.
      if (machine.isEmpty() || machine.get().value().contains("${")) {
        continue;
      }
      check(catalog, machine.get(), reporter);
    }
  }

  private static void check(Catalog catalog, Value<String> machine, Reporter reporter) {
    String name = machine.value();
    switch (catalog.machineStatus(name)) {
      case ACCEPTED -> {}
      case KNOWN_UNSUPPORTED ->
          reporter.report(
              machine.origin(),
              "machine type '"
                  + name
                  + "' is not accepted for custom training (catalog as of "
                  + catalog.asOf()
                  + ")",
              suggest(catalog, name)
                  .map(n -> "Use a machine type that training accepts, such as " + n + ".")
                  .orElse("Use a machine type from the Vertex AI training list."));
      // The catalog has a date: a size or family Google added later must not be an error.
      case NOT_LISTED, UNKNOWN_FAMILY -> {
        // MACHINE_TYPE, as in docs samples: a template left unfilled, not a typo.
        boolean placeholder =
            name.equals(name.toUpperCase(Locale.ROOT)) && !name.matches(".*[0-9].*");
        Optional<String> typo = placeholder ? Optional.empty() : typo(catalog, name);
        if (typo.isPresent()) {
          // The API rejects it whatever the catalog's date: an error, so the hook stops it.
          reporter.report(
              machine.origin(),
              "machine type '" + name + "' is misspelt; did you mean '" + typo.get() + "'",
              "Set machineType: " + typo.get() + ".");
          return;
        }
        Optional<String> near = placeholder ? Optional.empty() : suggest(catalog, name);
        reporter.report(
            Severity.WARNING,
            machine.origin(),
            "machine type '"
                + name
                + "' is not in the catalog as of "
                + catalog.asOf()
                + near.map(n -> "; did you mean '" + n + "'")
                    .orElse(placeholder ? "; it looks like an unfilled placeholder" : ""),
            placeholder
                ? "Replace the placeholder with a machine type from the Vertex AI training list."
                : near.map(
                        n ->
                            "Set machineType: "
                                + n
                                + " if that is what you meant; if Google"
                                + " added "
                                + name
                                + " since, vjc's catalog needs an update.")
                    .orElse(
                        "Check the name against the Vertex AI training machine types; if"
                            + " Google added it since, vjc's catalog needs an update."));
      }
    }
  }

  /**
   * The accepted machine type {@code name} is a slip of the keyboard for: one or two edits away,
   * and {@code name} is not a well-formed name that Google may have added since the catalog's date
   * (another size of a known series, as {@code n1-standard-12}, or any name in an unknown family,
   * as {@code z9-standard-8}). {@code g2-standard8} and {@code n1-standrad-8} are typos.
   */
  private static Optional<String> typo(Catalog catalog, String name) {
    if (catalog.tpuFamily(name).isPresent()) {
      return Optional.empty();
    }
    List<String> accepted = catalog.trainingMachineTypes();
    Matcher m = WELL_FORMED.matcher(name);
    if (m.matches()) {
      String series = m.group(1);
      boolean knownSeries = accepted.stream().anyMatch(a -> a.startsWith(series + "-"));
      if (knownSeries || !catalog.machineFamilyKnown(name)) {
        return Optional.empty();
      }
    }
    return DidYouMean.within(name, accepted, 2);
  }

  /**
   * The accepted machine closest to {@code name}. For a size the series does not come in ({@code
   * n1-standard-2}, {@code n2-highcpu-8}) that is the next size up in the same series: by spelling
   * alone {@code n1-standard-32} is as close to {@code n1-standard-2} as {@code n1-standard-4}.
   * Otherwise the closest spelling.
   */
  private static Optional<String> suggest(Catalog catalog, String name) {
    // The docs also write a TPU family alone ("set machineType to ct6e").
    Optional<String> family = catalog.tpuFamily(name).map(f -> f.machineTypes().get(0));
    if (family.isPresent()) {
      return family;
    }
    List<String> accepted = catalog.trainingMachineTypes();
    Matcher sized = SIZED.matcher(name);
    if (sized.matches() && sized.group(2).length() <= 6) {
      String series = sized.group(1);
      int size = Integer.parseInt(sized.group(2));
      List<String> sameSeries =
          accepted.stream()
              .filter(m -> SIZED.matcher(m).matches() && series(m).equals(series))
              .sorted(Comparator.comparingInt(MachineTypeSupported::size))
              .toList();
      if (!sameSeries.isEmpty()) {
        return Optional.of(
            sameSeries.stream()
                .filter(m -> size(m) >= size)
                .findFirst()
                .orElse(sameSeries.get(sameSeries.size() - 1)));
      }
    }
    return DidYouMean.closest(name, accepted);
  }

  private static String series(String machine) {
    return machine.substring(0, machine.lastIndexOf('-'));
  }

  private static int size(String machine) {
    String digits = machine.substring(machine.lastIndexOf('-') + 1);
    return digits.length() <= 6 ? Integer.parseInt(digits) : Integer.MAX_VALUE;
  }
}
