package vjc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vjc.support.Diags.single;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;
import vjc.support.Trees;

class YamlLoaderTest {

  private static final Path FILE = Path.of("jobs/train.yaml");

  private static Outcome<Node> load(String yaml) {
    return load(Limits.DEFAULT, yaml);
  }

  private static Outcome<Node> load(Limits limits, String yaml) {
    return new YamlLoader(limits).load(new SourceText(FILE, yaml));
  }

  private static Node loaded(String yaml) {
    Outcome<Node> out = load(yaml);
    assertTrue(
        out.value().isPresent() && out.diagnostics().isEmpty(),
        () -> "expected a clean load:" + Trees.render(out.diagnostics()));
    return out.value().get();
  }

  /** Loads {@code yaml}, which must fail, and returns its one diagnostic. */
  private static Diagnostic failure(Limits limits, String yaml) {
    Outcome<Node> out = load(limits, yaml);
    assertTrue(
        out.value().isEmpty(),
        () -> "expected no tree, got " + out.value().map(Trees::show).orElse(""));
    return single(out.diagnostics());
  }

  private static Diagnostic failure(String yaml) {
    return failure(Limits.DEFAULT, yaml);
  }

  private static void assertOrigin(int line, int column, Origin origin) {
    assertEquals(FILE + ":" + line + ":" + column, origin.position());
  }

  @Nested
  class Positions {

    private static final String JOB =
        """
        displayName: train
        jobSpec:
          workerPoolSpecs:
            - replicaCount: 1
              containerSpec: {imageUri: "gcr.io/x", args: [a, 'b']}
            - second
        """;

    @Test
    void mapKeysAndValuesHaveOneBasedLineAndColumn() {
      MapNode root = (MapNode) loaded(JOB);
      assertOrigin(1, 1, root.origin());
      assertOrigin(1, 1, root.field("displayName").orElseThrow().keyOrigin());
      assertOrigin(1, 14, root.get("displayName").orElseThrow().origin());
      assertOrigin(2, 1, root.field("jobSpec").orElseThrow().keyOrigin());
      MapNode spec = root.getMap("jobSpec").orElseThrow();
      assertOrigin(3, 3, spec.origin());
      assertOrigin(3, 3, spec.field("workerPoolSpecs").orElseThrow().keyOrigin());
    }

    @Test
    void listItemsHaveTheirOwnPositions() {
      MapNode root = (MapNode) loaded(JOB);
      ListNode pools =
          root.getMap("jobSpec").orElseThrow().getList("workerPoolSpecs").orElseThrow();
      assertOrigin(4, 5, pools.origin());
      MapNode pool0 = (MapNode) pools.get(0);
      assertOrigin(4, 7, pool0.origin());
      assertOrigin(4, 7, pool0.field("replicaCount").orElseThrow().keyOrigin());
      assertOrigin(4, 21, pool0.get("replicaCount").orElseThrow().origin());
      assertOrigin(6, 7, pools.get(1).origin());
    }

    @Test
    void flowCollectionsHavePositionsToo() {
      MapNode root = (MapNode) loaded(JOB);
      MapNode pool0 =
          (MapNode)
              root.getMap("jobSpec").orElseThrow().getList("workerPoolSpecs").orElseThrow().get(0);
      MapNode container = pool0.getMap("containerSpec").orElseThrow();
      assertOrigin(5, 22, container.origin());
      assertOrigin(5, 23, container.field("imageUri").orElseThrow().keyOrigin());
      assertOrigin(5, 33, container.get("imageUri").orElseThrow().origin());
      ListNode args = container.getList("args").orElseThrow();
      assertOrigin(5, 51, args.origin());
      assertOrigin(5, 52, args.get(0).origin());
      assertOrigin(5, 55, args.get(1).origin());
    }

    @Test
    void windowsLineEndingsCountAsOneLineBreak() {
      MapNode root = (MapNode) loaded("a: 1\r\nb:\r\n  c: 2\r\n");
      assertOrigin(2, 1, root.field("b").orElseThrow().keyOrigin());
      assertOrigin(3, 6, root.getMap("b").orElseThrow().get("c").orElseThrow().origin());
    }

