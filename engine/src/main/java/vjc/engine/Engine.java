package vjc.engine;

import static java.util.Objects.requireNonNull;

import com.google.cloud.aiplatform.v1.CustomJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vjc.compile.JobCompiler;
import vjc.config.EnvironmentConfig;
import vjc.config.ProjectConfig;
import vjc.config.ProjectConfigLoader;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;
import vjc.diag.Severity;
import vjc.emit.Emitter;
import vjc.lint.LintEngine;
import vjc.lint.Rule;
import vjc.lint.Secrets;
import vjc.lint.Suppressions;
import vjc.lint.catalog.Catalog;
import vjc.load.FormNormalizer;
import vjc.load.JobDocument;
import vjc.load.Limits;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.SourceReader;
import vjc.load.SourceText;
import vjc.load.YamlLoader;
import vjc.resolve.JobResolver;
import vjc.resolve.Overlay;
import vjc.resolve.ResolveRequest;
import vjc.resolve.ResolvedJob;
import vjc.validate.SchemaValidator;

/**
 * vjc's engine: runs the stages in order for one file (load, resolve per environment, validate,
 * lint, and compile on request) and decides what the user sees of them: which environments to
 * check, the project's severity changes, suppressions, one finding for several environments, and
 * the order of findings. Every command goes through it; safe to use from several threads.
 *
 * <pre>{@code
 * Engine engine = Engine.builder().rules(BuiltInRules.all()).build();
 * FileReport report = engine.lint(Path.of("jobs/train.yaml"), ResolveRequest.plain());
 * Outcome<Engine.Compiled> prod =
 *     engine.compile(Path.of("jobs/train.yaml"), ResolveRequest.plain().forEnvironment(
 *         Optional.of("prod"), List.of()), Optional.empty(), false);
 * }</pre>
 */
public final class Engine {

  /**
   * A compiled job and the resolved tree it came from, which {@code --explain} walks.
   *
   * @param job the protobuf
   * @param resolved the tree after overlays and templating, with origins
   */
  public record Compiled(CustomJob job, ResolvedJob resolved) {}

  /** A file loaded and paired with its project config and the environments to check. */
  record Prepared(
      JobDocument document, ProjectConfig config, List<Optional<String>> environments) {}

  private final Limits limits;
  private final SourceReader reader;
  private final YamlLoader loader;
  private final FormNormalizer normalizer = new FormNormalizer();
  private final JobResolver resolver;
  private final Supplier<SchemaValidator> validator;
  private final Supplier<Catalog> catalog;
  private final List<Rule> rules;
  private final Map<Path, Outcome<ProjectConfig>> configs = new ConcurrentHashMap<>();
  private final Map<Path, Outcome<Overlay>> overlays = new ConcurrentHashMap<>();

  /**
   * The ledgers of the {@code vjc lint} runs under way, by their request (the same object for every
   * file of a run): {@link PathLinter} lints file by file, the checks across jobs come after.
   */
  private final Map<ResolveRequest, RunLedger> runs =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private final boolean snippets;
  private final SnippetLines lines = new SnippetLines();

  /** Overlay texts, for the lines findings point at there; overlays are few and shared. */
  private final Map<Path, SourceText> overlaySources = new ConcurrentHashMap<>();

  /**
   * Texts of compiled files, kept whole: a command compiles one file, and {@code vjc submit} shows
   * the server's findings, which can point at any of its lines, after the compile.
   */
  private final Map<Path, SourceText> compiledSources = new ConcurrentHashMap<>();

  /** Texts given rather than read (standard input), by absolute path. */
  private final Map<Path, byte[]> given;

  private Engine(Builder b) {
    this.given = Map.copyOf(b.given);
    this.limits = b.limits;
    this.reader = new SourceReader(limits);
    this.loader = new YamlLoader(limits);
    this.resolver = new JobResolver(limits.maxScalarChars());
    this.rules = List.copyOf(b.rules);
    this.validator = b.validator;
    this.catalog = b.catalog;
    this.snippets = b.snippets;
  }

