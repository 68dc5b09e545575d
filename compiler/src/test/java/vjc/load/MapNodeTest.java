package vjc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vjc.diag.Origin;

class MapNodeTest {

  private static final Path FILE = Path.of("job.yaml");

  /** A map of {@code n} fields k0..k(n-1), field i written on line i + 1. */
  private static MapNode map(int n) {
    List<MapNode.Field> fields = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Origin at = Origin.of(FILE, i + 1, 3);
      fields.add(new MapNode.Field("k" + i, at, ScalarNode.string("v" + i, at)));
    }
    return MapNode.of(fields, Origin.startOf(FILE));
  }

  @Test
  void everyKeyOfALargeMapIsFoundWithItsPosition() {
    // The job: 99,000 labels, each looked up once by the labels rule.
    MapNode labels = map(99_000);
    for (int i = 0; i < 99_000; i += 997) {
      MapNode.Field f = labels.field("k" + i).orElseThrow();
      assertEquals(i + 1, f.keyOrigin().line());
      assertEquals("v" + i, labels.getScalar("k" + i).orElseThrow().text());
      assertEquals(i, labels.indexOf("k" + i));
    }
    assertFalse(labels.has("k99000"));
    assertEquals(-1, labels.indexOf("nope"));
  }

  @Test
  void smallAndLargeMapsAnswerAlike() {
    for (int n : new int[] {0, 1, 7, 8, 9, 50}) {
      MapNode m = map(n);
      for (int i = 0; i < n; i++) {
        assertEquals(i, m.indexOf("k" + i), "n=" + n);
      }
      assertFalse(m.has("k" + n), "n=" + n);
    }
  }

  @Test
  void withReplacesInPlaceAndAppendsNewKeys() {
    MapNode m = map(20);
    Origin at = Origin.of(FILE, 99, 1);
    MapNode replaced = m.with("k5", at, ScalarNode.string("new", at));
    assertEquals(m.keys(), replaced.keys());
    assertEquals("new", replaced.getScalar("k5").orElseThrow().text());
    assertEquals(6, replaced.field("k5").orElseThrow().keyOrigin().line(), "the key stays put");

    MapNode appended = m.with("z", at, ScalarNode.string("z", at));
    assertEquals(21, appended.fields().size());
    assertEquals(20, appended.indexOf("z"));
    assertFalse(m.has("z"), "the original is unchanged");
  }

  @Test
  void withoutKeepsOrderAndTheIndexFollows() {
    MapNode m = map(20).without("k0", "k3", "k3");
    assertEquals(18, m.fields().size());
    assertEquals("k1", m.fields().get(0).key());
    assertEquals(1, m.indexOf("k2"));
    assertFalse(m.has("k3"));
  }

  @Test
  void equalityIsByFieldsOriginAndWeight() {
    MapNode a = map(30);
    a.field("k1"); // builds the index on one side only
    MapNode b = map(30);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    MapNode moved = b.withOrigin(Origin.of(FILE, 2, 2));
    assertFalse(a.equals(moved));
    assertTrue(moved.has("k29"));
  }
}
