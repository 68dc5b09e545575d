package vjc.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import vjc.load.JobDocument;
import vjc.load.MapNode;
import vjc.load.ScalarNode;

/**
 * A job after overlays and templating, for one environment: the tree the later stages check and
 * compile.
 *
 * @param document the file it came from
 * @param environment the environment it was resolved for, or empty for none
 * @param job the resolved tree: CustomJob fields plus {@code region} and {@code project}
 */
public record ResolvedJob(JobDocument document, Optional<String> environment, MapNode job) {
  public ResolvedJob {
    requireNonNull(document, "document");
    requireNonNull(environment, "environment");
    requireNonNull(job, "job");
  }

  /** The region the job runs in, when set as a string. */
  public Optional<String> region() {
    return job.getScalar("region").flatMap(ScalarNode::asString);
  }

  /** The project, when set as a string. */
  public Optional<String> project() {
    return job.getScalar("project").flatMap(ScalarNode::asString);
  }
}
