package vjc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes the files that are not files (FIFOs, sockets) that tests feed to vjc. */
public final class SpecialFiles {

  private SpecialFiles() {}

  /**
   * A FIFO at {@code path}, made with mkfifo(1); the test is skipped only where there is no mkfifo
   * (a system without named pipes).
   */
  public static Path fifo(Path path) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: " + e.getMessage());
      throw e;
    }
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor(1, TimeUnit.MINUTES);
    assertEquals(0, p.exitValue(), "mkfifo failed: " + out);
    assumeTrue(Files.exists(path), "mkfifo made nothing");
    return path;
  }

  /** A listening Unix domain socket at {@code path}; close the channel to remove it. */
  public static ServerSocketChannel socket(Path path) throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(path));
    return server;
  }
}
