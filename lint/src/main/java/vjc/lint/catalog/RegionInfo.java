package vjc.lint.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * One region where custom training runs, and what it offers for training.
 *
 * @param name the region id, e.g. {@code us-central1}
 * @param listedBy which source lists the region as a training region
 * @param acceleratorsKnown false when no source has accelerator data for the region; then the sets
 *     below are empty and mean "unknown", not "none"
 * @param accelerators AcceleratorType enum names available for training; this includes the enum of
 *     an offered TPU family that has one ({@code TPU_V5_LITEPOD} for {@code ct5lp})
 * @param tpuPods TPU_V2/TPU_V3 whose pod sizes (acceleratorCount 32 and up) the region offers
 * @param tpuFamilies TPU machine families selected by machine type, e.g. {@code ct6e}
 * @param servingOnly enum names and TPU families the region lists only for prediction
 * @param notes remarks for messages, e.g. why the region is marked as it is
 * @param sources ids of the sources in {@link Catalog#sources()}
 */
public record RegionInfo(
    String name,
    ListedBy listedBy,
    boolean acceleratorsKnown,
    Set<String> accelerators,
    Set<String> tpuPods,
    Set<String> tpuFamilies,
    Set<String> servingOnly,
    List<String> notes,
    List<String> sources) {

  /** Which source lists a region as a custom-training region. */
  public enum ListedBy {
    /** The docs' Feature availability table lists "Custom model training". */
    DOCS,
    /** Only gcloud's {@code SUPPORTED_TRAINING_REGIONS} lists it. */
    GCLOUD
  }

  public RegionInfo {
    requireNonNull(name, "name");
    requireNonNull(listedBy, "listedBy");
    accelerators = Catalog.orderedSet(accelerators);
    tpuPods = Catalog.orderedSet(tpuPods);
    tpuFamilies = Catalog.orderedSet(tpuFamilies);
    servingOnly = Catalog.orderedSet(servingOnly);
    notes = List.copyOf(notes);
    sources = List.copyOf(sources);
    if (!acceleratorsKnown && !(accelerators.isEmpty() && tpuFamilies.isEmpty())) {
      throw new IllegalArgumentException(
          "region " + name + " has unknown accelerator data but lists accelerators");
    }
  }

  /** Whether the region offers this enum name or TPU family for training. */
  public boolean offers(String acceleratorOrTpuFamily) {
    return accelerators.contains(acceleratorOrTpuFamily)
        || tpuFamilies.contains(acceleratorOrTpuFamily);
  }

  /** Whether only gcloud, not the docs' feature table, lists the region for training. */
  public boolean isGcloudOnly() {
    return listedBy == ListedBy.GCLOUD;
  }

  /** The answer for one accelerator or TPU family in this region. */
  public Availability availability(String acceleratorOrTpuFamily) {
    if (!acceleratorsKnown) {
      return Availability.UNKNOWN;
    }
    if (offers(acceleratorOrTpuFamily)) {
      return Availability.AVAILABLE;
    }
    return servingOnly.contains(acceleratorOrTpuFamily)
        ? Availability.SERVING_ONLY
        : Availability.NOT_AVAILABLE;
  }
}
