package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.load.SourceReader;
import vjc.load.SourceText;
import vjc.resolve.Assignment;

/**
 * The check every fuzzed or hostile run must pass besides "no exception": each diagnostic, and each
 * step of the chain behind it, names a file at a line and column inside that file, or the start
 * (1:1) of a file the run could not read. {@link Origin} itself already refuses line or column 0
 * and a missing file.
 */
final class PositionCheck {

  private PositionCheck() {}

  /**
   * Fails when a diagnostic in {@code ds} points outside the files in {@code inputs}.
   *
   * @param inputs each file the run was given, by the path it was given as, with its bytes
   */
  static void check(List<Diagnostic> ds, Map<Path, byte[]> inputs) {
    for (Diagnostic d : ds) {
      check(d, d.origin(), inputs);
      for (Origin.Trace t : d.origin().via()) {
        check(d, t.at(), inputs);
      }
    }
  }

  private static void check(Diagnostic d, Origin at, Map<Path, byte[]> inputs) {
    if (at.file().equals(Assignment.COMMAND_LINE)) {
      return;
    }
    byte[] bytes = inputs.get(at.file());
    if (bytes == null) {
      // A file the run could not read (an overlay that does not exist, say) has no text to be
      // inside of; the problem is about the whole file, so it sits at its start.
      if (at.line() != 1 || at.column() != 1) {
        fail(
            "diagnostic points into a file the run was not given: "
                + describe(d)
                + "; files: "
                + inputs.keySet());
      }
      return;
    }
    List<String> lines = lines(decodeLeniently(bytes));
    int line = at.line();
    int column = at.column();
    if (line == lines.size() + 1) {
      // The end of a file that ends with a line break (or an empty file).
      if (column != 1) {
        fail("position past the end of the file: " + describe(d) + " (" + lines.size() + " lines)");
      }
      return;
    }
    if (line > lines.size()) {
      fail("line past the end of the file: " + describe(d) + " (" + lines.size() + " lines)");
    }
    String text = lines.get(line - 1);
    int width = text.codePointCount(0, text.length());
    if (column > width + 1) {
      fail(
          "column past the end of line "
              + line
              + ": "
              + describe(d)
              + " (the line has "
              + width
              + " characters)");
    }
  }

  private static String describe(Diagnostic d) {
    return d.origin().position()
        + " ["
        + d.ruleId()
        + "] "
        + d.message()
        + " via "
        + d.origin().via();
  }

  /** The text as vjc decodes it (BOM decides the charset), with bad bytes replaced. */
  static String decodeLeniently(byte[] bytes) {
    SourceReader.Encoding encoding = SourceReader.Encoding.of(bytes);
    try {
      return encoding
          .charset()
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, encoding.skip(), bytes.length - encoding.skip()))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError("a REPLACE decoder cannot fail", e);
    }
  }

  /** Lines as vjc's snippets split them: at LF, CR and CRLF. */
  static List<String> lines(String text) {
    return new SourceText(Path.of("check"), text).lines();
  }
}
