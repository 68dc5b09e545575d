package vjc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.codegen.GenerateDataClass.Failure;
import vjc.codegen.GenerateDataClass.Flavour;

class GenerateDataClassTest {

  @TempDir Path dir;

  private Path input(String text) throws IOException {
    return Files.writeString(dir.resolve("in.yaml"), text);
  }

  @Test
  void writesTheClassOnceAndLeavesAnUnchangedFileAlone() throws IOException {
    Path in = input("a: 1\n");
    Path out = dir.resolve("out");
    Path written = GenerateDataClass.generate(in, Flavour.YAML, "p.q", "C", "src.yaml", out);
    assertEquals(out.resolve("p/q/C.java"), written);
    assertTrue(Files.readString(written).startsWith("// Generated from src.yaml by"));
    assertNull(GenerateDataClass.generate(in, Flavour.YAML, "p.q", "C", "src.yaml", out));
  }

  @Test
  void flavourDecidesWhatAScalarIs() throws IOException {
    Path in = input("a: True\n");
    assertEquals(Map.of("a", true), GenerateDataClass.parse(in, Flavour.YAML));
    assertEquals(Map.of("a", "True"), GenerateDataClass.parse(in, Flavour.JSON));
  }

  @Test
  void badYamlIsOneLineNamingFileLineAndColumn() throws IOException {
    Path in = input("a: 1\nb: [1,\n");
    Failure f = assertThrows(Failure.class, () -> GenerateDataClass.parse(in, Flavour.YAML));
    assertTrue(f.getMessage().startsWith(in + ":3:1: not valid YAML: "), f.getMessage());
    assertTrue(!f.getMessage().contains("\n"), f.getMessage());
  }

  @Test
  void duplicateKeysAndEmptyDocumentsAreRefused() throws IOException {
    Path dup = input("a: 1\na: 2\n");
    assertTrue(
        assertThrows(Failure.class, () -> GenerateDataClass.parse(dup, Flavour.YAML))
            .getMessage()
            .contains("duplicate key a"));
    Path empty = input("");
    assertThrows(Failure.class, () -> GenerateDataClass.parse(empty, Flavour.JSON));
  }

  @Test
  void wrongArgumentsAreAUsageError() {
    Failure f = assertThrows(Failure.class, () -> GenerateDataClass.main(new String[] {"x"}));
    assertTrue(f.getMessage().startsWith("usage:"), f.getMessage());
  }
}
