package vjc.lint;

import static java.util.Objects.requireNonNull;

import vjc.diag.Origin;

/**
 * A typed value read from the job, with where it was written.
 *
 * @param value the value
 * @param origin where it was written, with its chain
 */
public record Value<T>(T value, Origin origin) {
  public Value {
    requireNonNull(value, "value");
    requireNonNull(origin, "origin");
  }
}
