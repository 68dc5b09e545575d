package vjc.submit;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Where a job is submitted.
 *
 * @param project the project id (or number)
 * @param region the Vertex AI region, e.g. {@code us-central1}
 * @param endpoint the gRPC endpoint as {@code HOST:PORT}
 * @param plaintext true for a local emulator or test server: no TLS, no credentials
 */
public record Target(String project, String region, String endpoint, boolean plaintext) {

  /** Project ids, numbers, and domain-scoped ids such as {@code example.com:proj}. */
  private static final Pattern PROJECT = Pattern.compile("[a-z0-9][a-z0-9.:-]{0,99}");

  /** Region names: {@code us-central1}, {@code northamerica-northeast1}; they go into a host. */
  private static final Pattern REGION = Pattern.compile("[a-z]+(-[a-z0-9]+)+");

  private static final Pattern HOST_PORT =
      Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[A-Za-z0-9.-]+):([0-9]{1,5})");

  public Target {
    requireNonNull(project, "project");
    requireNonNull(region, "region");
    requireNonNull(endpoint, "endpoint");
    if (!PROJECT.matcher(project).matches()) {
      throw new IllegalArgumentException("not a project id: '" + project + "'");
    }
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("not a region name: '" + region + "'");
    }
    checkEndpoint(endpoint);
  }

  /** The regional endpoint Vertex AI serves {@code region} from. */
  public static String defaultEndpoint(String region) {
    return region + "-aiplatform.googleapis.com:443";
  }

  /** Throws when {@code endpoint} is not {@code HOST:PORT}. */
  public static void checkEndpoint(String endpoint) {
    var m = HOST_PORT.matcher(endpoint);
    if (!m.matches() || Integer.parseInt(m.group(2)) > 65535) {
      throw new IllegalArgumentException(
          "--endpoint must be HOST:PORT, e.g. localhost:8080: '" + endpoint + "'");
    }
  }

  /** {@code projects/{project}/locations/{region}}, the parent of the job. */
  public String parent() {
    return "projects/" + project + "/locations/" + region;
  }

  /** The job's page in the Cloud console, from its resource name. */
  public String consoleUrl(String jobName) {
    String id = jobName.substring(jobName.lastIndexOf('/') + 1);
    return "https://console.cloud.google.com/vertex-ai/locations/"
        + region
        + "/training/"
        + id
        + "?project="
        + project;
  }
}
