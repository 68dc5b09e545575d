package vjc.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vjc.testing.Repo;

/**
 * The contact budget on the real clock: against an endpoint that never answers, {@code vjc submit}
 * gives up with exit 4 once the budget is spent, not after per-call deadlines times retries. The
 * elapsed-time checks are hang guards (a generous multiple of the budget), not speed claims.
 */
@Timeout(120)
class SubmitDeadlineTest {

  private static final String TRAIN = Repo.testdata("submit", "train.yaml").toString();

  /** The configured budget: short, so that the test is quick. */
  private static final Duration BUDGET = Duration.ofSeconds(3);

  /** Far above the budget plus start-up: only a hang gets near it. */
  private static final Duration HANG_GUARD = BUDGET.multipliedBy(10);

  @Test
  void aSilentEndpointEndsWithinTheBudgetWithExitFour() throws Exception {
    try (SilentEndpoint silent = new SilentEndpoint()) {
      long start = System.nanoTime();
      SubmitRun run = submitWithBudget(silent.endpoint());
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(4, run.exitCode(), run.err());
      assertTrue(silent.connections() > 0, "vjc never reached the endpoint: " + run.err());
      assertTrue(run.err().contains("did not answer in time (DEADLINE_EXCEEDED)"), run.err());
      assertTrue(
          run.err()
              .contains("no answer from Vertex AI for 3s; whether the job was created is unknown"),
          run.err());
      assertTrue(
          run.err().contains("--filter=labels.vjc-request-id=req-0001"),
          "no way to look for the job: " + run.err());
      assertEquals("", run.out());
      assertTrue(took.compareTo(HANG_GUARD) < 0, "took " + took);
    }
  }

  @Test
  void pollsThatGetNoAnswerEndWithinTheBudgetWithExitFour() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.service.stallGets = true;
      long start = System.nanoTime();
      SubmitRun run = submitWithBudget(server.endpoint(), "--wait", "--poll-interval", "10ms");
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(4, run.exitCode(), run.err());
      assertTrue(
          run.err()
              .contains(
                  "vjc: lost contact with Vertex AI while waiting (no answer for 3s); the job goes"
                      + " on: "
                      + FakeJobService.JOB_NAME),
          run.err());
      assertTrue(server.calls("GetCustomJob").size() > 1, "never retried: " + run.err());
      assertTrue(took.compareTo(HANG_GUARD) < 0, "took " + took);
    }
  }

  /** {@code vjc submit} on the real clock with the 3 s budget. */
  private static SubmitRun submitWithBudget(String endpoint, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "submit",
                TRAIN,
                "--endpoint",
                endpoint,
                "--plaintext",
                "--contact-timeout",
                BUDGET.toSeconds() + "s"));
    args.addAll(List.of(extra));
    return SubmitRun.of(FakeWorld.realTime(), args.toArray(String[]::new));
  }
}
