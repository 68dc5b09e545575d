package vjc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.support.Diags;
import vjc.support.Trees;

class TemplateResolverTest {

  private static final Path FILE = Path.of("job.yaml");
  private static final int MAX_CHARS = 1 << 20;

  /**
   * Parses a document whose {@code vars} map defines the variables (as JobResolver reads them:
   * defined at the key) and returns the resolver and the rest of the document.
   */
  private record Setup(TemplateResolver resolver, MapNode rest, Map<String, Origin> definedAt) {

    static Setup of(String yaml) {
      return of(yaml, MAX_CHARS);
    }

    static Setup of(String yaml, int maxChars) {
      MapNode root = Trees.map(FILE, yaml);
      Map<String, TemplateResolver.Variable> vars = new LinkedHashMap<>();
      Map<String, Origin> at = new LinkedHashMap<>();
      for (MapNode.Field f :
          root.getMap("vars").orElse(MapNode.of(List.of(), root.origin())).fields()) {
        vars.put(f.key(), new TemplateResolver.Variable(f.key(), f.value(), f.keyOrigin()));
        at.put(f.key(), f.keyOrigin());
      }
      return new Setup(new TemplateResolver(vars, maxChars), root.without("vars"), at);
    }

    MapNode substitute() {
      return (MapNode) resolver.substitute(rest);
    }

    List<Diagnostic> diagnostics() {
      return resolver.diagnostics();
    }
  }

  private static MapNode clean(Setup s) {
    MapNode out = s.substitute();
    assertTrue(s.diagnostics().isEmpty(), () -> Trees.render(s.diagnostics()));
    return out;
  }

  private static final String TYPED =
      """
      vars:
        gpus: 8
        spot: true
        ratio: 0.25
        nothing: null
        args: [--epochs=10, --lr=0.1]
        machine: {machineType: a2-highgpu-8g, acceleratorCount: 8}
        label: "8"
      count: ${gpus}
      flag: ${spot}
      r: ${ratio}
      n: ${nothing}
      a: ${args}
      m: ${machine}
      s: ${label}
      """;

  @Test
  void exactReferenceTakesTheVariablesType() {
    MapNode out = clean(Setup.of(TYPED));
    assertEquals(
        new ScalarNode(
            ScalarNode.Type.INTEGER,
            BigInteger.valueOf(8),
            false,
            out.get("count").orElseThrow().origin()),
        out.get("count").orElseThrow());
    assertEquals(ScalarNode.Type.BOOLEAN, out.getScalar("flag").orElseThrow().type());
    assertEquals(ScalarNode.Type.FLOAT, out.getScalar("r").orElseThrow().type());
    assertEquals(ScalarNode.Type.NULL, out.getScalar("n").orElseThrow().type());
    assertEquals(ScalarNode.Type.STRING, out.getScalar("s").orElseThrow().type());
    assertTrue(
        Trees.structurallyEqual(Trees.parse("[--epochs=10, --lr=0.1]"), out.get("a").orElseThrow()),
        () -> Trees.show(out));
    assertTrue(
        Trees.structurallyEqual(
            Trees.parse("{machineType: a2-highgpu-8g, acceleratorCount: 8}"),
            out.get("m").orElseThrow()),
        () -> Trees.show(out));
  }

  @Test
  void referenceSplicedIntoTextGivesAString() {
    MapNode out =
        clean(
            Setup.of(
                """
        vars: {gpus: 8, spot: true, ratio: 0.25, nothing: null, name: resnet}
        text: "${name}-x${gpus}-${spot}-${ratio}-[${nothing}]"
        """));
    ScalarNode text = out.getScalar("text").orElseThrow();
    assertEquals(ScalarNode.Type.STRING, text.type());
    assertEquals("resnet-x8-true-0.25-[]", text.value());
  }

  @Test
  void doubleDollarIsALiteralDollarBrace() {
    Setup s = Setup.of("vars: {x: used}\na: \"$${x}\"\nb: \"$${x} and ${x}\"\n");
    MapNode out = clean(s);
    assertEquals("${x}", out.getScalar("a").orElseThrow().value());
    assertEquals(ScalarNode.Type.STRING, out.getScalar("a").orElseThrow().type());
    assertEquals("${x} and used", out.getScalar("b").orElseThrow().value());
  }

