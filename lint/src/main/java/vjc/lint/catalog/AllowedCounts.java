package vjc.lint.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code acceleratorCount} values one machine type takes with one accelerator type.
 *
 * @param exact the counts the compatibility table lists, ascending
 * @param pods TPU pod sizes beyond {@code exact}, for {@code cloud-tpu} only
 * @param uncertain why the counts are unconfirmed, if they are
 */
public record AllowedCounts(
    List<Integer> exact, Optional<PodSizes> pods, Optional<String> uncertain) {

  /**
   * Pod sizes: {@code min} and up, in steps of {@code multipleOf} (1 when the docs give no step).
   *
   * @param min the smallest pod size
   * @param multipleOf every pod size is a multiple of this
   */
  public record PodSizes(int min, int multipleOf) {
    public PodSizes {
      if (min < 1 || multipleOf < 1) {
        throw new IllegalArgumentException(
            "pod sizes need min and multipleOf >= 1: " + min + ", " + multipleOf);
      }
    }

    public boolean allows(int count) {
      return count >= min && count % multipleOf == 0;
    }
  }

  public AllowedCounts {
    exact = exact.stream().sorted().distinct().toList();
    requireNonNull(pods, "pods");
    requireNonNull(uncertain, "uncertain");
    if (exact.isEmpty() || exact.get(0) < 1) {
      throw new IllegalArgumentException("exact counts must be non-empty and positive: " + exact);
    }
  }

  /** Counts without pods or uncertainty, as most table rows are. */
  public static AllowedCounts of(List<Integer> exact) {
    return new AllowedCounts(exact, Optional.empty(), Optional.empty());
  }

  public boolean allows(int count) {
    return exact.contains(count) || pods.map(p -> p.allows(count)).orElse(false);
  }

  /** For messages: {@code "1, 2 or 4"}, {@code "8, or a pod of 32 or more in multiples of 32"}. */
  public String describe() {
    String list;
    if (exact.size() == 1) {
      list = exact.get(0).toString();
    } else {
      String head =
          exact.subList(0, exact.size() - 1).stream()
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
      list = head + " or " + exact.get(exact.size() - 1);
    }
    return pods.map(
            p ->
                list
                    + ", or a pod of "
                    + p.min()
                    + " or more"
                    + (p.multipleOf() > 1 ? " in multiples of " + p.multipleOf() : ""))
        .orElse(list);
  }
}
