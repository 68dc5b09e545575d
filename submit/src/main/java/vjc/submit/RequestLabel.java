package vjc.submit;

import com.google.cloud.aiplatform.v1.CustomJob;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The label {@code vjc-request-id} that every job vjc submits carries: one random id per invocation
 * of {@code vjc submit}. When a create call fails in a way that leaves its outcome unknown (the
 * connection dropped, the deadline passed), vjc looks for a job with the same display name and this
 * label, instead of sending the create again: a second create could start the job twice, because
 * {@code createCustomJob} is not idempotent.
 */
public final class RequestLabel {

  /** The label key. */
  public static final String KEY = "vjc-request-id";

  /** Label values: lower-case letters, digits, {@code -} and {@code _}, at most 63. */
  private static final Pattern VALUE = Pattern.compile("[a-z0-9_-]{1,63}");

  /** Vertex AI takes at most 64 labels on a job. */
  static final int MAX_LABELS = 64;

  private RequestLabel() {}

  /** A new id: 16 random lower-case hex digits, plenty to tell invocations apart. */
  static String newId(Random random) {
    return String.format("%016x", random.nextLong());
  }

  /** Throws when {@code id} cannot be a label value. */
  public static void check(String id) {
    if (!VALUE.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "--request-id must be 1 to 63 lower-case letters,"
              + " digits, - or _ (it becomes a label value): '"
              + id
              + "'");
    }
  }

  /** {@code job} labelled with {@code id}, or unchanged when it has no room for another label. */
  public static CustomJob label(CustomJob job, String id) {
    if (job.getLabelsCount() >= MAX_LABELS && !job.containsLabels(KEY)) {
      return job;
    }
    return job.toBuilder().putLabels(KEY, id).build();
  }

  /** True when {@code job} carries {@code id}. */
  static boolean carries(CustomJob job, String id) {
    return id.equals(job.getLabelsOrDefault(KEY, ""));
  }
}
