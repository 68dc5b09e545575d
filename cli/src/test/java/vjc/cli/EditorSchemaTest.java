package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vjc.compile.TreeJson;
import vjc.load.Limits;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.SourceReader;
import vjc.load.YamlLoader;
import vjc.testing.Repo;
import vjc.validate.SchemaValidator;

/**
 * An editor validates a job file as written, before vjc resolves it: {@code vars}, {@code
 * environments} and {@code ${gpus}} in a number field included. So the schema that {@code vjc
 * schema} prints must accept, as written, every job file in testdata that vjc accepts.
 */
class EditorSchemaTest {

  @TestFactory
  Stream<DynamicTest> schemaAcceptsEveryExampleAsWritten() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaValidator.schemaText(), InputFormat.JSON);
    List<Path> files = new ArrayList<>();
    files.addAll(list(Repo.testdata("examples")));
    files.addAll(list(Repo.testdata("compile")));
    try (Stream<Path> rules = Files.list(Repo.testdata("rules"))) {
      for (Path rule : rules.sorted().toList()) {
        files.addAll(list(rule.resolve("ok")));
      }
    }
    SourceReader reader = new SourceReader(Limits.DEFAULT);
    YamlLoader loader = new YamlLoader(Limits.DEFAULT);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path f : files) {
      Node root = reader.read(f).then(loader::load).value().orElseThrow();
      // Bare CustomJobSpec files and snake_case dicts are vjc's conveniences, not the schema's.
      if (!(root instanceof MapNode m) || !m.has("jobSpec")) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              Repo.root().relativize(f).toString(),
              () -> {
                List<Error> errors = schema.validate(TreeJson.write(root), InputFormat.JSON);
                assertTrue(errors.isEmpty(), () -> f + ": " + errors);
              }));
    }
    assertFalse(tests.size() < 10, "expected at least 10 job files, found " + tests.size());
    return tests.stream();
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
