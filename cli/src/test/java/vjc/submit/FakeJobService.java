package vjc.submit;

import com.google.cloud.aiplatform.v1.CreateCustomJobRequest;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.GetCustomJobRequest;
import com.google.cloud.aiplatform.v1.JobServiceGrpc;
import com.google.cloud.aiplatform.v1.JobState;
import com.google.cloud.aiplatform.v1.ListCustomJobsRequest;
import com.google.cloud.aiplatform.v1.ListCustomJobsResponse;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A JobService that answers from a script: each create, get or list call takes the next step of its
 * script, or the default when the script is empty. Every request is recorded.
 */
final class FakeJobService extends JobServiceGrpc.JobServiceImplBase {

  /** The resource name the fake gives the created job; numbers, as Vertex AI does. */
  static final String JOB_NAME = "projects/123456789/locations/us-central1/customJobs/4242";

  /** A create that reaches the server, creates the job, and then loses its reply. */
  @SuppressWarnings("StaticAssignmentOfThrowable") // a marker the fake recognises by identity
  static final StatusRuntimeException LANDED_BUT_LOST =
      io.grpc.Status.UNAVAILABLE.withDescription("connection reset").asRuntimeException();

  final List<CreateCustomJobRequest> creates = new ArrayList<>();
  final List<GetCustomJobRequest> gets = new ArrayList<>();
  final List<ListCustomJobsRequest> lists = new ArrayList<>();

  /** Errors for create calls, in order; empty means success. */
  final Deque<StatusRuntimeException> createErrors = new ArrayDeque<>();

  /** For each get call: a JobState to move to, or an error; empty means "unchanged". */
  final Deque<Object> getScript = new ArrayDeque<>();

  /** Errors for list calls, in order; empty means an answer. */
  final Deque<StatusRuntimeException> listErrors = new ArrayDeque<>();

  /** Create calls get no answer at all (a server that hangs); each runs {@link #onCreate}. */
  volatile boolean stallCreates;

  /** Get calls get no answer at all. */
  volatile boolean stallGets;

  /** Runs when a create call arrives, before it is answered (or not). */
  volatile Runnable onCreate = () -> {};

  /** The error a job that fails carries. */
  com.google.rpc.Status failure =
      com.google.rpc.Status.newBuilder()
          .setCode(3)
          .setMessage("The replica workerpool0-0 exited with a non-zero status of 1.")
          .build();

  private CustomJob stored;

  @Override
  public synchronized void createCustomJob(
      CreateCustomJobRequest request, StreamObserver<CustomJob> reply) {
    creates.add(request);
    onCreate.run();
    if (stallCreates) {
      return;
    }
    StatusRuntimeException error = createErrors.poll();
    if (error != null && error != LANDED_BUT_LOST) {
      reply.onError(error);
      return;
    }
    stored =
        request.getCustomJob().toBuilder()
            .setName(JOB_NAME)
            .setState(JobState.JOB_STATE_QUEUED)
            .build();
    if (error == LANDED_BUT_LOST) {
      reply.onError(error);
      return;
    }
    reply.onNext(stored);
    reply.onCompleted();
  }

  @Override
  public synchronized void getCustomJob(
      GetCustomJobRequest request, StreamObserver<CustomJob> reply) {
    gets.add(request);
    if (stallGets) {
      return;
    }
    Object step = getScript.poll();
    if (step instanceof StatusRuntimeException e) {
      reply.onError(e);
      return;
    }
    if (step instanceof JobState state) {
      CustomJob.Builder b = stored.toBuilder().setState(state);
      if (state == JobState.JOB_STATE_FAILED) {
        b.setError(failure);
      }
      stored = b.build();
    }
    reply.onNext(stored);
    reply.onCompleted();
  }

  @Override
  public synchronized void listCustomJobs(
      ListCustomJobsRequest request, StreamObserver<ListCustomJobsResponse> reply) {
    lists.add(request);
    StatusRuntimeException error = listErrors.poll();
    if (error != null) {
      reply.onError(error);
      return;
    }
    ListCustomJobsResponse.Builder b = ListCustomJobsResponse.newBuilder();
    String wanted = "display_name=\"" + (stored == null ? "" : stored.getDisplayName()) + "\"";
    if (stored != null && request.getFilter().equals(wanted)) {
      b.addCustomJobs(stored);
    }
    reply.onNext(b.build());
    reply.onCompleted();
  }
}
