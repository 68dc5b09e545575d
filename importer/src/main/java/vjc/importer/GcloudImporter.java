package vjc.importer;

import com.google.cloud.aiplatform.v1.CustomJobSpec;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Diagnostic;
import vjc.diag.DidYouMean;
import vjc.diag.Origin;
import vjc.diag.Outcome;
import vjc.diag.Severity;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.SourceReader;
import vjc.load.SourceText;
import vjc.load.YamlLoader;

/**
 * Turns a {@code gcloud ai custom-jobs create} command into a vjc job file, reading its flags the
 * way gcloud does (gcloud 578.0.0, {@code command_lib/ai/custom_jobs/flags.py}, {@code
 * validation.py}, {@code custom_jobs_util.py}; see {@code ../shared/research/clients.md} §1): the
 * same defaults (one replica, one accelerator when a type is given), the same list and dict
 * grammar, the same client-side checks, and {@code --worker-pool-spec} replacing the pools of
 * {@code --config}. What gcloud itself would reject is an error here too.
 */
final class GcloudImporter {

  private enum Arity {
    VALUE,
    FLAG
  }

  /** What becomes of a flag. */
  private enum Use {
    JOB,
    SILENT,
    AUTH,
    UNSUPPORTED
  }

  private record Flag(Arity arity, Use use) {}

  private static final Map<String, Flag> FLAGS = new TreeMap<>();

  static {
    for (String f :
        List.of(
            "display-name",
            "config",
            "worker-pool-spec",
            "args",
            "command",
            "python-package-uris",
            "labels",
            "network",
            "persistent-resource-id",
            "region",
            "service-account",
            "kms-key",
            "kms-keyring",
            "kms-location",
            "kms-project",
            "project")) {
      FLAGS.put(f, new Flag(Arity.VALUE, Use.JOB));
    }
    FLAGS.put("enable-web-access", new Flag(Arity.FLAG, Use.JOB));
    FLAGS.put("enable-dashboard-access", new Flag(Arity.FLAG, Use.JOB));
    // gcloud-wide flags: output and logging flags change nothing in the job.
    for (String f : List.of("format", "flatten", "verbosity", "trace-token")) {
      FLAGS.put(f, new Flag(Arity.VALUE, Use.SILENT));
    }
    for (String f :
        List.of("quiet", "log-http", "user-output-enabled", "no-user-output-enabled", "help")) {
      FLAGS.put(f, new Flag(Arity.FLAG, Use.SILENT));
    }
    for (String f :
        List.of(
            "account",
            "billing-project",
            "configuration",
            "impersonate-service-account",
            "access-token-file")) {
      FLAGS.put(f, new Flag(Arity.VALUE, Use.AUTH));
    }
    FLAGS.put("flags-file", new Flag(Arity.VALUE, Use.UNSUPPORTED));
  }

  /** Flags people reach for that custom-jobs create does not have, and where the value goes. */
  private static final Map<String, String> NOT_FLAGS =
      Map.of(
          "base-output-directory", "jobSpec.baseOutputDirectory.outputUriPrefix",
          "base-output-dir", "jobSpec.baseOutputDirectory.outputUriPrefix",
          "timeout", "jobSpec.scheduling.timeout",
          "env-vars", "containerSpec.env of each pool",
          "scheduling-strategy", "jobSpec.scheduling.strategy",
          "tensorboard", "jobSpec.tensorboard");

  private static final Set<String> TRACKS = Set.of("alpha", "beta", "preview");
  private static final Pattern SERVICE_ACCOUNT = Pattern.compile("^(.+@.+\\..+|[0-9]+)$");
  private static final Pattern REF = Pattern.compile("(?<!\\$)\\$\\{([^}]+)\\}");

  private final SourceReader reader;
  private final YamlLoader loader;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Path, SourceText> sources = new LinkedHashMap<>();
  private Positions at;
  private GcloudValues values;

  GcloudImporter(SourceReader reader, YamlLoader loader) {
    this.reader = reader;
    this.loader = loader;
  }

