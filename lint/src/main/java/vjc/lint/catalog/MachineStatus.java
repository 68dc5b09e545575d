package vjc.lint.catalog;

/**
 * What the catalog knows about a machine type name, so a rule can pick its message and severity.
 */
public enum MachineStatus {
  /** Listed as accepted for custom training. */
  ACCEPTED,
  /** Listed as rejected for training, by name or by its whole family (e.g. {@code c3-*}). */
  KNOWN_UNSUPPORTED,
  /** Its family is in the catalog but this size is not in the docs' list of training machines. */
  NOT_LISTED,
  /** Its family is not in the catalog at all; the catalog may simply be out of date. */
  UNKNOWN_FAMILY
}
