package vjc.lint.catalog;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import vjc.lint.catalog.AcceleratorInfo.FlexStart;
import vjc.lint.catalog.AcceleratorInfo.Kind;
import vjc.lint.catalog.AcceleratorInfo.Reservation;
import vjc.lint.catalog.AcceleratorInfo.Status;
import vjc.lint.catalog.AllowedCounts.PodSizes;
import vjc.lint.catalog.Limits.BootDisk;
import vjc.lint.catalog.Limits.FieldList;
import vjc.lint.catalog.Limits.Labels;
import vjc.lint.catalog.Limits.Range;
import vjc.lint.catalog.Limits.Scheduling;
import vjc.lint.catalog.Limits.TpuJobs;
import vjc.lint.catalog.MachineTypeInfo.AcceleratorUse;
import vjc.lint.catalog.RegionInfo.ListedBy;

/**
 * Turns the loaded YAML (plain maps and lists) into a {@link Catalog}.
 *
 * <p>Sections are read in dependency order (sources, accelerators, TPU families, then what cites
 * them) so that every cross-reference is checked where it is read, and the first problem fails with
 * its YAML path. One pass, no reflection: the file is small and vjc starts per commit.
 */
final class CatalogParser {

  private static final int SCHEMA_VERSION = 1;
  private static final String UNKNOWN = "unknown";
  private static final Pattern TOPOLOGY = Pattern.compile("[1-9][0-9]*(x[1-9][0-9]*){1,2}");
  private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern MACHINE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");

  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, AcceleratorInfo> accelerators = new LinkedHashMap<>();
  private final Map<String, TpuFamily> tpuFamilies = new LinkedHashMap<>();
  private final Map<String, MachineTypeInfo> machineTypes = new LinkedHashMap<>();
  private final Map<String, MachineTypeInfo> unsupportedFamilies = new LinkedHashMap<>();
  private final TreeMap<String, String> uncertain = new TreeMap<>();
  private List<String> regionNotes = List.of();

  private CatalogParser() {}

  static Catalog parse(String file, Object document) {
    try {
      return new CatalogParser().catalog(DataMap.root(file, document));
    } catch (IllegalArgumentException e) {
      // A record refused a value the parser let through; its message names the entry.
      throw new CatalogException(file + ": " + e.getMessage(), e);
    }
  }

  private Catalog catalog(DataMap root) {
    int version = root.integer("schemaVersion");
    if (version != SCHEMA_VERSION) {
      throw root.error("schemaVersion " + version + " is not " + SCHEMA_VERSION);
    }
    LocalDate asOf = date(root, "asOf");
    Map<String, String> versions = new LinkedHashMap<>();
    DataMap versionMap = root.map("sourceVersions");
    for (String key : versionMap.keys()) {
      versions.put(key, versionMap.string(key));
    }
    root.optString("uncertain").ifPresent(text -> uncertain.put("catalog", text));

    readSources(root.map("sources"));
    readAccelerators(root.map("accelerators"));
    DataMap tpu = root.map("tpu");
    readTpuFamilies(tpu.map("families"));
    Map<String, RegionInfo> regions = readRegions(root.map("regions"));
    Limits limits = readLimits(root.map("limits"));
    readMachineTypes(root.map("machineTypes"), limits.bootDisk());
    readCloudTpu(tpu.map("cloudTpu"));
    tpu.finish();
    Images images = readImages(root.map("images"));
    root.finish();
    return new Catalog(
        asOf,
        versions,
        sources,
        regions,
        regionNotes,
        accelerators,
        machineTypes,
        unsupportedFamilies,
        tpuFamilies,
        limits,
        images,
        uncertain);
  }

  // ---- sources ----

  private void readSources(DataMap section) {
    for (String id : section.keys()) {
      DataMap m = section.map(id);
      sources.put(
          id,
          new Source(
              id, m.string("title"), m.string("url"), m.optString("alias"), m.string("date")));
      m.finish();
    }
  }

  /** The entry's source ids; each must be defined, and a fact without one must be uncertain. */
  private List<String> sourceIds(DataMap m, List<String> inherited) {
    List<String> ids = m.has("source") ? m.stringOrStrings("source") : inherited;
    for (String id : ids) {
      if (!sources.containsKey(id)) {
        throw m.error("source '" + id + "' is not defined under sources");
      }
    }
    if (ids.isEmpty() && !m.has("uncertain")) {
      throw m.error("a fact without a source must say why under 'uncertain'");
    }
    return ids;
  }