    @Test
    void columnsCountCharactersNotBytes() {
      MapNode root = (MapNode) loaded("a: {x: \"é😀\", b: 1}\n");
      assertOrigin(1, 14, root.getMap("a").orElseThrow().field("b").orElseThrow().keyOrigin());
    }
  }

  @Nested
  class CoreSchema {

    private ScalarNode scalar(String valueText) {
      MapNode root = (MapNode) loaded("v: " + valueText + "\n");
      return root.getScalar("v").orElseThrow();
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '`',
        value = {
          "yes      | STRING  | yes",
          "no       | STRING  | no",
          "on       | STRING  | on",
          "0x1F     | INTEGER | 31",
          "0o17     | INTEGER | 15",
          "-12      | INTEGER | -12",
          "1.0      | FLOAT   | 1.0",
          "1e3      | FLOAT   | 1000",
          "~        | NULL    | null",
          "null     | NULL    | null",
          "true     | BOOLEAN | true",
          "False    | BOOLEAN | false",
          "`\"1\"`  | STRING  | 1",
          "`'true'` | STRING  | true",
          "7200s    | STRING  | 7200s",
          "1_000    | STRING  | 1_000",
        })
    void plainScalarsResolveByTheYaml12CoreSchema(
        String written, ScalarNode.Type type, String text) {
      ScalarNode s = scalar(written);
      assertEquals(type, s.type(), () -> written + " resolved to " + s);
      assertEquals(text, s.text(), () -> written + " resolved to " + s);
    }

    @Test
    void typedValuesUseExactJavaTypes() {
      assertEquals(BigInteger.valueOf(31), scalar("0x1F").value());
      assertEquals(new BigDecimal("1.0"), scalar("1.0").value());
      assertEquals(Boolean.TRUE, scalar("true").value());
      assertEquals("1", scalar("\"1\"").value());
      assertTrue(scalar("\"1\"").quoted());
      assertFalse(scalar("yes").quoted());
    }

    @Test
    void strTagMakesAString() {
      ScalarNode s = scalar("!!str 42");
      assertEquals(ScalarNode.Type.STRING, s.type());
      assertEquals("42", s.value());
    }
  }

  @Nested
  class Errors {

    @Test
    void syntaxErrorPointsAtTheOffendingCharacter() {
      Diagnostic d = failure("displayName: a: b\n");
      assertEquals("yaml/syntax", d.ruleId());
      assertOrigin(1, 15, d.origin());
      assertTrue(d.message().startsWith("invalid YAML: "), d.message());
    }

    @Test
    void unclosedFlowListIsASyntaxErrorOnTheNextLine() {
      Diagnostic d = failure("args: [a, b\nreplicaCount: 1\n");
      assertEquals("yaml/syntax", d.ruleId());
      assertEquals(2, d.origin().line(), d::toString);
    }

