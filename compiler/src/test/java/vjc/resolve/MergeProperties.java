package vjc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.support.Seeds;
import vjc.support.TreeGen;
import vjc.support.Trees;

/**
 * Laws of {@link OverlayMerger} over seeded random trees. Each failure names its seed; rerun one
 * with {@code -Dvjc.seed=N}.
 */
class MergeProperties {

  private static final int CASES = 500;
  private static final String ROLE = "value from overlay";

  private static TreeGen base(Random random) {
    return new TreeGen(random, "base.yaml").nulls(true).pools(true);
  }

  private static TreeGen patch(Random random) {
    return new TreeGen(random, "patch.yaml").nulls(true).pools(true);
  }

  private static String inputs(long seed, Node... trees) {
    StringBuilder b = new StringBuilder("seed " + seed);
    char name = 'a';
    for (Node t : trees) {
      b.append("\n  ").append(name++).append(" = ").append(Trees.show(t));
    }
    return b.toString();
  }

  private static MapNode merge(MapNode base, MapNode patch) {
    return OverlayMerger.merge(base, patch, ROLE);
  }

  @Test
  void mergingAnEmptyOverlayChangesNothing() {
    for (long seed : Seeds.of(1_000, CASES)) {
      Random random = new Random(seed);
      MapNode a = base(random).document();
      MapNode empty = MapNode.of(List.of(), Origin.startOf(java.nio.file.Path.of("patch.yaml")));
      MapNode out = merge(a, empty);
      assertTrue(
          Trees.structurallyEqual(a, out), () -> inputs(seed, a) + "\n  got " + Trees.show(out));
    }
  }

  /**
   * After a merge no key that the patch sets to null is present, at any depth: inside a map the
   * base also has, and inside a map the patch adds (RFC 7386 merges a patch object into {} there).
   * Pools are left out: a null pool keeps its slot as an empty pool, which {@code
   * workerPoolsMergeByIndex} covers.
   */
  @Test
  void nullInPatchDeletesKey() {
    for (long seed : Seeds.of(2_000, CASES)) {
      Random random = new Random(seed);
      MapNode a = base(random).pools(false).document();
      MapNode p = patch(random).pools(false).document();
      MapNode out = merge(a, p);
      Optional<String> left = nullKeyStillPresent(p, out, "");
      left.ifPresent(
          path ->
              fail(
                  inputs(seed, a, p)
                      + "\n  got "
                      + Trees.show(out)
                      + "\n  the patch deletes "
                      + path
                      + " but it is still there"));
    }
  }

  private static Optional<String> nullKeyStillPresent(MapNode patch, MapNode out, String path) {
    for (MapNode.Field f : patch.fields()) {
      String here = path + "." + f.key();
      Optional<Node> result = out.get(f.key());
      if (f.value() instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL) {
        if (result.isPresent()) {
          return Optional.of(here);
        }
      } else if (f.value() instanceof MapNode pm && result.orElse(null) instanceof MapNode om) {
        Optional<String> inner = nullKeyStillPresent(pm, om, here);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code merge(merge(a, b), c) == merge(a, merge(b, c))}, structurally, exactly when:
   *
   * <ul>
   *   <li>b and c hold no null (RFC 7386 is not associative with deletions: a null in c deletes the
   *       key from b alone when b and c are folded first, but from a too otherwise);
   *   <li>no workerPoolSpecs (pools merge by index, and an empty pool from folding would differ);
   *   <li>there is no path where b holds a scalar or list and c holds a map: merging a patch cannot
   *       replace a map by a map, so folded patches deep-merge c into a where merging one by one
   *       starts c from b's scalar (see {@code
   *       OverlayMergerTest.mergeIsNotAssociativeWhenAPatchReplacesAMapThatALaterPatchMerges}).
   * </ul>
   *
   * <p>The generator makes c satisfy the last condition by turning such maps in c into scalars.
   */
  @Test
  void mergeIsAssociativeForMaps() {
    for (long seed : Seeds.of(3_000, CASES)) {
      Random random = new Random(seed);
      MapNode a = base(random).pools(false).document();
      MapNode b = patch(random).nulls(false).pools(false).document();
      TreeGen cGen = patch(random).nulls(false).pools(false);
      MapNode c = (MapNode) noMapOverNonMap(b, cGen.document(), cGen);
      MapNode left = merge(merge(a, b), c);
      MapNode right = merge(a, merge(b, c));
      assertTrue(
          Trees.structurallyEqual(left, right),
          () ->
              inputs(seed, a, b, c)
                  + "\n  merge(merge(a, b), c) = "
                  + Trees.show(left)
                  + "\n  merge(a, merge(b, c)) = "
                  + Trees.show(right));
    }
  }

