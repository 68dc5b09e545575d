package vjc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * {@link JobSchemaData} is the schema's JSON built from constants, generated in every build; it
 * must say what {@code job.schema.json} says when the run-time parser reads it.
 */
class JobSchemaDataIsCurrentTest {

  static Object parsedSchema() {
    LoadSettings json = LoadSettings.builder().setSchema(new JsonSchema()).build();
    return new Load(json).loadFromString(SchemaValidator.schemaText());
  }

  @Test
  void treeEqualsTheParsedJson() {
    assertEquals(parsedSchema(), JobSchemaData.tree());
  }

  @Test
  void schemaUsesOnlyKeywordsTheEvaluatorKnows() {
    TreeSet<String> unknown = new TreeSet<>();
    collectKeywords(JobSchemaData.tree(), unknown);
    unknown.removeAll(SchemaEvaluator.ASSERTIONS);
    unknown.removeAll(SchemaEvaluator.ANNOTATIONS);
    assertTrue(unknown.isEmpty(), "keywords SchemaEvaluator does not check: " + unknown);
  }

  /** Keywords of every schema object, skipping the names under properties and $defs. */
  private static void collectKeywords(Object schema, Set<String> into) {
    if (schema instanceof List<?> list) {
      list.forEach(s -> collectKeywords(s, into));
    } else if (schema instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            into.add((String) k);
            if (k.equals("properties") || k.equals("$defs")) {
              ((Map<?, ?>) v).values().forEach(s -> collectKeywords(s, into));
            } else if (!k.equals("enum") && !k.equals("required")) {
              collectKeywords(v, into);
            }
          });
    }
  }
}