    /** snakeyaml's words ("block end", "flow node") become the mistake and its fix. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        displayName: "train\\njobSpec: {}\\n | the file ends inside a quoted string | Close the quote that opens at line 1, column 14.
        args: [a, b\\nreplicaCount: 1\\n | a [...] list needs ',' or ']' here, found : | close the list that opens at line 1, column 7 with ']'
        jobSpec: {pools: [1, 2}\\n | a [...] list needs ',' or ']' here, found } | close the list that opens at line 1, column 18 with ']'
        labels: {a: 1\\n | the file ends inside a [...] list or {...} map | Close
        displayName: a: b\\n | ': ' cannot appear here | Quote the value if it holds ': '
        a: 1\\n- b\\n | a list item '-' where the map expects a key | Put the list under a key
        a:\\n  b: 1\\n c: 2\\n | this line's indentation does not fit the lines above it | same column
        a: [1,,2]\\n | an empty item between two commas | Remove the extra comma.
        a: @x\\n | a plain value cannot start with @ | Quote the value
        a: "x\\qy"\\n | \\q is not an escape a double-quoted string knows | write \\\\ for a backslash
        a:\\n\\t- b\\n | a tab where YAML allows only spaces | Indent with spaces
        """)
    void commonMistakesAreNamedInPlainWords(String yaml, String message, String hint) {
      Diagnostic d = failure(yaml.replace("\\n", "\n").replace("\\t", "\t"));
      assertEquals("yaml/syntax", d.ruleId());
      assertTrue(d.message().startsWith("invalid YAML: " + message), d.message());
      assertTrue(d.hint().orElse("").contains(hint), () -> d.hint().orElse("(no hint)"));
    }

    /** "mapping values are not allowed here" has nothing to do with control characters. */
    @Test
    void syntaxErrorHintDoesNotBlameControlCharacters() {
      Diagnostic d = failure("displayName: a: b\n");
      assertFalse(
          d.hint().orElse("").contains("control characters"),
          () -> "misleading hint for '" + d.message() + "': " + d.hint().orElse(""));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondOccurrenceNamingTheFirstLine() {
      Diagnostic d = failure("displayName: a\nlabels: {}\ndisplayName: b\n");
      assertEquals("yaml/duplicate-key", d.ruleId());
      assertOrigin(3, 1, d.origin());
      assertTrue(d.message().contains("'displayName'"), d.message());
      assertTrue(d.message().contains("line 1"), d.message());
    }

    @Test
    void duplicateKeyInANestedFlowMap() {
      Diagnostic d = failure("jobSpec:\n  scheduling: {timeout: 1s, timeout: 2s}\n");
      assertEquals("yaml/duplicate-key", d.ruleId());
      assertOrigin(2, 29, d.origin());
      assertTrue(d.message().contains("line 2"), d.message());
    }

    @Test
    void tabIndentationIsASyntaxErrorWithAHint() {
      Diagnostic d = failure("jobSpec:\n\tworkerPoolSpecs: []\n");
      assertEquals("yaml/syntax", d.ruleId());
      assertOrigin(2, 1, d.origin());
      assertTrue(d.hint().orElse("").contains("spaces"), () -> d.hint().toString());
    }

    @Test
    void multipleDocumentsAreReportedAtTheSecondDocument() {
      Diagnostic d = failure("displayName: a\n---\ndisplayName: b\n");
      assertEquals("yaml/multiple-documents", d.ruleId());
      assertOrigin(2, 1, d.origin());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "# only a comment\n", "\n\n"})
    void emptyFileIsReportedAtItsStart(String text) {
      Diagnostic d = failure(text);
      assertEquals("input/empty", d.ruleId());
      assertOrigin(1, 1, d.origin());
    }

    @Test
    void unsupportedTagIsReportedAtTheTag() {
      Diagnostic d = failure("displayName: ok\nsecret: !!binary aGVsbG8=\n");
      assertEquals("yaml/unsupported-tag", d.ruleId());
      assertOrigin(2, 9, d.origin());
      assertTrue(d.message().contains("binary"), d.message());
    }

    @Test
    void localTagIsUnsupported() {
      Diagnostic d = failure("project: !Ref ProjectId\n");
      assertEquals("yaml/unsupported-tag", d.ruleId());
      assertOrigin(1, 10, d.origin());
    }

    @Test
    void complexKeyIsReportedAtTheKey() {
      Diagnostic d = failure("labels:\n  ? [a, b]\n  : c\n");
      assertEquals("yaml/complex-key", d.ruleId());
      assertOrigin(2, 5, d.origin());
    }

    @Test
    void aliasToAnUndefinedAnchorIsAnError() {
      Diagnostic d = failure("a: *nowhere\n");
      assertEquals("yaml/syntax", d.ruleId());
      assertOrigin(1, 4, d.origin());
    }
  }

  @Nested
  class HostileInput {

    private static final Duration QUICKLY = Duration.ofSeconds(30);

    /** The classic nine-level "billion laughs" document: 10^9 strings once expanded. */
    static String billionLaughs() {
      StringBuilder b = new StringBuilder("lol0: &lol0 \"lol\"\n");
      for (int level = 1; level <= 9; level++) {
        b.append("lol").append(level).append(": &lol").append(level).append(" [");
        for (int i = 0; i < 10; i++) {
          b.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
        }
        b.append("]\n");
      }
      return b.toString();
    }