  @Test
  void escapedReferenceDoesNotUseTheVariable() {
    Setup s = Setup.of("vars: {x: 1}\na: \"$${x}\"\n");
    clean(s);
    assertTrue(s.resolver().used().isEmpty(), () -> s.resolver().used().toString());
  }

  @Test
  void shellStyleReferencesAreLeftAlone() {
    String script = "echo ${VAR:-default} ${1} $HOME ${} ${a b} ${VAR";
    Setup s = Setup.of("vars: {VAR: x}\ncommand: [\"" + script + "\"]\n");
    ListNode command = (ListNode) clean(s).get("command").orElseThrow();
    assertEquals(script, ((ScalarNode) command.get(0)).value());
  }

  @Test
  void undefinedVariableIsReportedAtTheUseSiteWithDidYouMean() {
    Setup s = Setup.of("vars:\n  image: gcr.io/x\njobSpec:\n  imageUri: \"${imgae}:latest\"\n");
    MapNode out = s.substitute();
    Diagnostic d = Diags.single(s.diagnostics(), TemplateResolver.UNDEFINED, 4, 13);
    assertTrue(d.message().contains("'imgae'"), d.message());
    assertTrue(d.message().contains("did you mean 'image'"), d.message());
    assertTrue(d.hint().orElse("").contains("job.yaml:2:3"), () -> d.hint().toString());
    assertEquals(
        "${imgae}:latest",
        out.getMap("jobSpec").orElseThrow().getScalar("imageUri").orElseThrow().value());
  }

  @Test
  void undefinedVariableWithoutNearNameSuggestsHowToDefineIt() {
    Setup s = Setup.of("vars: {image: x}\nn: ${replicas}\n");
    s.substitute();
    Diagnostic d = Diags.single(s.diagnostics(), TemplateResolver.UNDEFINED, 2, 4);
    assertTrue(d.hint().orElse("").contains("--var replicas="), () -> d.hint().toString());
  }

  @Test
  void cycleIsAnErrorNamingTheCycle() {
    Setup s =
        Setup.of(
            """
        vars:
          a: "x-${b}"
          b: "y-${a}"
        name: ${a}
        """);
    s.substitute();
    Diagnostic d = Diags.single(s.diagnostics(), "template/cycle", 3, 6);
    assertTrue(d.message().contains("a -> b -> a"), d.message());
  }

  @Test
  void variableReferringToItselfIsACycle() {
    Setup s = Setup.of("vars: {a: \"${a}!\"}\nname: ${a}\n");
    s.substitute();
    Diagnostic d = Diags.singleWithRule(s.diagnostics(), "template/cycle");
    assertTrue(d.message().contains("a -> a"), d.message());
  }

  @Test
  void exponentialExpansionEndsInTooLargeQuickly() {
    StringBuilder b = new StringBuilder("vars:\n");
    for (int i = 0; i < 40; i++) {
      b.append("  v")
          .append(i)
          .append(": \"${v")
          .append(i + 1)
          .append("}${v")
          .append(i + 1)
          .append("}\"\n");
    }
    b.append("  v40: ab\nname: ${v0}\n");
    Setup s = Setup.of(b.toString());
    MapNode out = assertTimeoutPreemptively(Duration.ofSeconds(10), s::substitute);
    assertTrue(
        s.diagnostics().stream().allMatch(d -> d.ruleId().equals("template/too-large")),
        () -> Trees.render(s.diagnostics()));
    assertTrue(!s.diagnostics().isEmpty());
    Trees.walk(
        out,
        n ->
            assertTrue(
                !(n instanceof ScalarNode sc && sc.text().length() > MAX_CHARS),
                "a value longer than the limit got through"));
  }

  @Test
  void substitutionLongerThanTheLimitIsTooLargeAtTheUseSite() {
    Setup s = Setup.of("vars: {x: abcdefghij}\nname: \"${x}${x}\"\n", 15);
    s.substitute();
    Diags.single(s.diagnostics(), "template/too-large", 2, 7);
  }

