package vjc.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.JobState;
import com.google.protobuf.Any;
import com.google.protobuf.util.JsonFormat;
import com.google.rpc.BadRequest;
import com.google.rpc.QuotaFailure;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vjc.engine.Engine;
import vjc.lint.rules.BuiltInRules;
import vjc.resolve.ResolveRequest;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * {@code vjc submit} against a real gRPC server on 127.0.0.1, through the real {@code
 * JobServiceClient}: what is sent, where, and what the user sees for each answer. Sleeping and the
 * clock are fake, so {@code --wait} runs instantly and prints exact times.
 */
@Timeout(60)
class SubmitTest {

  private static final String TRAIN = Repo.testdata("submit", "train.yaml").toString();

  private LoopbackServer server;
  private FakeWorld world;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    world = new FakeWorld();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SubmitRun submit(String... extra) {
    return submitIn(world.environment(false, false), extra);
  }

  private SubmitRun submitIn(SubmitEnvironment env, String... extra) {
    String[] args = new String[extra.length + 5];
    args[0] = "submit";
    args[1] = TRAIN;
    args[2] = "--endpoint";
    args[3] = server.endpoint();
    args[4] = "--plaintext";
    System.arraycopy(extra, 0, args, 5, extra.length);
    return SubmitRun.of(env, args);
  }

  private void golden(String name, SubmitRun run) {
    Golden.check(Repo.testdata("submit", name + ".out"), run.transcript(server.endpoint()));
  }

  @Test
  void sendsTheCompiledJobToItsRegionsParentWithTheRoutingHeader() throws Exception {
    SubmitRun run = submit();
    assertEquals(0, run.exitCode(), run.err());

    assertEquals(1, server.service.creates.size());
    var request = server.service.creates.get(0);
    assertEquals("projects/acme-ml/locations/us-central1", request.getParent());
    CustomJob compiled =
        Engine.builder()
            .rules(BuiltInRules.all())
            .build()
            .compile(
                Repo.testdata("submit", "train.yaml"),
                ResolveRequest.plain(),
                Optional.empty(),
                false)
            .value()
            .orElseThrow()
            .job();
    assertEquals(
        compiled.toBuilder().putLabels("vjc-request-id", "req-0001").build(),
        request.getCustomJob());
    String params =
        server.calls("CreateCustomJob").get(0).header("x-goog-request-params").orElseThrow();
    assertTrue(params.contains("parent=projects%2Facme-ml%2Flocations%2Fus-central1"), params);
    golden("created", run);
  }

  @Test
  void dryRunPrintsEndpointParentAndBodyAndSendsNothing() {
    SubmitRun run = SubmitRun.of(world.environment(false, false), "submit", TRAIN, "--dry-run");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(server.calls.isEmpty());
    golden("dry-run", run);
  }

  @Test
  void waitFollowsTheJobToSuccessWithPlainLinesOffATerminal() {
    server.service.getScript.addAll(
        List.of(
            JobState.JOB_STATE_PENDING,
            JobState.JOB_STATE_PENDING,
            JobState.JOB_STATE_RUNNING,
            JobState.JOB_STATE_RUNNING,
            JobState.JOB_STATE_SUCCEEDED));
    SubmitRun run = submit("--wait", "--poll-interval", "30s");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(5, server.service.gets.size());
    assertEquals(List.of(Duration.ofSeconds(30)), world.sleeps.stream().distinct().toList());
    golden("wait-succeeded", run);
  }

