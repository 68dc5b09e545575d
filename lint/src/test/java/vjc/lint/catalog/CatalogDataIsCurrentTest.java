package vjc.lint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * {@link CatalogData} is catalog.yaml built from constants, generated in every build; it must say
 * what the YAML says when the run-time parser reads it.
 */
class CatalogDataIsCurrentTest {

  private static Object parsedYaml() throws IOException {
    try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(Catalog.RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
          .loadFromString(text);
    }
  }

  @Test
  void treeEqualsTheParsedYaml() throws IOException {
    assertEquals(parsedYaml(), CatalogData.tree());
  }
}
