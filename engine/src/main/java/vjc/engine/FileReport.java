package vjc.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vjc.diag.Diagnostic;

/**
 * What linting one file found.
 *
 * @param file the file as the user named it
 * @param diagnostics its findings, in a stable order
 * @param suppressed findings silenced by {@code # vjc:ignore}, kept for SARIF
 * @param unreadable true when the file could not be read at all
 * @param notChecked the environments not checked because a shared file they need has errors
 */
public record FileReport(
    Path file,
    List<Diagnostic> diagnostics,
    List<Suppressed> suppressed,
    boolean unreadable,
    List<NotChecked> notChecked) {
  public FileReport {
    requireNonNull(file, "file");
    diagnostics = List.copyOf(diagnostics);
    suppressed = List.copyOf(suppressed);
    notChecked = List.copyOf(notChecked);
  }

  /** A report of a file checked in every environment it has. */
  public FileReport(
      Path file, List<Diagnostic> diagnostics, List<Suppressed> suppressed, boolean unreadable) {
    this(file, diagnostics, suppressed, unreadable, List.of());
  }

  /** This report with other findings: what is suppressed and what was not checked stay. */
  public FileReport withDiagnostics(List<Diagnostic> newDiagnostics) {
    return new FileReport(file, newDiagnostics, suppressed, unreadable, notChecked);
  }

  /**
   * A job, or one environment of it, left unchecked: findings computed from a half-read {@code
   * .vjc.yaml} or overlay would be made up. The shared file's own errors are reported once, in a
   * report of their own ({@code Engine.lint(List, ...)} adds it).
   *
   * @param environment the environment, or empty when no environment could be checked
   * @param cause the shared file, as findings name it
   * @param problems the shared file's errors
   */
  public record NotChecked(Optional<String> environment, Path cause, List<Diagnostic> problems) {
    public NotChecked {
      requireNonNull(environment, "environment");
      requireNonNull(cause, "cause");
      problems = List.copyOf(problems);
    }

    /** {@code not checked (env: prod): envs/prod.yaml has errors}, as the text formats say it. */
    public String text() {
      return "not checked" + environment.map(e -> " (env: " + e + ")").orElse("") + ": " + reason();
    }

    /** {@code envs/prod.yaml has errors}, as every format says it. */
    public String reason() {
      return cause.toString().replace('\\', '/') + " has errors";
    }
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