  /** A builder with the default limits, no rules, and the schema and catalog built into vjc. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How to make an {@link Engine}: its limits, its rules, and where its schema and facts come from.
   */
  public static final class Builder {
    private Limits limits = Limits.DEFAULT;
    private List<Rule> rules = List.of();
    private Supplier<SchemaValidator> validator = memoize(SchemaValidator::load);
    private Supplier<Catalog> catalog = memoize(Catalog::builtIn);
    private boolean snippets = true;
    private final Map<Path, byte[]> given = new java.util.HashMap<>();

    private Builder() {}

    /**
     * The text of {@code file}, taken as given instead of read from disk: standard input, linted as
     * if it were that file (its positions, its {@code .vjc.yaml}).
     */
    public Builder input(Path file, byte[] bytes) {
      given.put(file.toAbsolutePath().normalize(), bytes.clone());
      return this;
    }

    /** The size limits on every input. */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /** The lint rules to run, in the order given (vjc's own: {@code BuiltInRules.all()}). */
    public Builder rules(List<Rule> rules) {
      this.rules = List.copyOf(rules);
      return this;
    }

    /**
     * Where the schema validator comes from; asked on first use, from any thread. The CLI hands in
     * one that is loading on another thread while it parses its command line.
     */
    public Builder validator(Supplier<SchemaValidator> validator) {
      this.validator = requireNonNull(validator, "validator");
      return this;
    }

