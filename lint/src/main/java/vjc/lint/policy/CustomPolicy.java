package vjc.lint.policy;

import static java.util.Objects.requireNonNull;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.regex.RegularExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vjc.config.LinearRegex;
import vjc.diag.Diagnostic;
import vjc.diag.DidYouMean;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.resolve.ResolvedJob;

/**
 * A policy written in {@code .vjc.yaml} without Java: {@code {id, message, severity, hint,
 * schema}}, where {@code schema} is a JSON Schema (draft 2020-12) fragment applied to the job as
 * {@link JobView} describes it. Each place the schema rejects is one finding {@code policy/<id>}
 * with the policy's message, at that value's position in the source.
 */
public final class CustomPolicy {

  /** The longest {@code {value}} a message shows. */
  static final int MAX_VALUE_CHARS = 80;

  /** Custom ids are kebab-case, like rule ids. */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final List<String> FIELDS = List.of("id", "message", "severity", "hint", "schema");

  private final String id;
  private final String message;
  private final Severity severity;
  private final Optional<String> hint;
  private final Schema schema;
  private final Origin schemaAt;
  private final Origin setAt;

  private CustomPolicy(
      String id,
      String message,
      Severity severity,
      Optional<String> hint,
      Schema schema,
      Origin schemaAt,
      Origin setAt) {
    this.id = requireNonNull(id, "id");
    this.message = requireNonNull(message, "message");
    this.severity = requireNonNull(severity, "severity");
    this.hint = requireNonNull(hint, "hint");
    this.schema = requireNonNull(schema, "schema");
    this.schemaAt = requireNonNull(schemaAt, "schemaAt");
    this.setAt = requireNonNull(setAt, "setAt");
  }

  /** The finding id, {@code policy/<id>}. */
  public String id() {
    return id;
  }

  /** Where the policy is written in .vjc.yaml. */
  public Origin setAt() {
    return setAt;
  }

  /**
   * Reads one entry of {@code policies.custom}; every problem is a diagnostic at its position and
   * makes the result empty. {@code path} names the entry in messages, e.g. {@code
   * policies.custom[0]}.
   */
  static Optional<CustomPolicy> parse(Node entry, String path, List<Diagnostic> problems) {
    PolicyParams params = new PolicyParams(path, problems);
    if (!(entry instanceof MapNode map)) {
      params.invalid(
          entry,
          "a map {id, message, severity, schema}",
          "Write each custom policy as a map with id, message and schema.");
      return Optional.empty();
    }
    boolean ok = true;
    for (MapNode.Field f : map.fields()) {
      if (!FIELDS.contains(f.key())) {
        ok = false;
        String near =
            DidYouMean.closest(f.key(), FIELDS).map(n -> "; did you mean '" + n + "'").orElse("");
        params.problem(
            f.keyOrigin(),
            "unknown field '" + f.key() + "' in " + path + near,
            "A custom policy takes id, message, severity, hint and schema.");
      }
    }
    Optional<ScalarNode> id = text(map, "id", path, params);
    Optional<ScalarNode> message = text(map, "message", path, params);
    if (id.isPresent() && !ID.matcher(id.get().text()).matches()) {
      params.problem(
          id.get().origin(),
          path + ".id '" + id.get().text() + "' is not kebab-case",
          "Use lower-case letters, digits and dashes, e.g. no-latest-tag.");
      ok = false;
    }
    Severity severity = Severity.ERROR;
    Optional<Node> sev = map.get("severity");
    if (sev.isPresent()) {
      String s = sev.get() instanceof ScalarNode sc ? sc.text() : "";
      try {
        severity = Severity.parse(s);
      } catch (IllegalArgumentException e) {
        new PolicyParams(path + ".severity", problems)
            .invalid(sev.get(), "error, warning or info", "Leave it out for error.");
        ok = false;
      }
    }
    Optional<String> hint = Optional.empty();
    if (map.has("hint")) {
      hint =
          text(map, "hint", path, params)
              .map(ScalarNode::text)
              .map(h -> h.endsWith(".") ? h : h + ".");
      ok &= hint.isPresent();
    }
    Optional<Schema> schema = Optional.empty();
    Optional<MapNode.Field> schemaField = map.field("schema");
    if (schemaField.isEmpty()) {
      params.problem(
          map.origin(),
          path + " has no schema",
          "Add schema: a JSON Schema fragment that every compiled job must satisfy.");
    } else {
      schema = compile(schemaField.get().value(), path + ".schema", params);
    }
    if (!ok || id.isEmpty() || message.isEmpty() || schema.isEmpty()) {
      return Optional.empty();
    }
    String text = message.get().text().strip();
    while (text.endsWith(".")) {
      // A Diagnostic message never ends with a period; a policy author's sentence often does.
      text = text.substring(0, text.length() - 1);
    }
    return Optional.of(
        new CustomPolicy(
            "policy/" + id.get().text(),
            text,
            severity,
            hint,
            schema.get(),
            schemaField.get().value().origin(),
            id.get().origin()));
  }

