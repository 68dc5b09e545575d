package vjc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.diag.Outcome;
import vjc.load.Limits;
import vjc.load.MapNode;
import vjc.load.SourceReader;
import vjc.load.YamlLoader;

/** {@code vars:} in .vjc.yaml, over the older {@code defaults: {vars: ...}}, key by key. */
class ProjectVarsTest {

  @TempDir Path dir;

  private final ProjectConfigLoader loader =
      new ProjectConfigLoader(new SourceReader(Limits.DEFAULT), new YamlLoader(Limits.DEFAULT));

  @Test
  void topLevelVarsAreAKnownKeyAndWinOverDefaultsVars() throws IOException {
    Path config =
        Files.writeString(
            dir.resolve(".vjc.yaml"), "defaults:\n  vars: {a: 1, b: 1}\nvars:\n  b: 2\n  c: 2\n");
    Outcome<ProjectConfig> out = loader.load(config, config);
    assertEquals(List.of(), out.diagnostics());
    List<MapNode.Field> vars = out.value().orElseThrow().vars();
    assertEquals(List.of("a", "b", "c"), vars.stream().map(MapNode.Field::key).toList());
    assertEquals("2", ((vjc.load.ScalarNode) vars.get(1).value()).text());
    assertEquals(4, vars.get(1).keyOrigin().line());
  }

  @Test
  void varsThatAreNotAMapAreAnError() throws IOException {
    Path config = Files.writeString(dir.resolve(".vjc.yaml"), "vars: [a, b]\n");
    Outcome<ProjectConfig> out = loader.load(config, config);
    assertEquals("config/invalid", out.diagnostics().get(0).ruleId());
    assertEquals(List.of(), out.value().orElseThrow().vars());
  }
}
