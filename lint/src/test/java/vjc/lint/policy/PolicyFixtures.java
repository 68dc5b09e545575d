package vjc.lint.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vjc.diag.Outcome;
import vjc.load.FormNormalizer;
import vjc.load.JobDocument;
import vjc.load.Limits;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.SourceText;
import vjc.load.YamlLoader;
import vjc.resolve.JobResolver;
import vjc.resolve.ResolveRequest;
import vjc.resolve.ResolvedJob;

/** Builds policy trees and resolved jobs from YAML text, for the policy tests. */
final class PolicyFixtures {

  private static final YamlLoader LOADER = new YamlLoader(Limits.DEFAULT);

  private PolicyFixtures() {}

  /** The {@code policies:} tree of a {@code .vjc.yaml} text. */
  static MapNode policies(String vjcYaml) {
    return (MapNode) ((MapNode) load(".vjc.yaml", vjcYaml)).get("policies").orElseThrow();
  }

  /** A job file resolved for {@code env} (which the job must declare, or be empty). */
  static ResolvedJob job(String yaml, Optional<String> env) {
    SourceText text = new SourceText(Path.of("job.yaml"), yaml);
    Node root = LOADER.load(text).value().orElseThrow();
    JobDocument doc = new FormNormalizer().normalize(text, root).value().orElseThrow();
    Outcome<ResolvedJob> r =
        new JobResolver(Limits.DEFAULT.maxScalarChars())
            .resolve(doc, ResolveRequest.plain().forEnvironment(env, List.of()));
    return r.value().orElseThrow(() -> new AssertionError(r.diagnostics().toString()));
  }

  static ResolvedJob job(String yaml) {
    return job(yaml, Optional.empty());
  }

  private static Node load(String name, String yaml) {
    Outcome<Node> n = LOADER.load(new SourceText(Path.of(name), yaml));
    return n.value().orElseThrow(() -> new AssertionError(n.diagnostics().toString()));
  }
}