  private Optional<String> uncertain(DataMap m) {
    Optional<String> text = m.optString("uncertain");
    text.ifPresent(t -> uncertain.put(m.path(), t));
    return text;
  }

  // ---- accelerators ----

  private void readAccelerators(DataMap section) {
    for (String name : section.keys()) {
      DataMap m = section.map(name);
      Status status = enumValue(m, "status", Status.class);
      Optional<LocalDate> endOfSupport =
          m.has("endOfSupport") ? Optional.of(date(m, "endOfSupport")) : Optional.empty();
      if (endOfSupport.isPresent() != (status == Status.END_OF_SUPPORT)) {
        throw m.error("endOfSupport must be set exactly when status is endOfSupport");
      }
      Reservation reservation =
          m.has("reservation") ? enumValue(m, "reservation", Reservation.class) : Reservation.NONE;
      accelerators.put(
          name,
          new AcceleratorInfo(
              name,
              enumValue(m, "kind", Kind.class),
              m.string("displayName"),
              status,
              endOfSupport,
              enumValue(m, "flexStart", FlexStart.class),
              reservation,
              m.strings("notes"),
              sourceIds(m, List.of()),
              uncertain(m)));
      m.finish();
    }
  }

  private void checkAccelerator(DataMap m, String name) {
    if (!accelerators.containsKey(name)) {
      throw m.error("accelerator '" + name + "' is not defined under accelerators");
    }
  }

  // ---- TPU families and cloud-tpu ----

  private void readTpuFamilies(DataMap section) {
    for (String family : section.keys()) {
      DataMap m = section.map(family);
      Optional<String> enumName = m.optString("acceleratorType");
      enumName.ifPresent(
          name -> {
            checkAccelerator(m, name);
            if (!accelerators.get(name).isTpu()) {
              throw m.error("acceleratorType '" + name + "' is not a TPU");
            }
          });
      List<String> ids = sourceIds(m, List.of());
      Optional<String> doubt = uncertain(m);
      List<String> notes = m.strings("notes");
      Map<String, List<String>> topologies = new LinkedHashMap<>();
      DataMap machines = m.map("topologies");
      for (String machine : machines.keys()) {
        if (!Catalog.familyOf(machine).equals(family)) {
          throw machines.error("machine type '" + machine + "' is not in family '" + family + "'");
        }
        List<String> values = machines.asStrings(machines.raw(machine), machines.at(machine));
        for (String topology : values) {
          if (!TOPOLOGY.matcher(topology).matches()) {
            throw machines.error(
                machine + ": '" + topology + "' is not a topology like 2x2 or 2x2x1");
          }
        }
        topologies.put(machine, values);
        addMachine(
            machines,
            new MachineTypeInfo(
                machine,
                family,
                true,
                AcceleratorUse.MACHINE_SELECTED,
                true,
                Map.of(),
                Optional.of(family),
                values,
                Optional.empty(),
                notes,
                ids,
                doubt));
      }
      machines.finish();
      tpuFamilies.put(
          family,
          new TpuFamily(family, m.string("displayName"), enumName, topologies, notes, ids, doubt));
      m.finish();
    }
  }

  private void readCloudTpu(DataMap m) {
    String name = m.string("machineType");
    Map<String, AllowedCounts> counts = counts(m.map("counts"));
    for (String accelerator : counts.keySet()) {
      if (!accelerators.get(accelerator).isTpu()) {
        throw m.error("cloud-tpu counts name '" + accelerator + "', which is not a TPU");
      }
    }
    addMachine(
        m,
        new MachineTypeInfo(
            name,
            Catalog.familyOf(name),
            true,
            AcceleratorUse.REQUIRED,
            true,
            counts,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            m.strings("notes"),
            sourceIds(m, List.of()),
            uncertain(m)));
    m.finish();
  }

  // ---- regions ----

