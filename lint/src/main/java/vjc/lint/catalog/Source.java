package vjc.lint.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One cited source of catalog facts: what was read and how recent the copy was.
 *
 * @param id the short id that facts cite, e.g. {@code CC}
 * @param title what the source is, e.g. a page title or a file in a repository
 * @param url where to read it now
 * @param alias an older or mirror URL of the same page, if any
 * @param date the date or version of the copy that was read, as precise as the research knew it
 */
public record Source(String id, String title, String url, Optional<String> alias, String date) {
  public Source {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(url, "url");
    requireNonNull(alias, "alias");
    requireNonNull(date, "date");
  }
}
