package vjc.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of a pipeline stage: a value when the stage could produce one, and the diagnostics it
 * found either way.
 *
 * @param value the result, or empty when the stage could not go on
 * @param diagnostics what the stage found, in the order found
 */
public record Outcome<T>(Optional<T> value, List<Diagnostic> diagnostics) {

  public Outcome {
    diagnostics = List.copyOf(diagnostics);
  }

  /** A result with no findings. */
  public static <T> Outcome<T> ok(T value) {
    return new Outcome<>(Optional.of(value), List.of());
  }

  /** A result with findings that did not stop the stage. */
  public static <T> Outcome<T> of(T value, List<Diagnostic> diagnostics) {
    return new Outcome<>(Optional.of(value), diagnostics);
  }

  /** No result: the stage stopped. */
  public static <T> Outcome<T> failed(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a failed outcome needs at least one diagnostic");
    }
    return new Outcome<>(Optional.empty(), diagnostics);
  }

  /** No result, because of one problem. */
  public static <T> Outcome<T> failed(Diagnostic diagnostic) {
    return failed(List.of(diagnostic));
  }

  /** True when any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Runs the next stage on the value, keeping this stage's diagnostics in front. */
  public <U> Outcome<U> then(Function<T, Outcome<U>> next) {
    if (value.isEmpty()) {
      return new Outcome<>(Optional.empty(), diagnostics);
    }
    Outcome<U> after = next.apply(value.get());
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(after.diagnostics());
    return new Outcome<>(after.value(), all);
  }
}
