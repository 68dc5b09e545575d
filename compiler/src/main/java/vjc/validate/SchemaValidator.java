package vjc.validate;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vjc.diag.Diagnostic;
import vjc.load.Node;
import vjc.resolve.ResolvedJob;

/**
 * Checks a resolved job against the published JSON Schema with networknt's validator, and maps
 * every schema error from its JSON pointer back to a source position.
 */
public final class SchemaValidator {

  /** Classpath location of the schema, shipped by the vjc-schema module. */
  public static final String SCHEMA_RESOURCE = "vjc/schema/job.schema.json";

  private final Schema schema;
  private final JsonNode schemaTree;

  private SchemaValidator(Schema schema, JsonNode schemaTree) {
    this.schema = schema;
    this.schemaTree = schemaTree;
  }

  /** The validator for the schema on the classpath. */
  public static SchemaValidator load() {
    String text = schemaText();
    JsonNode tree = JsonMapper.shared().readTree(text);
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema schema = registry.getSchema(text, InputFormat.JSON);
    return new SchemaValidator(schema, tree);
  }

  /** The schema's text, as {@code vjc schema} prints it. */
  public static String schemaText() {
    try (InputStream in =
        SchemaValidator.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Diagnostics for every way {@code job} breaks the schema, in source order. */
  public List<Diagnostic> validate(ResolvedJob job) {
    Node root = job.job();
    List<Error> errors = schema.validate(JsonTrees.toJackson(root));
    ErrorMapper mapper = new ErrorMapper(root, schemaTree);
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Error e : errors) {
      Diagnostic d = mapper.map(e);
      if (d != null && seen.add(d.origin().position() + d.message())) {
        out.add(d);
      }
    }
    out.addAll(new ReadOnlyCheck(schemaTree).check(root));
    // "missing workerPoolSpecs" says nothing new beside "unknown workerPoolSpec; did you mean
    // workerPoolSpecs": keep only the finding that points at the typo.
    out.removeIf(
        d ->
            d.ruleId().equals("schema/required")
                && out.stream()
                    .anyMatch(
                        o ->
                            o.ruleId().equals("schema/unknown-field")
                                && o.message().endsWith("did you mean '" + missingName(d) + "'")));
    out.sort(
        Comparator.comparingInt((Diagnostic d) -> d.origin().line())
            .thenComparingInt(d -> d.origin().column()));
    return out;
  }

  private static String missingName(Diagnostic d) {
    String m = d.message();
    int start = m.indexOf('\'');
    int end = m.indexOf('\'', start + 1);
    return start < 0 || end < 0 ? "" : m.substring(start + 1, end);
  }

  /**
   * The instance path of an error as a readable field path, e.g. {@code
   * jobSpec.workerPoolSpecs[0]}.
   */
  static String readable(NodePath path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object el = path.getElement(i);
      if (el instanceof Integer n) {
        b.append('[').append(n).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(el);
      }
    }
    return b.toString();
  }
}
