package vjc.importer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;

/**
 * The value grammar of gcloud flags (calliope's {@code ArgList} and {@code ArgDict}), read with
 * positions: what gcloud would reject becomes an error diagnostic at the offending character.
 */
final class GcloudValues {

  /**
   * One use of a flag.
   *
   * @param flag the word that named it
   * @param value its value (for a flag without one, null)
   */
  record Occurrence(ShellWord flag, ShellWord value) {}

  /**
   * One {@code key=value} of a dict value.
   *
   * @param key the key
   * @param value everything after the first {@code =}
   */
  record Entry(ShellWord key, ShellWord value) {}

  private static final Pattern DICT_ITEM = Pattern.compile("([^=]+)(=?)(.*)", Pattern.DOTALL);

  private final Positions at;
  private final List<Diagnostic> diagnostics;

  GcloudValues(Positions at, List<Diagnostic> diagnostics) {
    this.at = at;
    this.diagnostics = diagnostics;
  }

  /** Where a word is. */
  Positions at() {
    return at;
  }

  /** Reports a finding. */
  void add(Diagnostic d) {
    diagnostics.add(d);
  }

  /**
   * An ArgList: split on {@code ,}, or on X after a {@code ^X^} prefix; a last empty is dropped.
   */
  List<ShellWord> items(ShellWord value) {
    String t = value.text();
    String delim = ",";
    ShellWord v = value;
    if (t.startsWith("^") && t.indexOf('^', 1) > 0) {
      int close = t.indexOf('^', 1);
      delim = t.substring(1, close);
      if (delim.isEmpty()) {
        error(at.at(value), "invalid delimiter '^^' (an empty delimiter)");
        return List.of();
      }
      v = value.sub(close + 1);
    }
    if (v.isEmpty()) {
      return List.of();
    }
    List<ShellWord> parts = v.split(delim);
    if (v.text().endsWith(delim)) {
      parts = parts.subList(0, parts.size() - 1);
    }
    return parts;
  }

  /** An ArgDict: items of {@code key=value}; a later key wins, as in gcloud. */
  List<Entry> dict(ShellWord value) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (ShellWord item : items(value)) {
      Matcher m = DICT_ITEM.matcher(item.text());
      if (!m.matches() || m.group(2).isEmpty()) {
        error(
            at.at(item.isEmpty() ? value : item),
            "bad syntax for dict arg: [" + item.display() + "]; write KEY=VALUE");
        continue;
      }
      ShellWord key = item.sub(0, m.end(1));
      out.put(key.text(), new Entry(key, item.sub(m.start(3))));
    }
    return new ArrayList<>(out.values());
  }

  /** An int key: a number, or a variable that must hold one. */
  Object integer(Entry e) {
    ShellWord v = e.value();
    if (v.onlyVariable().isPresent()) {
      return v.toVjc();
    }
    if (!v.text().strip().matches("[-+]?[0-9]+")) {
      error(
          at.at(v.isEmpty() ? e.key() : v),
          "invalid value [" + v.display() + "] for " + e.key().text() + ": not an integer");
      return v.toVjc();
    }
    return new BigInteger(v.text().strip().replaceFirst("^\\+", ""));
  }

  /** Something gcloud itself rejects. */
  void error(Origin origin, String message) {
    diagnostics.add(
        Diagnostic.error("import/gcloud", origin, message)
            .withHint("gcloud rejects this command too; fix it and import again."));
  }

  /** The words as vjc text. */
  static List<Object> vjcList(List<ShellWord> words) {
    List<Object> out = new ArrayList<>();
    words.forEach(w -> out.add(w.toVjc()));
    return out;
  }
}
