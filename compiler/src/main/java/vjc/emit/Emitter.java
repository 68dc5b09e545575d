package vjc.emit;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Encodes a compiled message; the same message always gives the same bytes. */
public final class Emitter {

  private Emitter() {}

  /** {@code message} in {@code format}. */
  public static byte[] emit(Message message, OutputFormat format) {
    return switch (format) {
      case JSON -> json(message).getBytes(StandardCharsets.UTF_8);
      case YAML -> yaml(json(message)).getBytes(StandardCharsets.UTF_8);
      case TEXTPROTO ->
          TextFormat.printer().printToString(message).getBytes(StandardCharsets.UTF_8);
      case BINPB -> message.toByteArray();
    };
  }

  /**
   * The JSON text, two-space indented, one value per line, with a final newline. protobuf's printer
   * decides the content (field names, int64 as strings, defaults left out); it is then re-indented
   * because its Gson writer escapes {@code =} and {@code <} as {@code \\u003d}, which is valid but
   * unreadable in a request body people review.
   */
  public static String json(Message message) {
    Object tree = new Load(LoadSettings.builder().build()).loadFromString(printed(message));
    StringBuilder b = new StringBuilder();
    PrettyJson.write(tree, b, 0);
    return b.append('\n').toString();
  }

  /**
   * protobuf's own JSON of {@code message}, as its printer writes it: for programs that parse it
   * again, which need not pay for {@link #json}'s re-indenting.
   */
  public static String printed(Message message) {
    try {
      return JsonFormat.printer().print(message);
    } catch (InvalidProtocolBufferException e) {
      // Only Any fields with unknown types fail to print, and CustomJob has none.
      throw new IllegalStateException(
          "cannot print " + message.getDescriptorForType().getFullName(), e);
    }
  }

  private static String yaml(String json) {
    Object tree = new Load(LoadSettings.builder().build()).loadFromString(json);
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(100)
            // Quote strings a YAML 1.2 core-schema reader would take for numbers, booleans or null.
            .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema())
            .build();
    return new Dump(settings).dumpToString(tree);
  }
}
