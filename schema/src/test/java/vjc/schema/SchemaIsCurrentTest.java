package vjc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * The checked-in schema is what the generator makes from the current protos; after a proto upgrade,
 * regenerate with {@code mvn -q test -Dvjc.updateGolden=true} and review the diff.
 */
class SchemaIsCurrentTest {

  @Test
  void checkedInSchemaMatchesTheDescriptors() {
    Golden.check(Repo.root().resolve(SchemaGenerator.CHECKED_IN), SchemaGenerator.generate());
  }

  @Test
  void generationIsDeterministic() {
    assertEquals(SchemaGenerator.generate(), SchemaGenerator.generate());
  }
}
