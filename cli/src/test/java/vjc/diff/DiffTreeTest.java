package vjc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The semantic diff of compiled jobs: maps by key, lists by index, leaves one by one. */
class DiffTreeTest {

  private static List<String> diff(String before, String after) {
    JsonNode b = JsonMapper.shared().readTree(before);
    JsonNode a = JsonMapper.shared().readTree(after);
    return TreeDiff.diff(b, a).stream()
        .map(c -> c.path() + " " + TextDiffRenderer.describe(c))
        .toList();
  }

  @Test
  void keyOrderIsNotAChange() {
    assertEquals(
        List.of(),
        diff("{\"a\": 1, \"b\": {\"c\": 2, \"d\": 3}}", "{\"b\": {\"d\": 3, \"c\": 2}, \"a\": 1}"));
  }

  @Test
  void scalarsChangeInPlace() {
    assertEquals(
        List.of("jobSpec.workerPoolSpecs[0].machineSpec.acceleratorCount 4 → 8"),
        diff(
            "{\"jobSpec\": {\"workerPoolSpecs\": [{\"machineSpec\": {\"acceleratorCount\": 4}}]}}",
            "{\"jobSpec\": {\"workerPoolSpecs\": [{\"machineSpec\": {\"acceleratorCount\":"
                + " 8}}]}}"));
  }

  @Test
  void anAddedPoolIsListedFieldByField() {
    assertEquals(
        List.of(
            "pools[1].machineSpec.machineType added \"n1-standard-4\"",
            "pools[1].replicaCount added 2",
            "pools[1].args added []"),
        diff(
            "{\"pools\": [{\"replicaCount\": 1}]}",
            "{\"pools\": [{\"replicaCount\": 1}, {\"machineSpec\": {\"machineType\":"
                + " \"n1-standard-4\"}, \"replicaCount\": 2, \"args\": []}]}"));
  }

  @Test
  void listsCompareByIndexAndShrinkFromTheEnd() {
    assertEquals(
        List.of("args[1] \"b\" → \"c\"", "args[2] removed \"c\""),
        diff("{\"args\": [\"a\", \"b\", \"c\"]}", "{\"args\": [\"a\", \"c\"]}"));
  }

  @Test
  void aChangeOfKindRemovesTheOldLeavesAndAddsTheNew() {
    assertEquals(
        List.of("x.y removed 1", "x added \"flat\""),
        diff("{\"x\": {\"y\": 1}}", "{\"x\": \"flat\"}"));
  }

  @Test
  void keysThatAreNotNamesAreQuoted() {
    assertEquals(
        List.of("labels.team \"a\" → \"b\"", "labels[\"app.kubernetes.io/name\"] added \"x\""),
        diff(
            "{\"labels\": {\"team\": \"a\"}}",
            "{\"labels\": {\"team\": \"b\", \"app.kubernetes.io/name\": \"x\"}}"));
  }
}