  private Map<String, RegionInfo> readRegions(DataMap section) {
    List<String> sectionSources = sourceIds(section, List.of());
    regionNotes = section.strings("notes");
    Map<String, RegionInfo> regions = new LinkedHashMap<>();
    DataMap entries = section.map("entries");
    for (String name : entries.keys()) {
      DataMap m = entries.map(name);
      ListedBy listedBy =
          m.has("listedBy") ? enumValue(m, "listedBy", ListedBy.class) : ListedBy.DOCS;
      boolean known = !(m.raw("accelerators") instanceof String s && s.equals(UNKNOWN));
      Set<String> offered = new LinkedHashSet<>();
      Set<String> pods = new LinkedHashSet<>();
      Set<String> families = new LinkedHashSet<>();
      Set<String> servingOnly = new LinkedHashSet<>();
      if (known) {
        for (String accelerator : m.strings("accelerators")) {
          checkAccelerator(m, accelerator);
          offered.add(accelerator);
        }
        for (String accelerator : m.strings("tpuPods")) {
          checkAccelerator(m, accelerator);
          if (!offered.contains(accelerator) || !accelerators.get(accelerator).isTpu()) {
            throw m.error("tpuPods names '" + accelerator + "', not a TPU the region offers");
          }
          pods.add(accelerator);
        }
        for (String family : m.strings("tpuFamilies")) {
          offered.addAll(familyEnum(m, family));
          families.add(family);
        }
        for (String item : m.strings("servingOnly")) {
          servingOnly.addAll(
              tpuFamilies.containsKey(item) ? familyEnum(m, item) : List.of(checked(m, item)));
          servingOnly.add(item);
        }
      } else if (m.has("tpuPods") || m.has("tpuFamilies") || m.has("servingOnly")) {
        throw m.error(
            "a region with unknown accelerator data cannot list TPUs or serving-only ones");
      }
      for (String item : servingOnly) {
        if (offered.contains(item) || families.contains(item)) {
          throw m.error("'" + item + "' is both offered for training and serving-only");
        }
      }
      List<String> notes = m.strings("notes");
      regions.put(
          name,
          new RegionInfo(
              name,
              listedBy,
              known,
              offered,
              pods,
              families,
              servingOnly,
              notes,
              sourceIds(m, sectionSources)));
      m.finish();
    }
    entries.finish();
    uncertain(section);
    section.finish();
    return regions;
  }

  /** A family's enum value (TPU_V5_LITEPOD for ct5lp), so enum-based checks see it too. */
  private List<String> familyEnum(DataMap m, String family) {
    TpuFamily info = tpuFamilies.get(family);
    if (info == null) {
      throw m.error("TPU family '" + family + "' is not defined under tpu.families");
    }
    return info.acceleratorType().map(List::of).orElse(List.of());
  }

  private String checked(DataMap m, String accelerator) {
    checkAccelerator(m, accelerator);
    return accelerator;
  }

  // ---- machine types ----

  private void readMachineTypes(DataMap section, BootDisk bootDisk) {
    List<String> sectionSources = sourceIds(section, List.of());
    for (DataMap group : section.maps("groups")) {
      AcceleratorUse use = enumValue(group, "accelerators", AcceleratorUse.class);
      if (use == AcceleratorUse.MACHINE_SELECTED) {
        throw group.error("TPU machines that select their TPU belong under tpu.families");
      }
      Map<String, AllowedCounts> counts =
          group.has("counts") ? counts(group.map("counts")) : Map.of();
      if ((use == AcceleratorUse.NONE) != counts.isEmpty()) {
        throw group.error("counts must be given exactly when accelerators is optional or required");
      }
      Optional<String> diskType = group.optString("defaultBootDiskType");
      diskType.ifPresent(
          type -> {
            if (!bootDisk.types().contains(type)) {
              throw group.error(
                  "defaultBootDiskType '" + type + "' is not in limits.bootDisk.types");
            }
          });
      List<String> notes = group.strings("notes");
      List<String> ids = sourceIds(group, sectionSources);
      Optional<String> doubt = uncertain(group);
      for (String pattern : group.strings("machines")) {
        for (String name : expand(group, pattern)) {
          addMachine(
              group,
              new MachineTypeInfo(
                  name,
                  Catalog.familyOf(name),
                  true,
                  use,
                  false,
                  counts,
                  Optional.empty(),
                  List.of(),
                  diskType,
                  notes,
                  ids,
                  doubt));
        }
      }
      group.finish();
    }
    for (DataMap entry : section.maps("unsupported")) {
      List<String> notes = entry.strings("notes");
      List<String> ids = sourceIds(entry, sectionSources);
      for (String pattern : entry.strings("machines")) {
        for (String name : expand(entry, pattern)) {
          addMachine(entry, MachineTypeInfo.unsupported(name, notes, ids));
        }
      }
      for (String family : entry.strings("families")) {
        if (unsupportedFamilies.put(family, MachineTypeInfo.unsupported(family, notes, ids))
            != null) {
          throw entry.error("family '" + family + "' is listed twice");
        }
      }
      entry.finish();
    }
    for (MachineTypeInfo info : machineTypes.values()) {
      if (info.accepted() && unsupportedFamilies.containsKey(info.family())) {
        throw section.error(
            "'" + info.name() + "' is accepted but its family is listed as unsupported");
      }
    }
    section.finish();
  }