  private static Optional<ScalarNode> text(
      MapNode map, String key, String path, PolicyParams params) {
    Optional<Node> v = map.get(key);
    if (v.isEmpty()) {
      params.problem(
          map.origin(),
          path + " has no " + key,
          "A custom policy needs an id, a message and a schema.");
      return Optional.empty();
    }
    if (v.get() instanceof ScalarNode s
        && s.type() == ScalarNode.Type.STRING
        && !s.text().isBlank()) {
      return Optional.of(s);
    }
    params.problem(
        v.get().origin(),
        path + "." + key + " must be a non-empty string, found " + PolicyParams.describe(v.get()),
        "Write the " + key + " as text.");
    return Optional.empty();
  }

  /**
   * Compiles a schema fragment, first checking it against the draft 2020-12 meta-schema so that a
   * typo such as {@code type: intger} is reported where it is written. References must stay inside
   * the fragment: vjc never fetches a schema from the network.
   */
  private static Optional<Schema> compile(Node node, String path, PolicyParams params) {
    if (!(node instanceof MapNode)) {
      params.invalid(
          node,
          "a JSON Schema written as a map",
          "Write the schema as a YAML map, e.g. {required: [labels]}.");
      return Optional.empty();
    }
    // Both checks run, so that one run reports every problem.
    boolean references = SchemaRefs.check((MapNode) node, path, params);
    boolean patterns = checkPatterns(node, path, params);
    boolean ok = references && patterns;
    JsonNode json = JobView.toJson(node);
    Set<String> seen = new HashSet<>();
    for (Error e : Schemas.META.validate(json)) {
      NodePath at = e.getInstanceLocation();
      if (seen.add(at.toString())) {
        ok = false;
        params.problem(
            Locator.place(node, at),
            path + readable(at, ".") + ": " + clean(e.getMessage()),
            "Fix the schema; it is JSON Schema draft 2020-12 written in YAML.");
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      Schema schema = Schemas.REGISTRY.getSchema(json);
      schema.initializeValidators(); // eagerly, so that checking from many threads is safe
      return Optional.of(schema);
    } catch (RuntimeException e) {
      params.problem(
          node.origin(),
          path + " cannot be compiled: " + clean(e.getMessage()),
          "Fix the schema; it is JSON Schema draft 2020-12 written in YAML.");
      return Optional.empty();
    }
  }

  /** The validator compiles {@code pattern} only when it first meets a value: check them now. */
  private static boolean checkPatterns(Node node, String path, PolicyParams params) {
    boolean ok = true;
    if (node instanceof MapNode m) {
      for (MapNode.Field f : m.fields()) {
        List<ScalarNode> regexes = new ArrayList<>();
        if (f.key().equals("pattern") && f.value() instanceof ScalarNode s) {
          regexes.add(s);
        }
        if (f.key().equals("patternProperties") && f.value() instanceof MapNode pp) {
          for (MapNode.Field p : pp.fields()) {
            regexes.add(ScalarNode.string(p.key(), p.keyOrigin()));
          }
        }
        for (ScalarNode s : regexes) {
          ok &= PolicyParams.regex(s, path, params).isPresent();
        }
        ok &= checkPatterns(f.value(), path, params);
      }
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) {
        ok &= checkPatterns(item, path, params);
      }
    }
    return ok;
  }

