package vjc.lint.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One machine type: whether custom training accepts it and which accelerators it takes.
 *
 * @param name the machine type, e.g. {@code n1-standard-32}
 * @param family the machine series, the part before the first dash, e.g. {@code n1}
 * @param accepted false for machine types known to be rejected for training
 * @param acceleratorUse whether the machine takes, needs or itself selects an accelerator
 * @param tpu whether it is a TPU machine ({@code cloud-tpu} or one selecting a TPU family)
 * @param counts allowed {@code acceleratorCount} per accelerator enum name, in table order
 * @param tpuFamily the TPU family for machines that select a TPU by name, e.g. {@code ct6e}
 * @param tpuTopologies the {@code tpuTopology} values the machine takes; empty when it takes none
 * @param defaultBootDiskType the boot disk type when it differs from the general default
 * @param notes remarks a rule may add to a message or hint
 * @param sources ids of the sources in {@link Catalog#sources()}
 * @param uncertain why facts about this machine are unconfirmed, if they are
 */
public record MachineTypeInfo(
    String name,
    String family,
    boolean accepted,
    AcceleratorUse acceleratorUse,
    boolean tpu,
    Map<String, AllowedCounts> counts,
    Optional<String> tpuFamily,
    List<String> tpuTopologies,
    Optional<String> defaultBootDiskType,
    List<String> notes,
    List<String> sources,
    Optional<String> uncertain) {

  /** How a machine type relates to {@code acceleratorType}/{@code acceleratorCount}. */
  public enum AcceleratorUse {
    /** CPU-only: no accelerator may be attached. */
    NONE,
    /** Runs with or without one of the listed accelerators (n1). */
    OPTIONAL,
    /** Must be used with one of the listed accelerators (a2, a3, g2, cloud-tpu, ...). */
    REQUIRED,
    /** The machine type itself selects a TPU; set {@code tpuTopology}, not an accelerator. */
    MACHINE_SELECTED
  }

  public MachineTypeInfo {
    requireNonNull(name, "name");
    requireNonNull(family, "family");
    requireNonNull(acceleratorUse, "acceleratorUse");
    counts = Catalog.orderedMap(counts);
    requireNonNull(tpuFamily, "tpuFamily");
    tpuTopologies = List.copyOf(tpuTopologies);
    requireNonNull(defaultBootDiskType, "defaultBootDiskType");
    notes = List.copyOf(notes);
    sources = List.copyOf(sources);
    requireNonNull(uncertain, "uncertain");
    if (tpuFamily.isPresent() && !tpu) {
      throw new IllegalArgumentException(
          name + ": a machine of a TPU family must be a TPU machine");
    }
    boolean needsCounts =
        acceleratorUse == AcceleratorUse.OPTIONAL || acceleratorUse == AcceleratorUse.REQUIRED;
    if (accepted && needsCounts == counts.isEmpty()) {
      throw new IllegalArgumentException(
          name + ": accelerator counts must be listed exactly for OPTIONAL and REQUIRED machines");
    }
  }

  /** A machine type known to be rejected for training. */
  static MachineTypeInfo unsupported(String name, List<String> notes, List<String> sources) {
    return new MachineTypeInfo(
        name,
        Catalog.familyOf(name),
        false,
        AcceleratorUse.NONE,
        false,
        Map.of(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        notes,
        sources,
        Optional.empty());
  }

  public boolean isKnownUnsupported() {
    return !accepted;
  }

  /** Accepted and takes no accelerator at all. */
  public boolean isCpuOnly() {
    return accepted && acceleratorUse == AcceleratorUse.NONE;
  }

  /** A TPU machine: {@code cloud-tpu} or a machine that selects a TPU family. */
  public boolean isTpu() {
    return tpu;
  }

  /** Must be used with {@code acceleratorType} and {@code acceleratorCount} set. */
  public boolean requiresAccelerator() {
    return acceleratorUse == AcceleratorUse.REQUIRED;
  }

  /** The one accelerator the machine requires; empty when it requires none or has a choice. */
  public Optional<String> requiredAccelerator() {
    return requiresAccelerator() && counts.size() == 1
        ? Optional.of(counts.keySet().iterator().next())
        : Optional.empty();
  }

  /** The accelerator enum names the machine takes, in table order. */
  public Set<String> compatibleAccelerators() {
    return counts.keySet();
  }

  /** Whether the machine takes this accelerator at all, whatever the count. */
  public boolean accepts(String accelerator) {
    return counts.containsKey(accelerator);
  }

  /** The listed counts for this accelerator, ascending; empty when the machine does not take it. */
  public List<Integer> allowedCounts(String accelerator) {
    AllowedCounts allowed = counts.get(accelerator);
    return allowed == null ? List.of() : allowed.exact();
  }

  /** The full count rule (with TPU pod sizes and uncertainty), when the machine takes it. */
  public Optional<AllowedCounts> countRule(String accelerator) {
    return Optional.ofNullable(counts.get(accelerator));
  }

  /** Whether {@code count} units of {@code accelerator} is a valid combination, pods included. */
  public boolean allowsCount(String accelerator, int count) {
    AllowedCounts allowed = counts.get(accelerator);
    return allowed != null && allowed.allows(count);
  }

  /** Whether the machine needs {@code tpuTopology}. */
  public boolean needsTopology() {
    return !tpuTopologies.isEmpty();
  }

  public boolean allowsTopology(String topology) {
    return tpuTopologies.contains(topology);
  }
}
