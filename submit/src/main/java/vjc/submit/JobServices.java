package vjc.submit;

import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import com.google.api.gax.retrying.RetrySettings;
import com.google.cloud.aiplatform.v1.JobServiceClient;
import com.google.cloud.aiplatform.v1.JobServiceSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link JobServiceClient} for a {@link Target}.
 *
 * <p>gax retries nothing here: {@code createCustomJob} must never be sent twice (it is not
 * idempotent), and the idempotent calls are retried by {@link Submission} itself, with backoff it
 * can report. Each call gets one attempt with a deadline.
 */
public final class JobServices {

  /** Deadline of a create call; creating is quick, the job starts later. */
  static final Duration CREATE_DEADLINE = Duration.ofSeconds(60);

  /** Deadline of a get or list call. */
  static final Duration READ_DEADLINE = Duration.ofSeconds(30);

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
    settings
        .createCustomJobSettings()
        .setRetryableCodes(Set.of())
        .setRetrySettings(once(CREATE_DEADLINE));
    settings
        .getCustomJobSettings()
        .setRetryableCodes(Set.of())
        .setRetrySettings(once(READ_DEADLINE));
    settings
        .listCustomJobsSettings()
        .setRetryableCodes(Set.of())
        .setRetrySettings(once(READ_DEADLINE));
    return JobServiceClient.create(settings.build());
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