  /** One finding per place in {@code job} that the schema rejects, at that place's position. */
  List<Diagnostic> check(ResolvedJob job) {
    MapNode body = JobView.body(job);
    List<Error> errors;
    try {
      errors = schema.validate(JobView.json(job));
    } catch (RuntimeException e) {
      return cannotApply(clean(e.getMessage()));
    } catch (StackOverflowError e) {
      // SchemaRefs refuses the loops that caused this; should one slip through, the policy's
      // schema is at fault, not vjc, so it is a finding at the schema rather than exit 3.
      return cannotApply("its schema nests too deeply to evaluate");
    }
    List<Diagnostic> out = new ArrayList<>();
    // anyOf, oneOf and friends report several errors for one value; one finding per place.
    Set<String> seen = new HashSet<>();
    for (Error e : errors) {
      NodePath at = e.getInstanceLocation();
      if (!seen.add(at.toString())) {
        continue;
      }
      Node node = Locator.locate(body, at);
      String path = readable(at, "");
      String value = node instanceof ScalarNode s ? shortened(s.text()) : node.kindName();
      String text =
          message.replace("{path}", path.isEmpty() ? "the job" : path).replace("{value}", value);
      Origin where = Locator.place(body, at);
      out.add(
          new Diagnostic(
              id,
              severity,
              text,
              where.withTrace(new Origin.Trace("policy set", setAt)),
              hint,
              Optional.empty()));
    }
    return out;
  }

  /**
   * A value as a message may quote it: at most {@value #MAX_VALUE_CHARS} characters, so a policy
   * message cannot copy a whole file or script into a review comment.
   */
  private static String shortened(String value) {
    return value.length() <= MAX_VALUE_CHARS
        ? value
        : value.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }

  private List<Diagnostic> cannotApply(String why) {
    return List.of(
        Diagnostic.error(
                PolicyParams.INVALID,
                schemaAt,
                "custom policy " + id + " cannot be applied: " + why)
            .withHint("Fix the policy's schema in .vjc.yaml."));
  }

  /** {@code jobSpec.workerPoolSpecs[1].replicaCount}; {@code prefix} goes before a first key. */
  static String readable(NodePath path, String prefix) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object el = path.getElement(i);
      if (el instanceof Integer n) {
        b.append('[').append(n).append(']');
      } else {
        b.append(b.length() > 0 ? "." : prefix).append(el);
      }
    }
    return b.toString();
  }

  private static String clean(String message) {
    String m = message == null ? "invalid" : message.strip();
    while (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m;
  }

  /** The validator and the meta-schema, built once: both are immutable and thread-safe. */
  private static final class Schemas {
    // The default loader resolves the meta-schema from the jar and fetches nothing remote.
    // Patterns run on RE2/J (linear time) instead of the validator's default java.util.regex.
    static final SchemaRegistry REGISTRY =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder()
                        .regularExpressionFactory(Schemas::linear)
                        .build()));
    static final Schema META =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    /** JSON Schema's {@code pattern} finds a match anywhere in the value, as RE2's find does. */
    private static RegularExpression linear(String regex) {
      try {
        com.google.re2j.Pattern p = LinearRegex.compile(regex);
        return value -> p.matcher(value).find();
      } catch (LinearRegex.Refused e) {
        // checkPatterns reported every user pattern already; this is a meta-schema's own.
        throw new IllegalArgumentException("pattern '" + regex + "': " + e.getMessage(), e);
      }
    }
  }

  /** Maps a JSON instance location back to the tree. */
  static final class Locator {
    private Locator() {}

    /** The deepest node on {@code path} that exists. */
    static Node locate(Node root, NodePath path) {
      Node node = root;
      for (int i = 0; i < path.getNameCount(); i++) {
        Node next = child(node, path.getElement(i));
        if (next == null) {
          return node;
        }
        node = next;
      }
      return node;
    }

    /**
     * Where to report a problem with the value at {@code path}: a scalar's own position (which
     * carries the overlay and variable chain), or for a map or list the key that holds it, which is
     * the line a reader looks at.
     */
    static Origin place(Node root, NodePath path) {
      Node node = root;
      Origin key = root.origin();
      for (int i = 0; i < path.getNameCount(); i++) {
        Object el = path.getElement(i);
        if (node instanceof MapNode m && !(el instanceof Integer)) {
          Optional<MapNode.Field> f = m.field(String.valueOf(el));
          if (f.isEmpty()) {
            break;
          }
          key = f.get().keyOrigin();
          node = f.get().value();
        } else {
          Node next = child(node, el);
          if (next == null) {
            break;
          }
          key = next.origin();
          node = next;
        }
      }
      return node instanceof ScalarNode ? node.origin() : key;
    }

    private static Node child(Node node, Object el) {
      if (el instanceof Integer n && node instanceof ListNode l && n < l.size()) {
        return l.get(n);
      }
      if (node instanceof MapNode m) {
        return m.get(String.valueOf(el)).orElse(null);
      }
      return null;
    }
  }
}