  /** Imports the one {@code gcloud ai custom-jobs create} command in a script or notebook cell. */
  ImportResult fromScript(SourceText source, Path baseDir) {
    sources.put(source.file(), source);
    at = new Positions(source);
    values = new GcloudValues(at, diagnostics);
    ShellScript.Parsed parsed = ShellScript.parse(source, true);
    List<ShellScript.Command> hits = creates(parsed.commands());
    if (hits.isEmpty()) {
      ShellScript.Parsed hidden = ShellScript.parseCommentedOut(source, true);
      List<ShellScript.Command> commented = creates(hidden.commands());
      if (!commented.isEmpty()) {
        parsed = hidden;
        hits = commented;
        diagnostics.add(
            Diagnostic.warning(
                    "import/commented-out",
                    at.at(hits.get(0).offset()),
                    "this gcloud ai custom-jobs create command is commented out; imported as"
                        + " written")
                .withHint("Check that it is the command the script runs today."));
      }
    }
    if (hits.isEmpty()) {
      return notFound(source, parsed.commands());
    }
    if (hits.size() > 1) {
      List<String> lines =
          hits.stream().map(c -> Integer.toString(at.at(c.offset()).line())).toList();
      diagnostics.add(
          Diagnostic.error(
                  "import/many-commands",
                  at.at(hits.get(1).offset()),
                  source.file()
                      + " has "
                      + hits.size()
                      + " gcloud ai custom-jobs create commands"
                      + " (lines "
                      + String.join(", ", lines)
                      + "); vjc imports one at a time")
              .withHint("Copy the one you want after vjc import --, or into a file of its own."));
      return result(Optional.empty());
    }
    ShellScript.Command command = hits.get(0);
    String from =
        "the gcloud ai custom-jobs create command at "
            + source.file()
            + ":"
            + at.at(command.offset()).line();
    return build(command, parsed, baseDir, from);
  }

