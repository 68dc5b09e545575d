package vjc.submit;

import com.google.api.core.ApiFuture;
import com.google.api.gax.rpc.ApiException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Lets Ctrl-C stop a submission wherever it waits: the call in flight is cancelled and a sleep is
 * cut short, and both surface as {@link InterruptedException} in the submitting thread, which then
 * says what goes on. gax's blocking calls cannot be interrupted, so calls are made as futures and
 * awaited here.
 */
final class Cancellation {

  private final Thread worker;
  private volatile boolean requested;
  private volatile Future<?> inFlight;

  /** A cancellation for calls made on the current thread. */
  Cancellation() {
    this.worker = Thread.currentThread();
  }

  /** Ctrl-C: stop whatever the submitting thread waits for. Safe from any thread. */
  synchronized void request() {
    requested = true;
    Future<?> f = inFlight;
    if (f != null) {
      f.cancel(true);
    }
    worker.interrupt();
  }

  /** True once {@link #request()} was called. */
  boolean requested() {
    return requested;
  }

  /**
   * Clears the submitting thread's interrupt once the request is handled: it has become an exit
   * code, and leaving the flag set would break the client's shutdown that follows.
   */
  synchronized void handled() {
    boolean unused = Thread.interrupted();
  }

  /** The result of {@code call}, or its {@link ApiException}. */
  <T> T await(ApiFuture<T> call) throws InterruptedException {
    inFlight = call;
    try {
      if (requested) {
        call.cancel(true);
        throw new InterruptedException("interrupted");
      }
      return call.get();
    } catch (InterruptedException e) {
      call.cancel(true);
      throw e;
    } catch (CancellationException e) {
      throw new InterruptedException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ApiException api) {
        throw api;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      inFlight = null;
    }
  }

  /** Sleeps {@code d} with {@code sleeper}, unless Ctrl-C comes first. */
  void sleep(SubmitEnvironment.Sleeper sleeper, Duration d) throws InterruptedException {
    if (requested) {
      throw new InterruptedException("interrupted");
    }
    sleeper.sleep(d);
    if (requested) {
      throw new InterruptedException("interrupted");
    }
  }
}