  /** c with every map that stands where b has a scalar or list replaced by a scalar. */
  private static Node noMapOverNonMap(Node b, Node c, TreeGen gen) {
    if (b instanceof MapNode bm && c instanceof MapNode cm) {
      List<MapNode.Field> out = new ArrayList<>();
      for (MapNode.Field f : cm.fields()) {
        Optional<Node> under = bm.get(f.key());
        out.add(under.isPresent() ? f.withValue(noMapOverNonMap(under.get(), f.value(), gen)) : f);
      }
      return MapNode.of(out, cm.origin());
    }
    if (!(b instanceof MapNode) && c instanceof MapNode) {
      return gen.scalar();
    }
    return c;
  }

  @Test
  void mergeWithSamePatchTwiceEqualsMergeOnce() {
    for (long seed : Seeds.of(4_000, CASES)) {
      Random random = new Random(seed);
      MapNode a = base(random).document();
      MapNode p = patch(random).document();
      MapNode once = merge(a, p);
      MapNode twice = merge(once, p);
      assertTrue(
          Trees.structurallyEqual(once, twice),
          () ->
              inputs(seed, a, p)
                  + "\n  once  = "
                  + Trees.show(once)
                  + "\n  twice = "
                  + Trees.show(twice));
    }
  }

  /**
   * Pool i of the result is pool i of the base merged with pool i of the patch; pools the patch
   * does not reach are the base's own nodes; a longer patch appends its pools.
   */
  @Test
  void workerPoolsMergeByIndex() {
    for (long seed : Seeds.of(5_000, CASES)) {
      Random random = new Random(seed);
      TreeGen baseGen = base(random).nulls(false);
      TreeGen patchGen = patch(random).nulls(false);
      ListNode basePools = pools(baseGen, 1 + random.nextInt(4));
      ListNode patchPools = pools(patchGen, random.nextInt(5));
      MapNode a = jobWith(basePools, baseGen);
      MapNode p = jobWith(patchPools, patchGen);
      ListNode out =
          merge(a, p).getMap("jobSpec").orElseThrow().getList("workerPoolSpecs").orElseThrow();
      String where = inputs(seed, a, p) + "\n  got " + Trees.show(out);
      assertEquals(Math.max(basePools.size(), patchPools.size()), out.size(), where);
      for (int i = 0; i < out.size(); i++) {
        Node expected;
        if (i >= patchPools.size()) {
          expected = basePools.get(i);
          assertTrue(expected == out.get(i), where + "\n  pool " + i + " was replaced");
        } else if (i >= basePools.size()) {
          expected = patchPools.get(i);
        } else {
          expected = merge((MapNode) basePools.get(i), (MapNode) patchPools.get(i));
        }
        int index = i;
        assertTrue(
            Trees.structurallyEqual(expected, out.get(i)),
            () -> where + "\n  pool " + index + " should be " + Trees.show(expected));
      }
    }
  }

