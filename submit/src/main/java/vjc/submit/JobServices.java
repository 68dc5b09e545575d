package vjc.submit;

import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcCallContext;
import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import com.google.api.gax.retrying.RetrySettings;
import com.google.cloud.aiplatform.v1.JobServiceClient;
import com.google.cloud.aiplatform.v1.JobServiceSettings;
import io.grpc.CallOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Builds the {@link JobServiceClient} for a {@link Target}.
 *
 * <p>gax retries nothing here: {@code createCustomJob} must never be sent twice (it is not
 * idempotent), and the idempotent calls are retried by {@link Submission} itself, with backoff it
 * can report. Each call gets one attempt, with the deadline {@link Submission} passes it ({@link
 * #within}), taken from its {@link Budget}.
 */
public final class JobServices {

  /**
   * A backstop deadline for a call made without {@link #within}; every call vjc makes has its own,
   * shorter one, and gRPC keeps the earlier of the two.
   */
  static final Duration BACKSTOP = Duration.ofMinutes(10);

  private JobServices() {}

  /**
   * A client for {@code target}: TLS with Application Default Credentials, or for {@code
   * --plaintext} neither; {@code credentials} overrides both (tests).
   */
  public static JobServiceClient connect(Target target, Optional<CredentialsProvider> credentials)
      throws IOException {
    JobServiceSettings.Builder settings = JobServiceSettings.newBuilder();
    if (target.plaintext()) {
      settings.setTransportChannelProvider(
          InstantiatingGrpcChannelProvider.newBuilder()
              .setEndpoint(target.endpoint())
              .setChannelConfigurator(b -> b.usePlaintext())
              .build());
      settings.setCredentialsProvider(credentials.orElse(NoCredentialsProvider.create()));
    } else {
      settings.setEndpoint(target.endpoint());
      credentials.ifPresent(settings::setCredentialsProvider);
    }
    settings.createCustomJobSettings().setRetryableCodes(Set.of()).setRetrySettings(once(BACKSTOP));
    settings.getCustomJobSettings().setRetryableCodes(Set.of()).setRetrySettings(once(BACKSTOP));
    settings.listCustomJobsSettings().setRetryableCodes(Set.of()).setRetrySettings(once(BACKSTOP));
    return JobServiceClient.create(settings.build());
  }

  /**
   * A call context whose deadline is {@code deadline} from now. The deadline goes into the gRPC
   * call options, so that it also holds for the later pages of a list.
   */
  static GrpcCallContext within(Duration deadline) {
    return GrpcCallContext.createDefault()
        .withCallOptions(
            CallOptions.DEFAULT.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS));
  }

  private static RetrySettings once(Duration deadline) {
    return RetrySettings.newBuilder()
        .setMaxAttempts(1)
        .setInitialRpcTimeoutDuration(deadline)
        .setMaxRpcTimeoutDuration(deadline)
        .setRpcTimeoutMultiplier(1.0)
        .setTotalTimeoutDuration(deadline)
        .build();
  }
}