  @Test
  void waitEndsWithExitOneAndTheJobsErrorWhenItFails() {
    server.service.getScript.addAll(List.of(JobState.JOB_STATE_RUNNING, JobState.JOB_STATE_FAILED));
    SubmitRun run = submit("--wait");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "The replica workerpool0-0 exited with a non-zero status of 1."
                    + " (INVALID_ARGUMENT)"),
        run.err());
    golden("wait-failed", run);
  }

  @Test
  void cancelledJobIsExitOne() {
    server.service.getScript.add(JobState.JOB_STATE_CANCELLED);
    SubmitRun run = submit("--wait");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("vjc: job cancelled after 0:00:15"), run.err());
  }

  @Test
  void onATerminalTheStateIsOneLiveLine() {
    server.service.getScript.addAll(
        List.of(
            JobState.JOB_STATE_RUNNING, JobState.JOB_STATE_RUNNING, JobState.JOB_STATE_SUCCEEDED));
    SubmitRun run = submitIn(world.environment(true, false), "--wait");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("\r[0:00:15] running\r[0:00:30] running\n"), run.err());
    golden("wait-terminal", run);
  }

  @Test
  void waitTimeoutStopsWaitingWithExitFour() {
    SubmitRun run = submit("--wait", "--wait-timeout", "1m");
    assertEquals(4, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "vjc: stopped waiting after 0:01:00; the job goes on: " + FakeJobService.JOB_NAME),
        run.err());
  }

  @Test
  void pollingRetriesUnavailableWithBackoffAndNoPollIntervalBetweenRetries() {
    StatusRuntimeException down =
        Status.UNAVAILABLE.withDescription("no route").asRuntimeException();
    server.service.getScript.addAll(List.of(down, down, JobState.JOB_STATE_SUCCEEDED));
    SubmitRun run = submit("--wait");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(Duration.ofSeconds(15), Duration.ofSeconds(1), Duration.ofSeconds(2)),
        world.sleeps);
    assertEquals(1, server.service.creates.size());
  }

  @Test
  void pollingGivesUpWhenTheBudgetIsSpentWithExitFour() {
    for (int i = 0; i < 20; i++) {
      server.service.getScript.add(Status.DEADLINE_EXCEEDED.asRuntimeException());
    }
    SubmitRun run = submit("--wait");
    assertEquals(4, run.exitCode(), run.err());
    // The first poll after 15 s, then retries whose pauses add up to the 60 s budget exactly.
    assertEquals(
        List.of(15L, 1L, 2L, 4L, 8L, 16L, 29L),
        world.sleeps.stream().map(Duration::toSeconds).toList());
    assertEquals(6, server.service.gets.size());
    assertTrue(
        run.err()
            .contains(
                "lost contact with Vertex AI while waiting (no answer for 60s); the job goes on"),
        run.err());
  }

  @Test
  void aRunOfFailedPollsThatEndsRestoresTheWholeBudget() {
    StatusRuntimeException down = Status.UNAVAILABLE.asRuntimeException();
    for (int i = 0; i < 5; i++) {
      server.service.getScript.add(down);
    }
    server.service.getScript.add(JobState.JOB_STATE_RUNNING);
    for (int i = 0; i < 5; i++) {
      server.service.getScript.add(down);
    }
    server.service.getScript.add(JobState.JOB_STATE_SUCCEEDED);
    SubmitRun run = submit("--wait");
    // Each run of five failures pauses 1+2+4+8+16 = 31 s, within its own 60 s.
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(12, server.service.gets.size());
  }

  @Test
  void unavailableCreateIsNeverResentAndIsLookedUpByItsLabel() {
    server.service.createErrors.add(
        Status.UNAVAILABLE.withDescription("connection refused").asRuntimeException());
    SubmitRun run = submit();
    assertEquals(4, run.exitCode(), run.err());
    assertEquals(1, server.service.creates.size(), "the create call was sent again");
    assertEquals(1, server.service.lists.size());
    assertEquals("display_name=\"resnet-nightly\"", server.service.lists.get(0).getFilter());
    golden("create-unavailable", run);
  }

  @Test
  void createThatLandedBeforeItsReplyWasLostIsFoundAndFollowed() {
    server.service.createErrors.add(FakeJobService.LANDED_BUT_LOST);
    server.service.getScript.add(JobState.JOB_STATE_SUCCEEDED);
    SubmitRun run = submit("--wait");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, server.service.creates.size());
    assertTrue(run.out().startsWith(FakeJobService.JOB_NAME + "\n"), run.out());
    golden("create-landed", run);
  }

  @Test
  void deadlineExceededCreateIsNotResentEitherAndTheLookupStopsAtTheBudget() {
    server.service.createErrors.add(Status.DEADLINE_EXCEEDED.asRuntimeException());
    for (int i = 0; i < 20; i++) {
      server.service.listErrors.add(Status.UNAVAILABLE.asRuntimeException());
    }
    SubmitRun run = submit();
    assertEquals(4, run.exitCode(), run.err());
    assertEquals(1, server.service.creates.size());
    // Create and lookup share one 60 s budget: the pauses fill it, the last one cut short.
    assertEquals(
        List.of(1L, 2L, 4L, 8L, 16L, 29L), world.sleeps.stream().map(Duration::toSeconds).toList());
    assertEquals(5, server.service.lists.size());
    assertTrue(
        run.err()
            .contains("no answer from Vertex AI for 60s; whether the job was created is unknown"),
        run.err());
  }

  @Test
  void contactTimeoutSetsTheBudget() {
    server.service.createErrors.add(Status.UNAVAILABLE.asRuntimeException());
    for (int i = 0; i < 20; i++) {
      server.service.listErrors.add(Status.UNAVAILABLE.asRuntimeException());
    }
    SubmitRun run = submit("--contact-timeout", "10s");
    assertEquals(4, run.exitCode(), run.err());
    assertEquals(List.of(1L, 2L, 4L, 3L), world.sleeps.stream().map(Duration::toSeconds).toList());
    assertTrue(run.err().contains("no answer from Vertex AI for 10s"), run.err());
  }

  @Test
  void ctrlCDuringCreateSaysTheJobMayExistAndHowToLookForIt() {
    server.service.stallCreates = true;
    server.service.onCreate = () -> assertTrue(world.pressCtrlC(), "no Ctrl-C handler");
    SubmitRun run = submit();
    assertEquals(4, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertFalse(Thread.currentThread().isInterrupted(), "the interrupt leaked into the caller");
    golden("interrupted-create", run);
  }

  @Test
  void ctrlCWhileWaitingSaysTheJobKeepsRunning() {
    server.service.getScript.add(JobState.JOB_STATE_RUNNING);
    world.ctrlCAtSleep = 1;
    SubmitRun run = submit("--wait");
    assertEquals(4, run.exitCode(), run.err());
    assertEquals(1, server.service.gets.size());
    golden("interrupted-wait", run);
  }

  @Test
  void ctrlCIsTheJvmsAgainOnceTheSubmissionIsOver() {
    submit();
    assertFalse(world.pressCtrlC(), "vjc left its Ctrl-C handler installed");
  }

  @Test
  void permissionDeniedNamesTheProjectThePermissionAndActAs() {
    server.service.createErrors.add(
        Status.PERMISSION_DENIED
            .withDescription(
                "Permission 'aiplatform.customJobs.create' denied on resource"
                    + " '//aiplatform.googleapis.com/projects/acme-ml/locations/us-central1' (or it"
                    + " may not exist).")
            .asRuntimeException());
    SubmitRun run = submit();
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("permission denied in project acme-ml"), run.err());
    assertTrue(run.err().contains("aiplatform.customJobs.create"), run.err());
    assertTrue(run.err().contains("iam.serviceAccounts.actAs on that service account"), run.err());
    golden("permission-denied", run);
  }

  @Test
  void invalidArgumentFieldErrorsPointAtTheLinesThatWroteThem() {
    server.service.createErrors.add(
        Status.INVALID_ARGUMENT
            .withDescription(
                "List of found errors:\t1.Field:"
                    + " job_spec.worker_pool_specs[0].machine_spec.accelerator_type; Message:"
                    + " Accelerator type NVIDIA_TESLA_T4 is not available in zone us-central1-x."
                    + "\t2.Field: job_spec.worker_pool_specs[0].disk_spec; Message: Boot disk is"
                    + " required for this machine.\t")
            .asRuntimeException());
    SubmitRun run = submit();
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "testdata/submit/train.yaml:11:26: error: Vertex AI rejects"
                    + " jobSpec.workerPoolSpecs[0].machineSpec.acceleratorType"),
        run.err());
    // disk_spec is not in the file: the nearest enclosing field that is, the pool, is shown.
    assertTrue(
        run.err()
            .contains(
                "testdata/submit/train.yaml:9:7: error: Vertex AI rejects"
                    + " jobSpec.workerPoolSpecs[0].diskSpec"),
        run.err());
    golden("invalid-argument", run);
  }

  @Test
  void invalidArgumentBadRequestDetailsAreMappedToo() {
    server.service.createErrors.add(serviceAccountRejected("Service account does not exist."));
    SubmitRun run = submit();
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "testdata/submit/train.yaml:17:19: error: Vertex AI rejects jobSpec.serviceAccount:"
                    + " Service account does not exist [server/invalid-argument]"),
        run.err());
  }

  /** INVALID_ARGUMENT with a {@code BadRequest} detail on the job's service account. */
  private static StatusRuntimeException serviceAccountRejected(String description) {
    return StatusProto.toStatusRuntimeException(
        com.google.rpc.Status.newBuilder()
            .setCode(Status.Code.INVALID_ARGUMENT.value())
            .setMessage("Request contains an invalid argument.")
            .addDetails(
                Any.pack(
                    BadRequest.newBuilder()
                        .addFieldViolations(
                            BadRequest.FieldViolation.newBuilder()
                                .setField("custom_job.job_spec.service_account")
                                .setDescription(description))
                        .build()))
            .build());
  }

  @Test
  void resourceExhaustedExplainsTheQuotaMetricAndWhereToAskForMore() {
    com.google.rpc.Status status =
        com.google.rpc.Status.newBuilder()
            .setCode(Status.Code.RESOURCE_EXHAUSTED.value())
            .setMessage(
                "The following quota metrics exceed quota limits:"
                    + " aiplatform.googleapis.com/custom_model_training_nvidia_t4_gpus")
            .addDetails(
                Any.pack(
                    QuotaFailure.newBuilder()
                        .addViolations(
                            QuotaFailure.Violation.newBuilder()
                                .setSubject(
                                    "aiplatform.googleapis.com/custom_model_training_nvidia_t4_gpus")
                                .setDescription("Quota limit exceeded"))
                        .build()))
            .build();
    server.service.createErrors.add(StatusProto.toStatusRuntimeException(status));
    SubmitRun run = submit();
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("(NVIDIA T4 GPUs for custom training in us-central1)"), run.err());
    assertTrue(
        run.err()
            .contains("https://console.cloud.google.com/iam-admin/quotas?project" + "=acme-ml"),
        run.err());
    golden("resource-exhausted", run);
  }

  @Test
  void disabledApiSaysHowToEnableIt() {
    server.service.createErrors.add(
        Status.PERMISSION_DENIED
            .withDescription(
                "Vertex AI API has not been used in project 123456789 before or it is disabled."
                    + " Enable it by visiting ...")
            .asRuntimeException());
    SubmitRun run = submit();
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains("gcloud services enable aiplatform.googleapis.com --project" + " acme-ml"),
        run.err());
  }

  @Test
  void theCredentialTokenIsSentButNeverPrinted() {
    String echo =
        "request carried Authorization: Bearer "
            + FakeWorld.TOKEN
            + " (ya29 echo: "
            + FakeWorld.TOKEN
            + ")";
    server.service.createErrors.add(
        Status.PERMISSION_DENIED.withDescription(echo).asRuntimeException());
    SubmitEnvironment env = world.environment(false, true);
    SubmitRun denied = submitIn(env, "--verbose");
    assertEquals(1, denied.exitCode(), denied.err());
    assertEquals(
        "Bearer " + FakeWorld.TOKEN,
        server.calls("CreateCustomJob").get(0).header("authorization").orElseThrow(),
        "the fake credentials did not reach the server, so this test would prove nothing");

    server.service.getScript.addAll(
        List.of(
            Status.UNAVAILABLE.withDescription(echo).asRuntimeException(),
            JobState.JOB_STATE_FAILED));
    server.service.failure = server.service.failure.toBuilder().setMessage(echo).build();
    SubmitRun failed = submitIn(env, "--wait", "--verbose");
    SubmitRun dry = submitIn(env, "--dry-run", "--verbose");
    for (SubmitRun run : List.of(denied, failed, dry)) {
      assertFalse(run.out().contains(FakeWorld.TOKEN), run.out());
      assertFalse(run.err().contains(FakeWorld.TOKEN), run.err());
      assertFalse(run.err().contains("a0AfB_FAKE"), run.err());
    }
    assertTrue(denied.err().contains("Bearer [redacted]"), denied.err());
  }

  /** Credentials in every form a server might echo, and a part of each that must never print. */
  private static final List<List<String>> ECHOED =
      List.of(
          List.of("Authorization: Basic dXNlcjpodW50ZXIyLXMzY3JldA==", "dXNlcjpodW50ZXIy"),
          List.of("x-goog-api-key: AIzaSyD-FAKE0123456789abcdefghijklmnop", "SyD-FAKE"),
          List.of("key=AIzaSyE-FAKEquery456789abcdefghijklmnop", "SyE-FAKEquery"),
          List.of("\"accessToken\": \"opaque-camel-7f3a\"", "opaque-camel"),
          List.of("\"access_token\": \"opaque-snake-91b2\"", "opaque-snake"),
          List.of("\"token\": \"ghs_FAKEinstallationTOKEN0123456789abcd\"", "FAKEinstallation"),
          List.of("\"refresh_token\": \"1//0gFAKE-refresh-0123456789abcdef\"", "FAKE-refresh"),
          List.of("\"client_secret\": \"GOCSPX-FAKEclientSecret0123\"", "FAKEclientSecret"),
          List.of(
              "\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvFAKEkeyBODY1\\n"
                  + "FAKEkeyBODY2==\\n-----END PRIVATE KEY-----\\n\"",
              "FAKEkeyBODY"),
          List.of(
              "-----BEGIN RSA PRIVATE KEY-----\nMIIBFAKErsaBODY\nmore FAKErsaTAIL\n"
                  + "-----END RSA PRIVATE KEY-----",
              "FAKErsa"),
          List.of("Authorization: Bearer " + FakeWorld.TOKEN, "a0AfB_FAKE"),
          List.of("ghp_FAKEpersonalTOKEN0123456789abcdefgh", "FAKEpersonal"),
          List.of("github_pat_FAKEfineGrained0123456789_abcdef", "FAKEfineGrained"),
          List.of(
              "id token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignature",
              "eyJzdWIiOiJGQUtFIn0"),
          List.of("https://ci-bot:FAKEurlPassword@git.example.com/repo", "FAKEurlPassword"));

  @Test
  void everyCredentialFormTheServerEchoesIsRedacted() {
    String echo = "request was: " + String.join(" | ", ECHOED.stream().map(e -> e.get(0)).toList());
    // A refused create: the server's message.
    server.service.createErrors.add(
        Status.PERMISSION_DENIED.withDescription(echo).asRuntimeException());
    SubmitRun denied = submit();
    assertEquals(1, denied.exitCode(), denied.err());
    // A refused field: the BadRequest detail's description.
    server.service.createErrors.add(serviceAccountRejected(echo));
    SubmitRun invalid = submit();
    assertEquals(1, invalid.exitCode(), invalid.err());
    // A failed lookup: the list call's message.
    server.service.createErrors.add(Status.UNAVAILABLE.asRuntimeException());
    server.service.listErrors.add(
        Status.PERMISSION_DENIED.withDescription(echo).asRuntimeException());
    SubmitRun lookup = submit();
    assertEquals(4, lookup.exitCode(), lookup.err());
    // A failed job: its error message, and a refused poll.
    server.service.failure = server.service.failure.toBuilder().setMessage(echo).build();
    server.service.getScript.add(JobState.JOB_STATE_FAILED);
    SubmitRun failed = submit("--wait");
    assertEquals(1, failed.exitCode(), failed.err());
    server.service.getScript.add(
        Status.PERMISSION_DENIED.withDescription(echo).asRuntimeException());
    SubmitRun refusedPoll = submit("--wait");
    assertEquals(4, refusedPoll.exitCode(), refusedPoll.err());

    for (SubmitRun run : List.of(denied, invalid, lookup, failed, refusedPoll)) {
      String all = run.out() + run.err();
      assertTrue(all.contains("request was: "), "the echo was not printed at all: " + all);
      assertTrue(all.contains("[redacted]"), all);
      for (List<String> e : ECHOED) {
        assertFalse(all.contains(e.get(1)), e.get(0) + " leaked:\n" + all);
      }
    }
  }

  @Test
  void lintErrorsStopTheSubmissionBeforeAnythingIsSent() {
    SubmitRun run =
        SubmitRun.of(
            world.environment(false, false),
            "submit",
            Repo.testdata("submit", "two-chiefs.yaml").toString(),
            "--endpoint",
            server.endpoint(),
            "--plaintext");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("[pool0-single-replica]"), run.err());
    assertTrue(run.err().endsWith("vjc: not submitted: the job file has errors\n"), run.err());
    assertTrue(server.calls.isEmpty(), "something was sent");
  }

  @Test
  void missingProjectOrRegionIsAUsageErrorNamingTheFlag() {
    String nowhere = Repo.testdata("submit", "nowhere.yaml").toString();
    SubmitRun noProject =
        SubmitRun.of(
            world.environment(false, false),
            "submit",
            nowhere,
            "--region",
            "us-central1",
            "--dry-run");
    assertEquals(2, noProject.exitCode());
    assertTrue(noProject.err().contains("pass --project PROJECT_ID"), noProject.err());
    SubmitRun noRegion =
        SubmitRun.of(
            world.environment(false, false),
            "submit",
            nowhere,
            "--project",
            "acme-ml",
            "--dry-run");
    assertEquals(2, noRegion.exitCode());
    assertTrue(noRegion.err().contains("pass --region REGION"), noRegion.err());
    assertTrue(server.calls.isEmpty());
  }

  @Test
  void projectAndRegionFlagsOverrideTheFileAndPickTheEndpoint() {
    SubmitRun run =
        SubmitRun.of(
            world.environment(false, false),
            "submit",
            TRAIN,
            "--project",
            "other-proj",
            "--region",
            "europe-west4",
            "--dry-run");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().startsWith("endpoint: europe-west4-aiplatform.googleapis.com:443 (TLS,"),
        run.out());
    assertTrue(
        run.out().contains("parent: projects/other-proj/locations/europe-west4\n"), run.out());
  }

  @Test
  void badEndpointIsAUsageError() {
    SubmitRun run =
        SubmitRun.of(
            world.environment(false, false),
            "submit",
            TRAIN,
            "--endpoint",
            "http://localhost",
            "--dry-run");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--endpoint must be HOST:PORT"), run.err());
  }

  @Test
  void plaintextIsOnlyForAnExplicitEndpoint() {
    SubmitRun run = SubmitRun.of(world.environment(false, false), "submit", TRAIN, "--plaintext");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--plaintext needs --endpoint HOST:PORT"), run.err());
  }

  @Test
  void theSentBodyIsTheDryRunBody() throws Exception {
    SubmitRun dry = SubmitRun.of(world.environment(false, false), "submit", TRAIN, "--dry-run");
    submit();
    String body = dry.out().substring(dry.out().indexOf('{'));
    CustomJob.Builder printed = CustomJob.newBuilder();
    JsonFormat.parser().merge(body, printed);
    assertEquals(printed.build(), server.service.creates.get(0).getCustomJob());
  }
}
