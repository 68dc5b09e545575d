package vjc.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.load.FormNormalizer;
import vjc.load.JobDocument;
import vjc.load.Limits;
import vjc.load.Node;
import vjc.load.SourceText;
import vjc.resolve.JobResolver;
import vjc.resolve.ResolveRequest;
import vjc.resolve.ResolvedJob;

/** Runs the first pipeline stages on inline YAML, failing the test when a stage stops. */
public final class Jobs {

  /** The substitution limit tests resolve with: the loader's default scalar limit. */
  public static final int MAX_CHARS = Limits.DEFAULT.maxScalarChars();

  private Jobs() {}

  /** Loads and normalises {@code yaml}; the two stages must report nothing. */
  public static JobDocument document(String yaml) {
    return document(Trees.FILE, yaml);
  }

  /** Loads and normalises {@code yaml} as {@code file}; the two stages must report nothing. */
  public static JobDocument document(Path file, String yaml) {
    SourceText source = new SourceText(file, yaml);
    Node root = Trees.parse(file, yaml);
    Outcome<JobDocument> doc = new FormNormalizer().normalize(source, root);
    return valueOf(doc, "normalize");
  }

  /** The resolve stage's outcome for {@code yaml}. */
  public static Outcome<ResolvedJob> resolveOutcome(String yaml, ResolveRequest request) {
    return new JobResolver(MAX_CHARS).resolve(document(yaml), request);
  }

  /** Resolves {@code yaml} as written; resolution must report nothing. */
  public static ResolvedJob resolve(String yaml) {
    return resolve(yaml, ResolveRequest.plain());
  }

  /** Resolves {@code yaml} for {@code request}; resolution must report nothing. */
  public static ResolvedJob resolve(String yaml, ResolveRequest request) {
    return valueOf(resolveOutcome(yaml, request), "resolve");
  }

  /** A request for one environment with no overlays or command-line values. */
  public static ResolveRequest env(String environment) {
    return ResolveRequest.plain().forEnvironment(Optional.of(environment), List.of());
  }

  private static <T> T valueOf(Outcome<T> outcome, String stage) {
    List<Diagnostic> ds = outcome.diagnostics();
    if (outcome.value().isEmpty() || !ds.isEmpty()) {
      throw new AssertionError(stage + " did not succeed cleanly:" + Trees.render(ds));
    }
    return outcome.value().get();
  }
}