  /** Imports a command given as arguments, as after {@code vjc import --}. */
  ImportResult fromArgs(List<String> args, Path cwd) {
    StringBuilder line = new StringBuilder();
    for (String a : args) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(shellQuote(a));
    }
    SourceText source = new SourceText(Path.of("<command line>"), line.toString());
    sources.put(source.file(), source);
    at = new Positions(source);
    values = new GcloudValues(at, diagnostics);
    // The shell that ran vjc has expanded everything already: read the words literally.
    ShellScript.Parsed parsed = ShellScript.parse(source, false);
    List<ShellScript.Command> hits = creates(parsed.commands());
    if (hits.size() != 1) {
      return notFound(source, parsed.commands());
    }
    return build(hits.get(0), parsed, cwd, "a gcloud ai custom-jobs create command line");
  }

  private ImportResult notFound(SourceText source, List<ShellScript.Command> commands) {
    for (ShellScript.Command c : commands) {
      if (isGcloud(c)) {
        List<String> path = positionals(c).stream().map(ShellWord::display).toList();
        diagnostics.add(
            Diagnostic.error(
                    "import/not-custom-job",
                    at.at(c.offset()),
                    "this is gcloud "
                        + String.join(" ", path)
                        + "; vjc imports gcloud ai"
                        + " custom-jobs create")
                .withHint("Hyperparameter tuning jobs and other resources are not vjc jobs."));
        return result(Optional.empty());
      }
    }
    diagnostics.add(
        Diagnostic.error(
                "import/no-command",
                Origin.startOf(source.file()),
                "found no gcloud ai custom-jobs create command")
            .withHint("Give the command after vjc import --, or a script that contains it."));
    return result(Optional.empty());
  }

  private List<ShellScript.Command> creates(List<ShellScript.Command> commands) {
    List<ShellScript.Command> out = new ArrayList<>();
    for (ShellScript.Command c : commands) {
      if (!isGcloud(c)) {
        continue;
      }
      List<String> path =
          positionals(c).stream()
              .map(ShellWord::text)
              .dropWhile(TRACKS::contains)
              .limit(3)
              .toList();
      if (path.equals(List.of("ai", "custom-jobs", "create"))) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean isGcloud(ShellScript.Command c) {
    String first = c.words().get(0).text();
    return first.equals("gcloud") || first.equals("!gcloud") || first.endsWith("/gcloud");
  }

  /** The words that are not flags or flag values. */
  private static List<ShellWord> positionals(ShellScript.Command c) {
    List<ShellWord> out = new ArrayList<>();
    List<ShellWord> words = c.words();
    for (int k = 1; k < words.size(); k++) {
      String t = words.get(k).text();
      if (t.startsWith("--") && t.length() > 2) {
        Flag f = FLAGS.get(t.substring(2));
        if (f != null && f.arity() == Arity.VALUE) {
          k++;
        }
      } else if (!t.startsWith("-") || t.equals("-")) {
        out.add(words.get(k));
      }
    }
    return out;
  }

  private ImportResult build(
      ShellScript.Command command, ShellScript.Parsed parsed, Path baseDir, String from) {
    diagnostics.addAll(command.problems());
    Map<String, List<GcloudValues.Occurrence>> flags = flags(command);
    Origin commandAt = at.at(command.offset());

    Map<String, Object> job = new LinkedHashMap<>();
    single(flags, "region").ifPresent(v -> job.put("region", v.toVjc()));
    single(flags, "project").ifPresent(v -> job.put("project", v.toVjc()));
    Optional<ShellWord> displayName = single(flags, "display-name");
    displayName.ifPresent(v -> job.put("displayName", v.toVjc()));
    Map<String, Object> labels = new TreeMap<>();
    for (GcloudValues.Occurrence o : flags.getOrDefault("labels", List.of())) {
      for (GcloudValues.Entry e : values.dict(o.value())) {
        labels.put(e.key().toVjc(), e.value().toVjc());
      }
    }
    if (!labels.isEmpty()) {
      job.put("labels", new LinkedHashMap<>(labels));
    }

    Map<String, Object> spec = new LinkedHashMap<>();
    Optional<ShellWord> config = single(flags, "config");
    config.flatMap(c -> config(c, baseDir)).ifPresent(spec::putAll);
    List<GcloudValues.Occurrence> poolFlags = flags.getOrDefault("worker-pool-spec", List.of());
    if (!poolFlags.isEmpty()) {
      if (spec.containsKey("workerPoolSpecs")) {
        diagnostics.add(
            Diagnostic.of(
                "import/config-pools",
                Severity.INFO,
                at.at(poolFlags.get(0).flag()),
                "--worker-pool-spec replaces the workerPoolSpecs of --config, as in gcloud"));
      }
      spec.put(
          "workerPoolSpecs",
          new WorkerPoolFlags(values).pools(poolFlags, list(flags, "python-package-uris")));
    } else if (flags.containsKey("python-package-uris")) {
      ignored(
          flags.get("python-package-uris").get(0),
          "only pools built from --worker-pool-spec with executor-image-uri read it");
    }
    applyToPools(spec, flags, "args");
    applyToPools(spec, flags, "command");
    single(flags, "service-account")
        .ifPresent(
            v -> {
              if (!v.hasOpenVariables() && !SERVICE_ACCOUNT.matcher(v.text()).matches()) {
                values.error(
                    at.at(v),
                    "not a valid service account identifier: '"
                        + v.display()
                        + "'; use an email like trainer@PROJECT_ID.iam.gserviceaccount.com or a"
                        + " numeric id");
              }
              spec.put("serviceAccount", v.toVjc());
            });
    single(flags, "network").ifPresent(v -> spec.put("network", v.toVjc()));
    single(flags, "persistent-resource-id")
        .filter(v -> !v.isEmpty())
        .ifPresent(v -> spec.put("persistentResourceId", v.toVjc()));
    if (flags.containsKey("enable-web-access")) {
      spec.put("enableWebAccess", true);
    }
    if (flags.containsKey("enable-dashboard-access")) {
      spec.put("enableDashboardAccess", true);
    }
    kmsKey(flags)
        .ifPresent(k -> job.put("encryptionSpec", new LinkedHashMap<>(Map.of("kmsKeyName", k))));
    if (!spec.isEmpty()) {
      job.put("jobSpec", spec);
    }

    if (displayName.isEmpty()) {
      values.error(commandAt, "gcloud ai custom-jobs create needs --display-name");
    }
    if (config.isEmpty() && poolFlags.isEmpty()) {
      values.error(
          commandAt, "gcloud ai custom-jobs create needs --worker-pool-spec or --config (or both)");
    }
    if (!job.containsKey("region")) {
      diagnostics.add(
          Diagnostic.warning(
                  "import/no-region",
                  commandAt,
                  "the command has no --region; gcloud took it from its ai/region property")
              .withHint(
                  "Add region: to the imported file, or defaults: {region: ...} to"
                      + " .vjc.yaml."));
    }
    if (!job.containsKey("project")) {
      diagnostics.add(
          Diagnostic.of(
                  "import/no-project",
                  Severity.INFO,
                  commandAt,
                  "the command has no --project; gcloud took it from its core/project property")
              .withHint("Add project: to the imported file, or pass --project to vjc submit."));
    }
    List<String> open = openVariables(job, parsed);
    List<String> header = new ArrayList<>();
    header.add("Imported by vjc import from " + from + ".");
    if (!open.isEmpty()) {
      header.add(
          "Variables it leaves open (define them with --var NAME=VALUE or under"
              + " vars:): "
              + String.join(", ", open));
    }
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return result(Optional.empty());
    }
    return result(Optional.of(JobYaml.write(header, job)));
  }

  private Map<String, List<GcloudValues.Occurrence>> flags(ShellScript.Command command) {
    Map<String, List<GcloudValues.Occurrence>> flags = new LinkedHashMap<>();
    List<ShellWord> words = command.words();
    List<ShellWord> positional = new ArrayList<>();
    for (int k = 1; k < words.size(); k++) {
      ShellWord w = words.get(k);
      String t = w.text();
      if (t.equals("-q") || t.equals("-h")) {
        continue;
      }
      if (!t.startsWith("--") || t.length() == 2) {
        if (t.startsWith("-") && t.length() > 1) {
          values.error(at.at(w), "gcloud has no flag " + w.display());
        } else {
          positional.add(w);
        }
        continue;
      }
      int eq = t.indexOf('=');
      String name = eq < 0 ? t.substring(2) : t.substring(2, eq);
      ShellWord inline = eq < 0 ? null : w.sub(eq + 1);
      Flag flag = FLAGS.get(name);
      boolean negated = false;
      if (flag == null
          && name.startsWith("no-")
          && FLAGS.containsKey(name.substring(3))
          && FLAGS.get(name.substring(3)).arity() == Arity.FLAG) {
        name = name.substring(3);
        flag = FLAGS.get(name);
        negated = true;
      }
      if (flag == null) {
        unknownFlag(w, name);
        continue;
      }
      ShellWord value = null;
      if (flag.arity() == Arity.VALUE) {
        value = inline;
        if (value == null) {
          if (k + 1 >= words.size()) {
            values.error(at.at(w), "--" + name + " needs a value");
            continue;
          }
          value = words.get(++k);
        }
      } else if (inline != null) {
        values.error(
            at.at(w), "--" + name + " takes no value; write --" + name + " or --no-" + name);
        continue;
      }
      switch (flag.use()) {
        case JOB -> {
          if (!negated) {
            List<GcloudValues.Occurrence> seen =
                flags.computeIfAbsent(name, n -> new ArrayList<>());
            if (!seen.isEmpty() && !isRepeatable(name)) {
              diagnostics.add(
                  Diagnostic.warning(
                      "import/repeated-flag",
                      at.at(w),
                      "--" + name + " is given more than once; the last one counts, as in gcloud"));
            }
            seen.add(new GcloudValues.Occurrence(w, value));
          }
        }
        case SILENT -> {}
        case AUTH ->
            diagnostics.add(
                Diagnostic.of(
                        "import/ignored-flag",
                        Severity.INFO,
                        at.at(w),
                        "--" + name + " changes who gcloud acts as, not the job; not imported")
                    .withHint("vjc submit uses Application Default Credentials."));
        case UNSUPPORTED ->
            values.error(
                at.at(w), "vjc cannot follow --" + name + "; write its flags into the command");
      }
    }
    List<ShellWord> path = positional.stream().dropWhile(p -> TRACKS.contains(p.text())).toList();
    for (int k = 3; k < path.size(); k++) {
      values.error(at.at(path.get(k)), "unexpected argument '" + path.get(k).display() + "'");
    }
    if (!positional.isEmpty() && TRACKS.contains(positional.get(0).text())) {
      diagnostics.add(
          Diagnostic.of(
              "import/track",
              Severity.INFO,
              at.at(positional.get(0)),
              "gcloud "
                  + positional.get(0).text()
                  + " calls the v1beta1 API; vjc compiles and"
                  + " submits through v1"));
    }
    return flags;
  }

  private static boolean isRepeatable(String name) {
    return List.of("worker-pool-spec", "args", "command", "python-package-uris", "labels")
        .contains(name);
  }

  private void unknownFlag(ShellWord w, String name) {
    String where = NOT_FLAGS.get(name);
    Optional<String> near = DidYouMean.closest(name, FLAGS.keySet());
    Diagnostic d =
        Diagnostic.error(
            "import/gcloud",
            at.at(w),
            "gcloud ai custom-jobs create has no flag --"
                + name
                + near.map(n -> "; did you mean --" + n).orElse(""));
    if (where != null) {
      d =
          d.withHint(
              "gcloud rejects this command; set "
                  + where
                  + " in the imported file (or in the --config file) instead.");
    } else {
      List<String> own =
          FLAGS.entrySet().stream()
              .filter(e -> e.getValue().use() == Use.JOB)
              .map(Map.Entry::getKey)
              .toList();
      d =
          d.withHint(
              "gcloud rejects this command; the flags of custom-jobs create are --"
                  + String.join(", --", own)
                  + ".");
    }
    diagnostics.add(d);
  }

  private Optional<ShellWord> single(
      Map<String, List<GcloudValues.Occurrence>> flags, String name) {
    List<GcloudValues.Occurrence> os = flags.getOrDefault(name, List.of());
    return os.isEmpty() ? Optional.empty() : Optional.of(os.get(os.size() - 1).value());
  }

  /** Every item of every occurrence of a list flag: gcloud's UpdateAction extends the list. */
  private List<ShellWord> list(Map<String, List<GcloudValues.Occurrence>> flags, String name) {
    List<ShellWord> out = new ArrayList<>();
    for (GcloudValues.Occurrence o : flags.getOrDefault(name, List.of())) {
      out.addAll(values.items(o.value()));
    }
    return out;
  }

  /** {@code --args} (container and Python pools) or {@code --command} (container pools). */
  @SuppressWarnings("unchecked")
  private void applyToPools(
      Map<String, Object> spec, Map<String, List<GcloudValues.Occurrence>> flags, String flag) {
    if (!flags.containsKey(flag)) {
      return;
    }
    List<ShellWord> items = list(flags, flag);
    if (flag.equals("args")) {
      checkArgs(items);
    }
    boolean applied = false;
    Object pools = spec.get("workerPoolSpecs");
    List<Object> list =
        pools instanceof List<?> l
            ? (List<Object>) l
            : pools instanceof Map<?, ?> m ? List.of(m) : List.of();
    for (Object pool : list) {
      if (!(pool instanceof Map<?, ?> map)) {
        continue;
      }
      for (String task :
          flag.equals("args")
              ? List.of("containerSpec", "pythonPackageSpec")
              : List.of("containerSpec")) {
        if (map.get(task) instanceof Map<?, ?> t) {
          ((Map<String, Object>) t).put(flag, vjcList(items));
          applied = true;
        }
      }
    }
    if (!applied && diagnostics.stream().noneMatch(Diagnostic::isError)) {
      ignored(
          flags.get(flag).get(0),
          flag.equals("args")
              ? "no pool has a containerSpec or pythonPackageSpec"
              : "no pool has a containerSpec");
    }
  }

  /**
   * gcloud splits --args on commas, so {@code --a,=b} is two arguments, {@code --a} and {@code =b}.
   */
  private void checkArgs(List<ShellWord> items) {
    for (int k = 1; k < items.size(); k++) {
      ShellWord before = items.get(k - 1);
      ShellWord item = items.get(k);
      if (item.text().startsWith("=")
          && before.text().startsWith("-")
          && !before.text().contains("=")) {
        diagnostics.add(
            Diagnostic.warning(
                    "import/split-argument",
                    at.at(item),
                    "argument '"
                        + item.display()
                        + "' starts with '='; the comma before it"
                        + " makes '"
                        + before.display()
                        + "' and it two arguments")
                .withHint(
                    "If you meant "
                        + before.display()
                        + item.display()
                        + ", remove the comma in --args."));
      }
    }
  }

  private void ignored(GcloudValues.Occurrence o, String why) {
    diagnostics.add(
        Diagnostic.warning(
            "import/ignored-flag",
            at.at(o.flag()),
            o.flag().display().replaceFirst("=.*", "") + " has no effect: " + why));
  }

  private Optional<String> kmsKey(Map<String, List<GcloudValues.Occurrence>> flags) {
    Optional<ShellWord> key = single(flags, "kms-key");
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (key.get().text().contains("/")) {
      return Optional.of(key.get().toVjc());
    }
    Optional<ShellWord> ring = single(flags, "kms-keyring");
    Optional<ShellWord> location = single(flags, "kms-location");
    Optional<ShellWord> project = single(flags, "kms-project").or(() -> single(flags, "project"));
    if (ring.isEmpty() || location.isEmpty() || project.isEmpty()) {
      values.error(
          at.at(key.get()),
          "encryption key not fully specified: give the full"
              + " --kms-key name, or --kms-keyring, --kms-location and --kms-project with it");
      return Optional.empty();
    }
    return Optional.of(
        "projects/"
            + project.get().toVjc()
            + "/locations/"
            + location.get().toVjc()
            + "/keyRings/"
            + ring.get().toVjc()
            + "/cryptoKeys/"
            + key.get().toVjc());
  }

  private Optional<Map<String, Object>> config(ShellWord path, Path baseDir) {
    if (path.hasOpenVariables()) {
      values.error(
          at.at(path),
          "the --config path "
              + path.display()
              + " uses a shell variable; vjc cannot tell which file it names");
      return Optional.empty();
    }
    Path file;
    try {
      file = baseDir.resolve(path.text());
    } catch (InvalidPathException e) {
      diagnostics.add(
          Diagnostic.error(
                  "import/config",
                  at.at(path),
                  "the --config value " + path.display() + " is not a file path: " + e.getReason())
              .withHint("Give --config the path of the CustomJobSpec file gcloud read."));
      return Optional.empty();
    }
    Outcome<SourceText> text = reader.read(file);
    if (text.value().isEmpty()) {
      String why =
          text.diagnostics().isEmpty() ? "unreadable" : text.diagnostics().get(0).message();
      diagnostics.add(
          Diagnostic.error(
                  "import/config",
                  at.at(path),
                  "cannot read the --config file " + file + ": " + why)
              .withHint("Run vjc import from the folder gcloud ran in, or fix the path."));
      return Optional.empty();
    }
    sources.put(file, text.value().get());
    Outcome<Node> node = loader.load(text.value().get());
    diagnostics.addAll(node.diagnostics());
    if (node.value().isEmpty()) {
      return Optional.empty();
    }
    if (node.value().get() instanceof MapNode m && m.has("jobSpec")) {
      diagnostics.add(
          Diagnostic.error(
                  "import/config",
                  m.field("jobSpec").get().keyOrigin(),
                  "the --config file is a whole CustomJob; gcloud reads a CustomJobSpec (what is"
                      + " under jobSpec:)")
              .withHint(
                  "Import the file itself with vjc import FILE, or keep only its"
                      + " jobSpec in --config."));
      return Optional.empty();
    }
    return new ProtoTree(ProtoTree.Mode.GCLOUD_CONFIG, diagnostics)
        .message(node.value().get(), CustomJobSpec.getDescriptor());
  }

  /**
   * Open variables the job uses, in order of first use; one warning names them all, at the first
   * use (a script often leaves a dozen open, and a warning each would bury the rest).
   */
  private List<String> openVariables(Map<String, Object> job, ShellScript.Parsed parsed) {
    Set<String> used = new LinkedHashSet<>();
    collectRefs(job, used);
    List<String> out = new ArrayList<>();
    int first = -1;
    boolean fString = false;
    for (Map.Entry<String, Integer> e : parsed.firstUse().entrySet()) {
      if (used.contains(e.getKey())) {
        out.add(e.getKey());
        first = first < 0 ? e.getValue() : first;
        fString |= parsed.fromFString().contains(e.getKey());
      }
    }
    if (!out.isEmpty()) {
      String refs = String.join(", ", out.stream().map(n -> "${" + n + "}").toList());
      diagnostics.add(
          Diagnostic.warning(
                  "import/open-variable",
                  at.at(first),
                  (fString ? "placeholders" : "shell variables")
                      + " without a value in the"
                      + " script stay variables in the imported file: "
                      + refs)
              .withHint(
                  "Define each before linting or submitting: pass --var NAME=VALUE, or"
                      + " add it under vars:."));
    }
    return out;
  }

  private static void collectRefs(Object value, Set<String> out) {
    if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> collectRefs(v, out));
      m.keySet().forEach(k -> collectRefs(k, out));
    } else if (value instanceof List<?> l) {
      l.forEach(v -> collectRefs(v, out));
    } else if (value instanceof String s) {
      Matcher m = REF.matcher(s);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
  }

  private static List<Object> vjcList(List<ShellWord> words) {
    List<Object> out = new ArrayList<>();
    words.forEach(w -> out.add(w.toVjc()));
    return out;
  }

  private ImportResult result(Optional<String> yaml) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    return new ImportResult(yaml, sorted, sources);
  }

  /** {@code arg} as a shell word that reads back as itself. */
  static String shellQuote(String arg) {
    if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_@%+=:,./^{}-]+")) {
      return arg;
    }
    return "'" + arg.replace("'", "'\\''") + "'";
  }
}
