package vjc.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vjc.diag.Diagnostic;
import vjc.load.Node;
import vjc.resolve.ResolvedJob;

/**
 * Checks a resolved job against the published JSON Schema, and maps every schema error from its
 * path back to a source position.
 */
public final class SchemaValidator {

  /** Classpath location of the schema, shipped by the vjc-schema module. */
  public static final String SCHEMA_RESOURCE = "vjc/schema/job.schema.json";

  private static final SchemaValidator BUILT_IN = new SchemaValidator(JobSchema.builtIn());

  private final JobSchema schema;
  private final SchemaEvaluator evaluator;

  private SchemaValidator(JobSchema schema) {
    this.schema = schema;
    this.evaluator = new SchemaEvaluator(schema);
  }

  /** The validator for the schema shipped with vjc; immutable and shared. */
  public static SchemaValidator load() {
    return BUILT_IN;
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
    ErrorMapper mapper = new ErrorMapper(root, schema, job.document().source());
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SchemaError e : evaluator.evaluate(root)) {
      Diagnostic d = mapper.map(e);
      if (d != null && seen.add(d.origin().position() + d.message())) {
        out.add(d);
      }
    }
    out.addAll(new ReadOnlyCheck(schema).check(root));
    // "missing workerPoolSpecs" says nothing new beside "unknown workerPoolSpec; did you mean
    // workerPoolSpecs": keep only the finding that points at the typo.
    out.removeIf(
        d ->
            d.ruleId().equals("schema/required")
                && out.stream()
                    .anyMatch(
                        o ->
                            o.ruleId().equals("schema/unknown-field")
                                && suggests(o, missingName(d))));
    out.sort(Diagnostic.ORDER);
    return out;
  }

  /** True when {@code unknown} suggests {@code name}, in either spelling. */
  private static boolean suggests(Diagnostic unknown, String name) {
    String m = unknown.message();
    return m.endsWith("did you mean '" + name + "'")
        || m.endsWith("did you mean '" + ErrorMapper.toSnake(name) + "'");
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
  static String readable(List<Object> path) {
    StringBuilder b = new StringBuilder();
    for (Object el : path) {
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