    /** Where the catalog of Vertex AI facts comes from; asked on first use, from any thread. */
    public Builder catalog(Supplier<Catalog> catalog) {
      this.catalog = requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Whether findings keep the source lines they point at, for {@link #source(Path, int)}; off for
     * output that shows no snippet, so that nothing of the inputs is kept.
     */
    public Builder snippets(boolean snippets) {
      this.snippets = snippets;
      return this;
    }

    /** The engine. */
    public Engine build() {
      return new Engine(this);
    }

    private static <T> Supplier<T> memoize(Supplier<T> load) {
      return new Supplier<>() {
        private volatile T value;

        @Override
        public T get() {
          T v = value;
          if (v == null) {
            synchronized (this) {
              v = value;
              if (v == null) {
                v = load.get();
                value = v;
              }
            }
          }
          return v;
        }
      };
    }
  }

  /** The loader, for parsing command-line values. */
  public YamlLoader loader() {
    return loader;
  }

  /**
   * Line {@code line} of {@code file} as it was read, when a finding of a file linted so far points
   * at it, or the file was compiled or is an overlay (and snippets are on): the text format's
   * snippets.
   */
  public Optional<String> source(Path file, int line) {
    // A snippet never shows a credential either, whatever the finding is about.
    Optional<String> kept = lines.line(file, line);
    if (kept.isPresent()) {
      return kept.map(Secrets::redact);
    }
    SourceText whole = compiledSources.getOrDefault(file, overlaySources.get(file));
    return whole == null ? Optional.empty() : whole.line(line).map(Secrets::redact);
  }

  /** The rules this pipeline runs. */
  public List<Rule> rules() {
    return rules;
  }

  /** Lints {@code file} under the chosen environment, or under every declared one. */
  public FileReport lint(Path file, ResolveRequest options) {
    Outcome<SourceText> text = read(file);
    Outcome<Prepared> prepared = prepare(file, text, options, false);
    if (prepared.value().isEmpty()) {
      boolean unreadable =
          prepared.diagnostics().stream().anyMatch(d -> d.ruleId().equals(SourceReader.UNREADABLE));
      return keepLines(
          text, new FileReport(file, shown(prepared.diagnostics()), List.of(), unreadable));
    }
    Prepared p = prepared.value().get();
    List<Diagnostic> configErrors = configErrors(file);
    if (!configErrors.isEmpty()) {
      // Every finding would be computed without the project's environments and policies.
      List<Diagnostic> own = new ArrayList<>(prepared.diagnostics());
      own.removeAll(config(file).diagnostics());
      FileReport.NotChecked why =
          new FileReport.NotChecked(
              Optional.empty(), configErrors.get(0).origin().file(), configErrors);
      keepLines(text, configErrors);
      return keepLines(text, new FileReport(file, shown(own), List.of(), false, List.of(why)));
    }
    List<Diagnostic> all = new ArrayList<>(prepared.diagnostics());
    List<FileReport.NotChecked> notChecked = new ArrayList<>();
    Map<String, List<String>> envsOf = new LinkedHashMap<>();
    Map<String, Diagnostic> byKey = new LinkedHashMap<>();
    for (Optional<String> env : p.environments()) {
      Optional<FileReport.NotChecked> broken = brokenOverlay(p, env);
      if (broken.isPresent()) {
        keepLines(text, broken.get().problems());
        notChecked.add(broken.get());
        continue;
      }
      for (Diagnostic d : check(p, env, options)) {
        String key = d.ruleId() + "|" + d.origin() + "|" + d.message();
        byKey.putIfAbsent(key, d);
        env.ifPresent(e -> envsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(e));
      }
    }
    for (Map.Entry<String, Diagnostic> e : byKey.entrySet()) {
      Diagnostic d = e.getValue();
      List<String> envs = envsOf.get(e.getKey());
      all.add(envs == null ? d : d.inEnvironment(String.join(",", envs)));
    }
    FileReport report = suppress(p, configure(p.config(), all));
    return keepLines(
        text,
        new FileReport(
            report.file(),
            report.diagnostics(),
            report.suppressed(),
            report.unreadable(),
            notChecked));
  }

  /** The first overlay of {@code env} that has errors, with them. */
  private Optional<FileReport.NotChecked> brokenOverlay(Prepared p, Optional<String> env) {
    if (env.isEmpty()) {
      return Optional.empty();
    }
    Optional<EnvironmentConfig> declared = p.config().environment(env.get());
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    for (Path overlayFile : declared.get().overlays()) {
      List<Diagnostic> problems = errors(overlay(overlayFile).diagnostics());
      if (!problems.isEmpty()) {
        return Optional.of(
            new FileReport.NotChecked(env, problems.get(0).origin().file(), problems));
      }
    }
    return Optional.empty();
  }

  /**
   * The errors of the .vjc.yaml that applies to {@code file}: how it reads, then its {@code
   * policies:} section, which every job would otherwise repeat in every environment.
   */
  private List<Diagnostic> configErrors(Path file) {
    Outcome<ProjectConfig> config = config(file);
    List<Diagnostic> out = new ArrayList<>(errors(config.diagnostics()));
    if (out.isEmpty() && config.value().isPresent()) {
      out.addAll(
          errors(
              vjc.lint.policy.PolicyEngine.forProject(config.value().get(), catalog.get())
                  .problems()));
    }
    return out;
  }

  private static List<Diagnostic> errors(List<Diagnostic> ds) {
    return ds.stream().filter(Diagnostic::isError).toList();
  }

  /** Captures the lines the report's findings point at, in the file and in overlays. */
  private FileReport keepLines(Outcome<SourceText> text, FileReport report) {
    keepLines(text, report.diagnostics());
    return report;
  }

  private <T> Outcome<T> keepLines(Outcome<SourceText> text, Outcome<T> outcome) {
    keepLines(text, outcome.diagnostics());
    return outcome;
  }

  private void keepLines(Outcome<SourceText> text, List<Diagnostic> findings) {
    if (!snippets || findings.isEmpty()) {
      return;
    }
    text.value().ifPresent(t -> lines.capture(t, findings));
    Set<Path> elsewhere = new LinkedHashSet<>();
    for (Diagnostic d : findings) {
      elsewhere.add(d.origin().file());
    }
    for (Path f : elsewhere) {
      SourceText overlay = overlaySources.get(f);
      if (overlay != null) {
        lines.capture(overlay, findings);
      }
    }
  }

  /**
   * Lints what {@code paths} stand for, as {@code vjc lint} does: a directory is searched for job
   * files (and files there that are not jobs are skipped), {@code .vjc.yaml} or an overlay stands
   * for every job it affects, and a path that cannot be read is a report of its own. With {@code
   * onlyJobs}, named files that are not jobs are skipped too. Reports come in a stable order.
   */
  public List<FileReport> lint(
      List<Path> paths, ResolveRequest request, boolean onlyJobs, int threads)
      throws InterruptedException {
    RunLedger ledger = new RunLedger();
    runs.put(request, ledger);
    List<FileReport> reports;
    try {
      reports = PathLinter.lint(this, paths, request, onlyJobs, threads);
    } finally {
      runs.remove(request);
    }
    return RunFindings.add(
        reports,
        ledger,
        request.vars(),
        f -> overlay(f).value().flatMap(o -> o.patch().getMap("vars")),
        this::configure);
  }

  /** Compiles {@code file} for {@code options.environment()}; empty when errors stop it. */
  public Outcome<Compiled> compile(
      Path file, ResolveRequest options, Optional<String> displayName, boolean specOnly) {
    Outcome<SourceText> text = read(file);
    if (snippets) {
      text.value().ifPresent(t -> compiledSources.put(file, t));
    }
    return keepLines(text, compile(file, text, options, displayName, specOnly));
  }

  private Outcome<Compiled> compile(
      Path file,
      Outcome<SourceText> text,
      ResolveRequest options,
      Optional<String> displayName,
      boolean specOnly) {
    Outcome<Prepared> prepared = prepare(file, text, options, true);
    if (prepared.value().isEmpty()) {
      return Outcome.failed(shown(prepared.diagnostics()));
    }
    Prepared p = prepared.value().get();
    Optional<String> env = p.environments().get(0);
    List<Diagnostic> sharedErrors = configErrors(file);
    if (sharedErrors.isEmpty()) {
      sharedErrors = brokenOverlay(p, env).map(FileReport.NotChecked::problems).orElse(List.of());
    }
    if (!sharedErrors.isEmpty()) {
      // A job compiled from a half-read shared file is not the job; its errors alone say why.
      return Outcome.failed(shown(sharedErrors));
    }
    JobResolver.Tracked tracked = resolveTracked(p, env, options);
    Outcome<ResolvedJob> resolved = tracked.outcome();
    List<Diagnostic> found = new ArrayList<>(prepared.diagnostics());
    found.addAll(resolved.diagnostics());
    found.addAll(NameChecks.unknownVars(options.vars(), tracked.defined(), tracked.used()));
    if (resolved.value().isPresent()) {
      ResolvedJob job = resolved.value().get();
      if (displayName.isPresent()) {
        // --display-name is part of the job the checks see, not only of the output.
        Origin at = Origin.of(vjc.resolve.Assignment.COMMAND_LINE, 1, 1);
        job =
            new ResolvedJob(
                job.document(),
                job.environment(),
                job.job()
                    .with("displayName", at, vjc.load.ScalarNode.string(displayName.get(), at)));
      }
      found.addAll(validator.get().validate(job));
      List<Diagnostic> lint = lintEngine(p.config()).lint(job);
      if (specOnly) {
        // A CustomJobSpec has no display name; the rule about it does not apply.
        lint = lint.stream().filter(d -> !d.ruleId().equals("display-name")).toList();
      }
      found.addAll(lint);
      found.addAll(vjc.lint.policy.PolicyEngine.forProject(p.config(), catalog.get()).check(job));
      if (!specOnly && displayName.isEmpty() && !job.job().has("displayName")) {
        found.add(
            Diagnostic.error(
                    "compile/display-name",
                    job.job().getMap("jobSpec").map(MapNode::origin).orElse(job.job().origin()),
                    "a CustomJob needs a displayName, and this "
                        + p.document().form().noun()
                        + " has none")
                .withHint(
                    "Pass --display-name NAME, add displayName to the file, or use --spec"
                        + " to compile the CustomJobSpec alone."));
      }
      FileReport report = suppress(p, configure(p.config(), found));
      if (report.diagnostics().stream().noneMatch(Diagnostic::isError)) {
        Outcome<CustomJob> compiled = new JobCompiler().compile(job, displayName);
        Optional<String> unencodable = compiled.value().flatMap(Emitter::firstUnencodable);
        if (unencodable.isPresent()) {
          // The loader refuses such strings in files; this catches any other way in.
          List<Diagnostic> all = new ArrayList<>(report.diagnostics());
          all.add(unencodableString(job.job().origin(), unencodable.get()));
          return Outcome.failed(shown(all));
        }
        List<Diagnostic> all = new ArrayList<>(report.diagnostics());
        all.addAll(compiled.diagnostics());
        ResolvedJob checked = job;
        return new Outcome<>(compiled.value().map(c -> new Compiled(c, checked)), shown(all));
      }
      return Outcome.failed(report.diagnostics());
    }
    return Outcome.failed(shown(found));
  }

  private static Diagnostic unencodableString(Origin at, String path) {
    return Diagnostic.error(
            "input/invalid-string",
            at,
            path
                + " holds half of a surrogate pair, which UTF-8 and the Vertex AI API cannot carry")
        .withHint("Write the character itself, not half of its UTF-16 encoding.");
  }

  /** Resolves, validates and lints one environment. */
  private List<Diagnostic> check(Prepared p, Optional<String> env, ResolveRequest options) {
    Outcome<ResolvedJob> resolved = resolve(p, env, options);
    List<Diagnostic> out = new ArrayList<>(resolved.diagnostics());
    if (resolved.value().isPresent()) {
      ResolvedJob job = resolved.value().get();
      out.addAll(validator.get().validate(job));
      out.addAll(lintEngine(p.config()).lint(job));
      out.addAll(vjc.lint.policy.PolicyEngine.forProject(p.config(), catalog.get()).check(job));
    }
    return out;
  }

  private Outcome<ResolvedJob> resolve(Prepared p, Optional<String> env, ResolveRequest options) {
    return resolveTracked(p, env, options).outcome();
  }

  /** Resolves one environment, and records its variable names when a lint run keeps a ledger. */
  private JobResolver.Tracked resolveTracked(
      Prepared p, Optional<String> env, ResolveRequest options) {
    List<Overlay> layers = new ArrayList<>();
    List<Diagnostic> ds = new ArrayList<>();
    if (env.isPresent()) {
      Optional<EnvironmentConfig> declared = p.config().environment(env.get());
      if (declared.isPresent()) {
        for (Path overlayFile : declared.get().overlays()) {
          Outcome<Overlay> o = overlay(overlayFile);
          ds.addAll(o.diagnostics());
          o.value().ifPresent(layers::add);
        }
      }
    }
    ResolveRequest request = options.forEnvironment(env, layers);
    JobResolver.Tracked tracked = resolver.resolveTracked(p.document(), request);
    RunLedger ledger = runs.get(options);
    if (ledger != null) {
      ledger.record(p.document().source().file(), p.config(), tracked.defined(), tracked.used());
    }
    ds.addAll(tracked.outcome().diagnostics());
    return new JobResolver.Tracked(
        new Outcome<>(tracked.outcome().value(), ds), tracked.defined(), tracked.used());
  }

  private Outcome<Prepared> prepare(
      Path file, Outcome<SourceText> text, ResolveRequest options, boolean needOneEnv) {
    Outcome<JobDocument> doc =
        text.then(loader::loadJob).then(root -> normalizer.normalize(text.value().get(), root));
    if (doc.value().isEmpty()) {
      return Outcome.failed(doc.diagnostics());
    }
    List<Diagnostic> ds = new ArrayList<>(doc.diagnostics());
    Outcome<ProjectConfig> config = config(file);
    ds.addAll(config.diagnostics());
    ProjectConfig cfg = config.value().orElse(ProjectConfig.none(file.toAbsolutePath()));
    JobDocument document = withDefaults(doc.value().get(), cfg);

    // When .vjc.yaml declares environments, they are the project's names: a job's block under
    // another name is a typo, not a new environment. Without them, a job declares its own.
    Set<String> declared = new LinkedHashSet<>(cfg.environmentNames());
    Optional<MapNode> blocks = document.root().getMap("environments");
    if (declared.isEmpty() || cfg.file().isEmpty()) {
      blocks.ifPresent(m -> declared.addAll(m.keys()));
    } else if (blocks.isPresent()) {
      ds.addAll(
          NameChecks.undeclaredBlocks(blocks.get(), cfg.environmentNames(), cfg.file().get()));
    }
    List<Optional<String>> envs = new ArrayList<>();
    if (options.environment().isPresent()) {
      String env = options.environment().get();
      if (!declared.contains(env)) {
        return Outcome.failed(NameChecks.unknownEnvironment(env, declared, file));
      }
      envs.add(Optional.of(env));
    } else if (declared.isEmpty()) {
      envs.add(Optional.empty());
    } else if (needOneEnv) {
      return Outcome.failed(
          Diagnostic.error(
                  "cli/environment-required",
                  Origin.startOf(file),
                  "the job declares environments "
                      + String.join(", ", declared)
                      + "; choose one to compile")
              .withHint("Pass --env NAME."));
    } else {
      declared.forEach(e -> envs.add(Optional.of(e)));
    }
    return Outcome.of(new Prepared(document, cfg, envs), ds);
  }

  /**
   * {@code defaults:} in .vjc.yaml fills {@code region} and {@code project} where a job has none,
   * and the project's variables are the lowest layer under the job's own {@code vars}, key by key.
   */
  private static JobDocument withDefaults(JobDocument doc, ProjectConfig config) {
    if (config.defaults().isEmpty() && config.vars().isEmpty()) {
      return doc;
    }
    MapNode root = doc.root();
    if (config.defaults().isPresent()) {
      for (MapNode.Field f : config.defaults().get().fields()) {
        boolean projectVars = f.key().equals("vars") && f.value() instanceof MapNode;
        if (!projectVars && !root.has(f.key())) {
          root = root.with(f.key(), f.keyOrigin(), f.value());
        }
      }
    }
    root = withProjectVars(root, config.vars());
    return new JobDocument(doc.source(), doc.form(), root);
  }

  /** The job's {@code vars} over the project's; a {@code vars} that is not a map is left alone. */
  private static MapNode withProjectVars(MapNode root, List<MapNode.Field> projectVars) {
    if (projectVars.isEmpty()) {
      return root;
    }
    Optional<MapNode.Field> own = root.field("vars");
    if (own.isPresent() && !(own.get().value() instanceof MapNode)) {
      return root;
    }
    List<MapNode.Field> merged = new ArrayList<>();
    Optional<MapNode> jobVars = own.map(f -> (MapNode) f.value());
    for (MapNode.Field f : projectVars) {
      if (jobVars.isEmpty() || !jobVars.get().has(f.key())) {
        merged.add(f);
      }
    }
    jobVars.ifPresent(m -> merged.addAll(m.fields()));
    Origin at = own.map(MapNode.Field::keyOrigin).orElse(projectVars.get(0).keyOrigin());
    Origin mapAt = jobVars.map(MapNode::origin).orElse(at);
    return root.with("vars", at, MapNode.of(merged, mapAt));
  }

  private Outcome<ProjectConfig> config(Path file) {
    Optional<Path> found = ProjectConfigLoader.find(file);
    if (found.isEmpty()) {
      return Outcome.ok(ProjectConfig.none(file.toAbsolutePath().getParent()));
    }
    return configs.computeIfAbsent(
        found.get(),
        f -> {
          Path shown = shownPath(file, f);
          Outcome<ProjectConfig> c = new ProjectConfigLoader(reader, loader).load(f, shown);
          if (snippets) {
            // Its findings (and its policies' problems) show their lines, as an overlay's do.
            reader
                .read(f)
                .value()
                .ifPresent(t -> overlaySources.put(shown, new SourceText(shown, t.text())));
          }
          return c;
        });
  }

  /** The config's path as the user would write it: relative when the job path is relative. */
  private static Path shownPath(Path job, Path config) {
    if (job.isAbsolute()) {
      return config;
    }
    Path cwd = Path.of("").toAbsolutePath();
    return config.startsWith(cwd) ? cwd.relativize(config) : config;
  }

  private Outcome<Overlay> overlay(Path file) {
    return overlays.computeIfAbsent(
        file,
        f -> {
          Outcome<SourceText> text = reader.read(f);
          if (snippets) {
            text.value().ifPresent(t -> overlaySources.put(f, t));
          }
          Outcome<Node> node = text.then(loader::load);
          if (node.value().isEmpty()) {
            return Outcome.failed(node.diagnostics());
          }
          Node root = node.value().get();
          if (!(root instanceof MapNode m)) {
            return Outcome.failed(
                Diagnostic.error(
                    "config/overlay",
                    root.origin(),
                    "an overlay file must be a map of job fields, found a " + root.kindName()));
          }
          MapNode patch = FormNormalizer.camelizeOverlay(m);
          return Outcome.of(new Overlay("value from overlay", patch), node.diagnostics());
        });
  }

  private LintEngine lintEngine(ProjectConfig config) {
    return new LintEngine(
        rules, catalog.get(), config.ruleSeverities(), Set.copyOf(config.disabledRules()));
  }

  /** Applies the project's severity changes and disabled rules to findings it may configure. */
  private List<Diagnostic> configure(ProjectConfig config, List<Diagnostic> ds) {
    List<Diagnostic> out = new ArrayList<>(ds.size());
    for (Diagnostic d : ds) {
      if (!isConfigurable(d.ruleId())) {
        out.add(d);
        continue;
      }
      if (config.disabledRules().contains(d.ruleId())) {
        continue;
      }
      Severity s = config.ruleSeverities().get(d.ruleId());
      out.add(s == null ? d : d.withSeverity(s));
    }
    return out;
  }

  private boolean isConfigurable(String ruleId) {
    return ruleId.startsWith("suppression/")
        || ruleId.startsWith("policy/")
        || ruleId.equals("template/unused-variable")
        || rules.stream().anyMatch(r -> r.info().id().equals(ruleId));
  }

  private FileReport suppress(Prepared p, List<Diagnostic> ds) {
    Suppressions suppressions = Suppressions.parse(p.document().source());
    List<Diagnostic> kept = new ArrayList<>();
    List<FileReport.Suppressed> silenced = new ArrayList<>();
    for (Diagnostic d : ds) {
      Optional<String> reason =
          isSuppressible(d.ruleId()) ? suppressions.suppresses(d) : Optional.empty();
      if (reason.isPresent()) {
        silenced.add(new FileReport.Suppressed(d, reason.get()));
      } else {
        kept.add(d);
      }
    }
    kept.addAll(configure(p.config(), suppressions.problems()));
    return new FileReport(p.document().source().file(), shown(kept), silenced, false);
  }

  private static boolean isSuppressible(String ruleId) {
    return !(ruleId.startsWith("yaml/")
        || ruleId.startsWith("input/")
        || ruleId.startsWith("io/")
        || ruleId.startsWith("suppression/"));
  }

  /** Findings in file, line, column, rule order: the same input always prints the same way. */
  /**
   * Findings as they are shown: in {@link Diagnostic#ORDER}, with every credential-shaped part of a
   * message or hint masked ({@link Secrets}), whichever value, file or environment it came from.
   */
  public static List<Diagnostic> shown(List<Diagnostic> ds) {
    List<Diagnostic> out = new ArrayList<>(ds.size());
    for (Diagnostic d : ds) {
      String message = Secrets.redact(d.message());
      Optional<String> hint = d.hint().map(Secrets::redact);
      out.add(
          message.equals(d.message()) && hint.equals(d.hint())
              ? d
              : new Diagnostic(
                  d.ruleId(), d.severity(), message, d.origin(), hint, d.environment()));
    }
    return sorted(out);
  }

  static List<Diagnostic> sorted(List<Diagnostic> ds) {
    List<Diagnostic> out = new ArrayList<>(ds);
    out.sort(Diagnostic.ORDER);
    return out;
  }

  /** The project config that applies to {@code file}, if it has one and it loads. */
  public Optional<ProjectConfig> projectConfig(Path file) {
    return config(file).value();
  }

  /**
   * True when {@code problems}, from loading a file, say it is not a custom job (a CI config, a
   * tuning job): directory searches skip such files without reporting them.
   */
  public static boolean saysNotAJob(List<Diagnostic> problems) {
    return problems.stream().anyMatch(Engine::isNotAJob);
  }

  /**
   * True for the finding that a file is not a custom job, a kind vjc does not compile, or empty (or
   * comments only): the rule is {@code vjc.load.JobShape}'s.
   */
  public static boolean isNotAJob(Diagnostic d) {
    return d.ruleId().equals("input/not-a-job")
        || d.ruleId().equals("input/unsupported-kind")
        || d.ruleId().equals("input/empty");
  }

  /** The limits this pipeline enforces. */
  public Limits limits() {
    return limits;
  }

  private Outcome<SourceText> read(Path file) {
    byte[] bytes = given.get(file.toAbsolutePath().normalize());
    return bytes == null ? reader.read(file) : SourceReader.decode(file, bytes);
  }
}
