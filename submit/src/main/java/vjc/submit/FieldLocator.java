package vjc.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Finds the line of the job file behind a field the server names. Vertex AI names fields by their
 * protobuf path, {@code job_spec.worker_pool_specs[0].machine_spec.accelerator_type}; the resolved
 * tree is keyed by the REST names and every node knows where it was written.
 */
final class FieldLocator {

  private static final Pattern SEGMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+\\])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

  /** vjc's own keys, which never reach the server and must not match its messages. */
  private static final Set<String> VJC_KEYS = Set.of("region", "project", "vars", "environments");

  private FieldLocator() {}

  /**
   * Where {@code path} was written in {@code job}: the value for a field that is there, else the
   * key of the nearest enclosing field that is (the server often names a field the file left out);
   * empty when not even the first step is in the file.
   */
  static Optional<Origin> locate(MapNode job, String path) {
    List<String[]> steps = steps(path);
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    Node node = job;
    Origin deepest = null;
    for (String[] step : steps) {
      if (step[0] != null) {
        if (!(node instanceof MapNode map)) {
          break;
        }
        Optional<MapNode.Field> f = map.field(camel(step[0])).or(() -> map.field(step[0]));
        if (f.isEmpty() || (node == job && VJC_KEYS.contains(f.get().key()))) {
          return Optional.ofNullable(deepest);
        }
        deepest = f.get().keyOrigin();
        node = f.get().value();
      } else {
        int index = Integer.parseInt(step[1]);
        if (!(node instanceof ListNode list) || index >= list.size()) {
          return Optional.ofNullable(deepest);
        }
        node = list.get(index);
        deepest = node.origin();
      }
    }
    return Optional.ofNullable(node instanceof ScalarNode ? node.origin() : deepest);
  }

  /** The first scalar in the job (not in vjc's keys) whose text is one of {@code values}. */
  static Optional<Origin> findValue(MapNode job, List<String> values) {
    for (String v : values) {
      for (MapNode.Field f : job.fields()) {
        if (VJC_KEYS.contains(f.key())) {
          continue;
        }
        Optional<Origin> found = find(f.value(), v);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Origin> find(Node node, String value) {
    if (node instanceof ScalarNode s) {
      return s.text().equals(value) ? Optional.of(s.origin()) : Optional.empty();
    }
    List<Node> children = new ArrayList<>();
    if (node instanceof MapNode m) {
      m.fields().forEach(f -> children.add(f.value()));
    } else if (node instanceof ListNode l) {
      children.addAll(l.items());
    }
    for (Node c : children) {
      Optional<Origin> found = find(c, value);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code job_spec.worker_pool_specs[0]} as the file spells it, {@code
   * jobSpec.workerPoolSpecs[0]}; a leading {@code custom_job.} (the request field) is dropped.
   */
  static String camelPath(String path) {
    StringBuilder b = new StringBuilder();
    for (String[] step : steps(path)) {
      if (step[0] != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(camel(step[0]));
      } else {
        b.append('[').append(step[1]).append(']');
      }
    }
    return b.length() == 0 ? path : b.toString();
  }

  /** Steps as {name, null} or {null, index}; empty when the path does not parse. */
  private static List<String[]> steps(String path) {
    List<String[]> steps = new ArrayList<>();
    String p = path.strip();
    for (String prefix : List.of("custom_job.", "customJob.")) {
      if (p.startsWith(prefix)) {
        p = p.substring(prefix.length());
      }
    }
    for (String part : p.split("\\.")) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        return List.of();
      }
      steps.add(new String[] {m.group(1), null});
      Matcher idx = INDEX.matcher(m.group(2));
      while (idx.find()) {
        steps.add(new String[] {null, idx.group(1)});
      }
    }
    return steps;
  }

  private static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = b.length() > 0;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
