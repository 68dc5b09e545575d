package vjc.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.load.SourceText;
import vjc.load.YamlComments;

/**
 * Inline suppressions in one file: {@code # vjc:ignore RULE[,RULE] -- reason} on the offending line
 * or the line above it. Only a real YAML comment suppresses (not text inside a string), and only
 * the rules it names: there is no wildcard, so a reviewer sees every rule a change silences. Counts
 * which were used, across every environment the file is linted in, so that a suppression that
 * suppresses nothing can be reported.
 */
public final class Suppressions {

  /** The text of a comment after its {@code #}. */
  private static final Pattern IGNORE = Pattern.compile("^\\s*vjc:ignore\\b(.*)$");

  /** One suppression comment. */
  private static final class Entry {
    final int line;
    final int column;
    final Set<String> rules;
    final String reason;
    boolean used;

    Entry(int line, int column, Set<String> rules, String reason) {
      this.line = line;
      this.column = column;
      this.rules = rules;
      this.reason = reason;
    }
  }

  private final Path file;
  private final List<Entry> entries = new ArrayList<>();

  private Suppressions(Path file) {
    this.file = file;
  }

  /** The suppressions written in {@code source}. */
  public static Suppressions parse(SourceText source) {
    Suppressions s = new Suppressions(source.file());
    if (!source.text().contains("vjc:ignore")) {
      return s; // most files have none; splitting and matching every line is not free
    }
    for (YamlComments.Comment comment : YamlComments.of(source)) {
      Matcher m = IGNORE.matcher(comment.text());
      if (!m.find()) {
        continue;
      }
      String rest = m.group(1);
      String reason = "";
      int dashes = rest.indexOf("--");
      if (dashes >= 0) {
        reason = rest.substring(dashes + 2).strip();
        rest = rest.substring(0, dashes);
      }
      Set<String> rules = new LinkedHashSet<>();
      for (String id : rest.split("[,\\s]+")) {
        if (!id.isBlank()) {
          rules.add(id.strip());
        }
      }
      s.entries.add(new Entry(comment.line(), comment.column(), rules, reason));
    }
    return s;
  }

  /**
   * The reason given by the comment that suppresses {@code d} (empty text when it gives none), or
   * empty when no comment does; a matching comment counts as used.
   */
  public Optional<String> suppresses(Diagnostic d) {
    Optional<String> reason = matches(d, d.origin());
    for (Origin.Trace t : d.origin().via()) {
      Optional<String> r = matches(d, t.at());
      if (reason.isEmpty()) {
        reason = r;
      }
    }
    return reason;
  }

  private Optional<String> matches(Diagnostic d, Origin at) {
    if (!at.file().equals(file)) {
      return Optional.empty();
    }
    Optional<String> reason = Optional.empty();
    for (Entry e : entries) {
      if ((e.line == at.line() || e.line == at.line() - 1) && e.rules.contains(d.ruleId())) {
        e.used = true;
        if (reason.isEmpty()) {
          reason = Optional.of(e.reason);
        }
      }
    }
    return reason;
  }

  /** Suppressions without a reason, or naming no rule, or that suppressed nothing. */
  public List<Diagnostic> problems() {
    List<Diagnostic> out = new ArrayList<>();
    for (Entry e : entries) {
      Origin at = Origin.of(file, e.line, Math.max(1, e.column));
      if (e.rules.isEmpty()) {
        out.add(
            Diagnostic.warning(
                    "suppression/no-rule", at, "vjc:ignore names no rule, so it suppresses nothing")
                .withHint("Write # vjc:ignore RULE-ID -- reason."));
        continue;
      }
      if (e.reason.isEmpty()) {
        out.add(
            Diagnostic.warning(
                    "suppression/missing-reason",
                    at,
                    "vjc:ignore " + String.join(",", e.rules) + " gives no reason")
                .withHint(
                    "Add the reason after two dashes: # vjc:ignore "
                        + String.join(",", e.rules)
                        + " -- why this is fine."));
      }
      if (!e.used) {
        out.add(
            Diagnostic.warning(
                    "suppression/unused",
                    at,
                    "vjc:ignore "
                        + String.join(",", e.rules)
                        + " suppresses nothing on this line or the next")
                .withHint(
                    "Remove the comment, or move it onto or above the line it is meant for."));
      }
    }
    return out;
  }
}