    @Test
    void billionLaughsEndsInADiagnosticQuickly() {
      Diagnostic d = assertTimeoutPreemptively(QUICKLY, () -> failure(billionLaughs()));
      assertTrue(
          Set.of("input/too-large", "input/too-many-aliases").contains(d.ruleId()), d::toString);
    }

    @Test
    void tooManyAliasesOfAScalarIsAnError() {
      StringBuilder b = new StringBuilder("a: &a x\nb: [");
      for (int i = 0; i < 12; i++) {
        b.append(i == 0 ? "" : ", ").append("*a");
      }
      b.append("]\n");
      Diagnostic d = failure(new Limits(1 << 20, 64, 1000, 100_000, 10), b.toString());
      assertEquals("input/too-many-aliases", d.ruleId());
      assertOrigin(2, 45, d.origin());
    }

    @Test
    void tenThousandNestedFlowListsEndInTooDeep() {
      String deep = "[".repeat(10_000) + "]".repeat(10_000);
      Diagnostic d = assertTimeoutPreemptively(QUICKLY, () -> failure(deep));
      assertEquals("input/too-deep", d.ruleId());
      assertOrigin(1, Limits.DEFAULT.maxDepth() + 1, d.origin());
    }

    @Test
    void tenThousandNestedFlowMapsEndInTooDeep() {
      String deep = "a: {".repeat(10_000) + "b: 1" + "}".repeat(10_000);
      Diagnostic d = assertTimeoutPreemptively(QUICKLY, () -> failure(deep));
      assertEquals("input/too-deep", d.ruleId());
      assertEquals(1, d.origin().line());
    }

