package vjc.diag;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One registered diagnostic id that is neither a lint rule nor a policy, e.g. {@code
 * yaml/duplicate-key}; {@link DiagnosticIds} holds them all.
 *
 * @param id {@code namespace/name}: a lower-case namespace, then a kebab-case name (schema keywords
 *     such as {@code minItems} keep their camelCase)
 * @param severity the severity vjc prints unless the doc says otherwise
 * @param summary one line: what the id means
 * @param doc Markdown: what triggers it, an example where it helps, how to fix it
 */
public record DiagnosticId(String id, Severity severity, String summary, String doc) {

  /** The shape of an id; the name part allows camelCase for JSON Schema keywords. */
  static final Pattern ID = Pattern.compile("[a-z]+/[a-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*");

  public DiagnosticId {
    requireNonNull(id, "id");
    requireNonNull(severity, "severity");
    requireNonNull(summary, "summary");
    requireNonNull(doc, "doc");
    if (id.isBlank()) {
      throw new IllegalArgumentException("diagnostic id must not be blank");
    }
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "diagnostic id '" + id + "' is not namespace/name, e.g. yaml/duplicate-key");
    }
    if (summary.isBlank() || summary.contains("\n")) {
      throw new IllegalArgumentException(id + ": summary must be one non-blank line");
    }
    if (doc.isBlank()) {
      throw new IllegalArgumentException(id + ": doc must not be blank");
    }
  }

  /** The part before the slash, e.g. {@code yaml}. */
  public String namespace() {
    return id.substring(0, id.indexOf('/'));
  }

  /** The part after the slash, e.g. {@code duplicate-key}. */
  public String name() {
    return id.substring(id.indexOf('/') + 1);
  }
}
