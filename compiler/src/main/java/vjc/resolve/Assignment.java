package vjc.resolve;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import vjc.diag.Origin;
import vjc.load.Node;
import vjc.load.SourceText;
import vjc.load.YamlLoader;

/**
 * A {@code NAME=VALUE} from the command line ({@code --var} or {@code --set}); the value is read as
 * YAML, so {@code gpus=8} is a number and {@code labels={team: x}} a map.
 *
 * @param name the variable name or the field path
 * @param value the parsed value
 */
public record Assignment(String name, Node value) {

  /** The pseudo-file that command-line values come from. */
  public static final Path COMMAND_LINE = Path.of("<command line>");

  public Assignment {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
  }

  /** Parses {@code NAME=VALUE}; the value parses as YAML, falling back to a plain string. */
  public static Assignment parse(String text, YamlLoader loader) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("expected NAME=VALUE, got: " + text);
    }
    String name = text.substring(0, eq).trim();
    String raw = text.substring(eq + 1);
    Origin at = Origin.of(COMMAND_LINE, 1, 1);
    Node value =
        loader
            .load(new SourceText(COMMAND_LINE, raw.isEmpty() ? "''" : raw))
            .value()
            .orElse(vjc.load.ScalarNode.string(raw, at));
    return new Assignment(name, relocate(value, at));
  }

  private static Node relocate(Node node, Origin at) {
    return node.withOrigin(at);
  }
}
