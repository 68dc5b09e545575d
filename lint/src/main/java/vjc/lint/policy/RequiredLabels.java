package vjc.lint.policy;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vjc.lint.LintContext;
import vjc.lint.Reporter;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/**
 * The job carries these labels, each optionally with a value pattern (a regular expression in RE2
 * syntax, matched against the whole value in linear time). Written as a list of keys, a map of key
 * to pattern ({@code null} for any value), or a list mixing keys and one-entry maps.
 */
public final class RequiredLabels implements BuiltInPolicy {

  /** One required label; an empty pattern accepts any value. */
  private record Required(String key, Optional<Pattern> pattern) {}

  @Override
  public String key() {
    return "requiredLabels";
  }

  @Override
  public String summary() {
    return "the job must carry these labels, each optionally matching a value pattern";
  }

  @Override
  public String example() {
    return "{team: null, cost-center: \"cc-[0-9]{4}\"}";
  }

  @Override
  public Optional<PolicyCheck> configure(Node value, PolicyParams params) {
    List<Required> required = new ArrayList<>();
    boolean ok = true;
    if (value instanceof MapNode map) {
      for (MapNode.Field f : map.fields()) {
        ok &= add(f.key(), f.value(), params, required);
      }
    } else if (value instanceof ListNode list && !list.items().isEmpty()) {
      for (Node item : list.items()) {
        if (item instanceof ScalarNode s && s.asString().filter(k -> !k.isBlank()).isPresent()) {
          required.add(new Required(s.text(), Optional.empty()));
        } else if (item instanceof MapNode m && m.fields().size() == 1) {
          ok &= add(m.fields().get(0).key(), m.fields().get(0).value(), params, required);
        } else {
          params.invalid(item, "a label key or a one-entry map {key: pattern}", hint());
          ok = false;
        }
      }
    } else {
      params.invalid(value, "a list of label keys or a map of label key to value pattern", hint());
      return Optional.empty();
    }
    if (!ok) {
      return Optional.empty();
    }
    List<Required> all = List.copyOf(required);
    return Optional.of((job, reporter) -> check(job, all, reporter));
  }

  private static boolean add(String key, Node pattern, PolicyParams params, List<Required> out) {
    if (pattern instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL) {
      out.add(new Required(key, Optional.empty()));
      return true;
    }
    if (pattern instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
      Optional<Pattern> p = params.regex(s);
      p.ifPresent(compiled -> out.add(new Required(key, Optional.of(compiled))));
      return p.isPresent();
    }
    params.invalid(pattern, "a value pattern (a string) or null for label " + key, hint());
    return false;
  }

  private static String hint() {
    return "Write e.g. requiredLabels: [team] or requiredLabels: {cost-center: \"cc-[0-9]{4}\"}.";
  }

  private static void check(LintContext job, List<Required> required, Reporter reporter) {
    Optional<MapNode> labels = job.root().getMap("labels");
    for (Required r : required) {
      Optional<MapNode.Field> field = labels.flatMap(l -> l.field(r.key()));
      if (field.isEmpty()) {
        reporter.report(
            Places.nearest(job, "labels"),
            "required label '" + r.key() + "' is missing",
            "Add "
                + r.key()
                + " under labels:"
                + r.pattern().map(p -> ", with a value matching " + p.pattern()).orElse("")
                + ".");
        continue;
      }
      Node v = field.get().value();
      String text = v instanceof ScalarNode s ? s.text() : "";
      if (r.pattern().isPresent() && !r.pattern().get().matcher(text).matches()) {
        reporter.report(
            v.origin(),
            "label "
                + r.key()
                + " '"
                + text
                + "' does not match the required pattern "
                + r.pattern().get().pattern(),
            "Give " + r.key() + " a value matching " + r.pattern().get().pattern() + ".");
      }
    }
  }
}
