package vjc.diff;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One field of a compiled job that differs between the base and the working tree. Fields are
 * leaves: a worker pool added is one change per field it sets, so every line names one value.
 *
 * @param path the field, e.g. {@code jobSpec.workerPoolSpecs[0].machineSpec.acceleratorCount}
 * @param kind added, removed or changed
 * @param before the value at the base, empty when added
 * @param after the value in the working tree, empty when removed
 */
public record Change(String path, Kind kind, Optional<JsonNode> before, Optional<JsonNode> after) {

  /** How a field differs. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED;

    /** The lower-case name used in every output format. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Change {
    requireNonNull(path, "path");
    requireNonNull(kind, "kind");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    if (before.isEmpty() != (kind == Kind.ADDED) || after.isEmpty() != (kind == Kind.REMOVED)) {
      throw new IllegalArgumentException(
          "a "
              + kind.label()
              + " change at "
              + path
              + " has before="
              + before.isPresent()
              + ", after="
              + after.isPresent());
    }
  }

  /** A value as one line of JSON: {@code 8}, {@code "a2-highgpu-8g"}, {@code {}}. */
  public static String text(JsonNode value) {
    return JsonMapper.shared().writeValueAsString(value);
  }
}