    @Test
    void tenThousandNestedBlockMapsEndInTooDeep() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 10_000; i++) {
        b.append(" ".repeat(i)).append("a:\n");
      }
      Diagnostic d = assertTimeoutPreemptively(QUICKLY, () -> failure(b.toString()));
      assertEquals("input/too-deep", d.ruleId());
    }

    @Test
    void nestingUpToTheLimitLoads() {
      int depth = Limits.DEFAULT.maxDepth();
      Node n = loaded("[".repeat(depth) + "]".repeat(depth));
      int seen = 0;
      while (n instanceof ListNode l && l.size() <= 1) {
        seen++;
        if (l.size() == 0) {
          break;
        }
        n = l.get(0);
      }
      assertEquals(depth, seen);
    }

    @Test
    void twoMegabyteScalarIsTooLarge() {
      Limits limits = new Limits(8L << 20, 64, 1 << 20, 200_000, 1000);
      String yaml = "args: " + "x".repeat(2 << 20) + "\n";
      Diagnostic d = assertTimeoutPreemptively(QUICKLY, () -> failure(limits, yaml));
      assertEquals("input/too-large", d.ruleId());
      assertOrigin(1, 7, d.origin());
      assertTrue(d.message().contains(String.valueOf(1 << 20)), d.message());
    }

    /**
     * maxNodes bounds the values in the document; a plain list of 600 strings has about 600, far
     * below a limit of 1000, and must load.
     */
    @Test
    void aDocumentWithFewerValuesThanMaxNodesLoads() {
      StringBuilder b = new StringBuilder("args:\n");
      for (int i = 0; i < 600; i++) {
        b.append("  - a").append(i).append('\n');
      }
      Outcome<Node> out = load(new Limits(1 << 20, 64, 1000, 1000, 10), b.toString());
      assertTrue(
          out.diagnostics().isEmpty(),
          () -> "602 values exceed a limit of 1000?" + Trees.render(out.diagnostics()));
    }
  }

  @Nested
  class MergeKeys {

    private static final String YAML =
        """
        base: &base {machineType: n1-standard-4, replicaCount: 1}
        before:
          <<: *base
          replicaCount: 3
        after:
          replicaCount: 5
          <<: *base
        """;

    @Test
    void mergeKeyBringsInTheAnchoredFields() {
      MapNode before = ((MapNode) loaded(YAML)).getMap("before").orElseThrow();
      assertEquals(Set.of("machineType", "replicaCount"), Set.copyOf(before.keys()));
      assertEquals("n1-standard-4", before.getScalar("machineType").orElseThrow().text());
      assertFalse(before.has("<<"));
    }

    @Test
    void explicitKeysWinOverMergedOnesWhereverTheyStand() {
      MapNode root = (MapNode) loaded(YAML);
      assertEquals(
          "3", root.getMap("before").orElseThrow().getScalar("replicaCount").orElseThrow().text());
      assertEquals(
          "5", root.getMap("after").orElseThrow().getScalar("replicaCount").orElseThrow().text());
      assertEquals(2, root.getMap("before").orElseThrow().fields().size());
      assertEquals(2, root.getMap("after").orElseThrow().fields().size());
    }

    @Test
    void mergedValuesPointAtTheAnchoredDefinition() {
      MapNode root = (MapNode) loaded(YAML);
      assertOrigin(
          1, 27, root.getMap("before").orElseThrow().get("machineType").orElseThrow().origin());
      assertOrigin(
          4, 17, root.getMap("before").orElseThrow().get("replicaCount").orElseThrow().origin());
    }

    @Test
    void mergeKeyTakesAListOfMaps() {
      MapNode m =
          ((MapNode) loaded("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc: {<<: [*a, *b]}\n"))
              .getMap("c")
              .orElseThrow();
      assertEquals("1", m.getScalar("x").orElseThrow().text());
      assertEquals("2", m.getScalar("y").orElseThrow().text());
    }

    @Test
    void mergeKeyWithAScalarIsAnError() {
      Diagnostic d = failure("a: {<<: 3}\n");
      assertEquals("yaml/syntax", d.ruleId());
      assertOrigin(1, 5, d.origin());
    }
  }

  @Test
  void loadedTreeIsTheSameWhateverTheLayout() {
    Node block = loaded("a:\n  - x\n  - {y: 1}\nb: true\n");
    Node flow = loaded("{\"a\": [\"x\", {\"y\": 1}], \"b\": true}");
    assertTrue(Trees.structurallyEqual(block, flow), Trees.show(block) + " vs " + Trees.show(flow));
    assertInstanceOf(MapNode.class, flow);
  }

  @Nested
  class StringsTheApiCannotCarry {

    @Test
    void aLoneSurrogateEscapeIsAPositionedError() {
      // The job: it linted clean, then compile crashed in the emitter.
      Diagnostic d = failure("displayName: ok\nlabels: {team: \"a\\ud800b\"}\n");
      assertEquals("input/invalid-string", d.ruleId());
      assertOrigin(2, 16, d.origin());
      assertTrue(d.message().contains("U+D800, character 2"), d.message());
      assertTrue(d.hint().isPresent());
    }

    @Test
    void aLowSurrogateAloneAndOneInAKeyAreRefusedToo() {
      assertEquals("input/invalid-string", failure("x: \"\\udc00\"\n").ruleId());
      assertOrigin(1, 1, failure("\"k\\udbff\": 1\n").origin());
    }

    @Test
    void aPairAndTheCharacterItselfLoad() {
      MapNode m = (MapNode) loaded("a: \"\\ud83d\\ude00\"\nb: \"\\U0001F600\"\nc: 😀\n");
      assertEquals("😀", m.getScalar("a").orElseThrow().text());
      assertEquals("😀", m.getScalar("b").orElseThrow().text());
      assertEquals("😀", m.getScalar("c").orElseThrow().text());
    }

    @Test
    void firstLoneSurrogateFindsTheHalfAndSkipsPairs() {
      assertEquals(-1, Utf16.firstLoneSurrogate("a😀b"));
      assertEquals(1, Utf16.firstLoneSurrogate("a\ud800"));
      assertEquals(0, Utf16.firstLoneSurrogate("\ude00\ud83d"));
      assertEquals(2, Utf16.firstLoneSurrogate("😀\ud83d"));
    }
  }
}
