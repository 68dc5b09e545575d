package vjc.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import vjc.diag.Origin;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.resolve.TemplateResolver;

/**
 * Seeded generators of YAML-like trees, merge patches and template variables, built directly from
 * the node records. Every node gets its own line in the generator's file, so origins tell nodes
 * apart. Keys come from a five-letter alphabet so that bases and patches overlap often.
 */
public final class TreeGen {

  /** The keys maps are built from. */
  public static final List<String> KEYS = List.of("a", "b", "c", "d", "e");

  private final Random random;
  private final Path file;
  private int line = 1;
  private boolean nulls;
  private boolean pools;
  private int maxDepth = 3;
  private Function<Random, String> strings = TreeGen::plainString;

  /** A generator whose nodes say they come from {@code file}. */
  public TreeGen(Random random, String file) {
    this.random = random;
    this.file = Path.of(file);
  }

  /** Whether null scalars (deletions, in a patch) are generated. */
  public TreeGen nulls(boolean allowed) {
    this.nulls = allowed;
    return this;
  }

  /** Whether the top-level map may carry {@code jobSpec.workerPoolSpecs}. */
  public TreeGen pools(boolean allowed) {
    this.pools = allowed;
    return this;
  }

  /** How deep maps and lists nest below the top-level map. */
  public TreeGen maxDepth(int depth) {
    this.maxDepth = depth;
    return this;
  }

  /** Where string scalars come from. */
  public TreeGen strings(Function<Random, String> source) {
    this.strings = source;
    return this;
  }

  /** A fresh origin on the next line of this generator's file. */
  public Origin origin() {
    return Origin.of(file, line++, 1 + random.nextInt(30));
  }

  /** A top-level map, with worker pools under {@code jobSpec} half the time if enabled. */
  public MapNode document() {
    MapNode top = map(0);
    if (pools && random.nextBoolean()) {
      List<Node> items = new ArrayList<>();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        items.add(nulls && random.nextInt(5) == 0 ? ScalarNode.nul(origin()) : map(1));
      }
      MapNode spec = map(1);
      spec = spec.with("workerPoolSpecs", origin(), ListNode.of(items, origin()));
      top = top.with("jobSpec", origin(), spec);
    }
    return top;
  }

  /** A map of up to four fields. */
  public MapNode map(int depth) {
    Origin at = origin();
    List<String> keys = new ArrayList<>(KEYS);
    Collections.shuffle(keys, random);
    int n = random.nextInt(depth == 0 ? 5 : 4);
    List<MapNode.Field> fields = new ArrayList<>();
    for (String key : keys.subList(0, n)) {
      fields.add(new MapNode.Field(key, origin(), value(depth + 1)));
    }
    return MapNode.of(fields, at);
  }

  /** A map, list or scalar; maps are the most likely container. */
  public Node value(int depth) {
    int pick = random.nextInt(10);
    if (depth < maxDepth && pick < 4) {
      return map(depth);
    }
    if (depth < maxDepth && pick < 5) {
      return list(depth);
    }
    return scalar();
  }

  /** A list of up to three values. */
  public ListNode list(int depth) {
    Origin at = origin();
    List<Node> items = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      items.add(value(depth + 1));
    }
    return ListNode.of(items, at);
  }

  /** A scalar of any core-schema type (null only when enabled). */
  public ScalarNode scalar() {
    Origin at = origin();
    int kinds = nulls ? 5 : 4;
    return switch (random.nextInt(kinds)) {
      case 0 ->
          new ScalarNode(ScalarNode.Type.STRING, strings.apply(random), random.nextBoolean(), at);
      case 1 ->
          new ScalarNode(
              ScalarNode.Type.INTEGER, BigInteger.valueOf(random.nextInt(2000) - 1000), false, at);
      case 2 ->
          new ScalarNode(
              ScalarNode.Type.FLOAT, BigDecimal.valueOf(random.nextInt(10_000), 2), false, at);
      case 3 -> new ScalarNode(ScalarNode.Type.BOOLEAN, random.nextBoolean(), false, at);
      default -> ScalarNode.nul(at);
    };
  }

  /** Short text over letters, spaces and the template characters {@code $ { }}. */
  public static String plainString(Random random) {
    String alphabet = "abxy -$${}}";
    int n = random.nextInt(9);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /**
   * Text that never contains <code>${</code>, though it may contain {@code $} and braces; it never
   * ends in {@code $}, so that it cannot form a reference or an escape with what follows it.
   */
  public static String textWithoutReferences(Random random) {
    String s = plainString(random);
    while (s.contains("${")) {
      s = s.replace("${", "$ {");
    }
    return s.endsWith("$") ? s + "-" : s;
  }

  /**
   * Text mixing literal pieces, <code>$${</code> escapes and references to the given names, and
   * sometimes exactly one reference.
   */
  public static String templated(Random random, List<String> names) {
    if (!names.isEmpty() && random.nextInt(4) == 0) {
      return "${" + names.get(random.nextInt(names.size())) + "}";
    }
    StringBuilder b = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      int pick = random.nextInt(6);
      if (pick < 3 && !names.isEmpty()) {
        b.append("${").append(names.get(random.nextInt(names.size()))).append('}');
      } else if (pick == 3) {
        b.append("$${x}");
      } else {
        b.append(textWithoutReferences(random));
      }
    }
    return b.toString();
  }

  /**
   * String-valued variables {@code v0 .. v(n-1)}; a variable refers only to variables with higher
   * numbers, so there is never a cycle.
   */
  public Map<String, TemplateResolver.Variable> stringVariables(int n) {
    Map<String, TemplateResolver.Variable> vars = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      List<String> later = new ArrayList<>();
      for (int j = i + 1; j < n; j++) {
        later.add("v" + j);
      }
      String text = templated(random, later);
      vars.put(
          "v" + i,
          new TemplateResolver.Variable("v" + i, ScalarNode.string(text, origin()), origin()));
    }
    return vars;
  }
}
