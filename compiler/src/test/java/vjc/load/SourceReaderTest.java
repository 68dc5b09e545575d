package vjc.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vjc.support.Diags.single;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;

class SourceReaderTest {

  private static final Path FILE = Path.of("job.yaml");

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void invalidUtf8IsAnEncodingErrorAtTheBadByte() {
    byte[] bytes =
        concat(
            utf8("displayName: x\nlabels: {team: "), new byte[] {(byte) 0xC3, 0x28}, utf8("}\n"));
    Outcome<SourceText> out = SourceReader.decode(FILE, bytes);
    Diagnostic d = single(out.diagnostics());
    assertTrue(out.value().isEmpty());
    assertEquals("input/encoding", d.ruleId());
    assertEquals("job.yaml:2:16", d.origin().position());
    assertTrue(d.message().contains("byte offset 30"), d.message());
    assertTrue(d.hint().orElse("").contains("UTF-8"), d::toString);
  }

  @Test
  void positionOfABadByteCountsCharactersNotBytes() {
    byte[] bytes = concat(utf8("a: é😀"), new byte[] {(byte) 0xFF});
    Diagnostic d = single(SourceReader.decode(FILE, bytes).diagnostics());
    assertEquals("input/encoding", d.ruleId());
    assertEquals("job.yaml:1:6", d.origin().position());
  }

  @Test
  void truncatedMultibyteSequenceAtTheEndIsAnError() {
    byte[] bytes = concat(utf8("a: b\n"), new byte[] {(byte) 0xE2, (byte) 0x82});
    Diagnostic d = single(SourceReader.decode(FILE, bytes).diagnostics());
    assertEquals("input/encoding", d.ruleId());
    assertEquals("job.yaml:2:1", d.origin().position());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("a: 1\n"));
    assertEquals("a: 1\n", SourceReader.decode(FILE, bytes).value().orElseThrow().text());
  }

  @Test
  void utf16LittleEndianFileWithByteOrderMarkDecodesAndLoads(@TempDir Path dir) throws IOException {
    String text = "displayName: résumé-😀\nlabels: {team: vision}\n";
    Path file = dir.resolve("utf16.yaml");
    Files.write(
        file,
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
    Outcome<SourceText> read = new SourceReader(Limits.DEFAULT).read(file);
    assertEquals(text, read.value().orElseThrow().text(), () -> read.diagnostics().toString());
    MapNode root =
        (MapNode) new YamlLoader(Limits.DEFAULT).load(read.value().get()).value().orElseThrow();
    assertEquals("résumé-😀", root.getScalar("displayName").orElseThrow().value());
    assertEquals(2, root.field("labels").orElseThrow().keyOrigin().line());
  }

  @Test
  void utf16BigEndianWithByteOrderMarkDecodes() {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "a: ü\n".getBytes(StandardCharsets.UTF_16BE));
    assertEquals("a: ü\n", SourceReader.decode(FILE, bytes).value().orElseThrow().text());
  }

  @Test
  void plainUtf8RoundTrips() {
    String text = "a: ü — 😀\n";
    assertArrayEquals(
        utf8(text), utf8(SourceReader.decode(FILE, utf8(text)).value().orElseThrow().text()));
  }

  @Test
  void fileLargerThanTheLimitIsTooLarge(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, "a: " + "x".repeat(2000) + "\n");
    Limits small = new Limits(1024, 64, 1 << 20, 200_000, 1000);
    Diagnostic d = single(new SourceReader(small).read(file).diagnostics());
    assertEquals("input/too-large", d.ruleId());
    assertEquals(1, d.origin().line());
  }

  @Test
  void missingFileIsUnreadable(@TempDir Path dir) {
    Diagnostic d =
        single(new SourceReader(Limits.DEFAULT).read(dir.resolve("nope.yaml")).diagnostics());
    assertEquals(SourceReader.UNREADABLE, d.ruleId());
  }
}
