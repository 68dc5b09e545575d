package vjc.lint.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Secrets;
import vjc.lint.Value;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/** Credentials must not be written into env values, args or command of a job file. */
public final class HardcodedSecret implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "hardcoded-secret",
          Severity.ERROR,
          "env values, args and command must not hold credentials");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern WORD_SEPARATOR = Pattern.compile("[_.-]+");
  private static final Pattern SECRET_MANAGER_NAME = Pattern.compile("projects/[^/]+/secrets/.*");

  private static final Set<String> SECRET_WORDS =
      Set.of("SECRET", "SECRETS", "PASSWORD", "PASSWD", "TOKEN", "APIKEY");
  private static final Set<String> SECRET_PAIRS = Set.of("API_KEY", "ACCESS_KEY", "PRIVATE_KEY");
  // A last word that makes the variable about a secret, not the secret: DB_PASSWORD_FILE.
  private static final Set<String> META_WORDS =
      Set.of(
          "FILE", "PATH", "DIR", "NAME", "ID", "URI", "URL", "REF", "VERSION", "LENGTH", "LIMIT",
          "COUNT", "SIZE", "TYPE", "ENV", "HEADER");
  // REDACTED_BY_COLLECTOR (the real corpus) and the like stand for a secret; they are not one.
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i:|.*redacted.*|change[_-]?me|<.*>|[x*.#-]{3,}|todo|tbd|fixme|none|null|disabled|off"
              + "|true|false|dummy|placeholder|.*example.*|your[_-].*|[0-9]+)"
              + "|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");

  @Override
  public void check(LintContext context, Reporter reporter) {
    for (Pool pool : context.pools()) {
      for (String spec : List.of("containerSpec", "pythonPackageSpec")) {
        Optional<MapNode> map = Nodes.map(pool.node(), spec);
        if (map.isEmpty()) {
          continue;
        }
        String where = "worker pool " + pool.index() + " " + spec;
        map.get().getList("env").ifPresent(env -> checkEnv(where, env, reporter));
        for (String list : List.of("command", "args")) {
          map.get()
              .getList(list)
              .ifPresent(items -> checkList(where + "." + list, items, reporter));
        }
      }
    }
  }

  private static void checkEnv(String where, ListNode env, Reporter reporter) {
    for (Node item : env.items()) {
      if (!(item instanceof MapNode entry)) {
        continue;
      }
      Optional<Value<String>> value = Nodes.string(entry, "value");
      if (value.isEmpty()) {
        continue;
      }
      String name = Nodes.string(entry, "name").map(Value::value).orElse("?");
      String subject = "env var '" + name + "' in " + where;
      if (reportShape(subject, value.get().value(), value.get().origin(), reporter)) {
        continue;
      }
      String v = value.get().value();
      if (namesASecret(name) && !isReference(v)) {
        reporter.report(
            value.get().origin(),
            subject + " has a literal secret value (" + mask(v) + ")",
            hint());
      }
    }
  }

  private static void checkList(String where, ListNode list, Reporter reporter) {
    List<Node> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof ScalarNode s && s.asString().isPresent()) {
        reportShape(where + "[" + i + "]", s.asString().get(), s.origin(), reporter);
      }
    }
  }

  /** Reports the first credential-shaped text in {@code text}; true when it found one. */
  private static boolean reportShape(String subject, String text, Origin at, Reporter reporter) {
    for (Secrets.Shape shape : Secrets.SHAPES) {
      if (!shape.mayOccurIn(text)) {
        continue;
      }
      Matcher m = shape.pattern().matcher(text);
      while (m.find()) {
        String secret = m.group(shape.group());
        if (isReference(secret) || secret.toUpperCase(Locale.ROOT).contains("XXXX")) {
          continue;
        }
        // Never the secret itself: the PEM header alone, or the match with its secret masked.
        String shown =
            shape.equals(Secrets.PEM)
                ? "-----BEGIN ... PRIVATE KEY-----"
                : m.group().substring(0, m.start(shape.group()) - m.start())
                    + mask(secret)
                    + (shape.equals(Secrets.URL_PASSWORD) ? "@..." : "");
        reporter.report(
            at, subject + " holds what looks like " + shape.what() + " (" + shown + ")", hint());
        return true;
      }
    }
    return false;
  }

  /** Whether a variable's name says it holds a secret: DB_PASSWORD, hfToken, WANDB_API_KEY. */
  static boolean namesASecret(String name) {
    String[] words =
        WORD_SEPARATOR.split(CAMEL_HUMP.matcher(name).replaceAll("$1_$2").toUpperCase(Locale.ROOT));
    if (words.length == 0 || META_WORDS.contains(words[words.length - 1])) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (SECRET_WORDS.contains(words[i])
          || (i + 1 < words.length && SECRET_PAIRS.contains(words[i] + "_" + words[i + 1]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a value stands for a secret instead of being one: a variable reference ($VAR, ${VAR},
   * $(VAR)), a Secret Manager name, a path, or a placeholder such as REDACTED, changeme,
   * &lt;token&gt; or xxx.
   */
  private static boolean isReference(String value) {
    String v = value.strip();
    return v.contains("$")
        || v.startsWith("/")
        || v.startsWith("./")
        || v.startsWith("~/")
        || v.startsWith("gs://")
        || SECRET_MANAGER_NAME.matcher(v).matches()
        || PLACEHOLDER.matcher(v).matches();
  }

  static String mask(String secret) {
    return Secrets.mask(secret);
  }

  private static String hint() {
    return "Keep credentials out of job files: put the value in Secret Manager and read it at"
        + " run time, or inject it when the job is submitted, then rotate this one.";
  }
}
