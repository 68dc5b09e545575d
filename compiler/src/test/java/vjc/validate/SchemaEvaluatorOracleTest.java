package vjc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vjc.diag.Origin;
import vjc.load.Limits;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.load.SourceText;
import vjc.load.YamlLoader;
import vjc.support.Seeds;
import vjc.testing.Repo;

/**
 * {@link SchemaEvaluator} reports what networknt's validator reports on the same schema: the same
 * errors, at the same instance and schema paths, in the same order. networknt is the oracle; the
 * inputs are every job file in testdata/ and the shared corpus, and seeded mutations of them that
 * put wrong types, unknown fields, deletions and odd numbers everywhere in the tree.
 */
class SchemaEvaluatorOracleTest {

  private static final Schema NETWORKNT =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaValidator.schemaText(), InputFormat.JSON);
  private static final SchemaEvaluator EVALUATOR = new SchemaEvaluator(JobSchema.builtIn());

  private static final List<String> FIELD_NAMES =
      List.of(
          "displayName",
          "jobSpec",
          "workerPoolSpecs",
          "machineSpec",
          "machineType",
          "acceleratorType",
          "acceleratorCount",
          "replicaCount",
          "containerSpec",
          "imageUri",
          "args",
          "env",
          "name",
          "value",
          "scheduling",
          "timeout",
          "strategy",
          "labels",
          "diskSpec",
          "bootDiskSizeGb",
          "pythonPackageSpec",
          "packageUris",
          "state",
          "bogus",
          "machinespec",
          "@type",
          "details",
          "environments",
          "vars",
          "region");

  @Test
  void agreesWithNetworkntOnEveryTestFile() {
    List<Node> roots = corpus();
    assertTrue(roots.size() > 50, "too few inputs: " + roots.size());
    for (Node root : roots) {
      assertAgree(root);
    }
  }

  @Test
  void agreesWithNetworkntOnMutatedJobs() {
    List<Node> roots = corpus();
    for (long seed : Seeds.of(20261127L, 3000)) {
      Random random = new Random(seed);
      Node root = roots.get(random.nextInt(roots.size()));
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        root = mutate(root, random);
      }
      assertAgree(root);
    }
  }

  private static void assertAgree(Node root) {
    List<SchemaError> actual = EVALUATOR.evaluate(root);
    List<Error> errors;
    try {
      errors = NETWORKNT.validate(JsonTrees.toJackson(root));
    } catch (RuntimeException e) {
      // networknt fails on numbers beyond a long (1e400 against maximum); vjc used to report that
      // as an internal error. Such inputs have no oracle; SchemaValidatorTest pins them.
      return;
    }
    List<SchemaError> expected = new ArrayList<>();
    for (Error e : errors) {
      expected.add(
          new SchemaError(
              e.getKeyword(),
              steps(e.getInstanceLocation()),
              steps(e.getSchemaLocation().getFragment()),
              e.getKeyword().equals("required") || e.getKeyword().equals("additionalProperties")
                  ? e.getProperty()
                  : null));
    }
    assertEquals(
        expected, actual, () -> "for " + root.origin().file() + ": " + JsonTrees.toJackson(root));
  }

  private static List<Object> steps(NodePath path) {
    List<Object> steps = new ArrayList<>();
    for (int i = 0; i < path.getNameCount(); i++) {
      steps.add(path.getElement(i));
    }
    return steps;
  }

  private static List<Node> corpus() {
    List<Path> dirs = new ArrayList<>(List.of(Repo.testdata()));
    Repo.shared("corpus", "real").ifPresent(dirs::add);
    List<Node> roots = new ArrayList<>();
    YamlLoader loader = new YamlLoader(Limits.DEFAULT);
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(SchemaEvaluatorOracleTest::isJobLike).sorted().toList()) {
          String text;
          try {
            text = Files.readString(f);
          } catch (IOException e) {
            continue; // deliberately broken encodings
          }
          loader.load(new SourceText(f, text)).value().ifPresent(roots::add);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return roots;
  }

  private static boolean isJobLike(Path f) {
    String name = f.getFileName().toString();
    return Files.isRegularFile(f)
        && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
        && !f.toString().contains("/hostile/");
  }

  /** {@code root} with one node, chosen at random, replaced, removed or given a new field. */
  private static Node mutate(Node root, Random random) {
    int[] target = {random.nextInt(count(root))};
    return mutate(root, target, random);
  }

  private static int count(Node node) {
    int n = 1;
    if (node instanceof MapNode m) {
      for (MapNode.Field f : m.fields()) {
        n += count(f.value());
      }
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) {
        n += count(item);
      }
    }
    return n;
  }

  private static Node mutate(Node node, int[] target, Random random) {
    if (target[0]-- == 0) {
      if (node instanceof MapNode m && random.nextInt(3) == 0) {
        List<MapNode.Field> fields = new ArrayList<>(m.fields());
        if (!fields.isEmpty() && random.nextBoolean()) {
          fields.remove(random.nextInt(fields.size()));
        } else {
          String key = FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size()));
          if (!m.has(key)) {
            fields.add(new MapNode.Field(key, m.origin(), randomNode(random, m.origin(), 2)));
          }
        }
        return MapNode.of(fields, m.origin());
      }
      return randomNode(random, node.origin(), 2);
    }
    if (node instanceof MapNode m) {
      List<MapNode.Field> fields = new ArrayList<>();
      for (MapNode.Field f : m.fields()) {
        fields.add(f.withValue(mutate(f.value(), target, random)));
      }
      return MapNode.of(fields, m.origin());
    }
    if (node instanceof ListNode l) {
      List<Node> items = new ArrayList<>();
      for (Node item : l.items()) {
        items.add(mutate(item, target, random));
      }
      return ListNode.of(items, l.origin());
    }
    return node;
  }

  private static Node randomNode(Random random, Origin at, int depth) {
    int kind = random.nextInt(depth > 0 ? 16 : 13);
    return switch (kind) {
      case 0 -> ScalarNode.string("abc", at);
      case 1 -> ScalarNode.string("${gpus}", at);
      case 2 -> ScalarNode.string("7200s", at);
      case 3 -> ScalarNode.string(random.nextBoolean() ? "12" : "-3", at);
      case 4 -> ScalarNode.string("NVIDIA_TESLA_T4", at);
      case 5 ->
          new ScalarNode(
              ScalarNode.Type.INTEGER, BigInteger.valueOf(random.nextInt(5) - 1), false, at);
      case 6 ->
          new ScalarNode(
              ScalarNode.Type.INTEGER,
              BigInteger.ONE.shiftLeft(31 + random.nextInt(40)),
              false,
              at);
      case 7 ->
          new ScalarNode(ScalarNode.Type.FLOAT, random.nextBoolean() ? 1.0d : 2.5d, false, at);
      case 8 ->
          new ScalarNode(
              ScalarNode.Type.FLOAT,
              new BigDecimal(random.nextBoolean() ? "3.00" : "1e400"),
              false,
              at);
      case 9 ->
          new ScalarNode(
              ScalarNode.Type.FLOAT,
              random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NaN,
              false,
              at);
      case 10 -> new ScalarNode(ScalarNode.Type.BOOLEAN, random.nextBoolean(), false, at);
      case 11 -> ScalarNode.nul(at);
      case 12 -> ScalarNode.string("${x}\n", at);
      case 13 -> ListNode.of(List.of(randomNode(random, at, depth - 1)), at);
      case 14 -> ListNode.of(List.of(), at);
      default -> {
        List<MapNode.Field> fields = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          String key = FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size()));
          if (fields.stream().noneMatch(f -> f.key().equals(key))) {
            fields.add(new MapNode.Field(key, at, randomNode(random, at, depth - 1)));
          }
        }
        yield MapNode.of(fields, at);
      }
    };
  }
}
