package vjc.submit;

import static java.util.Objects.requireNonNull;

import com.google.api.gax.core.CredentialsProvider;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What {@code vjc submit} takes from the world outside the job file: credentials, the clock,
 * sleeping, whether stderr is a terminal, and fresh request ids. Tests replace it.
 *
 * @param credentials credentials to use instead of Application Default Credentials (or none, for
 *     {@code --plaintext}); empty in normal use
 * @param sleeper waits between polls and retries
 * @param nanoTime a monotonic clock in nanoseconds, for elapsed times
 * @param terminal true when a person watches: progress is one line, rewritten in place
 * @param requestIds makes the id of one invocation (see {@link RequestLabel})
 * @param interrupts where Ctrl-C is caught while a submission talks to Vertex AI
 */
public record SubmitEnvironment(
    Optional<CredentialsProvider> credentials,
    Sleeper sleeper,
    LongSupplier nanoTime,
    boolean terminal,
    Supplier<String> requestIds,
    Interrupts interrupts) {

  public SubmitEnvironment {
    requireNonNull(credentials, "credentials");
    requireNonNull(sleeper, "sleeper");
    requireNonNull(nanoTime, "nanoTime");
    requireNonNull(requestIds, "requestIds");
    requireNonNull(interrupts, "interrupts");
  }

  /** Where Ctrl-C is caught. */
  @FunctionalInterface
  public interface Interrupts {
    /** Runs {@code action} on Ctrl-C until the registration is closed. */
    Registration onInterrupt(Runnable action);
  }

  /** An installed Ctrl-C action; closing it puts back what was there before. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits. */
  @FunctionalInterface
  public interface Sleeper {
    /** Sleeps for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
  }

  /** The real world: ADC, the system clock, SIGINT, and whether a terminal is attached. */
  public static SubmitEnvironment system() {
    SecureRandom random = new SecureRandom();
    return new SubmitEnvironment(
        Optional.empty(),
        d -> Thread.sleep(d.toMillis()),
        System::nanoTime,
        isTerminal(),
        () -> RequestLabel.newId(random),
        new CtrlC(System.err));
  }

  /** True when the JVM talks to a terminal, so that a CI log gets no progress lines redrawn. */
  static boolean isTerminal() {
    return vjc.render.Terminal.isTerminal();
  }
}
