package vjc.emit;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.TextFormat;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import vjc.load.Utf16;

/** Encodes a compiled message; the same message always gives the same bytes. */
public final class Emitter {

  private Emitter() {}

  /**
   * {@code message} in {@code format}.
   *
   * @throws IllegalArgumentException when a string in it has no UTF-8 encoding (see {@link
   *     #firstUnencodable}); the loader refuses such strings, so this is a bug in the caller
   */
  public static byte[] emit(Message message, OutputFormat format) {
    // Java's encoder would write '?' for a lone surrogate and protobuf's would throw deep inside
    // itself: neither is what the user asked for.
    firstUnencodable(message)
        .ifPresent(
            path -> {
              throw new IllegalArgumentException(
                  "cannot encode " + path + ": it holds half of a UTF-16 surrogate pair");
            });
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

  /**
   * The path (JSON names, as {@code jobSpec.workerPoolSpecs[0].containerSpec.args[1]}) of the first
   * string in {@code message} that UTF-8 cannot encode, if any.
   */
  public static Optional<String> firstUnencodable(MessageOrBuilder message) {
    for (Map.Entry<FieldDescriptor, Object> e : message.getAllFields().entrySet()) {
      FieldDescriptor field = e.getKey();
      String name = field.getJsonName();
      if (field.isMapField()) {
        for (Object entry : (List<?>) e.getValue()) {
          MessageOrBuilder m = (MessageOrBuilder) entry;
          Object key = m.getField(field.getMessageType().findFieldByName("key"));
          String at = name + "[" + key + "]";
          if (key instanceof String k && Utf16.firstLoneSurrogate(k) >= 0) {
            return Optional.of(at);
          }
          Object value = m.getField(field.getMessageType().findFieldByName("value"));
          Optional<String> bad = unencodable(value, at);
          if (bad.isPresent()) {
            return bad;
          }
        }
      } else if (field.isRepeated()) {
        List<?> items = (List<?>) e.getValue();
        for (int i = 0; i < items.size(); i++) {
          Optional<String> bad = unencodable(items.get(i), name + "[" + i + "]");
          if (bad.isPresent()) {
            return bad;
          }
        }
      } else {
        Optional<String> bad = unencodable(e.getValue(), name);
        if (bad.isPresent()) {
          return bad;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> unencodable(Object value, String path) {
    if (value instanceof String s) {
      return Utf16.firstLoneSurrogate(s) >= 0 ? Optional.of(path) : Optional.empty();
    }
    if (value instanceof MessageOrBuilder m) {
      return firstUnencodable(m).map(inner -> path + "." + inner);
    }
    return Optional.empty();
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