  private void addMachine(DataMap m, MachineTypeInfo info) {
    if (!MACHINE.matcher(info.name()).matches()) {
      throw m.error("'" + info.name() + "' does not look like a machine type");
    }
    if (machineTypes.putIfAbsent(info.name(), info) != null) {
      throw m.error("machine type '" + info.name() + "' is listed twice");
    }
  }

  /** Counts per accelerator: a list of values, or {exact, pods: {min, multipleOf}, uncertain}. */
  private Map<String, AllowedCounts> counts(DataMap m) {
    Map<String, AllowedCounts> out = new LinkedHashMap<>();
    for (String accelerator : m.keys()) {
      checkAccelerator(m, accelerator);
      Object value = m.raw(accelerator);
      AllowedCounts allowed;
      if (value instanceof List) {
        allowed = AllowedCounts.of(m.asInts(value, m.at(accelerator)));
      } else {
        DataMap rule = m.map(accelerator);
        Optional<PodSizes> pods = Optional.empty();
        if (rule.has("pods")) {
          DataMap p = rule.map("pods");
          pods =
              Optional.of(
                  new PodSizes(
                      p.integer("min"), p.has("multipleOf") ? p.integer("multipleOf") : 1));
          p.finish();
        }
        allowed = new AllowedCounts(rule.ints("exact"), pods, uncertain(rule));
        rule.finish();
      }
      out.put(accelerator, allowed);
    }
    m.finish();
    return out;
  }

  /** Expands one brace group, as the docs write sizes: {@code g2-standard-{4,8}}. */
  static List<String> expand(DataMap m, String pattern) {
    int open = pattern.indexOf('{');
    int close = pattern.indexOf('}');
    if (open < 0 && close < 0) {
      return List.of(pattern);
    }
    if (open < 0
        || close < open
        || pattern.indexOf('{', open + 1) >= 0
        || pattern.indexOf('}', close + 1) >= 0) {
      throw m.error("'" + pattern + "' must have at most one {a,b,...} group");
    }
    List<String> out = new ArrayList<>();
    for (String part : pattern.substring(open + 1, close).split(",", -1)) {
      String item = part.strip();
      if (item.isEmpty()) {
        throw m.error("'" + pattern + "' has an empty alternative");
      }
      out.add(pattern.substring(0, open) + item + pattern.substring(close + 1));
    }
    return out;
  }

  // ---- limits ----

  private Limits readLimits(DataMap m) {
    Limits limits =
        new Limits(
            range(m.map("workerPools")),
            range(m.map("chiefReplicas")),
            range(m.map("displayNameLength")),
            range(m.map("envVars")),
            range(m.map("packageUris")),
            range(m.map("argsTotalLength")),
            labels(m.map("labels")),
            bootDisk(m.map("bootDisk")),
            scheduling(m.map("scheduling")),
            tpuJobs(m.map("tpuJobs")),
            fieldList(m.map("outputOnlyFields")));
    m.finish();
    return limits;
  }

  private Range range(DataMap m) {
    Range range =
        new Range(
            m.integer("min"),
            m.integer("max"),
            m.strings("notes"),
            sourceIds(m, List.of()),
            uncertain(m));
    m.finish();
    return range;
  }

  private Labels labels(DataMap m) {
    Labels labels =
        new Labels(
            m.integer("maxCount"),
            m.integer("keyMaxLength"),
            m.integer("valueMaxLength"),
            m.integer("protoMaxLength"),
            pattern(m, "keyPattern"),
            pattern(m, "valuePattern"),
            m.strings("notes"),
            sourceIds(m, List.of()),
            uncertain(m));
    m.finish();
    return labels;
  }

  private BootDisk bootDisk(DataMap m) {
    List<String> types = m.strings("types");
    String defaultType = m.string("defaultType");
    if (!types.contains(defaultType)) {
      throw m.error("defaultType '" + defaultType + "' is not in types");
    }
    DataMap size = m.map("sizeGb");
    Range sizeGb =
        new Range(size.integer("min"), size.integer("max"), List.of(), List.of(), Optional.empty());
    size.finish();
    int defaultSize = m.integer("defaultSizeGb");
    if (!sizeGb.contains(defaultSize)) {
      throw m.error("defaultSizeGb " + defaultSize + " is outside sizeGb");
    }
    BootDisk disk =
        new BootDisk(
            types,
            defaultType,
            sizeGb,
            defaultSize,
            m.strings("notes"),
            sourceIds(m, List.of()),
            uncertain(m));
    m.finish();
    return disk;
  }

