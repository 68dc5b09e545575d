package vjc.resolve;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.support.Seeds;
import vjc.support.TreeGen;
import vjc.support.Trees;

/**
 * Laws of {@link TemplateResolver} over seeded random trees and variables. Each failure names its
 * seed; rerun one with {@code -Dvjc.seed=N}.
 */
class TemplateProperties {

  private static final int CASES = 500;
  private static final int MAX_CHARS = 1 << 20;

  private static String inputs(long seed, Node tree, Map<String, TemplateResolver.Variable> vars) {
    StringBuilder b = new StringBuilder("seed " + seed + "\n  tree = " + Trees.show(tree));
    vars.forEach((k, v) -> b.append("\n  ").append(k).append(" = ").append(Trees.show(v.value())));
    return b.toString();
  }

  /** Without "${" anywhere, substitution returns the very same tree and reports nothing. */
  @Test
  void aDocumentWithoutDollarBraceIsUnchanged() {
    for (long seed : Seeds.of(10_000, CASES)) {
      Random random = new Random(seed);
      TreeGen gen =
          new TreeGen(random, "job.yaml")
              .nulls(true)
              .pools(true)
              .strings(TreeGen::textWithoutReferences);
      MapNode doc = gen.document();
      Map<String, TemplateResolver.Variable> vars = gen.stringVariables(random.nextInt(4));
      TemplateResolver resolver = new TemplateResolver(vars, MAX_CHARS);
      Node out = resolver.substitute(doc);
      String where = inputs(seed, doc, vars);
      assertSame(doc, out, () -> where + "\n  got " + Trees.show(out));
      assertTrue(
          resolver.diagnostics().isEmpty(), () -> where + Trees.render(resolver.diagnostics()));
      assertTrue(resolver.used().isEmpty(), where);
    }
  }

  /**
   * With string-valued variables, substitution only rewrites strings: the same maps with the same
   * keys, the same list lengths, strings stay strings, and other scalars stay as they were. With
   * every reference defined and no cycle, it reports nothing and leaves no reference behind.
   */
  @Test
  void substitutionNeverChangesTreeShape() {
    for (long seed : Seeds.of(20_000, CASES)) {
      Random random = new Random(seed);
      TreeGen gen = new TreeGen(random, "job.yaml").nulls(true).pools(true);
      Map<String, TemplateResolver.Variable> vars = gen.stringVariables(1 + random.nextInt(5));
      List<String> names = new ArrayList<>(vars.keySet());
      MapNode doc = gen.strings(r -> TreeGen.templated(r, names)).document();
      TemplateResolver resolver = new TemplateResolver(vars, MAX_CHARS);
      Node out = resolver.substitute(doc);
      String where = inputs(seed, doc, vars) + "\n  got " + Trees.show(out);
      assertTrue(Trees.sameShape(doc, out), where);
      assertTrue(scalarsKeepTheirKind(doc, out), () -> where + "\n  a scalar changed kind");
      assertTrue(
          resolver.diagnostics().isEmpty(), () -> where + Trees.render(resolver.diagnostics()));
    }
  }

  private static boolean scalarsKeepTheirKind(Node before, Node after) {
    if (before instanceof MapNode bm && after instanceof MapNode am) {
      for (int i = 0; i < bm.fields().size(); i++) {
        if (!scalarsKeepTheirKind(bm.fields().get(i).value(), am.fields().get(i).value())) {
          return false;
        }
      }
      return true;
    }
    if (before instanceof ListNode bl && after instanceof ListNode al) {
      for (int i = 0; i < bl.size(); i++) {
        if (!scalarsKeepTheirKind(bl.get(i), al.get(i))) {
          return false;
        }
      }
      return true;
    }
    ScalarNode b = (ScalarNode) before;
    ScalarNode a = (ScalarNode) after;
    if (b.type() != ScalarNode.Type.STRING) {
      return b.equals(a);
    }
    return a.type() == ScalarNode.Type.STRING;
  }

  /**
   * A scalar that is exactly {@code ${name}} becomes the variable's value, whatever its kind, at
   * the use site.
   */
  @Test
  void exactReferenceYieldsTheVariablesValue() {
    for (long seed : Seeds.of(30_000, CASES)) {
      Random random = new Random(seed);
      TreeGen gen =
          new TreeGen(random, "job.yaml").nulls(true).strings(TreeGen::textWithoutReferences);
      Node value = gen.value(1);
      Map<String, TemplateResolver.Variable> vars =
          Map.of("v", new TemplateResolver.Variable("v", value, gen.origin()));
      ScalarNode use = ScalarNode.string("${v}", gen.origin());
      TemplateResolver resolver = new TemplateResolver(vars, MAX_CHARS);
      Node out = resolver.substitute(use);
      String where = inputs(seed, use, vars) + "\n  got " + Trees.show(out);
      assertTrue(Trees.structurallyEqual(value, out), where);
      assertTrue(out.origin().bare().equals(use.origin()), () -> where + "\n  at " + out.origin());
    }
  }
}
