package vjc.lint.policy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Checks the references of a custom policy's schema before the validator sees it, because the
 * validator follows them without a bound: {@code $ref: "#"}, or {@code $defs} that refer to each
 * other through {@code allOf} or {@code not}, overflowed the stack, and a chain of definitions each
 * referring twice to the next doubles the work per link. So a reference must point inside the
 * schema, may not lead back to a schema it is part of, and the schema with every reference written
 * out in full may hold at most {@link #MAX_EXPANDED} subschemas. The job vjc checks has no
 * recursive structure, so a policy never needs a recursive schema.
 */
final class SchemaRefs {

  /** The most subschemas a policy's schema may have once its references are written out. */
  static final int MAX_EXPANDED = 10_000;

  /** Keywords whose value is one subschema. */
  private static final Set<String> ONE =
      Set.of(
          "not",
          "if",
          "then",
          "else",
          "items",
          "contains",
          "additionalProperties",
          "propertyNames",
          "unevaluatedItems",
          "unevaluatedProperties",
          "contentSchema",
          "additionalItems");

  /** Keywords whose value is a list of subschemas. */
  private static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  /** Keywords whose value maps names to subschemas. */
  private static final Set<String> NAMED =
      Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");

  /** Keywords that change what a reference means, which vjc does not resolve. */
  private static final Set<String> REFUSED =
      Set.of("$id", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor");

  /** A way from one schema to another: a subschema, or a {@code $ref} written at {@code ref}. */
  private record Edge(MapNode to, Optional<Origin> ref) {}

  private final MapNode root;
  private final String path;
  private final PolicyParams params;
  private final Map<String, MapNode> anchors = new HashMap<>();
  private final Map<MapNode, List<Edge>> edges = new IdentityHashMap<>();
  private boolean ok = true;

  private SchemaRefs(MapNode root, String path, PolicyParams params) {
    this.root = root;
    this.path = path;
    this.params = params;
  }

  /** True when {@code schema} may be handed to the validator; else problems went to params. */
  static boolean check(MapNode schema, String path, PolicyParams params) {
    SchemaRefs refs = new SchemaRefs(schema, path, params);
    List<MapNode> all = refs.schemas();
    for (MapNode s : all) {
      refs.collectAnchor(s);
    }
    for (MapNode s : all) {
      refs.edges.put(s, refs.edgesOf(s));
    }
    return refs.ok && refs.acyclicAndSmall();
  }

  /** Every schema object in the tree, found without recursion. */
  private List<MapNode> schemas() {
    List<MapNode> out = new ArrayList<>();
    Map<MapNode, Boolean> seen = new IdentityHashMap<>();
    Deque<MapNode> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      MapNode s = todo.pop();
      if (seen.put(s, true) != null) {
        continue; // a YAML alias can make one node part of the tree twice
      }
      out.add(s);
      for (MapNode child : children(s)) {
        todo.push(child);
      }
    }
    return out;
  }

  private static List<MapNode> children(MapNode s) {
    List<MapNode> out = new ArrayList<>();
    for (MapNode.Field f : s.fields()) {
      Node v = f.value();
      if (ONE.contains(f.key()) && v instanceof MapNode m) {
        out.add(m);
      } else if (LIST.contains(f.key()) && v instanceof ListNode l) {
        l.items().stream()
            .filter(MapNode.class::isInstance)
            .map(MapNode.class::cast)
            .forEach(out::add);
      } else if (NAMED.contains(f.key()) && v instanceof MapNode named) {
        named.fields().stream()
            .map(MapNode.Field::value)
            .filter(MapNode.class::isInstance)
            .map(MapNode.class::cast)
            .forEach(out::add);
      }
    }
    return out;
  }

  private void collectAnchor(MapNode s) {
    for (MapNode.Field f : s.fields()) {
      if (REFUSED.contains(f.key())) {
        fail(
            f.keyOrigin(),
            f.key() + " is not supported in a custom policy",
            "Leave out " + f.key() + "; refer to definitions with $ref: \"#/$defs/NAME\".");
      } else if (f.key().equals("$anchor") && f.value() instanceof ScalarNode a) {
        anchors.put(a.text(), s);
      }
    }
  }

  private List<Edge> edgesOf(MapNode s) {
    List<Edge> out = new ArrayList<>();
    for (MapNode child : children(s)) {
      out.add(new Edge(child, Optional.empty()));
    }
    Optional<MapNode.Field> ref = s.field("$ref");
    if (ref.isPresent()) {
      if (!(ref.get().value() instanceof ScalarNode r) || r.type() != ScalarNode.Type.STRING) {
        fail(ref.get().value().origin(), "$ref must be a string", "Write $ref: \"#/$defs/NAME\".");
      } else if (!r.text().startsWith("#")) {
        fail(
            r.origin(),
            "$ref '" + r.text() + "' points outside the policy",
            "Refer only to parts of the same schema (#/$defs/...); vjc never fetches schemas.");
      } else {
        Optional<Node> target = resolve(r.text().substring(1));
        if (target.isEmpty()) {
          fail(
              r.origin(),
              "$ref '" + r.text() + "' points to nothing in the schema",
              "Point it at a definition that exists, e.g. #/$defs/NAME.");
        } else if (target.get() instanceof MapNode m) {
          out.add(new Edge(m, Optional.of(r.origin())));
        }
      }
    }
    return out;
  }

  /** The node a fragment names: empty for the root, a JSON pointer, or an {@code $anchor}. */
  private Optional<Node> resolve(String fragment) {
    String decoded;
    try {
      decoded = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (decoded.isEmpty()) {
      return Optional.of(root);
    }
    if (!decoded.startsWith("/")) {
      return Optional.ofNullable(anchors.get(decoded));
    }
    Node node = root;
    for (String token : decoded.substring(1).split("/", -1)) {
      String key = token.replace("~1", "/").replace("~0", "~");
      if (node instanceof MapNode m && m.get(key).isPresent()) {
        node = m.get(key).get();
      } else if (node instanceof ListNode l && key.matches("0|[1-9][0-9]{0,8}")) {
        int i = Integer.parseInt(key);
        if (i >= l.size()) {
          return Optional.empty();
        }
        node = l.get(i);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  /**
   * Walks the schemas and their references depth first, without recursion (a chain of definitions
   * can be long): a reference back to a schema on the current path is a loop; each schema's size
   * with its references written out is added up once.
   */
  private boolean acyclicAndSmall() {
    Map<MapNode, Long> size = new IdentityHashMap<>();
    Map<MapNode, Boolean> onPath = new IdentityHashMap<>();
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root, Optional.empty()));
    onPath.put(root, true);
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      List<Edge> out = edges.getOrDefault(top.schema, List.of());
      if (top.next < out.size()) {
        Edge e = out.get(top.next++);
        if (onPath.containsKey(e.to())) {
          Origin at = e.ref().orElseGet(() -> refOnLoop(stack, e.to()));
          fail(
              at,
              "$ref makes the schema refer to itself, which vjc does not evaluate",
              "Write the schema out without a loop; the job has no recursive structure to match.");
          return false;
        }
        if (!size.containsKey(e.to())) {
          stack.push(new Frame(e.to(), e.ref()));
          onPath.put(e.to(), true);
        }
        continue;
      }
      stack.pop();
      onPath.remove(top.schema);
      long total = 1;
      for (Edge e : out) {
        total = Math.min(total + size.getOrDefault(e.to(), 0L), MAX_EXPANDED + 1L);
      }
      size.put(top.schema, total);
    }
    if (size.get(root) > MAX_EXPANDED) {
      fail(
          root.origin(),
          "the schema has more than "
              + MAX_EXPANDED
              + " subschemas once its $ref are written out, too many to check every job",
          "Refer to each definition fewer times, or split the policy in several.");
      return false;
    }
    return true;
  }

  /** The {@code $ref} through which the path re-entered {@code target}. */
  private static Origin refOnLoop(Deque<Frame> stack, MapNode target) {
    Origin found = target.origin();
    for (Frame f : stack) { // from the top of the stack down to the target
      if (f.schema == target) {
        break;
      }
      if (f.via.isPresent()) {
        found = f.via.get();
      }
    }
    return found;
  }

  private void fail(Origin at, String message, String hint) {
    ok = false;
    params.problem(at, path + ": " + message, hint);
  }

  /** One schema on the walk's path and how far through its edges the walk is. */
  private static final class Frame {
    final MapNode schema;
    final Optional<Origin> via;
    int next;

    Frame(MapNode schema, Optional<Origin> via) {
      this.schema = schema;
      this.via = via;
    }
  }
}
