package vjc.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Where a command writes: picocli's writers, or, on the {@link FastPath}, writers made the way
 * picocli makes its defaults.
 *
 * @param out standard output
 * @param err standard error
 */
record Streams(PrintWriter out, PrintWriter err) {

  /** Writers over System.out and System.err, in the encodings picocli would choose. */
  static Streams system() {
    return new Streams(
        writer(System.out, "sun.stdout.encoding"), writer(System.err, "sun.stderr.encoding"));
  }

  private static PrintWriter writer(OutputStream stream, String encodingProperty) {
    String encoding = System.getProperty(encodingProperty);
    Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
  }
}
