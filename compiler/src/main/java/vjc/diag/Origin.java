package vjc.diag;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A place in a source file, and (for resolved values) the places it came from.
 *
 * @param file the file as the user named it (relative paths stay relative)
 * @param line 1-based line
 * @param column 1-based column
 * @param via the chain behind a resolved value, nearest first: where an overlay set it, where a
 *     variable was defined; empty for a value written where it stands
 */
public record Origin(Path file, int line, int column, List<Trace> via) {

  public Origin {
    requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
    if (column < 1) {
      throw new IllegalArgumentException("column must be >= 1: " + column);
    }
    via = List.copyOf(via);
  }

  /** An origin with no chain behind it. */
  public static Origin of(Path file, int line, int column) {
    return new Origin(file, line, column, List.of());
  }

  /** The start of a file, for problems that belong to the file as a whole. */
  public static Origin startOf(Path file) {
    return of(file, 1, 1);
  }

  /** This origin with one more step appended to its chain. */
  public Origin withTrace(Trace trace) {
    List<Trace> chain = new ArrayList<>(via);
    chain.add(trace);
    return new Origin(file, line, column, chain);
  }

  /** This origin with the given steps appended to its chain. */
  public Origin withTraces(List<Trace> traces) {
    if (traces.isEmpty()) {
      return this;
    }
    List<Trace> chain = new ArrayList<>(via);
    chain.addAll(traces);
    return new Origin(file, line, column, chain);
  }

  /** This origin without its chain: the bare place. */
  public Origin bare() {
    return via.isEmpty() ? this : of(file, line, column);
  }

  /** {@code file:line:col}, as printed at the start of a diagnostic. */
  public String position() {
    return file + ":" + line + ":" + column;
  }

  @Override
  public String toString() {
    return position();
  }

  /**
   * One step in the chain behind a value.
   *
   * @param role what happened there, e.g. {@code value from} or {@code variable 'gpus' defined}
   * @param at the place, without a chain of its own
   */
  public record Trace(String role, Origin at) {
    public Trace {
      requireNonNull(role, "role");
      requireNonNull(at, "at");
      at = at.bare();
    }

    @Override
    public String toString() {
      return role + " " + at.position();
    }
  }
}
