package vjc.diag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vjc.testing.Repo;
import vjc.validate.SchemaKeywordIds;

/**
 * Keeps the registry and the code in step. Code names a diagnostic id as a string literal, {@code
 * "yaml/duplicate-key"}, so every such literal of a registered namespace in the main sources of
 * every module must be registered, and every registered id must be named by some source.
 *
 * <p>Two id families are built by concatenation and are handled by prefix:
 *
 * <ul>
 *   <li>{@code "schema/" + keyword} in ErrorMapper: which keywords can occur depends on the shipped
 *       schema, so {@link SchemaKeywordIds} derives them from it;
 *   <li>{@code "policy/" + name} for built-in and custom policies: policies are documented in
 *       docs/policies.md, and custom ones are named by users, so none is registered here.
 * </ul>
 *
 * Any other concatenated prefix of an id namespace is a new family this test does not know, and
 * fails it until it is handled here.
 */
class DiagnosticIdsCoverageTest {

  /** A string literal that is a whole id: namespace, slash, one name segment. */
  private static final Pattern LITERAL = Pattern.compile("\"([a-z]+)/([A-Za-z0-9_-]*)\"");

  /** A namespace prefix with something appended: the start of a dynamic id. */
  private static final Pattern CONCATENATED = Pattern.compile("\"([a-z]+/)\"\\s*\\+");

  private static final Map<String, String> DYNAMIC_PREFIXES =
      Map.of(
          "schema/", "ErrorMapper: \"schema/\" + keyword; see SchemaKeywordIds",
          "policy/", "policies: documented in docs/policies.md, not in this registry");

  /** A literal occurrence of an id. */
  private record Use(String id, Path file, int line) {
    @Override
    public String toString() {
      return Repo.root().relativize(file) + ":" + line + ": " + id;
    }
  }

  private static List<Path> mainSources() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(Repo.root())) {
      for (Path module : modules.sorted().toList()) {
        Path java = module.resolve("src/main/java");
        if (Files.isDirectory(java)) {
          try (Stream<Path> files = Files.walk(java)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(out::add);
          }
        }
      }
    }
    return out;
  }

  private static Set<String> namespaces() {
    return DiagnosticIds.all().stream().map(DiagnosticId::namespace).collect(Collectors.toSet());
  }

  private static List<Use> literalIds() throws IOException {
    Set<String> namespaces = namespaces();
    List<Use> out = new ArrayList<>();
    for (Path file : mainSources()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = LITERAL.matcher(lines.get(i));
        while (m.find()) {
          // "yaml/" alone is a prefix that code tests ids against, not an id.
          if (namespaces.contains(m.group(1)) && !m.group(2).isEmpty()) {
            out.add(new Use(m.group(1) + "/" + m.group(2), file, i + 1));
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyIdInTheSourcesIsRegistered() throws IOException {
    List<Use> unregistered =
        literalIds().stream().filter(u -> !DiagnosticIds.isRegistered(u.id())).toList();
    assertTrue(
        unregistered.isEmpty(),
        "ids the code uses that compiler/src/main/resources/"
            + DiagnosticIds.RESOURCE
            + " does not declare:\n"
            + unregistered.stream().map(Use::toString).collect(Collectors.joining("\n")));
  }

  @Test
  void everyRegisteredIdIsProducedBySomeSource() throws IOException {
    Set<String> produced = new TreeSet<>();
    literalIds().forEach(u -> produced.add(u.id()));
    produced.addAll(SchemaKeywordIds.reachable());
    List<String> stale =
        DiagnosticIds.all().stream()
            .map(DiagnosticId::id)
            .filter(id -> !produced.contains(id))
            .toList();
    assertTrue(stale.isEmpty(), "registered ids that no source produces: " + stale);
  }

  @Test
  void everySchemaKeywordIdIsRegistered() {
    Set<String> missing = new TreeSet<>(SchemaKeywordIds.reachable());
    missing.removeIf(DiagnosticIds::isRegistered);
    assertTrue(missing.isEmpty(), "the shipped schema can make ErrorMapper print " + missing);
  }

  @Test
  void everyDynamicIdFamilyIsKnown() throws IOException {
    Set<String> namespaces = namespaces();
    Map<String, String> unknown = new TreeMap<>();
    for (Path file : mainSources()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = CONCATENATED.matcher(text);
      while (m.find()) {
        String prefix = m.group(1);
        String namespace = prefix.substring(0, prefix.length() - 1);
        boolean idNamespace = namespaces.contains(namespace) || namespace.equals("policy");
        if (idNamespace && !DYNAMIC_PREFIXES.containsKey(prefix)) {
          int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
          unknown.put(Repo.root().relativize(file) + ":" + line, prefix);
        }
      }
    }
    assertTrue(
        unknown.isEmpty(),
        "ids built by concatenation that this test does not know how to check: " + unknown);
  }
}
