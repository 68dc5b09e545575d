package vjc.load;

/**
 * Bounds on what the loader accepts, so that hostile input ends in a diagnostic rather than in
 * exhausted memory or stack.
 *
 * @param maxFileBytes largest file read; real job files are a few kilobytes
 * @param maxDepth deepest nesting of maps and lists
 * @param maxScalarChars longest single scalar
 * @param maxNodes most nodes in a document once aliases are expanded
 * @param maxAliases most alias references in a document
 */
public record Limits(
    long maxFileBytes, int maxDepth, int maxScalarChars, long maxNodes, int maxAliases) {

  /** The defaults: generous for any real job file, small enough to stay fast. */
  public static final Limits DEFAULT = new Limits(4L << 20, 64, 1 << 20, 200_000, 1_000);

  public Limits {
    if (maxFileBytes <= 0
        || maxDepth <= 0
        || maxScalarChars <= 0
        || maxNodes <= 0
        || maxAliases < 0) {
      throw new IllegalArgumentException(
          "limits must be positive: "
              + maxFileBytes
              + ", "
              + maxDepth
              + ", "
              + maxScalarChars
              + ", "
              + maxNodes
              + ", "
              + maxAliases);
    }
  }
}
