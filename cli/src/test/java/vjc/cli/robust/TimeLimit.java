package vjc.cli.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs one fuzz input under a time limit, so that a hang is a failure rather than a stuck build.
 *
 * <p>Not JUnit's {@code @Timeout}: under {@code JAZZER_FUZZ} the whole fuzzing session is one
 * invocation of the test method, which {@code @Timeout} would interrupt. While fuzzing, libFuzzer's
 * own {@code -timeout} watches each input instead (docs/fuzzing.md passes it).
 */
final class TimeLimit {

  /** Generous for one input: the slowest seed takes well under a second once warm. */
  static final Duration PER_INPUT = Duration.ofSeconds(20);

  private TimeLimit() {}

  static void run(Executable body) throws Throwable {
    if (isFuzzing()) {
      body.execute();
    } else {
      assertTimeoutPreemptively(PER_INPUT, body, "hang: one input ran longer than " + PER_INPUT);
    }
  }

  /** True under {@code JAZZER_FUZZ=1}, Jazzer's switch from replaying seeds to fuzzing. */
  static boolean isFuzzing() {
    String v = System.getenv("JAZZER_FUZZ");
    return v != null && !v.isEmpty();
  }
}
