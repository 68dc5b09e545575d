package vjc.diff;

/** Renders a {@link DiffReport} in one output format. */
public interface DiffRenderer {

  /** The whole output. */
  String render(DiffReport report);

  /** The renderer for {@code format}: {@code text}, {@code json} or {@code markdown}. */
  static DiffRenderer of(Format format) {
    return switch (format) {
      case TEXT -> new TextDiffRenderer();
      case JSON -> new JsonDiffRenderer();
      case MARKDOWN -> new MarkdownDiffRenderer();
    };
  }

  /** The output formats of {@code vjc diff}. */
  enum Format {
    TEXT,
    JSON,
    MARKDOWN
  }
}
