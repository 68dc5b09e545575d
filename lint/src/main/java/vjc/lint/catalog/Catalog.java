package vjc.lint.catalog;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The Vertex AI facts that lint rules read: training regions and their accelerators, accelerator
 * types, machine types and their accelerator counts, TPUs, limits and Google's images.
 *
 * <p>The facts live in {@value #RESOURCE}, each with its source and the catalog's {@link #asOf()}
 * date; this class only loads and answers questions about them. It is immutable, so one instance is
 * shared by every rule and thread. Lookups take names as the REST API spells them and never throw
 * for unknown names: they answer empty, false or {@link MachineStatus#UNKNOWN_FAMILY}.
 */
public final class Catalog {

  /** The classpath resource holding the built-in catalog. */
  public static final String RESOURCE = "vjc/lint/data/catalog.yaml";

  private static volatile Catalog builtIn;

  private final LocalDate asOf;
  private final Map<String, String> sourceVersions;
  private final Map<String, Source> sources;
  private final Map<String, RegionInfo> regions;
  private final List<String> regionNotes;
  private final Map<String, AcceleratorInfo> accelerators;
  private final Map<String, MachineTypeInfo> machineTypes;
  private final Map<String, MachineTypeInfo> unsupportedFamilies;
  private final Set<String> acceptedFamilies;
  private final Map<String, TpuFamily> tpuFamilies;
  private final Limits limits;
  private final Images images;
  private final SortedMap<String, String> uncertainFacts;

  Catalog(
      LocalDate asOf,
      Map<String, String> sourceVersions,
      Map<String, Source> sources,
      Map<String, RegionInfo> regions,
      List<String> regionNotes,
      Map<String, AcceleratorInfo> accelerators,
      Map<String, MachineTypeInfo> machineTypes,
      Map<String, MachineTypeInfo> unsupportedFamilies,
      Map<String, TpuFamily> tpuFamilies,
      Limits limits,
      Images images,
      SortedMap<String, String> uncertainFacts) {
    this.asOf = requireNonNull(asOf, "asOf");
    this.sourceVersions = orderedMap(sourceVersions);
    this.sources = orderedMap(sources);
    this.regions = orderedMap(regions);
    this.regionNotes = List.copyOf(regionNotes);
    this.accelerators = orderedMap(accelerators);
    this.machineTypes = orderedMap(machineTypes);
    this.unsupportedFamilies = orderedMap(unsupportedFamilies);
    this.tpuFamilies = orderedMap(tpuFamilies);
    this.limits = requireNonNull(limits, "limits");
    this.images = requireNonNull(images, "images");
    this.uncertainFacts = Collections.unmodifiableSortedMap(new TreeMap<>(uncertainFacts));
    Set<String> families = new LinkedHashSet<>();
    for (MachineTypeInfo info : machineTypes.values()) {
      if (info.accepted()) {
        families.add(info.family());
      }
    }
    this.acceptedFamilies = Collections.unmodifiableSet(families);
  }

  /**
   * The catalog shipped in this jar, loaded on first use and then shared.
   *
   * @throws CatalogException if the resource is missing or malformed (a build defect)
   */
  public static Catalog builtIn() {
    Catalog catalog = builtIn;
    if (catalog == null) {
      synchronized (Catalog.class) {
        catalog = builtIn;
        if (catalog == null) {
          catalog = loadResource();
          builtIn = catalog;
        }
      }
    }
    return catalog;
  }

  /**
   * Parses catalog YAML, for example a fixed catalog in a rule's tests.
   *
   * @param yaml the whole file
   * @param name the file name used in error messages
   * @throws CatalogException naming the file and YAML path of the first problem
   */
  public static Catalog parse(String yaml, String name) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(name)
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setUseMarks(false)
            .build();
    Object document;
    try {
      document = new Load(settings).loadFromString(yaml);
    } catch (YamlEngineException e) {
      throw new CatalogException(name + ": not valid YAML: " + e.getMessage(), e);
    }
    return CatalogParser.parse(name, document);
  }

  /**
   * The built-in catalog from {@link CatalogData}, the YAML compiled into constants (generated from
   * it in every build): parsing 28 KB of YAML cost ~40 ms of every cold run.
   */
  private static Catalog loadResource() {
    return CatalogParser.parse(RESOURCE, CatalogData.tree());
  }

  // ---- header and sources ----

  /** The day the catalog's facts were last checked against their sources. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The dates or versions of the source sets, e.g. {@code gcloud -> 578.0.0}. */
  public Map<String, String> sourceVersions() {
    return sourceVersions;
  }

  /** Every cited source by id, in file order. */
  public Map<String, Source> sources() {
    return sources;
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * Every unconfirmed fact: the YAML path of its entry mapped to the reason, sorted by path. The
   * entry {@code catalog} holds the note that applies to the whole file.
   */
  public SortedMap<String, String> uncertainFacts() {
    return uncertainFacts;
  }

  // ---- regions ----

  /** Every custom-training region, documented and gcloud-only, in file order. */
  public List<String> trainingRegions() {
    return List.copyOf(regions.keySet());
  }

  /** Remarks that hold for every region, e.g. that several GPU types must share one zone. */
  public List<String> regionNotes() {
    return regionNotes;
  }

  public boolean isTrainingRegion(String region) {
    return regions.containsKey(region);
  }

  public Optional<RegionInfo> region(String region) {
    return Optional.ofNullable(regions.get(region));
  }

  /** False for gcloud-only regions without data, and for regions that are not training regions. */
  public boolean regionKnowsAccelerators(String region) {
    RegionInfo info = regions.get(region);
    return info != null && info.acceleratorsKnown();
  }

  /** Accelerator enum names a region offers for training; empty when none or unknown. */
  public Set<String> acceleratorsIn(String region) {
    RegionInfo info = regions.get(region);
    return info == null ? Set.of() : info.accelerators();
  }

  /** TPU machine families a region offers for training, e.g. {@code [ct5lp, ct6e]}. */
  public Set<String> tpuFamiliesIn(String region) {
    RegionInfo info = regions.get(region);
    return info == null ? Set.of() : info.tpuFamilies();
  }

  /** TPU_V2/TPU_V3 whose pod sizes a region offers. */
  public Set<String> tpuPodsIn(String region) {
    RegionInfo info = regions.get(region);
    return info == null ? Set.of() : info.tpuPods();
  }

  /** Regions with known data that offer this enum name or TPU family for training. */
  public List<String> regionsOffering(String acceleratorOrTpuFamily) {
    List<String> out = new ArrayList<>();
    for (RegionInfo info : regions.values()) {
      if (info.offers(acceleratorOrTpuFamily)) {
        out.add(info.name());
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code region} offers this enum name or TPU family for training. */
  public Availability availability(String region, String acceleratorOrTpuFamily) {
    RegionInfo info = regions.get(region);
    return info == null
        ? Availability.NOT_A_TRAINING_REGION
        : info.availability(acceleratorOrTpuFamily);
  }

  // ---- accelerators ----

  /** Every accelerator enum value the catalog describes, in file order. */
  public Map<String, AcceleratorInfo> accelerators() {
    return accelerators;
  }

  public Optional<AcceleratorInfo> accelerator(String name) {
    return Optional.ofNullable(accelerators.get(name));
  }

  // ---- machine types ----

  /**
   * What the catalog says about a machine type: accepted ones and ones known to be rejected (listed
   * by name or by family). Empty for machine types the catalog does not list.
   */
  public Optional<MachineTypeInfo> machineType(String name) {
    MachineTypeInfo info = machineTypes.get(name);
    if (info != null) {
      return Optional.of(info);
    }
    MachineTypeInfo family = unsupportedFamilies.get(familyOf(name));
    return family == null
        ? Optional.empty()
        : Optional.of(MachineTypeInfo.unsupported(name, family.notes(), family.sources()));
  }

  /** How much the catalog knows about a machine type, for choosing a message and severity. */
  public MachineStatus machineStatus(String name) {
    MachineTypeInfo info = machineTypes.get(name);
    if (info != null) {
      return info.accepted() ? MachineStatus.ACCEPTED : MachineStatus.KNOWN_UNSUPPORTED;
    }
    String family = familyOf(name);
    if (unsupportedFamilies.containsKey(family)) {
      return MachineStatus.KNOWN_UNSUPPORTED;
    }
    return acceptedFamilies.contains(family)
        ? MachineStatus.NOT_LISTED
        : MachineStatus.UNKNOWN_FAMILY;
  }

  /** Whether custom training accepts the machine type. */
  public boolean isTrainingMachineType(String name) {
    return machineStatus(name) == MachineStatus.ACCEPTED;
  }

  /** Whether the machine type is known to be rejected for training (by name or family). */
  public boolean isKnownUnsupported(String name) {
    return machineStatus(name) == MachineStatus.KNOWN_UNSUPPORTED;
  }

  /**
   * Whether the catalog knows the machine family (accepted or unsupported), given a machine type
   * such as {@code c3-standard-4} or a family such as {@code c3}.
   */
  public boolean machineFamilyKnown(String machineTypeOrFamily) {
    String family = familyOf(machineTypeOrFamily);
    return acceptedFamilies.contains(family) || unsupportedFamilies.containsKey(family);
  }

  /** Every machine type accepted for training, in file order. */
  public List<String> trainingMachineTypes() {
    List<String> out = new ArrayList<>();
    machineTypes.forEach(
        (name, info) -> {
          if (info.accepted()) {
            out.add(name);
          }
        });
    return List.copyOf(out);
  }

  /** Accepted machine types that take this accelerator, for hints; in file order. */
  public List<String> machineTypesAccepting(String accelerator) {
    List<String> out = new ArrayList<>();
    machineTypes.forEach(
        (name, info) -> {
          if (info.accepted() && info.accepts(accelerator)) {
            out.add(name);
          }
        });
    return List.copyOf(out);
  }

  /**
   * The boot disk type a pool gets when {@code bootDiskType} is unset: the machine's own default
   * (hyperdisk-balanced on some A3/A4 machines) or the general one.
   */
  public String defaultBootDiskType(String machineType) {
    MachineTypeInfo info = machineTypes.get(machineType);
    return info == null
        ? limits.bootDisk().defaultType()
        : info.defaultBootDiskType().orElse(limits.bootDisk().defaultType());
  }

  // ---- TPUs ----

  /** TPU families selected by machine type, by family name, in file order. */
  public Map<String, TpuFamily> tpuFamilies() {
    return tpuFamilies;
  }

  public Optional<TpuFamily> tpuFamily(String family) {
    return Optional.ofNullable(tpuFamilies.get(family));
  }

  /** The TPU family a machine type selects, e.g. {@code ct6e} for {@code ct6e-standard-4t}. */
  public Optional<TpuFamily> tpuFamilyOf(String machineType) {
    return Optional.ofNullable(machineTypes.get(machineType))
        .flatMap(MachineTypeInfo::tpuFamily)
        .map(tpuFamilies::get);
  }

  /** The allowed {@code tpuTopology} values of a machine type; empty when it takes none. */
  public List<String> tpuTopologies(String machineType) {
    MachineTypeInfo info = machineTypes.get(machineType);
    return info == null ? List.of() : info.tpuTopologies();
  }

  // ---- limits and images ----

  public Limits limits() {
    return limits;
  }

  public Images images() {
    return images;
  }

  // ---- helpers shared by the records ----

  /** The machine series: the part before the first dash, e.g. {@code n1} for n1-standard-4. */
  static String familyOf(String machineType) {
    int dash = machineType.indexOf('-');
    return dash < 0 ? machineType : machineType.substring(0, dash);
  }

  /** An unmodifiable copy that keeps file order, so messages list things as the file does. */
  static <T> Set<T> orderedSet(Collection<T> items) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(items));
  }

  /** An unmodifiable copy that keeps file order. */
  static <K, V> Map<K, V> orderedMap(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  @Override
  public String toString() {
    return "Catalog[asOf="
        + asOf
        + ", regions="
        + regions.size()
        + ", accelerators="
        + accelerators.size()
        + ", machineTypes="
        + machineTypes.size()
        + "]";
  }
}
