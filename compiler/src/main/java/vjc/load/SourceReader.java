package vjc.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;

/** Reads a file from disk and decodes it, reporting unreadable, oversized and mis-encoded files. */
public final class SourceReader {

  /** Rule id for files that cannot be read at all; the CLI exits 2 on these. */
  public static final String UNREADABLE = "io/unreadable";

  /** Rule id for a FIFO, device or socket where a file was expected. */
  public static final String NOT_REGULAR = "io/not-a-regular-file";

  /** Rule id for a path that a symlink leads out of its repository, or into its .git folder. */
  public static final String OUTSIDE = "io/outside-repository";

  private final Limits limits;

  public SourceReader(Limits limits) {
    this.limits = limits;
  }

  /**
   * Reads and decodes {@code file}. Only a regular file inside its repository (when it lies in one)
   * is opened: both are checked first, because opening a FIFO blocks until someone writes to it.
   */
  public Outcome<SourceText> read(Path file) {
    Origin start = Origin.startOf(file);
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (attrs.isDirectory()) {
        return Outcome.failed(
            Diagnostic.error(UNREADABLE, start, "is a directory, not a job file"));
      }
      if (!attrs.isRegularFile()) {
        return Outcome.failed(
            Diagnostic.error(
                    NOT_REGULAR, start, "is " + FileKinds.describe(file) + ", not a regular file")
                .withHint(
                    "vjc reads only regular files: name the file itself, or save what the pipe or"
                        + " device gives to a file first."));
      }
      Optional<Path> repository = RepositoryRoot.of(file);
      if (repository.isPresent()) {
        Optional<RepositoryRoot.Escape> escape = RepositoryRoot.escape(repository.get(), file);
        if (escape.isPresent()) {
          String why = RepositoryRoot.describe(escape.get(), "the repository " + repository.get());
          return Outcome.failed(
              Diagnostic.error(OUTSIDE, start, why + "; vjc does not read it")
                  .withHint(
                      "vjc reads only files inside the repository and outside .git: commit the"
                          + " file itself instead of a link to it."));
        }
      }
      long size = attrs.size();
      if (size > limits.maxFileBytes()) {
        return Outcome.failed(
            Diagnostic.error(
                    "input/too-large",
                    start,
                    "file is "
                        + humanBytes(size)
                        + "; vjc reads job files of at most "
                        + humanBytes(limits.maxFileBytes()))
                .withHint("Split the file; a job file is normally a few kilobytes."));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        // Read at most one byte past the limit: the file may grow between size() and here.
        bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
      }
      if (bytes.length > limits.maxFileBytes()) {
        return Outcome.failed(
            Diagnostic.error("input/too-large", start, "file grew past the size limit while read"));
      }
      return decode(file, bytes);
    } catch (NoSuchFileException e) {
      return Outcome.failed(Diagnostic.error(UNREADABLE, start, "no such file"));
    } catch (AccessDeniedException e) {
      return Outcome.failed(Diagnostic.error(UNREADABLE, start, "permission denied"));
    } catch (IOException e) {
      return Outcome.failed(
          Diagnostic.error(UNREADABLE, start, "cannot read file: " + describe(e)));
    }
  }

  /**
   * The encoding a file's bytes declare: UTF-8 unless a byte-order mark says UTF-16 or UTF-32.
   *
   * @param charset the encoding
   * @param skip the length of the byte-order mark, which is not part of the text
   */
  public record Encoding(Charset charset, int skip) {

    /** The encoding of {@code bytes}, read from their byte-order mark. */
    public static Encoding of(byte[] bytes) {
      if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
        return new Encoding(StandardCharsets.UTF_8, 3);
      } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
        return new Encoding(Charset.forName("UTF-32BE"), 4);
      } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
        return new Encoding(Charset.forName("UTF-32LE"), 4);
      } else if (startsWith(bytes, 0xFE, 0xFF)) {
        return new Encoding(StandardCharsets.UTF_16BE, 2);
      } else if (startsWith(bytes, 0xFF, 0xFE)) {
        return new Encoding(StandardCharsets.UTF_16LE, 2);
      }
      return new Encoding(StandardCharsets.UTF_8, 0);
    }
  }

  /** Decodes bytes: UTF-8 unless a byte-order mark says UTF-16 or UTF-32. */
  public static Outcome<SourceText> decode(Path file, byte[] bytes) {
    Encoding encoding = Encoding.of(bytes);
    Charset charset = encoding.charset();
    int skip = encoding.skip();
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      Origin at = positionAfter(file, out);
      return Outcome.failed(
          Diagnostic.error(
                  "input/encoding",
                  at,
                  "invalid " + charset.name() + " byte sequence at byte offset " + in.position())
              .withHint("Save the file as UTF-8."));
    }
    try {
      decoder.flush(out);
    } catch (IllegalStateException e) {
      // flush after a complete decode cannot fail; keep what was decoded
    }
    out.flip();
    return Outcome.ok(new SourceText(file, out.toString()));
  }

  private static Origin positionAfter(Path file, CharSequence decoded) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      // Lines end at LF, CR or CRLF, as SourceText.lines() splits them for snippets.
      boolean crlf = c == '\r' && i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        line++;
        col = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        col++;
      }
    }
    return Origin.of(file, line, col);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String humanBytes(long n) {
    if (n >= 1L << 20) {
      return String.format(java.util.Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
    }
    if (n >= 1L << 10) {
      return String.format(java.util.Locale.ROOT, "%.1f KiB", n / (double) (1L << 10));
    }
    return n + " bytes";
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
