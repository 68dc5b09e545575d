package vjc.lint.catalog;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One AcceleratorType enum value and what custom training makes of it.
 *
 * @param name the v1 enum name, e.g. {@code NVIDIA_TESLA_T4}
 * @param kind GPU or TPU
 * @param displayName the name the docs use, e.g. {@code NVIDIA A100 40GB}
 * @param status whether training accepts it
 * @param endOfSupport the documented end-of-support day; present exactly when status is {@link
 *     Status#END_OF_SUPPORT}
 * @param flexStart whether {@code scheduling.strategy: FLEX_START} may request it
 * @param reservation whether capacity needs or should come from shared reservations
 * @param notes remarks a rule may add to a message or hint
 * @param sources ids of the sources in {@link Catalog#sources()}
 * @param uncertain why some fact about this accelerator is unconfirmed, if it is
 */
public record AcceleratorInfo(
    String name,
    Kind kind,
    String displayName,
    Status status,
    Optional<LocalDate> endOfSupport,
    FlexStart flexStart,
    Reservation reservation,
    List<String> notes,
    List<String> sources,
    Optional<String> uncertain) {

  /** GPU or TPU. */
  public enum Kind {
    GPU,
    TPU
  }

  /** Whether custom training accepts the accelerator. */
  public enum Status {
    /** Accepted. */
    AVAILABLE,
    /** Accepted until (or documented as ending on) {@link AcceleratorInfo#endOfSupport()}. */
    END_OF_SUPPORT,
    /** Deprecated and rejected by the API with a 400. */
    REJECTED,
    /** In the enum, but no training documentation mentions it. */
    UNDOCUMENTED
  }

  /** Whether the Dynamic Workload Scheduler ({@code FLEX_START}) may request the accelerator. */
  public enum FlexStart {
    SUPPORTED,
    UNSUPPORTED,
    /** The docs' wording neither includes nor excludes it; see {@code uncertain}. */
    UNCLEAR
  }

  /** How capacity for the accelerator should be obtained. */
  public enum Reservation {
    /** On demand works. */
    NONE,
    /** The docs recommend shared reservations or Spot VMs. */
    RECOMMENDED,
    /** The docs require shared reservations. */
    REQUIRED
  }

  public AcceleratorInfo {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(displayName, "displayName");
    requireNonNull(status, "status");
    requireNonNull(flexStart, "flexStart");
    requireNonNull(reservation, "reservation");
    requireNonNull(uncertain, "uncertain");
    if (endOfSupport.isPresent() != (status == Status.END_OF_SUPPORT)) {
      throw new IllegalArgumentException(
          name + ": endOfSupport must be set exactly when status is END_OF_SUPPORT");
    }
    notes = List.copyOf(notes);
    sources = List.copyOf(sources);
  }

  /** Whether the API rejects the accelerator outright. */
  public boolean isRejected() {
    return status == Status.REJECTED;
  }

  /** Whether {@code day} is on or after the documented end of support. */
  public boolean isPastEndOfSupport(LocalDate day) {
    return endOfSupport.map(end -> !day.isBefore(end)).orElse(false);
  }

  public boolean isGpu() {
    return kind == Kind.GPU;
  }

  public boolean isTpu() {
    return kind == Kind.TPU;
  }
}
