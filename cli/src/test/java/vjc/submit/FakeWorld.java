package vjc.submit;

import com.google.api.gax.core.CredentialsProvider;
import com.google.auth.Credentials;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link SubmitEnvironment} for tests: a clock that only moves when vjc sleeps (so elapsed times
 * in the output are exact and no test waits), recorded sleeps, a fixed request id, a Ctrl-C the
 * test presses, and optionally credentials carrying a fake token.
 */
final class FakeWorld {

  /** A token that must never be printed; it looks like a real OAuth access token. */
  static final String TOKEN = "ya29.a0AfB_FAKE-TOKEN-never-print-me_0123456789";

  final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  final List<Duration> sleeps = new ArrayList<>();

  /** What Ctrl-C would run now; null when vjc has not asked for it. */
  private volatile Runnable ctrlC;

  /** Press Ctrl-C when vjc starts its sleep with this index (0 is the first); -1: never. */
  volatile int ctrlCAtSleep = -1;

  /** Presses Ctrl-C, as SIGINT would; false when vjc had no handler installed. */
  boolean pressCtrlC() {
    Runnable action = ctrlC;
    if (action == null) {
      return false;
    }
    action.run();
    return true;
  }

  SubmitEnvironment environment(boolean terminal, boolean withToken) {
    Optional<CredentialsProvider> credentials =
        withToken ? Optional.of(() -> new TokenCredentials()) : Optional.empty();
    return new SubmitEnvironment(
        credentials,
        d -> {
          int index;
          synchronized (sleeps) {
            index = sleeps.size();
            sleeps.add(d);
          }
          if (index == ctrlCAtSleep) {
            pressCtrlC();
          }
          nanos.addAndGet(d.toNanos());
        },
        nanos::get,
        terminal,
        () -> "req-0001",
        action -> {
          ctrlC = action;
          return () -> ctrlC = null;
        });
  }

  /**
   * The real clock and real sleeping, for the tests about time itself (a silent endpoint); Ctrl-C
   * is never pressed.
   */
  static SubmitEnvironment realTime() {
    return new SubmitEnvironment(
        Optional.empty(),
        d -> Thread.sleep(d.toMillis()),
        System::nanoTime,
        false,
        () -> "req-0001",
        action -> () -> {});
  }

  /** Bearer-token credentials that are not GoogleCredentials, so gRPC sends them on plaintext. */
  static final class TokenCredentials extends Credentials {
    private static final long serialVersionUID = 1L;

    @Override
    public String getAuthenticationType() {
      return "OAuth2";
    }

    @Override
    public Map<String, List<String>> getRequestMetadata(URI uri) {
      return Map.of("authorization", List.of("Bearer " + TOKEN));
    }

    @Override
    public boolean hasRequestMetadata() {
      return true;
    }

    @Override
    public boolean hasRequestMetadataOnly() {
      return true;
    }

    @Override
    public void refresh() {}
  }
}
