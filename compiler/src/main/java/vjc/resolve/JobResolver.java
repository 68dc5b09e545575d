package vjc.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;
import vjc.load.JobDocument;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Applies overlays, then templating, to one job for one environment. Precedence, lowest first: the
 * job file; the project's overlay files for the environment; the job's own {@code
 * environments.<env>} block; {@code --var} and {@code --set}.
 */
public final class JobResolver {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)}");

  private final int maxChars;

  public JobResolver(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * A resolution and the variable names it saw, for checks that span every job of a run: a shared
   * variable no job uses, a {@code --var} no job knows.
   *
   * @param outcome the resolved job and the findings
   * @param defined names the job, its project and its overlays define
   * @param used names referenced anywhere in the job, its overlays, or through other variables
   */
  public record Tracked(Outcome<ResolvedJob> outcome, Set<String> defined, Set<String> used) {
    public Tracked {
      defined = Set.copyOf(defined);
      used = Set.copyOf(used);
    }
  }

  /** Resolves {@code doc} as {@code request} says. */
  public Outcome<ResolvedJob> resolve(JobDocument doc, ResolveRequest request) {
    return resolveTracked(doc, request).outcome();
  }

  /**
   * Resolves {@code doc} and says which variables it defined and used. Only variables defined in
   * the job's own file are reported unused here: one from {@code .vjc.yaml} or an overlay is
   * shared, and unused only when no job of the project uses it, which the caller decides.
   */
  public Tracked resolveTracked(JobDocument doc, ResolveRequest request) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    MapNode root = doc.root();
    Optional<MapNode> envBlocks = root.getMap("environments");
    MapNode job = root.without("environments");
    Optional<String> env = request.environment();
    for (Overlay overlay : request.projectOverlays()) {
      job = OverlayMerger.merge(job, overlay.patch().without("environments"), overlay.role());
    }
    if (env.isPresent() && envBlocks.isPresent()) {
      Optional<Node> block = envBlocks.get().get(env.get());
      if (block.isPresent() && block.get() instanceof MapNode patch) {
        job = OverlayMerger.merge(job, patch, "value from environments." + env.get());
      } else if (block.isPresent()
          && !(block.get() instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL)) {
        diagnostics.add(
            Diagnostic.error(
                "schema/type",
                block.get().origin(),
                "environments."
                    + env.get()
                    + " must be a map of fields to change, found a "
                    + block.get().kindName()));
      }
    }
    for (Assignment set : request.sets()) {
      Outcome<MapNode> after = SetApplier.apply(job, set);
      diagnostics.addAll(after.diagnostics());
      job = after.value().orElse(job);
    }

    Map<String, TemplateResolver.Variable> vars = new LinkedHashMap<>();
    Optional<MapNode.Field> varsField = job.field("vars");
    if (varsField.isPresent()) {
      if (varsField.get().value() instanceof MapNode varMap) {
        for (MapNode.Field f : varMap.fields()) {
          vars.put(f.key(), new TemplateResolver.Variable(f.key(), f.value(), f.keyOrigin()));
        }
      } else {
        diagnostics.add(
            Diagnostic.error(
                    "schema/type",
                    varsField.get().value().origin(),
                    "vars must be a map of names to values, found a "
                        + varsField.get().value().kindName())
                .withHint("Write vars as a map, e.g. vars: {gpus: 1}."));
      }
    }
    Map<String, Origin> declaredInFile = new LinkedHashMap<>();
    vars.forEach((k, v) -> declaredInFile.put(k, v.definedAt()));
    for (Assignment v : request.vars()) {
      vars.put(v.name(), new TemplateResolver.Variable(v.name(), v.value(), v.value().origin()));
    }
    Origin builtin = Origin.of(Assignment.COMMAND_LINE, 1, 1);
    if (env.isPresent()) {
      vars.putIfAbsent(
          "vjc.env",
          new TemplateResolver.Variable("vjc.env", ScalarNode.string(env.get(), builtin), builtin));
    }
    request
        .processEnv()
        .forEach(
            (k, v) ->
                vars.putIfAbsent(
                    "env." + k,
                    new TemplateResolver.Variable(
                        "env." + k, ScalarNode.string(v, builtin), builtin)));

    TemplateResolver templates = new TemplateResolver(vars, maxChars);
    Node substituted = templates.substitute(job.without("vars"));
    diagnostics.addAll(rewordEnvName(templates.diagnostics(), env));

    Set<String> referencedAnywhere = referencedNames(doc.root(), request.projectOverlays());
    // used() copies the set: once, not per variable, or 20,000 variables cost 400 million steps.
    Set<String> used = templates.used();
    for (Map.Entry<String, Origin> e : declaredInFile.entrySet()) {
      String name = e.getKey();
      boolean local = e.getValue().file().equals(doc.source().file());
      if (local && !used.contains(name) && !referencedAnywhere.contains(name)) {
        diagnostics.add(
            Diagnostic.warning(
                    "template/unused-variable",
                    e.getValue(),
                    "variable '" + name + "' is defined but never used")
                .withHint("Remove it, or reference it as ${" + name + "}."));
      }
    }
    ResolvedJob resolved = new ResolvedJob(doc, env, (MapNode) substituted);
    Set<String> seen = new TreeSet<>(used);
    seen.addAll(referencedAnywhere);
    return new Tracked(Outcome.of(resolved, diagnostics), declaredInFile.keySet(), seen);
  }

  /** {@code ${vjc.env}} without an environment deserves its own explanation. */
  private static List<Diagnostic> rewordEnvName(List<Diagnostic> ds, Optional<String> env) {
    if (env.isPresent()) {
      return ds;
    }
    List<Diagnostic> out = new ArrayList<>(ds.size());
    for (Diagnostic d : ds) {
      if (d.ruleId().equals(TemplateResolver.UNDEFINED)
          && d.message().startsWith("variable 'vjc.env' ")) {
        out.add(
            Diagnostic.error(
                    TemplateResolver.UNDEFINED,
                    d.origin(),
                    "${vjc.env} is used, but no environment is selected")
                .withHint("Pass --env NAME, or declare environments for this job."));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /** Names referenced anywhere in the raw file or its overlays, under any environment. */
  private static Set<String> referencedNames(MapNode root, List<Overlay> overlays) {
    Set<String> names = new TreeSet<>();
    collect(root, names);
    for (Overlay o : overlays) {
      collect(o.patch(), names);
    }
    return names;
  }

  private static void collect(Node node, Set<String> names) {
    if (node instanceof MapNode m) {
      for (MapNode.Field f : m.fields()) {
        collect(f.value(), names);
      }
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) {
        collect(item, names);
      }
    } else if (node instanceof ScalarNode s
        && s.value() instanceof String text
        && text.contains("${")) {
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
  }
}
