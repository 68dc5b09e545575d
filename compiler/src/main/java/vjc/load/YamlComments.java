package vjc.load;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The comments of a YAML document as its parser sees them. A {@code #} inside a quoted or block
 * scalar is text, not a comment, and only the parser can tell the two apart: a line-based search
 * would let a string value that mentions {@code # vjc:ignore} suppress a finding.
 */
public final class YamlComments {

  /**
   * One comment.
   *
   * @param line 1-based line of the {@code #}
   * @param column 1-based column of the {@code #}
   * @param text what follows the {@code #}
   */
  public record Comment(int line, int column, String text) {}

  private YamlComments() {}

  /**
   * The comments of {@code source}, in order; none when it does not parse (such a file never
   * reaches the checks that comments could silence).
   */
  public static List<Comment> of(SourceText source) {
    LoadSettings settings =
        LoadSettings.builder()
            .setParseComments(true)
            .setAllowDuplicateKeys(true)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();
    List<Comment> out = new ArrayList<>();
    try {
      for (Event e : new Parse(settings).parseString(source.text())) {
        if (e instanceof CommentEvent c && e.getStartMark().isPresent()) {
          Mark m = e.getStartMark().get();
          out.add(new Comment(m.getLine() + 1, m.getColumn() + 1, c.getValue()));
        }
      }
    } catch (YamlEngineException e) {
      return List.of();
    }
    return out;
  }
}
