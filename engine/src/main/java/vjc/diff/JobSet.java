package vjc.diff;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vjc.config.EnvironmentConfig;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.emit.Emitter;
import vjc.engine.Engine;
import vjc.load.FormNormalizer;
import vjc.load.JobDocument;
import vjc.load.SourceReader;
import vjc.load.SourceText;
import vjc.resolve.ResolveRequest;
import vjc.resolve.ResolvedJob;

/**
 * One side of a diff: each job file compiled under each environment it declares (in its own {@code
 * environments:} or in {@code .vjc.yaml}), through the normal pipeline.
 */
public final class JobSet {

  /**
   * One job file compiled for one environment.
   *
   * @param file the file's path from the repository root, with forward slashes
   * @param environment the environment, or empty for a job that declares none
   * @param json the compiled CustomJob as protobuf's JSON, when it compiled
   * @param target where the request goes, when it compiled: {@code parent} ({@code
   *     projects/P/locations/R}) and {@code endpoint} ({@code R-aiplatform.googleapis.com}), each
   *     as far as the job says
   * @param errors why it did not compile, one {@code file:line:col: message [rule]} per error
   */
  public record Compiled(
      String file,
      Optional<String> environment,
      Optional<JsonNode> json,
      Optional<JsonNode> target,
      List<String> errors) {
    public Compiled {
      requireNonNull(file, "file");
      requireNonNull(environment, "environment");
      requireNonNull(json, "json");
      requireNonNull(target, "target");
      errors = List.copyOf(errors);
    }
  }

  private final List<Compiled> jobs;

  private JobSet(List<Compiled> jobs) {
    this.jobs = List.copyOf(jobs);
  }

  /** Every compiled job, in file order, then in environment order. */
  public List<Compiled> jobs() {
    return jobs;
  }

  /**
   * Compiles {@code files} (under {@code root}) with {@code pipeline}; with {@code --env} in {@code
   * options}, only jobs that declare that environment, for it alone. Files in {@code searched} were
   * found in a folder, and are left out when they are not custom jobs, as lint leaves them.
   */
  public static JobSet compile(
      Engine pipeline, Path root, List<Path> files, Set<Path> searched, ResolveRequest options) {
    // Files compile independently, as lint checks them, on every core; the list keeps their order.
    return new JobSet(
        files.parallelStream()
            .flatMap(file -> compileFile(pipeline, root, file, searched, options).stream())
            .toList());
  }

  private static List<Compiled> compileFile(
      Engine pipeline, Path root, Path file, Set<Path> searched, ResolveRequest options) {
    List<Compiled> out = new ArrayList<>();
    String rel = relative(root, file);
    Outcome<JobDocument> doc = load(pipeline, file);
    if (searched.contains(file) && doc.value().isEmpty() && Engine.saysNotAJob(doc.diagnostics())) {
      return out;
    }
    for (Optional<String> env : environments(pipeline, file, doc, options.environment())) {
      ResolveRequest forEnv =
          new ResolveRequest(env, List.of(), options.vars(), options.sets(), options.processEnv());
      // specOnly: a bare CustomJobSpec has no displayName, and still has a body to compare.
      Outcome<Engine.Compiled> c = pipeline.compile(file, forEnv, Optional.empty(), true);
      if (c.value().isPresent() && !c.hasErrors()) {
        Engine.Compiled compiled = c.value().get();
        out.add(
            new Compiled(
                rel,
                env,
                Optional.of(json(compiled)),
                Optional.of(target(compiled.resolved())),
                List.of()));
      } else {
        List<String> errors = new ArrayList<>();
        for (Diagnostic d : c.diagnostics()) {
          if (d.isError()) {
            errors.add(
                relative(root, d.origin().file())
                    + ":"
                    + d.origin().line()
                    + ":"
                    + d.origin().column()
                    + ": "
                    + d.message()
                    + " ["
                    + d.ruleId()
                    + "]");
          }
        }
        out.add(new Compiled(rel, env, Optional.empty(), Optional.empty(), errors));
      }
    }
    return out;
  }

  /**
   * The file as a job document, read and parsed once for both questions asked of it (and for {@link
   * GateChanges}, whether a file it did not check holds a job).
   */
  static Outcome<JobDocument> load(Engine pipeline, Path file) {
    Outcome<SourceText> text = new SourceReader(pipeline.limits()).read(file);
    return text.then(pipeline.loader()::loadJob)
        .then(root -> new FormNormalizer().normalize(text.value().get(), root));
  }

  /**
   * The environments to compile {@code file} for, as the pipeline would check them: those of {@code
   * .vjc.yaml}, then the job's own, or none at all. A file that does not load gets one entry
   * without environment, whose compile then reports why.
   */
  private static List<Optional<String>> environments(
      Engine pipeline, Path file, Outcome<JobDocument> doc, Optional<String> only) {
    Set<String> declared = new LinkedHashSet<>();
    pipeline
        .projectConfig(file)
        .ifPresent(
            c -> {
              for (EnvironmentConfig e : c.environments()) {
                declared.add(e.name());
              }
            });
    doc.value()
        .flatMap(d -> d.root().getMap("environments"))
        .ifPresent(m -> declared.addAll(m.keys()));
    if (only.isPresent()) {
      return declared.contains(only.get()) ? List.of(only) : List.of();
    }
    if (declared.isEmpty()) {
      return List.of(Optional.empty());
    }
    return declared.stream().map(Optional::of).toList();
  }

  /** The compiled job as JSON; int64 {@code replicaCount} as a number, as it is written. */
  private static JsonNode json(Engine.Compiled compiled) {
    JsonNode tree = JsonMapper.shared().readTree(Emitter.printed(compiled.job()));
    JsonNode pools = tree.path("jobSpec").path("workerPoolSpecs");
    for (JsonNode pool : pools) {
      JsonNode count = pool.get("replicaCount");
      // Protobuf's JSON writes int64 as a string; "1" → "8" would read like a text change.
      if (count != null && count.isString() && count.asString().matches("-?[0-9]{1,18}")) {
        ((ObjectNode) pool).put("replicaCount", Long.parseLong(count.asString()));
      }
    }
    return tree;
  }

  /**
   * Where the request goes: the body alone does not say, and moving a job to another project or
   * region is a change a reviewer must see. A part the job leaves to {@code vjc submit}'s flags is
   * written {@code {project}} or {@code {region}}; the endpoint follows the region.
   */
  static JsonNode target(ResolvedJob job) {
    ObjectNode target = JsonMapper.shared().createObjectNode();
    if (job.project().isEmpty() && job.region().isEmpty()) {
      return target;
    }
    target.put(
        "parent",
        "projects/"
            + job.project().orElse("{project}")
            + "/locations/"
            + job.region().orElse("{region}"));
    job.region().ifPresent(r -> target.put("endpoint", r + "-aiplatform.googleapis.com"));
    return target;
  }

  /**
   * {@code file} from {@code root} (a real path) with forward slashes, or as it is when outside it.
   * A path through a symbolic link is resolved before giving up.
   */
  static String relative(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(root)) {
      try {
        abs = abs.toRealPath();
      } catch (IOException | SecurityException e) {
        return file.toString().replace('\\', '/');
      }
    }
    Path rel = abs.startsWith(root) ? root.relativize(abs) : file;
    return rel.toString().replace('\\', '/');
  }
}
