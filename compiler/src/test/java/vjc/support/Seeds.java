package vjc.support;

import java.util.stream.LongStream;

/**
 * The fixed seeds a property runs over. {@code -Dvjc.seed=N} runs only seed N, to replay a failure
 * that an assertion message reported.
 */
public final class Seeds {

  private Seeds() {}

  /** {@code count} consecutive seeds from {@code first}, or only the seed given with -Dvjc.seed. */
  public static long[] of(long first, int count) {
    String only = System.getProperty("vjc.seed");
    if (only != null && !only.isBlank()) {
      return new long[] {Long.parseLong(only.trim())};
    }
    return LongStream.range(first, first + count).toArray();
  }
}
