package vjc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import vjc.engine.UsageError;
import vjc.load.YamlLoader;
import vjc.resolve.Assignment;
import vjc.resolve.ResolveRequest;

/** The flags that choose how a job is resolved: environment, variables, field overrides. */
public final class ResolveOptions {

  @Option(
      names = "--env",
      paramLabel = "NAME",
      description =
          "Environment to resolve the job for. lint and diff check every declared one without"
              + " it; compile and submit need it when the job or .vjc.yaml declares environments.")
  String environment;

  @Option(
      names = "--var",
      paramLabel = "NAME=VALUE",
      description = "Set a template variable; VALUE is read as YAML (8 is a number).")
  List<String> vars = new ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description = "Override a field, e.g. jobSpec.workerPoolSpecs[0].replicaCount=1.")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--allow-env",
      description = "Let $${env.NAME} read the process environment (off by default).")
  boolean allowEnv;

  /** The options as the pipeline takes them; a malformed NAME=VALUE is a usage error. */
  ResolveRequest toPipelineOptions(YamlLoader loader) {
    List<Assignment> v = new ArrayList<>();
    List<Assignment> st = new ArrayList<>();
    try {
      for (String s : vars) {
        v.add(Assignment.parse(s, loader));
      }
      for (String s : sets) {
        st.add(Assignment.parse(s, loader));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    Map<String, String> env = allowEnv ? System.getenv() : Map.of();
    return new ResolveRequest(Optional.ofNullable(environment), List.of(), v, st, env);
  }
}
