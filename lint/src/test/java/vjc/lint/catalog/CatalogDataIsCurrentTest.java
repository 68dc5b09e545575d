package vjc.lint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import vjc.testing.DataClassWriter;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * {@link CatalogData} is catalog.yaml built from constants; it must say what the YAML says. After
 * editing the catalog, regenerate with {@code mvn -q test -Dvjc.updateGolden=true}.
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
  void compiledInCatalogMatchesTheYaml() throws IOException {
    Golden.check(
        Repo.root().resolve("lint/src/main/java/vjc/lint/catalog/CatalogData.java"),
        DataClassWriter.write("vjc.lint.catalog", "CatalogData", Catalog.RESOURCE, parsedYaml()));
  }

  @Test
  void treeEqualsTheParsedYaml() throws IOException {
    assertEquals(parsedYaml(), CatalogData.tree());
  }
}
