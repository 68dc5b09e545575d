package vjc.compile;

import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.resolve.ResolvedJob;

/**
 * Turns a resolved job into the {@code CustomJob} protobuf through protobuf-java-util's JSON
 * parser, so that the protobuf itself is the final judge of field names and types. Unknown fields
 * are never ignored.
 */
public final class JobCompiler {

  private static final Pattern FIELD_NAME =
      Pattern.compile(
          "(?:field|Field):? ?(?:google\\.cloud\\.aiplatform\\.v1\\.[A-Za-z]+\\.)?"
              + "([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUALIFIED =
      Pattern.compile("google\\.cloud\\.aiplatform\\.v1\\.[A-Za-z]+\\.([a-z_][a-z0-9_]*)");

  /** vjc's keys, which never reach the output. */
  private static final String[] VJC_KEYS = {"region", "project", "vars", "environments"};

  /** Compiles {@code job}; {@code displayName} overrides or supplies the job's display name. */
  public Outcome<CustomJob> compile(ResolvedJob job, Optional<String> displayName) {
    MapNode body = job.job().without(VJC_KEYS);
    if (displayName.isPresent()) {
      Origin at = Origin.of(vjc.resolve.Assignment.COMMAND_LINE, 1, 1);
      body = body.with("displayName", at, ScalarNode.string(displayName.get(), at));
    }
    CustomJob.Builder builder = CustomJob.newBuilder();
    try {
      JsonFormat.parser().merge(TreeJson.write(body), builder);
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      return Outcome.failed(protoError(body, e));
    }
    return Outcome.ok(builder.build());
  }

  /** Maps the parser's message to the field it names, so the user never sees it raw. */
  private static Diagnostic protoError(MapNode body, Exception e) {
    String raw = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    raw = raw.strip();
    while (raw.endsWith(".")) {
      raw = raw.substring(0, raw.length() - 1);
    }
    List<String> names = new ArrayList<>();
    Matcher q = QUALIFIED.matcher(raw);
    while (q.find()) {
      names.add(q.group(1));
    }
    Matcher f = FIELD_NAME.matcher(raw);
    while (f.find()) {
      names.add(f.group(1));
    }
    Origin at = body.origin();
    List<String> distinct = names.stream().map(JobCompiler::camel).distinct().toList();
    if (distinct.size() > 1) {
      Optional<Origin> both = findAll(body, distinct);
      if (both.isPresent()) {
        return plain(raw, both.get());
      }
    }
    // The last name is the offending one in "because another field ... has already been set".
    for (int i = names.size() - 1; i >= 0; i--) {
      Optional<Origin> found = find(body, camel(names.get(i)));
      if (found.isPresent()) {
        at = found.get();
        break;
      }
    }
    return plain(raw, at);
  }

  private static final Pattern ONEOF =
      Pattern.compile(
          "Cannot set field [\\w.]*\\.(\\w+) because another field [\\w.]*\\.(\\w+) belonging"
              + " to the same oneof has already been set");
  private static final Pattern UNKNOWN =
      Pattern.compile("Cannot find field: (\\w+) in message ([\\w.]+)");
  private static final Pattern ENUM =
      Pattern.compile("Invalid enum value: (.*) for enum type: [\\w.]*\\.(\\w+)");
  private static final Pattern NUMBER =
      Pattern.compile("Not an? (u?int32|u?int64|float|double|bool) value: (.*)");

  /**
   * The parser's complaint in plain words. The schema catches almost everything first, so these are
   * the cases it cannot express (a oneof) or that slip past it; anything else keeps the parser's
   * own text after a plain lead-in.
   */
  private static Diagnostic plain(String raw, Origin at) {
    Matcher m;
    if ((m = ONEOF.matcher(raw)).find()) {
      String a = camel(m.group(2));
      String b = camel(m.group(1));
      return Diagnostic.error(
              "proto/invalid",
              at,
              a + " and " + b + " are alternatives (a protobuf oneof); a pool can set only one")
          .withHint("Keep either " + a + " or " + b + " in this worker pool.");
    }
    if ((m = UNKNOWN.matcher(raw)).find()) {
      String type = m.group(2).substring(m.group(2).lastIndexOf('.') + 1);
      return Diagnostic.error(
              "proto/invalid", at, "unknown field '" + camel(m.group(1)) + "' in " + type)
          .withHint("Remove it, or check its spelling against the CustomJob REST reference.");
    }
    if ((m = ENUM.matcher(raw)).find()) {
      return Diagnostic.error("proto/invalid", at, m.group(1) + " is not a value of " + m.group(2))
          .withHint("Use one of the " + m.group(2) + " names from the REST reference.");
    }
    if ((m = NUMBER.matcher(raw)).find()) {
      return Diagnostic.error(
              "proto/invalid", at, m.group(2) + " is not a valid " + m.group(1) + " here")
          .withHint("Write a number in the range the field takes.");
    }
    return Diagnostic.error(
            "proto/invalid", at, "the CustomJob protobuf rejects this value: " + raw)
        .withHint("Check the field against the Vertex AI REST reference for CustomJob.");
  }

  private static Optional<Origin> find(Node node, String key) {
    if (node instanceof MapNode m) {
      for (MapNode.Field f : m.fields()) {
        if (f.key().equals(key)) {
          return Optional.of(f.keyOrigin());
        }
      }
      for (MapNode.Field f : m.fields()) {
        Optional<Origin> inner = find(f.value(), key);
        if (inner.isPresent()) {
          return inner;
        }
      }
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) {
        Optional<Origin> inner = find(item, key);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /** The last of the keys of the first map, depth first, that has every one of them. */
  private static Optional<Origin> findAll(Node node, List<String> keys) {
    if (node instanceof MapNode m) {
      if (keys.stream().allMatch(m::has)) {
        return m.fields().stream()
            .filter(f -> keys.contains(f.key()))
            .reduce((first, second) -> second)
            .map(MapNode.Field::keyOrigin);
      }
      for (MapNode.Field f : m.fields()) {
        Optional<Origin> inner = findAll(f.value(), keys);
        if (inner.isPresent()) {
          return inner;
        }
      }
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) {
        Optional<Origin> inner = findAll(item, keys);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  private static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