  private Scheduling scheduling(DataMap m) {
    String max = m.string("maxTimeout");
    List<String> strategies = m.strings("strategies");
    List<String> deprecated = m.strings("deprecatedStrategies");
    if (!strategies.containsAll(deprecated)) {
      throw m.error("deprecatedStrategies must be a subset of strategies");
    }
    Scheduling scheduling =
        new Scheduling(
            duration(m, "defaultTimeout"),
            max.equals(UNKNOWN) ? Optional.empty() : Optional.of(duration(m, "maxTimeout")),
            strategies,
            deprecated,
            duration(m, "flexStartMaxTimeout"),
            m.bool("flexStartSameMachineAllPools"),
            duration(m, "defaultMaxWaitDuration"),
            m.strings("notes"),
            sourceIds(m, List.of()),
            uncertain(m));
    if (scheduling.maxTimeout().isEmpty() && scheduling.uncertain().isEmpty()) {
      throw m.error("an unknown maxTimeout must say why under 'uncertain'");
    }
    m.finish();
    return scheduling;
  }

  private TpuJobs tpuJobs(DataMap m) {
    TpuJobs jobs =
        new TpuJobs(
            m.integer("maxWorkerPools"),
            m.integer("replicaCount"),
            m.bool("spotWithPods"),
            sourceIds(m, List.of()));
    m.finish();
    return jobs;
  }

  private FieldList fieldList(DataMap m) {
    FieldList list = new FieldList(m.strings("fields"), sourceIds(m, List.of()));
    m.finish();
    return list;
  }

  // ---- images ----

  private Images readImages(DataMap m) {
    DataMap rs = m.map("reductionServer");
    Images.ReductionServer reductionServer =
        new Images.ReductionServer(
            rs.string("path"),
            rs.string("tag"),
            rs.integer("pool"),
            rs.string("recommendedMachineType"),
            rs.strings("notes"),
            sourceIds(rs, List.of()));
    if (!machineTypes.containsKey(reductionServer.recommendedMachineType())) {
      throw rs.error("recommendedMachineType is not a machine type in the catalog");
    }
    rs.finish();
    DataMap pb = m.map("prebuiltTraining");
    Images.PrebuiltTraining prebuilt =
        new Images.PrebuiltTraining(
            pb.string("pathPrefix"),
            pb.string("form"),
            pb.string("example"),
            pb.strings("notes"),
            sourceIds(pb, List.of()));
    pb.finish();
    Images images = new Images(m.strings("registryHosts"), reductionServer, prebuilt);
    m.finish();
    return images;
  }

  // ---- scalars ----

  /** yyyy-mm-dd. Not LocalDate.parse: its formatter costs ~10 ms to set up on every cold run. */
  private static LocalDate date(DataMap m, String key) {
    String text = m.string(key);
    Matcher ymd = ISO_DATE.matcher(text);
    try {
      if (ymd.matches()) {
        return LocalDate.of(
            Integer.parseInt(ymd.group(1)),
            Integer.parseInt(ymd.group(2)),
            Integer.parseInt(ymd.group(3)));
      }
    } catch (DateTimeException e) {
      // a day that does not exist, such as 2026-02-30; reported below
    }
    throw m.error(key + ": '" + text + "' is not an ISO date (yyyy-mm-dd)");
  }

  private static Duration duration(DataMap m, String key) {
    String text = m.string(key);
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw m.error(key + ": '" + text + "' is not an ISO-8601 duration such as P7D");
    }
  }

  private static Pattern pattern(DataMap m, String key) {
    String text = m.string(key);
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      throw m.error(key + ": not a valid regular expression: " + e.getDescription());
    }
  }

  /** An enum constant from its camelCase spelling in the file: endOfSupport -> END_OF_SUPPORT. */
  private static <E extends Enum<E>> E enumValue(DataMap m, String key, Class<E> type) {
    String text = m.string(key);
    for (E value : type.getEnumConstants()) {
      if (text.equals(camel(value))) {
        return value;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      allowed.add(camel(value));
    }
    throw m.error(key + ": '" + text + "' is not one of " + allowed);
  }

  private static String camel(Enum<?> value) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : value.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
