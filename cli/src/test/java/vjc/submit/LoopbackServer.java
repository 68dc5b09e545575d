package vjc.submit;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real gRPC server (Netty, HTTP/2) on 127.0.0.1 and a free port, serving a {@link
 * FakeJobService}; it records the headers of every call it receives.
 */
final class LoopbackServer implements AutoCloseable {

  /**
   * One call's method and headers.
   *
   * @param method the full method name, e.g. {@code
   *     google.cloud.aiplatform.v1.JobService/CreateCustomJob}
   * @param headers what the client sent
   */
  record Call(String method, Metadata headers) {
    Optional<String> header(String name) {
      return Optional.ofNullable(
          headers.get(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER)));
    }
  }

  final FakeJobService service = new FakeJobService();
  final List<Call> calls = new ArrayList<>();
  private final Server server;

  LoopbackServer() throws IOException {
    ServerInterceptor recorder =
        new ServerInterceptor() {
          @Override
          public <Q, R> ServerCall.Listener<Q> interceptCall(
              ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            synchronized (calls) {
              calls.add(new Call(call.getMethodDescriptor().getFullMethodName(), headers));
            }
            return next.startCall(call, headers);
          }
        };
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
            .addService(ServerInterceptors.intercept(service, recorder))
            .build()
            .start();
  }

  /** {@code 127.0.0.1:PORT}. */
  String endpoint() {
    return InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
  }

  /** The calls of one method, e.g. {@code CreateCustomJob}. */
  List<Call> calls(String method) {
    synchronized (calls) {
      return calls.stream().filter(c -> c.method().endsWith("/" + method)).toList();
    }
  }

  @Override
  public void close() {
    server.shutdownNow();
    try {
      server.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