  private static ListNode pools(TreeGen gen, int n) {
    List<Node> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(gen.map(1));
    }
    return ListNode.of(items, gen.origin());
  }

  private static MapNode jobWith(ListNode pools, TreeGen gen) {
    MapNode spec =
        MapNode.of(
            List.of(new MapNode.Field("workerPoolSpecs", gen.origin(), pools)), gen.origin());
    return gen.map(0).with("jobSpec", gen.origin(), spec);
  }

  /**
   * Every base value the patch does not cover keeps its origin exactly (and so does every map the
   * patch merges into); every value the patch replaces stands at the base value's position with the
   * patch position in its chain.
   */
  @Test
  void originsOfUntouchedValuesAreUnchanged() {
    for (long seed : Seeds.of(6_000, CASES)) {
      Random random = new Random(seed);
      MapNode a = base(random).document();
      MapNode p = patch(random).document();
      MapNode out = merge(a, p);
      List<String> problems = new ArrayList<>();
      checkOrigins(a, p, out, "", problems);
      assertTrue(
          problems.isEmpty(), () -> inputs(seed, a, p) + "\n  " + String.join("\n  ", problems));
    }
  }

  private static void checkOrigins(
      Node base, Node patch, Node out, String path, List<String> problems) {
    if (base instanceof MapNode bm && patch instanceof MapNode pm && out instanceof MapNode om) {
      sameOrigin(bm.origin(), om.origin(), path + " (merged map)", problems);
      for (MapNode.Field bf : bm.fields()) {
        String here = path + "." + bf.key();
        Optional<MapNode.Field> pf = pm.field(bf.key());
        Optional<MapNode.Field> of = om.field(bf.key());
        if (pf.isEmpty()) {
          if (of.isEmpty()) {
            problems.add(here + " vanished");
          } else {
            sameOrigin(bf.keyOrigin(), of.get().keyOrigin(), here + " key", problems);
            sameOriginsDeep(bf.value(), of.get().value(), here, problems);
          }
        } else if (of.isPresent()) {
          sameOrigin(bf.keyOrigin(), of.get().keyOrigin(), here + " key", problems);
          checkOrigins(bf.value(), pf.get().value(), of.get().value(), here, problems);
        }
      }
      return;
    }
    if (base instanceof ListNode bl
        && patch instanceof ListNode pl
        && out instanceof ListNode ol
        && path.equals(".jobSpec.workerPoolSpecs")) {
      sameOrigin(bl.origin(), ol.origin(), path + " (merged pools)", problems);
      for (int i = 0; i < bl.size() && i < ol.size(); i++) {
        String here = path + "[" + i + "]";
        if (i >= pl.size()) {
          sameOriginsDeep(bl.get(i), ol.get(i), here, problems);
        } else if (pl.get(i) instanceof MapNode) {
          checkOrigins(bl.get(i), pl.get(i), ol.get(i), here, problems);
        }
      }
      return;
    }
    // Replaced: at the base value's place, with the patch's place in the chain.
    Origin o = out.origin();
    if (!o.bare().equals(base.origin().bare())) {
      problems.add(path + " replaced value is at " + o + ", not at the base's " + base.origin());
    }
    Origin.Trace expected = new Origin.Trace(ROLE, patch.origin());
    if (!o.via().contains(expected)) {
      problems.add(path + " replaced value's chain " + o.via() + " lacks " + expected);
    }
  }

  private static void sameOriginsDeep(Node base, Node out, String path, List<String> problems) {
    sameOrigin(base.origin(), out.origin(), path, problems);
    if (base instanceof MapNode bm && out instanceof MapNode om) {
      for (int i = 0; i < bm.fields().size() && i < om.fields().size(); i++) {
        String here = path + "." + bm.fields().get(i).key();
        sameOrigin(
            bm.fields().get(i).keyOrigin(),
            om.fields().get(i).keyOrigin(),
            here + " key",
            problems);
        sameOriginsDeep(bm.fields().get(i).value(), om.fields().get(i).value(), here, problems);
      }
    } else if (base instanceof ListNode bl && out instanceof ListNode ol) {
      for (int i = 0; i < bl.size() && i < ol.size(); i++) {
        sameOriginsDeep(bl.get(i), ol.get(i), path + "[" + i + "]", problems);
      }
    }
  }

  private static void sameOrigin(Origin before, Origin after, String path, List<String> problems) {
    if (!before.equals(after)) {
      problems.add(
          path + " moved from " + before + " " + before.via() + " to " + after + " " + after.via());
    }
  }
}
