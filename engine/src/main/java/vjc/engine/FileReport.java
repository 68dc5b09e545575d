package vjc.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import vjc.diag.Diagnostic;

/**
 * What linting one file found.
 *
 * @param file the file as the user named it
 * @param diagnostics its findings, in a stable order
 * @param suppressed findings silenced by {@code # vjc:ignore}, kept for SARIF
 * @param unreadable true when the file could not be read at all
 */
public record FileReport(
    Path file, List<Diagnostic> diagnostics, List<Suppressed> suppressed, boolean unreadable) {
  public FileReport {
    diagnostics = List.copyOf(diagnostics);
    suppressed = List.copyOf(suppressed);
  }

  /**
   * A finding silenced by an inline comment.
   *
   * @param diagnostic the finding
   * @param reason the comment's reason, empty when it gives none
   */
  public record Suppressed(Diagnostic diagnostic, String reason) {
    public Suppressed {
      requireNonNull(diagnostic, "diagnostic");
      requireNonNull(reason, "reason");
    }
  }
}
