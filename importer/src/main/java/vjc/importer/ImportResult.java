package vjc.importer;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.load.SourceText;

/**
 * What {@code vjc import} made of its input.
 *
 * @param yaml the job file text, or empty when errors stopped the import
 * @param diagnostics what was found, errors and warnings, in source order
 * @param sources the texts the diagnostics point into, for snippets
 */
public record ImportResult(
    Optional<String> yaml, List<Diagnostic> diagnostics, Map<Path, SourceText> sources) {

  public ImportResult {
    requireNonNull(yaml, "yaml");
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
  }

  /** True when any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
