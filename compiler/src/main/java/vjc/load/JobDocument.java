package vjc.load;

import static java.util.Objects.requireNonNull;

/**
 * One input file, normalised to the job-file shape: camelCase keys, {@code workerPoolSpecs} a list,
 * spec-only forms wrapped in {@code jobSpec}, a create request's {@code parent} split into {@code
 * project} and {@code region}.
 *
 * @param source the decoded file
 * @param form the shape it was written in
 * @param root the normalised job, vjc keys ({@code region}, {@code project}, {@code vars}, {@code
 *     environments}) included
 */
public record JobDocument(SourceText source, InputForm form, MapNode root) {
  public JobDocument {
    requireNonNull(source, "source");
    requireNonNull(form, "form");
    requireNonNull(root, "root");
  }
}
