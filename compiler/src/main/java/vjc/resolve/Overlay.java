package vjc.resolve;

import static java.util.Objects.requireNonNull;

import vjc.load.MapNode;

/**
 * A patch applied on top of a job: a project-wide environment overlay file, a job's own {@code
 * environments.<env>} block, or the command line's {@code --set} and {@code --var}.
 *
 * @param role how diagnostics name where a value came from, e.g. {@code value from overlay}
 * @param patch the patch, with JSON Merge Patch semantics
 */
public record Overlay(String role, MapNode patch) {
  public Overlay {
    requireNonNull(role, "role");
    requireNonNull(patch, "patch");
  }
}