  @Test
  void splicingAMapIntoTextIsATypeMismatch() {
    Setup s = Setup.of("vars:\n  machine: {machineType: n1}\ndisplayName: run-${machine}\n");
    s.substitute();
    Diagnostic d = Diags.single(s.diagnostics(), "template/type-mismatch", 3, 14);
    assertTrue(d.message().contains("'machine'") && d.message().contains("map"), d.message());
    assertTrue(d.hint().isPresent());
  }

  @Test
  void substitutedValueStandsAtTheUseSiteWithItsDefinitionInTheChain() {
    Setup s =
        Setup.of(
            "vars:\n  gpus: 8\njobSpec:\n  acceleratorCount: ${gpus}\n" + "  name: \"x${gpus}\"\n");
    MapNode spec = clean(s).getMap("jobSpec").orElseThrow();
    Origin exact = spec.get("acceleratorCount").orElseThrow().origin();
    assertEquals("job.yaml:4:21", exact.position());
    assertEquals(
        List.of(new Origin.Trace("variable 'gpus' defined", Origin.of(FILE, 2, 3))), exact.via());
    Origin spliced = spec.get("name").orElseThrow().origin();
    assertEquals("job.yaml:5:9", spliced.position());
    assertEquals(exact.via(), spliced.via());
  }

  @Test
  void chainOfVariablesListsEveryDefinitionNearestFirst() {
    Setup s = Setup.of("vars:\n  a: ${b}\n  b: 8\nn: ${a}\n");
    Origin o = clean(s).get("n").orElseThrow().origin();
    assertEquals("job.yaml:4:4", o.position());
    assertEquals(
        List.of("variable 'a' defined job.yaml:2:3", "variable 'b' defined job.yaml:3:3"),
        o.via().stream().map(Origin.Trace::toString).toList());
  }

  @Test
  void listFromAVariableKeepsItsItemsOriginsAtTheDefinition() {
    Setup s = Setup.of("vars:\n  args: [a, b]\ncmd: ${args}\n");
    ListNode cmd = (ListNode) clean(s).get("cmd").orElseThrow();
    assertEquals("job.yaml:3:6", cmd.origin().position());
    assertEquals("job.yaml:2:10", cmd.get(0).origin().position());
  }

  @Test
  void usedNamesIncludeThoseReachedThroughOtherVariables() {
    Setup s = Setup.of("vars: {a: \"${b}\", b: x, c: y}\nn: ${a}\n");
    clean(s);
    assertEquals(java.util.Set.of("a", "b"), s.resolver().used());
  }

  @Test
  void variableValuesAreNotReadAsTemplatesTwice() {
    Node out = clean(Setup.of("vars: {a: \"$${b}\", b: no}\nn: \"${a}\"\n")).get("n").orElseThrow();
    assertEquals("${b}", ((ScalarNode) out).value());
  }

  @Test
  void didYouMeanStopsOnceItsComparisonsAddUp() {
    // 4,000 variables and 1,000 misspellings of them: suggestions for all would compare 4
    // million names; the resolver stops suggesting after MAX_SUGGESTION_CHECKS.
    StringBuilder yaml = new StringBuilder("vars:\n");
    for (int i = 0; i < 4000; i++) {
      yaml.append("  name").append(i).append(": a\n");
    }
    yaml.append("args:\n");
    for (int i = 0; i < 1000; i++) {
      yaml.append("  - ${nme").append(i).append("}\n");
    }
    Setup s = Setup.of(yaml.toString());
    s.substitute();
    List<Diagnostic> ds = s.diagnostics();
    assertEquals(1000, ds.size());
    long suggested = ds.stream().filter(d -> d.message().contains("did you mean")).count();
    assertEquals(TemplateResolver.MAX_SUGGESTION_CHECKS / 4000, suggested);
    assertTrue(ds.get(0).message().endsWith("did you mean 'name0'"), ds.get(0).message());
    assertTrue(ds.get(999).hint().orElseThrow().startsWith("Define it under vars:"));
  }
}
