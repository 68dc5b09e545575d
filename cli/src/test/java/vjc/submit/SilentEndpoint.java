package vjc.submit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP port on 127.0.0.1 that accepts connections and never says a word: the client's HTTP/2
 * preface goes unanswered, so every call waits until its deadline. The worst endpoint there is.
 */
final class SilentEndpoint implements AutoCloseable {

  private final ServerSocket socket;
  private final List<Socket> held = new ArrayList<>();
  private final Thread acceptor;

  SilentEndpoint() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "silent-endpoint");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        synchronized (held) {
          held.add(s);
        }
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  /** {@code 127.0.0.1:PORT}. */
  String endpoint() {
    return InetAddress.getLoopbackAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  /** Connections accepted so far: proof that the client did reach it. */
  int connections() {
    synchronized (held) {
      return held.size();
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    synchronized (held) {
      for (Socket s : held) {
        s.close();
      }
    }
  }
}
