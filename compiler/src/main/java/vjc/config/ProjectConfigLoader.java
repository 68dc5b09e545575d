package vjc.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.diag.Severity;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.RepositoryRoot;
import vjc.load.ScalarNode;
import vjc.load.SourceReader;
import vjc.load.YamlLoader;

/** Finds {@code .vjc.yaml} by walking up from a job file, and reads it. */
public final class ProjectConfigLoader {

  /** The config file's name. */
  public static final String FILE_NAME = ".vjc.yaml";

  private final SourceReader reader;
  private final YamlLoader loader;

  public ProjectConfigLoader(SourceReader reader, YamlLoader loader) {
    this.reader = reader;
    this.loader = loader;
  }

  /**
   * The nearest {@code .vjc.yaml} in the folder of {@code job} or above it, up to the root of the
   * repository that holds the job: a parent folder's config is someone else's project. Anything but
   * a folder counts as found, so that a FIFO or a link out of the repository is reported when read
   * rather than silently passed over.
   */
  public static Optional<Path> find(Path job) {
    Path dir = job.toAbsolutePath().normalize().getParent();
    Optional<Path> stop = dir == null ? Optional.empty() : RepositoryRoot.of(dir);
    while (dir != null) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.exists(candidate) && !Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      if (stop.isPresent() && dir.equals(stop.get())) {
        break;
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** Reads the config at {@code file}, which the user names as {@code shown}. */
  public Outcome<ProjectConfig> load(Path file, Path shown) {
    Outcome<Node> parsed = reader.read(shown).then(loader::load);
    if (parsed.value().isEmpty()) {
      return Outcome.failed(parsed.diagnostics());
    }
    List<Diagnostic> ds = new ArrayList<>(parsed.diagnostics());
    Node rootNode = parsed.value().get();
    Path root = file.toAbsolutePath().normalize().getParent();
    Path shownRoot = shown.getParent() == null ? Path.of("") : shown.getParent();
    if (!(rootNode instanceof MapNode map)) {
      if (rootNode instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL) {
        return Outcome.of(ProjectConfig.none(root), ds);
      }
      return Outcome.failed(
          Diagnostic.error("config/invalid", rootNode.origin(), ".vjc.yaml must be a map"));
    }
    List<EnvironmentConfig> envs = new ArrayList<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    List<String> disabled = new ArrayList<>();
    List<PathGlob> exclude = new ArrayList<>();
    Optional<MapNode> defaults = Optional.empty();
    Optional<MapNode> policies = Optional.empty();
    Optional<MapNode> vars = Optional.empty();
    for (MapNode.Field f : map.fields()) {
      switch (f.key()) {
        case "environments" -> envs.addAll(environments(f.value(), root, shownRoot, ds));
        case "rules" -> rules(f.value(), severities, disabled, ds);
        case "exclude" -> exclude.addAll(globs(f.value(), ds));
        case "defaults" -> defaults = map(f.value(), "defaults", ds);
        case "policies" -> policies = map(f.value(), "policies", ds);
        case "vars" -> vars = map(f.value(), "vars", ds);
        default ->
            ds.add(
                Diagnostic.error(
                        "config/unknown-key",
                        f.keyOrigin(),
                        "unknown key '" + f.key() + "' in .vjc.yaml")
                    .withHint(
                        "Known keys: environments, vars, rules, exclude, defaults, policies."));
      }
    }
    ProjectConfig config =
        new ProjectConfig(
            Optional.of(shown),
            root,
            envs,
            severities,
            disabled,
            exclude,
            defaults,
            policies,
            projectVars(defaults, vars));
    return Outcome.of(config, ds);
  }

  /**
   * Project variables: {@code vars:}, over {@code defaults: {vars: ...}} (which worked before
   * {@code vars:} had a home, and still does), key by key. A non-map {@code defaults.vars} is left
   * in the defaults, where the job's own checks report it.
   */
  private static List<MapNode.Field> projectVars(
      Optional<MapNode> defaults, Optional<MapNode> vars) {
    Map<String, MapNode.Field> out = new LinkedHashMap<>();
    defaults
        .flatMap(d -> d.getMap("vars"))
        .ifPresent(m -> m.fields().forEach(f -> out.put(f.key(), f)));
    vars.ifPresent(m -> m.fields().forEach(f -> out.put(f.key(), f)));
    return List.copyOf(out.values());
  }

  private static List<EnvironmentConfig> environments(
      Node node, Path root, Path shownRoot, List<Diagnostic> ds) {
    List<EnvironmentConfig> out = new ArrayList<>();
    if (!(node instanceof MapNode envs)) {
      ds.add(
          Diagnostic.error(
              "config/invalid", node.origin(), "environments must be a map of names to settings"));
      return out;
    }
    for (MapNode.Field e : envs.fields()) {
      List<Path> overlays = new ArrayList<>();
      Node settings = e.value();
      if (settings instanceof MapNode s) {
        for (MapNode.Field f : s.fields()) {
          if (f.key().equals("overlay") || f.key().equals("overlays")) {
            // Each file is loaded and merged once: 30,000 mentions of one file are one overlay.
            Map<Path, List<ScalarNode>> mentions = new LinkedHashMap<>();
            for (ScalarNode p : scalars(f.value())) {
              overlayPath(p, root, shownRoot, ds)
                  .ifPresent(o -> mentions.computeIfAbsent(o, k -> new ArrayList<>()).add(p));
            }
            overlays.addAll(mentions.keySet());
            mentions.forEach((o, at) -> warnRepeats(o, at, e.key(), ds));
          } else {
            ds.add(
                Diagnostic.error(
                        "config/unknown-key",
                        f.keyOrigin(),
                        "unknown key '" + f.key() + "' in environment " + e.key())
                    .withHint("An environment takes overlay: FILE or overlays: [FILES]."));
          }
        }
      } else if (!(settings instanceof ScalarNode n && n.type() == ScalarNode.Type.NULL)) {
        ds.add(
            Diagnostic.error(
                "config/invalid",
                settings.origin(),
                "environment "
                    + e.key()
                    + " must be a map, e.g. {overlay: envs/"
                    + e.key()
                    + ".yaml}"));
      }
      out.add(new EnvironmentConfig(e.key(), overlays, e.keyOrigin()));
    }
    return out;
  }

  /** Overlay paths stay inside the project: a config must not read {@code ../../etc/passwd}. */
  private static Optional<Path> overlayPath(
      ScalarNode p, Path root, Path shownRoot, List<Diagnostic> ds) {
    String text = p.text();
    Path resolved;
    boolean absolute;
    try {
      resolved = root.resolve(text).normalize();
      absolute = Path.of(text).isAbsolute();
    } catch (InvalidPathException e) {
      // A NUL character, say: the file system has no such path (found by fuzzing).
      ds.add(
          Diagnostic.error(
              "config/invalid",
              p.origin(),
              "overlay path '" + printable(text) + "' is not a valid path: " + e.getReason()));
      return Optional.empty();
    }
    Optional<String> escape =
        absolute || !resolved.startsWith(root)
            ? Optional.of("leaves the project folder " + root)
            : linkEscape(root, resolved);
    if (escape.isPresent()) {
      ds.add(
          Diagnostic.error(
                  "config/overlay-outside-project",
                  p.origin(),
                  "overlay path '" + printable(text) + "' " + escape.get())
              .withHint(
                  "Keep overlay files inside the folder that holds .vjc.yaml, outside .git, and"
                      + " commit them as files rather than symbolic links out of it."));
      return Optional.empty();
    }
    return Optional.of(shownRoot.resolve(text).normalize());
  }

  /**
   * Why an overlay path inside the project by its text is still not one: it names the .git folder,
   * or a symbolic link on the way leads out of the project. The text check alone let a committed
   * {@code envs/prod.yaml -> ~/.config/credentials} put a credentials file into findings.
   */
  private static Optional<String> linkEscape(Path root, Path resolved) {
    for (Path name : root.relativize(resolved)) {
      if (name.toString().equals(RepositoryRoot.GIT)) {
        return Optional.of("points into the repository's .git folder");
      }
    }
    if (!Files.exists(resolved)) {
      return Optional.empty(); // reading it reports the missing file, at the overlay's use
    }
    try {
      return RepositoryRoot.escape(root, resolved)
          .map(
              e ->
                  e == RepositoryRoot.Escape.GIT
                      ? "leads, through a symbolic link, into a .git folder"
                      : "leads, through a symbolic link, out of the project folder " + root);
    } catch (IOException e) {
      return Optional.empty(); // the reader reports why it cannot be resolved
    }
  }

  private static void warnRepeats(
      Path overlay, List<ScalarNode> mentions, String env, List<Diagnostic> ds) {
    if (mentions.size() < 2) {
      return;
    }
    int repeats = mentions.size() - 1;
    ds.add(
        Diagnostic.warning(
                "config/duplicate-overlay",
                mentions.get(1).origin(),
                "environment "
                    + env
                    + " names overlay "
                    + overlay
                    + " again ("
                    + repeats
                    + (repeats == 1 ? " repeat" : " repeats")
                    + "); it is applied once, where it is first named")
            .withHint("Remove the repeated overlay entries."));
  }

  private static void rules(
      Node node, Map<String, Severity> severities, List<String> disabled, List<Diagnostic> ds) {
    if (!(node instanceof MapNode rules)) {
      ds.add(
          Diagnostic.error(
              "config/invalid",
              node.origin(),
              "rules must map rule ids to off, error, warning or info"));
      return;
    }
    for (MapNode.Field f : rules.fields()) {
      Node v = f.value();
      String setting = v instanceof ScalarNode s ? s.text() : "";
      if (v instanceof ScalarNode s && s.type() == ScalarNode.Type.BOOLEAN) {
        setting = Boolean.TRUE.equals(s.value()) ? "on" : "off";
      }
      switch (setting) {
        case "off", "disabled" -> disabled.add(f.key());
        case "on" -> {}
        case "error", "warning", "info" -> severities.put(f.key(), Severity.parse(setting));
        default ->
            ds.add(
                Diagnostic.error(
                    "config/invalid",
                    v.origin(),
                    "rule "
                        + f.key()
                        + ": expected off, error, warning or info, found '"
                        + setting
                        + "'"));
      }
    }
  }

  private static Optional<MapNode> map(Node node, String key, List<Diagnostic> ds) {
    if (node instanceof MapNode m) {
      return Optional.of(m);
    }
    ds.add(Diagnostic.error("config/invalid", node.origin(), key + " must be a map"));
    return Optional.empty();
  }

  /** The {@code exclude} globs, compiled; a broken one is reported here, not when used. */
  private static List<PathGlob> globs(Node node, List<Diagnostic> ds) {
    List<PathGlob> out = new ArrayList<>();
    for (ScalarNode s : scalars(node)) {
      try {
        out.add(PathGlob.compile(s.text()));
      } catch (LinearRegex.Refused e) {
        // An unclosed [ or {, say, or repetitions too large to match in bounded time.
        ds.add(
            Diagnostic.error(
                    "config/invalid",
                    s.origin(),
                    "exclude pattern '"
                        + printable(s.text())
                        + "' is not a valid glob: "
                        + firstLine(e.getMessage()))
                .withHint(
                    "Write a glob such as jobs/drafts/** ({a,b} alternatives, [a-z] classes,"
                        + " \\ escapes)."));
      }
    }
    if (!(node instanceof ListNode) && !(node instanceof ScalarNode)) {
      ds.add(Diagnostic.error("config/invalid", node.origin(), "exclude must be a list"));
    }
    return out;
  }

  private static String firstLine(String message) {
    String m = message == null ? "invalid" : message.strip();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    while (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m;
  }

  /** Control characters shown as escapes, so a message stays on one line. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }

  private static List<ScalarNode> scalars(Node node) {
    List<ScalarNode> out = new ArrayList<>();
    if (node instanceof ScalarNode s && s.type() != ScalarNode.Type.NULL) {
      out.add(s);
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) {
        if (item instanceof ScalarNode s) {
          out.add(s);
        }
      }
    }
    return out;
  }
}
