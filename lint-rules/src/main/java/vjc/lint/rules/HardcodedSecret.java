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

  /**
   * A kind of credential with a recognisable shape; {@code group} is the secret part. Every match
   * contains one of {@code marks}, so text without any is not searched: most values hold none, and
   * searching for nine shapes was a tenth of a lint run.
   */
  private record Shape(String what, Pattern pattern, int group, List<String> marks) {

    boolean mayOccurIn(String text) {
      for (String mark : marks) {
        if (text.contains(mark)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Shape PEM =
      new Shape(
          "a PEM private key",
          Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"),
          0,
          List.of("-----BEGIN "));
  private static final Shape URL_PASSWORD =
      new Shape(
          "a password in a URL",
          // The look-behind starts a scheme only where one can start: without it every letter
          // of a long word is tried as a start, quadratic in a megabyte-long argument.
          Pattern.compile(
              "(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*+://[^\\s/:@'\"]+:([^\\s/@'\"]+)@"),
          1,
          List.of("://"));

  // Shapes the providers document for their keys; a match anywhere in a value is reported.
  private static final List<Shape> SHAPES =
      List.of(
          PEM,
          new Shape(
              "an AWS access key ID",
              Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])"),
              0,
              List.of("AKIA", "ASIA")),
          new Shape(
              "a Google API key",
              Pattern.compile("(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"),
              0,
              List.of("AIza")),
          new Shape(
              "a GitHub token",
              Pattern.compile(
                  "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
              0,
              List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
          new Shape(
              "a GitLab token",
              Pattern.compile("(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20,}"),
              0,
              List.of("glpat-")),
          new Shape(
              "a Slack token",
              Pattern.compile("(?<![A-Za-z0-9])xox[baprs]-[A-Za-z0-9-]{10,}"),
              0,
              List.of("xox")),
          // OpenAI and Anthropic keys; the digit and letter look-aheads keep out words such as
          // sk-learn-classifier-baseline.
          new Shape(
              "an sk- API key",
              Pattern.compile(
                  "(?<![A-Za-z0-9_-])sk-(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])"
                      + "[A-Za-z0-9_-]{20,}"),
              0,
              List.of("sk-")),
          new Shape(
              "a Hugging Face token",
              Pattern.compile("(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,}"),
              0,
              List.of("hf_")),
          URL_PASSWORD);

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
    for (Shape shape : SHAPES) {
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
            shape.equals(PEM)
                ? "-----BEGIN ... PRIVATE KEY-----"
                : m.group().substring(0, m.start(shape.group()) - m.start())
                    + mask(secret)
                    + (shape.equals(URL_PASSWORD) ? "@..." : "");
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

  /** At most the first 4 characters, and never more than a quarter of the secret. */
  static String mask(String secret) {
    return secret.substring(0, Math.min(4, secret.length() / 4)) + "****";
  }

  private static String hint() {
    return "Keep credentials out of job files: put the value in Secret Manager and read it at"
        + " run time, or inject it when the job is submitted, then rotate this one.";
  }
}
