package vjc.lint.policy;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vjc.config.LinearRegex;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.lint.Value;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * Reads the parameter of one policy from {@code .vjc.yaml}. A parameter of the wrong type is a
 * {@code config/invalid-policy} diagnostic at the value's position, never an exception; the reader
 * then returns empty and the policy stays off.
 */
public final class PolicyParams {

  /** The id of problems with a policy's parameters or a custom policy's fields. */
  public static final String INVALID = "config/invalid-policy";

  private static final Pattern DURATION =
      Pattern.compile("([0-9]{1,9})(s|m|h|d)|([0-9]{1,12})(?:\\.([0-9]{1,9}))?s");

  private final String path;
  private final List<Diagnostic> problems;

  /**
   * A reader for the parameter at {@code path} (as shown in messages, e.g. {@code
   * policies.environments.prod.maxTimeout}) that adds problems to {@code problems}.
   */
  public PolicyParams(String path, List<Diagnostic> problems) {
    this.path = path;
    this.problems = problems;
  }

  /** Where the parameter sits, e.g. {@code policies.maxTimeout}. */
  public String path() {
    return path;
  }

  /** Reports that the parameter, or a part of it at {@code at}, is not what the policy takes. */
  public void invalid(Node at, String expected, String hint) {
    problems.add(
        Diagnostic.error(
                INVALID, at.origin(), path + " must be " + expected + ", found " + describe(at))
            .withHint(hint));
  }

  /** Reports a problem in words of the caller's choosing at {@code at}. */
  public void problem(Origin at, String message, String hint) {
    problems.add(Diagnostic.error(INVALID, at, message).withHint(hint));
  }

  /**
   * A non-empty list of non-empty strings; a single string counts as a list of one. Numbers are not
   * strings here: a region or a registry is never a number, so one is surely a mistake.
   */
  public Optional<List<Value<String>>> strings(Node node, String noun, String example) {
    List<Node> items = node instanceof ListNode l ? l.items() : List.of(node);
    if (items.isEmpty()) {
      invalid(
          node,
          "a non-empty list of " + noun,
          "List at least one, e.g. " + example + ", or write null to turn the policy off.");
      return Optional.empty();
    }
    List<Value<String>> out = new ArrayList<>();
    for (Node item : items) {
      Optional<String> s = item instanceof ScalarNode sc ? sc.asString() : Optional.empty();
      if (s.isEmpty() || s.get().isBlank()) {
        invalid(item, "a list of " + noun, "Write the list as strings, e.g. " + example + ".");
        return Optional.empty();
      }
      out.add(new Value<>(s.get(), item.origin()));
    }
    return Optional.of(out);
  }

  /** A whole number of at least {@code min}. */
  public Optional<Value<Long>> count(Node node, long min) {
    if (node instanceof ScalarNode s && s.type() == ScalarNode.Type.INTEGER) {
      BigInteger b = (BigInteger) s.value();
      if (b.bitLength() < 63 && b.longValue() >= min) {
        return Optional.of(new Value<>(b.longValue(), s.origin()));
      }
    }
    invalid(node, "a whole number of at least " + min, "Write a number such as 8, unquoted.");
    return Optional.empty();
  }

  /** {@code true} or {@code false}. */
  public Optional<Boolean> flag(Node node) {
    if (node instanceof ScalarNode s && s.type() == ScalarNode.Type.BOOLEAN) {
      return Optional.of((Boolean) s.value());
    }
    invalid(node, "true or false", "Write true to require it, false or null to turn it off.");
    return Optional.empty();
  }

  /**
   * A positive duration: {@code 30m}, {@code 24h}, {@code 7d}, or protobuf's {@code 86400s} (with
   * up to nine fractional digits, as {@code scheduling.timeout} is written).
   */
  public Optional<Value<Duration>> duration(Node node) {
    Optional<String> text = node instanceof ScalarNode s ? s.asString() : Optional.empty();
    Optional<Duration> d = text.flatMap(PolicyParams::parseDuration);
    if (d.isEmpty() || d.get().isZero()) {
      invalid(
          node,
          "a positive duration such as 3600s, 90m, 24h or 7d",
          "Write a number with a unit: s, m, h or d.");
      return Optional.empty();
    }
    return Optional.of(new Value<>(d.get(), node.origin()));
  }

  /**
   * A regular expression in RE2 syntax, compiled for linear-time matching; a broken one, or one
   * using what RE2 lacks (backreferences, lookaround), is a problem at its position.
   */
  public Optional<com.google.re2j.Pattern> regex(ScalarNode node) {
    return regex(node, path, this);
  }

  /** As {@link #regex(ScalarNode)}, naming {@code at} in the message. */
  static Optional<com.google.re2j.Pattern> regex(ScalarNode node, String at, PolicyParams params) {
    try {
      return Optional.of(LinearRegex.compile(node.text()));
    } catch (LinearRegex.Refused e) {
      params.problem(
          node.origin(),
          at + ": '" + node.text() + "' is not a pattern vjc accepts: " + e.getMessage(),
          "Write it in RE2 syntax (as Go and re2 do): no backreferences or lookaround, and at most "
              + LinearRegex.MAX_SIZE
              + " steps once its repetitions are written out.");
      return Optional.empty();
    }
  }

  /** Parses {@code 30m}, {@code 24h}, {@code 7d}, {@code 86400s} or {@code 1.5s}. */
  static Optional<Duration> parseDuration(String text) {
    var m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(1) != null) {
      long n = Long.parseLong(m.group(1));
      return Optional.of(
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          });
    }
    long seconds = Long.parseLong(m.group(3));
    String fraction = m.group(4) == null ? "" : m.group(4);
    long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000000").substring(0, 9));
    return Optional.of(Duration.ofSeconds(seconds, nanos));
  }

  /** {@code 7d}, {@code 36h}, {@code 90m} or {@code 45s}: the largest unit that is exact. */
  static String human(Duration d) {
    if (d.getNano() != 0) {
      return d.getSeconds() + "." + String.format("%09d", d.getNano()).replaceAll("0+$", "") + "s";
    }
    long s = d.getSeconds();
    if (s != 0 && s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s != 0 && s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s != 0 && s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  /** A value as messages show it: {@code 'text'}, {@code integer 8}, {@code a map}. */
  static String describe(Node node) {
    if (node instanceof ScalarNode s) {
      return switch (s.type()) {
        case STRING -> "'" + s.text() + "'";
        case NULL -> "null";
        default -> s.kindName() + " " + s.text();
      };
    }
    return node instanceof MapNode ? "a map" : "a list";
  }
}
