package vjc.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code schema/KEYWORD} ids that {@link ErrorMapper} can print with the shipped schema. They
 * are built as {@code "schema/" + keyword}, so no source spells them; the diagnostic id coverage
 * test asks this class instead. It lives here to read ErrorMapper's package-private patterns.
 */
public final class SchemaKeywordIds {

  /**
   * Keywords whose errors ErrorMapper reports as {@code "schema/" + keyword}: every keyword {@link
   * SchemaEvaluator} reports, and {@code false} for a false subschema, except {@code required} and
   * {@code additionalProperties}, which have the literal ids {@code schema/required} and {@code
   * schema/unknown-field}.
   */
  static final Set<String> BY_KEYWORD =
      Set.of("type", "enum", "pattern", "minItems", "minimum", "maximum", "false");

  /**
   * Patterns ErrorMapper never reports as {@code schema/pattern}: durations become {@code
   * schema/duration}, int64 digits {@code schema/type}, and the template branch is dropped.
   */
  static final Set<String> PATTERNS_WITH_OTHER_IDS =
      Set.of(ErrorMapper.DURATION_PATTERN, ErrorMapper.TEMPLATE_PATTERN, "^-?[0-9]+$");

  private SchemaKeywordIds() {}

  /** The {@code schema/KEYWORD} ids the shipped schema can make ErrorMapper print. */
  public static Set<String> reachable() {
    Set<String> out = new TreeSet<>();
    collect(JobSchemaData.tree(), out);
    return out;
  }

  private static void collect(Object schema, Set<String> out) {
    if (Boolean.FALSE.equals(schema)) {
      out.add("schema/false");
      return;
    }
    if (!(schema instanceof Map<?, ?> keywords)) {
      return;
    }
    for (Map.Entry<?, ?> e : keywords.entrySet()) {
      String keyword = (String) e.getKey();
      Object value = e.getValue();
      if (keyword.equals("pattern")) {
        if (!PATTERNS_WITH_OTHER_IDS.contains(value)) {
          out.add("schema/pattern");
        }
      } else if (BY_KEYWORD.contains(keyword)) {
        out.add("schema/" + keyword);
      }
      switch (keyword) {
        case "properties", "$defs" -> ((Map<?, ?>) value).values().forEach(s -> collect(s, out));
        case "items" -> collect(value, out);
        case "additionalProperties" -> {
          // false here is an unknown field, reported as schema/unknown-field
          if (!Boolean.FALSE.equals(value)) {
            collect(value, out);
          }
        }
        case "anyOf" -> ((List<?>) value).forEach(s -> collect(s, out));
        default -> {}
      }
    }
  }
}
