package vjc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.support.Trees;

class OverlayMergerTest {

  private static final Path BASE = Path.of("job.yaml");
  private static final Path PATCH = Path.of("overlays/prod.yaml");
  private static final String ROLE = "value from overlay";

  private static MapNode base(String yaml) {
    return Trees.map(BASE, yaml);
  }

  private static MapNode patch(String yaml) {
    return Trees.map(PATCH, yaml);
  }

  private static MapNode merge(String base, String patch) {
    return OverlayMerger.merge(base(base), patch(patch), ROLE);
  }

  private static void assertTree(String expectedYaml, Node actual) {
    Node expected = Trees.parse(expectedYaml);
    assertTrue(
        Trees.structurallyEqual(expected, actual),
        () -> "expected " + Trees.show(expected) + "\n     got " + Trees.show(actual));
  }

  /** RFC 7386 Appendix A, the cases whose target and patch are both objects. */
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\":\"b\"} | {\"a\":\"c\"} | {\"a\":\"c\"}",
        "{\"a\":\"b\"} | {\"b\":\"c\"} | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"} | {\"a\":null} | {}",
        "{\"a\":\"b\",\"b\":\"c\"} | {\"a\":null} | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]} | {\"a\":\"c\"} | {\"a\":\"c\"}",
        "{\"a\":\"c\"} | {\"a\":[\"b\"]} | {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}} | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]} | {\"a\":[1]} | {\"a\":[1]}",
        "{\"e\":null} | {\"a\":1} | {\"e\":null,\"a\":1}",
        "{} | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}",
      })
  void rfc7386Examples(String target, String patch, String result) {
    assertTree(result, merge(target, patch));
  }

  /** RFC 7386: a patch object over a non-object target merges into {}, so its nulls vanish. */
  @Test
  void patchMapOverAScalarDropsItsNulls() {
    assertTree("{a: {c: 1}}", merge("{a: x}", "{a: {b: null, c: 1}}"));
  }

  @Test
  void mapsMergeScalarsAndListsReplace() {
    assertTree(
        """
        displayName: prod
        labels: {team: vision, env: prod}
        jobSpec:
          scheduling: {timeout: 7200s, restartJobOnWorkerRestart: true}
          args: [c]
        """,
        merge(
            """
            displayName: dev
            labels: {team: vision}
            jobSpec:
              scheduling: {timeout: 3600s}
              args: [a, b]
            """,
            """
            displayName: prod
            labels: {env: prod}
            jobSpec:
              scheduling: {timeout: 7200s, restartJobOnWorkerRestart: true}
              args: [c]
            """));
  }

  @Test
  void nullDeletesAKeyAtAnyDepth() {
    MapNode out = merge("{a: {b: 1, c: 2}, d: 3}", "{a: {b: null}, d: null, zz: null}");
    assertTree("{a: {c: 2}}", out);
  }

  @Test
  void workerPoolsMergeByIndex() {
    MapNode out =
        merge(
            """
        jobSpec:
          workerPoolSpecs:
            - {machineSpec: {machineType: a2-highgpu-1g}, replicaCount: 1}
            - {machineSpec: {machineType: n1-standard-8}, replicaCount: 4}
        """,
            """
        jobSpec:
          workerPoolSpecs:
            - {machineSpec: {machineType: a2-highgpu-8g}}
        """);
    assertTree(
        """
        jobSpec:
          workerPoolSpecs:
            - {machineSpec: {machineType: a2-highgpu-8g}, replicaCount: 1}
            - {machineSpec: {machineType: n1-standard-8}, replicaCount: 4}
        """,
        out);
  }

  @Test
  void emptyPoolInAPatchKeepsThatPoolAndALongerPatchAppends() {
    assertTree(
        "{jobSpec: {workerPoolSpecs: [{replicaCount: 1}, {replicaCount: 9}, {replicaCount: 2}]}}",
        merge(
            "{jobSpec: {workerPoolSpecs: [{replicaCount: 1}, {replicaCount: 4}]}}",
            "{jobSpec: {workerPoolSpecs: [{}, {replicaCount: 9}, {replicaCount: 2}]}}"));
  }

  @Test
  void nullPoolEmptiesThePoolButKeepsLaterPoolsInPlace() {
    assertTree(
        "{jobSpec: {workerPoolSpecs: [{replicaCount: 1}, {}, {replicaCount: 3}]}}",
        merge(
            "{jobSpec: {workerPoolSpecs: [{replicaCount: 1}, {replicaCount: 2},"
                + " {replicaCount: 3}]}}",
            "{jobSpec: {workerPoolSpecs: [{}, null]}}"));
  }

  @Test
  void onlyJobSpecWorkerPoolSpecsMergesByIndex() {
    assertTree(
        "{other: {workerPoolSpecs: [{b: 2}]}}",
        merge(
            "{other: {workerPoolSpecs: [{a: 1}, {c: 3}]}}",
            "{other: {workerPoolSpecs: [{b: 2}]}}"));
  }

  @Test
  void replacedValueStandsAtTheBaseLineWithTheOverlayInItsChain() {
    MapNode out = merge("labels: {team: vision}\ndisplayName: dev\n", "displayName: prod\n");
    Origin origin = out.get("displayName").orElseThrow().origin();
    assertEquals("job.yaml:2:14", origin.position());
    assertEquals(List.of(new Origin.Trace(ROLE, Origin.of(PATCH, 1, 14))), origin.via());
    assertEquals("value from overlay overlays/prod.yaml:1:14", origin.via().get(0).toString());
  }

  @Test
  void addedFieldKeepsItsOverlayPosition() {
    MapNode out = merge("displayName: dev\n", "labels: {env: prod}\n");
    assertEquals(PATCH, out.field("labels").orElseThrow().keyOrigin().file());
    assertEquals("overlays/prod.yaml:1:9", out.get("labels").orElseThrow().origin().position());
    assertTrue(out.get("labels").orElseThrow().origin().via().isEmpty());
  }

  @Test
  void untouchedSubtreesAreKeptAsTheyAre() {
    MapNode base = base("labels: {team: vision}\njobSpec: {scheduling: {timeout: 1s}}\n");
    MapNode out = OverlayMerger.merge(base, patch("jobSpec: {serviceAccount: sa}\n"), ROLE);
    assertSame(base.get("labels").orElseThrow(), out.get("labels").orElseThrow());
    assertSame(
        base.getMap("jobSpec").orElseThrow().get("scheduling").orElseThrow(),
        out.getMap("jobSpec").orElseThrow().get("scheduling").orElseThrow());
    assertEquals(base.origin(), out.origin());
  }

  @Test
  void mergedPoolKeepsItsPositionAndUntouchedPoolIsTheSameNode() {
    MapNode base =
        base("jobSpec:\n  workerPoolSpecs:\n    - {replicaCount: 1}\n    - {replicaCount: 4}\n");
    MapNode out =
        OverlayMerger.merge(base, patch("jobSpec: {workerPoolSpecs: [{replicaCount: 2}]}\n"), ROLE);
    ListNode before = base.getMap("jobSpec").orElseThrow().getList("workerPoolSpecs").orElseThrow();
    ListNode after = out.getMap("jobSpec").orElseThrow().getList("workerPoolSpecs").orElseThrow();
    assertSame(before.get(1), after.get(1));
    assertEquals(before.get(0).origin(), after.get(0).origin());
    Origin count = ((MapNode) after.get(0)).get("replicaCount").orElseThrow().origin();
    assertEquals("job.yaml:3:22", count.position());
    assertEquals(PATCH, count.via().get(0).at().file());
  }

  /**
   * The boundary of {@code mergeIsAssociativeForMaps}: a patch cannot say "replace this map with
   * that map", so when b replaces a's map with a scalar and c brings a map, folding b and c first
   * loses the replacement.
   */
  @Test
  void mergeIsNotAssociativeWhenAPatchReplacesAMapThatALaterPatchMerges() {
    MapNode a = base("{k: {x: 1}}");
    MapNode b = patch("{k: 5}");
    MapNode c = patch("{k: {y: 2}}");
    MapNode left = OverlayMerger.merge(OverlayMerger.merge(a, b, ROLE), c, ROLE);
    MapNode right = OverlayMerger.merge(a, OverlayMerger.merge(b, c, ROLE), ROLE);
    assertTree("{k: {y: 2}}", left);
    assertTree("{k: {x: 1, y: 2}}", right);
    assertFalse(Trees.structurallyEqual(left, right));
  }

  @Test
  void atFindsNodesByDottedPathWithIndexes() {
    MapNode job = base("jobSpec: {workerPoolSpecs: [{replicaCount: 1}, {replicaCount: 4}]}\n");
    assertEquals(
        "4",
        OverlayMerger.at(job, "jobSpec.workerPoolSpecs[1].replicaCount")
            .map(Trees::show)
            .orElseThrow());
    assertTrue(OverlayMerger.at(job, "jobSpec.workerPoolSpecs[2]").isEmpty());
  }
}
