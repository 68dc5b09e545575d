package vjc.lint.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.cloud.aiplatform.v1.AcceleratorType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vjc.lint.catalog.AcceleratorInfo.FlexStart;
import vjc.lint.catalog.AcceleratorInfo.Reservation;
import vjc.lint.catalog.MachineTypeInfo.AcceleratorUse;
import vjc.testing.Repo;

/**
 * Checks the built-in catalog against the research notes (vertex-facts.md, cited per test) and
 * against itself, and that malformed data fails with the path of the problem.
 */
class CatalogTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  private static MachineTypeInfo machine(String name) {
    return CATALOG
        .machineType(name)
        .orElseThrow(() -> new AssertionError("machine type not in catalog: " + name));
  }

  private static AcceleratorInfo accelerator(String name) {
    return CATALOG
        .accelerator(name)
        .orElseThrow(() -> new AssertionError("accelerator not in catalog: " + name));
  }

  // ---- header ----

  @Test
  void headerHasTheCatalogDateAndSourceVersions() {
    assertEquals(LocalDate.of(2026, 11, 27), CATALOG.asOf());
    assertTrue(CATALOG.sourceVersions().get("gcloud").contains("578.0.0"));
    assertTrue(CATALOG.sources().containsKey("LOC"));
    assertTrue(CATALOG.sources().values().stream().allMatch(s -> s.url().startsWith("https://")));
  }

  @Test
  void builtInIsLoadedOnce() {
    assertSame(Catalog.builtIn(), Catalog.builtIn());
  }

  // ---- machine types and counts (vertex-facts 2.1, 2.2) ----

  @Test
  void g2Standard8TakesExactlyOneL4() {
    MachineTypeInfo g2 = machine("g2-standard-8");
    assertAll(
        () -> assertEquals(Optional.of("NVIDIA_L4"), g2.requiredAccelerator()),
        () -> assertEquals(List.of(1), g2.allowedCounts("NVIDIA_L4")),
        () -> assertEquals(Set.of("NVIDIA_L4"), g2.compatibleAccelerators()),
        () -> assertFalse(g2.allowsCount("NVIDIA_L4", 8)),
        () -> assertEquals(List.of(2), machine("g2-standard-24").allowedCounts("NVIDIA_L4")),
        () -> assertEquals(List.of(1), machine("g2-standard-32").allowedCounts("NVIDIA_L4")));
  }

  @Test
  void n1Standard32TakesTwoOrFourT4() {
    MachineTypeInfo n1 = machine("n1-standard-32");
    assertAll(
        () -> assertEquals(AcceleratorUse.OPTIONAL, n1.acceleratorUse()),
        () -> assertFalse(n1.requiresAccelerator()),
        () -> assertEquals(List.of(2, 4), n1.allowedCounts("NVIDIA_TESLA_T4")),
        () -> assertFalse(n1.allowsCount("NVIDIA_TESLA_T4", 1)),
        () -> assertFalse(n1.allowsCount("NVIDIA_TESLA_V100", 3)),
        () -> assertEquals(List.of(4, 8), n1.allowedCounts("NVIDIA_TESLA_V100")),
        () ->
            assertEquals(
                List.of(2, 4, 8), machine("n1-highcpu-16").allowedCounts("NVIDIA_TESLA_V100")),
        () ->
            assertEquals(
                List.of(1, 2, 4, 8), machine("n1-highmem-2").allowedCounts("NVIDIA_TESLA_V100")));
  }

  @Test
  void n1Standard64DoesNotTakeP100ButN1Highcpu64Does() {
    assertFalse(machine("n1-standard-64").accepts("NVIDIA_TESLA_P100"));
    assertEquals(List.of(), machine("n1-standard-64").allowedCounts("NVIDIA_TESLA_P100"));
    assertEquals(List.of(4), machine("n1-highcpu-64").allowedCounts("NVIDIA_TESLA_P100"));
    assertEquals(List.of(4), machine("n1-standard-96").allowedCounts("NVIDIA_TESLA_T4"));
  }

  @Test
  void a2Highgpu1gRequiresOneA100() {
    MachineTypeInfo a2 = machine("a2-highgpu-1g");
    assertTrue(a2.requiresAccelerator());
    assertEquals(Optional.of("NVIDIA_TESLA_A100"), a2.requiredAccelerator());
    assertEquals(List.of(1), a2.allowedCounts("NVIDIA_TESLA_A100"));
    assertFalse(a2.accepts("NVIDIA_A100_80GB"));
    assertEquals(List.of(16), machine("a2-megagpu-16g").allowedCounts("NVIDIA_TESLA_A100"));
  }

  @Test
  void everyN1SizeIsInOneGpuRow() {
    for (String name : CATALOG.trainingMachineTypes()) {
      if (name.startsWith("n1-")) {
        assertTrue(machine(name).accepts("NVIDIA_TESLA_T4"), name + " has no n1 GPU row");
      }
    }
  }

  @Test
  void cpuOnlyFamiliesTakeNoAccelerator() {
    for (String name :
        List.of(
            "e2-highcpu-32", "n4-highcpu-80", "n2-highmem-2", "c2-standard-60", "m1-megamem-96")) {
      assertTrue(machine(name).isCpuOnly(), name);
      assertTrue(machine(name).compatibleAccelerators().isEmpty(), name);
    }
    // Sizes the [CC] list leaves out of an accepted family.
    assertEquals(MachineStatus.NOT_LISTED, CATALOG.machineStatus("e2-standard-2"));
    assertEquals(MachineStatus.NOT_LISTED, CATALOG.machineStatus("n2-highcpu-8"));
  }

  @Test
  void n1Standard2IsKnownUnsupported() {
    assertEquals(MachineStatus.KNOWN_UNSUPPORTED, CATALOG.machineStatus("n1-standard-2"));
    assertTrue(CATALOG.isKnownUnsupported("n1-standard-2"));
    assertTrue(machine("n1-standard-2").isKnownUnsupported());
    assertFalse(CATALOG.isTrainingMachineType("n1-standard-2"));
    assertTrue(CATALOG.isTrainingMachineType("n1-highmem-2"));
  }

  @Test
  void unsupportedFamiliesAreKnownAndOthersAreNot() {
    for (String name :
        List.of("c2d-standard-8", "c3-highcpu-4", "n2d-standard-2", "m2-x", "m3-y")) {
      assertEquals(MachineStatus.KNOWN_UNSUPPORTED, CATALOG.machineStatus(name), name);
      assertTrue(machine(name).isKnownUnsupported(), name);
    }
    assertTrue(CATALOG.machineFamilyKnown("c3"));
    assertTrue(CATALOG.machineFamilyKnown("n1-standard-1"));
    assertEquals(MachineStatus.UNKNOWN_FAMILY, CATALOG.machineStatus("z9-standard-4"));
    assertFalse(CATALOG.machineFamilyKnown("z9"));
    assertEquals(Optional.empty(), CATALOG.machineType("z9-standard-4"));
  }

  @Test
  void hyperdiskIsTheDefaultBootDiskOnlyWhereDocumented() {
    assertEquals("hyperdisk-balanced", CATALOG.defaultBootDiskType("a3-ultragpu-8g"));
    assertEquals("hyperdisk-balanced", CATALOG.defaultBootDiskType("a4-highgpu-8g"));
    assertEquals("pd-ssd", CATALOG.defaultBootDiskType("a3-highgpu-8g"));
    assertEquals("pd-ssd", CATALOG.defaultBootDiskType("not-a-machine"));
  }

  // ---- accelerators ----

  @Test
  void k80IsRejected() {
    assertTrue(accelerator("NVIDIA_TESLA_K80").isRejected());
    assertTrue(CATALOG.machineTypesAccepting("NVIDIA_TESLA_K80").isEmpty());
    assertTrue(CATALOG.regionsOffering("NVIDIA_TESLA_K80").isEmpty());
  }

  @Test
  void p100EndOfSupportIs20260915() {
    AcceleratorInfo p100 = accelerator("NVIDIA_TESLA_P100");
    assertEquals(AcceleratorInfo.Status.END_OF_SUPPORT, p100.status());
    assertEquals(Optional.of(LocalDate.of(2026, 9, 15)), p100.endOfSupport());
    assertFalse(p100.isPastEndOfSupport(LocalDate.of(2026, 9, 14)));
    assertTrue(p100.isPastEndOfSupport(CATALOG.asOf()));
    assertTrue(p100.uncertain().isPresent(), "whether the API now rejects P100 is unconfirmed");
  }

  @Test
  void flexStartAndReservationsFollowDws() {
    assertAll(
        () -> assertEquals(FlexStart.SUPPORTED, accelerator("NVIDIA_L4").flexStart()),
        () -> assertEquals(FlexStart.SUPPORTED, accelerator("NVIDIA_TESLA_A100").flexStart()),
        () -> assertEquals(FlexStart.SUPPORTED, accelerator("NVIDIA_B200").flexStart()),
        () -> assertEquals(FlexStart.UNCLEAR, accelerator("NVIDIA_H100_MEGA_80GB").flexStart()),
        () -> assertEquals(FlexStart.UNSUPPORTED, accelerator("NVIDIA_TESLA_T4").flexStart()),
        () -> assertEquals(FlexStart.UNSUPPORTED, accelerator("TPU_V2").flexStart()),
        () -> assertEquals(Reservation.REQUIRED, accelerator("NVIDIA_GB200").reservation()),
        () -> assertEquals(Reservation.RECOMMENDED, accelerator("NVIDIA_B200").reservation()));
  }

  // ---- regions (vertex-facts 1, 5) ----

  @Test
  void usCentral1OffersT4() {
    assertTrue(CATALOG.acceleratorsIn("us-central1").contains("NVIDIA_TESLA_T4"));
    assertEquals(Availability.AVAILABLE, CATALOG.availability("us-central1", "NVIDIA_TESLA_T4"));
    assertTrue(CATALOG.regionsOffering("NVIDIA_TESLA_T4").contains("us-central1"));
  }

  @Test
  void europeWest6OffersNoTrainingAccelerator() {
    assertTrue(CATALOG.isTrainingRegion("europe-west6"));
    assertTrue(CATALOG.regionKnowsAccelerators("europe-west6"));
    assertEquals(Set.of(), CATALOG.acceleratorsIn("europe-west6"));
    assertEquals(Availability.SERVING_ONLY, CATALOG.availability("europe-west6", "NVIDIA_L4"));
    assertEquals(
        Availability.NOT_AVAILABLE, CATALOG.availability("europe-west6", "NVIDIA_TESLA_T4"));
  }

  @Test
  void usWest8IsATrainingRegionWithUnknownAcceleratorData() {
    assertTrue(CATALOG.isTrainingRegion("us-west8"));
    assertFalse(CATALOG.regionKnowsAccelerators("us-west8"));
    assertTrue(CATALOG.region("us-west8").orElseThrow().isGcloudOnly());
    assertEquals(Availability.UNKNOWN, CATALOG.availability("us-west8", "NVIDIA_TESLA_T4"));
    assertEquals(
        Availability.NOT_A_TRAINING_REGION, CATALOG.availability("mars-north1", "NVIDIA_L4"));
    assertFalse(CATALOG.isTrainingRegion("global"));
  }

  @Test
  void trainingRegionsAre38DocumentedAndFourFromGcloud() {
    List<String> gcloudOnly = new ArrayList<>();
    for (String region : CATALOG.trainingRegions()) {
      if (CATALOG.region(region).orElseThrow().isGcloudOnly()) {
        gcloudOnly.add(region);
      }
    }
    assertEquals(42, CATALOG.trainingRegions().size());
    assertEquals(List.of("asia-south2", "europe-north2", "europe-west15", "us-west8"), gcloudOnly);
    assertTrue(CATALOG.regionNotes().stream().anyMatch(n -> n.contains("single zone")));
    // asia-south2 is gcloud-only for training, yet the accelerator table has data for it.
    assertTrue(CATALOG.acceleratorsIn("asia-south2").contains("NVIDIA_RTX_PRO_6000"));
  }

  @Test
  void tpusAreOfferedByEnumPodOrFamily() {
    assertEquals(Set.of("TPU_V2"), CATALOG.tpuPodsIn("us-central1"));
    assertEquals(Set.of("TPU_V2", "TPU_V3"), CATALOG.tpuPodsIn("europe-west4"));
    assertEquals(Set.of(), CATALOG.tpuPodsIn("asia-east1"));
    assertEquals(Set.of("ct5lp", "ct6e", "tpu7x"), CATALOG.tpuFamiliesIn("us-central1"));
    assertEquals(Availability.SERVING_ONLY, CATALOG.availability("europe-west4", "ct5lp"));
    assertEquals(Availability.SERVING_ONLY, CATALOG.availability("europe-west4", "TPU_V5_LITEPOD"));
    assertEquals(List.of("us-central1"), CATALOG.regionsOffering("tpu7x"));
    assertEquals(List.of("us-central1", "us-east4"), CATALOG.regionsOffering("NVIDIA_GB200"));
  }

  /** The bench's peers use this file; vjc must agree with it for the regions it covers. */
  @Test
  void agreesWithBenchAcceleratorsByRegion() throws IOException {
    Optional<Path> file = Repo.shared("bench", "data", "accelerators-by-region.json");
    assumeTrue(file.isPresent(), "../shared/bench/data/accelerators-by-region.json is absent");
    Object json =
        new Load(LoadSettings.builder().build())
            .loadFromString(Files.readString(file.get(), StandardCharsets.UTF_8));
    Map<?, ?> regions = (Map<?, ?>) ((Map<?, ?>) json).get("regions");
    assertFalse(regions.isEmpty());
    for (Map.Entry<?, ?> entry : regions.entrySet()) {
      String region = (String) entry.getKey();
      Set<Object> expected = new TreeSet<>((List<?>) entry.getValue());
      assertTrue(CATALOG.regionKnowsAccelerators(region), region);
      assertEquals(expected, new TreeSet<Object>(CATALOG.acceleratorsIn(region)), region);
    }
  }

  // ---- TPUs (vertex-facts 2.3) ----

  @Test
  void cloudTpuTakesEightOrPods() {
    MachineTypeInfo tpu = machine("cloud-tpu");
    assertTrue(tpu.isTpu());
    assertEquals(Set.of("TPU_V2", "TPU_V3"), tpu.compatibleAccelerators());
    assertEquals(Optional.empty(), tpu.requiredAccelerator());
    assertAll(
        () -> assertTrue(tpu.allowsCount("TPU_V2", 8)),
        () -> assertTrue(tpu.allowsCount("TPU_V2", 32)),
        () -> assertTrue(tpu.allowsCount("TPU_V2", 96)),
        () -> assertFalse(tpu.allowsCount("TPU_V2", 16)),
        () -> assertFalse(tpu.allowsCount("TPU_V2", 48)),
        () -> assertTrue(tpu.allowsCount("TPU_V3", 32)),
        () -> assertFalse(tpu.allowsCount("TPU_V3", 4)),
        () -> assertEquals(List.of(8), tpu.allowedCounts("TPU_V3")),
        () -> assertTrue(tpu.countRule("TPU_V3").orElseThrow().uncertain().isPresent()),
        () -> assertTrue(tpu.countRule("TPU_V2").orElseThrow().uncertain().isEmpty()));
  }

  @Test
  void tpuMachinesListTheirTopologies() {
    assertEquals(List.of("1x1"), CATALOG.tpuTopologies("ct5lp-hightpu-1t"));
    assertEquals(List.of("2x4"), CATALOG.tpuTopologies("ct5lp-hightpu-8t"));
    assertTrue(CATALOG.tpuTopologies("ct5lp-hightpu-4t").contains("16x16"));
    assertTrue(CATALOG.tpuTopologies("ct6e-standard-4t").contains("8x16"));
    assertEquals(9, CATALOG.tpuTopologies("tpu7x-standard-4t").size());
    assertTrue(machine("tpu7x-standard-4t").allowsTopology("2x2x1"));
    assertEquals(List.of(), CATALOG.tpuTopologies("cloud-tpu"));
    MachineTypeInfo v6e = machine("ct6e-standard-8t");
    assertEquals(AcceleratorUse.MACHINE_SELECTED, v6e.acceleratorUse());
    assertTrue(v6e.isTpu() && v6e.needsTopology());
    assertEquals(
        Optional.empty(), CATALOG.tpuFamilyOf("ct6e-standard-8t").orElseThrow().acceleratorType());
    assertEquals(
        Optional.of("TPU_V5_LITEPOD"),
        CATALOG.tpuFamilyOf("ct5lp-hightpu-4t").orElseThrow().acceleratorType());
  }

  // ---- limits and images (vertex-facts 2.4, 3) ----

  @Test
  void limitsMatchTheResearch() {
    Limits limits = CATALOG.limits();
    assertAll(
        () -> assertEquals(4, limits.workerPools().max()),
        () -> assertEquals(1, limits.chiefReplicas().max()),
        () -> assertEquals(128, limits.displayNameLength().max()),
        () -> assertEquals(100, limits.envVars().max()),
        () -> assertEquals(100, limits.packageUris().max()),
        () -> assertTrue(limits.argsTotalLength().uncertain().isPresent()),
        () ->
            assertEquals(
                List.of("pd-ssd", "pd-standard", "hyperdisk-balanced"), limits.bootDisk().types()),
        () -> assertTrue(limits.bootDisk().sizeGb().contains(100)),
        () -> assertTrue(limits.bootDisk().sizeGb().contains(64000)),
        () -> assertFalse(limits.bootDisk().sizeGb().contains(99)),
        () -> assertEquals(100, limits.bootDisk().defaultSizeGb()),
        () -> assertEquals(Duration.ofDays(7), limits.scheduling().flexStartMaxTimeout()),
        () -> assertEquals(Duration.ofDays(7), limits.scheduling().defaultTimeout()),
        () -> assertEquals(Optional.empty(), limits.scheduling().maxTimeout()),
        () -> assertEquals(Duration.ofHours(24), limits.scheduling().defaultMaxWaitDuration()),
        () ->
            assertEquals(
                List.of("ON_DEMAND", "LOW_COST"), limits.scheduling().deprecatedStrategies()),
        () -> assertEquals(1, limits.tpuJobs().maxWorkerPools()),
        () -> assertFalse(limits.tpuJobs().spotWithPods()),
        () -> assertTrue(limits.outputOnlyFields().contains("createTime")));
  }

  @Test
  void labelRulesKeepBothLengthLimits() {
    Limits.Labels labels = CATALOG.limits().labels();
    assertEquals(64, labels.maxCount());
    assertTrue(labels.isValidKey("team"));
    assertTrue(labels.isValidKey("équipe_1"));
    assertFalse(labels.isValidKey("Team"));
    assertFalse(labels.isValidKey("1team"));
    assertFalse(labels.isValidKey(""));
    assertTrue(labels.isValidValue(""));
    assertTrue(labels.isValidValue("a".repeat(63)));
    assertFalse(labels.isValidValue("a".repeat(64)));
    assertFalse(labels.exceedsProtoLength("a".repeat(64)));
    assertTrue(labels.exceedsProtoLength("a".repeat(65)));
    assertTrue(labels.uncertain().isPresent());
  }

  @Test
  void googleImagesAreRecognisedOnTheirRegistries() {
    Images images = CATALOG.images();
    assertTrue(
        images.isReductionServer(
            "us-docker.pkg.dev/vertex-ai-restricted/training/reductionserver:latest"));
    assertTrue(
        images.isReductionServer(
            "asia-docker.pkg.dev/vertex-ai-restricted/training/reductionserver"));
    assertFalse(
        images.isReductionServer(
            "us-docker.pkg.dev/vertex-ai-restricted/training/reductionserver-fork:latest"));
    assertFalse(
        images.isReductionServer("gcr.io/vertex-ai-restricted/training/reductionserver:latest"));
    assertTrue(
        images.isPrebuiltTraining("europe-docker.pkg.dev/vertex-ai/training/tf-cpu.2-4:latest"));
    assertFalse(images.isPrebuiltTraining("us-docker.pkg.dev/acme/train/resnet:1.4.2"));
    assertEquals(2, images.reductionServer().pool());
  }

  // ---- uncertainty ----

  @Test
  void uncertainFactsFromTheResearchAreMarked() {
    Set<String> paths = CATALOG.uncertainFacts().keySet();
    for (String path :
        List.of(
            "catalog",
            "accelerators.TPU_V5_LITEPOD",
            "accelerators.NVIDIA_TESLA_P100",
            "tpu.cloudTpu.counts.TPU_V3",
            "tpu.families.ct6e",
            "limits.labels",
            "limits.scheduling",
            "limits.argsTotalLength",
            "limits.bootDisk")) {
      assertTrue(paths.contains(path), "not marked uncertain: " + path);
    }
    assertTrue(machine("n1-standard-4").uncertain().isPresent(), "n1 rows are a reconstruction");
    assertTrue(machine("g2-standard-8").uncertain().isEmpty());
  }

  // ---- internal consistency ----

  @Test
  void everyAcceleratorNamedAnywhereIsDefined() {
    Set<String> named = new LinkedHashSet<>();
    for (String region : CATALOG.trainingRegions()) {
      RegionInfo info = CATALOG.region(region).orElseThrow();
      named.addAll(info.accelerators());
      named.addAll(info.tpuPods());
      info.servingOnly().stream()
          .filter(s -> !CATALOG.tpuFamilies().containsKey(s))
          .forEach(named::add);
      assertTrue(CATALOG.tpuFamilies().keySet().containsAll(info.tpuFamilies()), region);
    }
    for (String name : CATALOG.trainingMachineTypes()) {
      named.addAll(machine(name).compatibleAccelerators());
    }
    CATALOG.tpuFamilies().values().forEach(f -> f.acceleratorType().ifPresent(named::add));
    Set<String> undefined = new TreeSet<>(named);
    undefined.removeAll(CATALOG.accelerators().keySet());
    assertEquals(Set.of(), undefined);
  }

  @Test
  void everyCitedSourceIsDefined() {
    List<List<String>> cited = new ArrayList<>();
    CATALOG.trainingRegions().forEach(r -> cited.add(CATALOG.region(r).orElseThrow().sources()));
    CATALOG.accelerators().values().forEach(a -> cited.add(a.sources()));
    CATALOG.trainingMachineTypes().forEach(m -> cited.add(machine(m).sources()));
    CATALOG.tpuFamilies().values().forEach(f -> cited.add(f.sources()));
    cited.add(CATALOG.limits().labels().sources());
    cited.add(CATALOG.limits().scheduling().sources());
    cited.add(CATALOG.images().reductionServer().sources());
    for (List<String> ids : cited) {
      assertTrue(CATALOG.sources().keySet().containsAll(ids), "undefined source in " + ids);
    }
  }

  @Test
  void noRegionOrMachineOffersARejectedAccelerator() {
    for (AcceleratorInfo info : CATALOG.accelerators().values()) {
      if (info.isRejected()) {
        assertEquals(List.of(), CATALOG.regionsOffering(info.name()), info.name());
        assertEquals(List.of(), CATALOG.machineTypesAccepting(info.name()), info.name());
      }
    }
  }

  /** Fails when an aiplatform upgrade adds an enum value, so the data gets a look. */
  @Test
  void acceleratorsAreExactlyTheV1EnumValues() {
    Set<String> enumValues = new TreeSet<>();
    for (AcceleratorType type : AcceleratorType.values()) {
      if (type != AcceleratorType.UNRECOGNIZED
          && type != AcceleratorType.ACCELERATOR_TYPE_UNSPECIFIED) {
        enumValues.add(type.name());
      }
    }
    assertEquals(enumValues, new TreeSet<>(CATALOG.accelerators().keySet()));
  }

  @Test
  void answersAreImmutable() {
    assertThrows(
        UnsupportedOperationException.class, () -> CATALOG.acceleratorsIn("us-central1").clear());
    assertThrows(UnsupportedOperationException.class, () -> CATALOG.trainingRegions().add("x"));
    assertThrows(
        UnsupportedOperationException.class,
        () -> machine("n1-standard-4").counts().remove("NVIDIA_TESLA_T4"));
  }

  // ---- malformed data fails fast, naming the place ----

  private static String builtInText() throws IOException {
    try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(Catalog.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String failure(String from, String to) throws IOException {
    String text = builtInText();
    assertTrue(text.contains(from), "fixture text not found: " + from);
    CatalogException e =
        assertThrows(CatalogException.class, () -> Catalog.parse(text.replace(from, to), "t.yaml"));
    return e.getMessage();
  }

  @Test
  void theBuiltInTextParsesUnchanged() throws IOException {
    assertEquals(CATALOG.toString(), Catalog.parse(builtInText(), "t.yaml").toString());
  }

  @Test
  void undefinedAcceleratorInARegionFails() throws IOException {
    String message =
        failure(
            "asia-east2: {accelerators: [NVIDIA_TESLA_T4]}", "asia-east2: {accelerators: [T4]}");
    assertTrue(message.startsWith("t.yaml: regions.entries.asia-east2: "), message);
    assertTrue(message.contains("'T4' is not defined"), message);
  }

  @Test
  void undefinedAcceleratorInACountTableFails() throws IOException {
    String message = failure("counts: {NVIDIA_L4: [2]}", "counts: {NVIDIA_L5: [2]}");
    assertTrue(message.contains("machineTypes.groups[18].counts"), message);
  }

  @Test
  void misspeltKeyFails() throws IOException {
    String message = failure("    uncertain: *n1\n", "    uncertian: *n1\n");
    assertTrue(message.contains("unknown key 'uncertian'"), message);
  }

  @Test
  void undefinedSourceFails() throws IOException {
    String message = failure("source: AIP-PR66", "source: NOWHERE");
    assertTrue(message.contains("machineTypes.unsupported[0]: source 'NOWHERE'"), message);
  }

  @Test
  void duplicateMachineTypeFails() throws IOException {
    String message = failure("[g2-standard-24]", "[g2-standard-8]");
    assertTrue(message.contains("'g2-standard-8' is listed twice"), message);
  }

  @Test
  void badBraceGroupFails() throws IOException {
    String message = failure("\"c2-standard-{4,8,16,30,60}\"", "\"c2-standard-{4,,8}\"");
    assertTrue(message.contains("empty alternative"), message);
  }

  @Test
  void badValuesFail() throws IOException {
    assertTrue(failure("asOf: 2026-11-27", "asOf: late 2026").contains("asOf"));
    assertTrue(failure("endOfSupport: 2026-09-15", "endOfSupport: soon").contains("ISO date"));
    assertTrue(failure("status: rejected", "status: gone").contains("'gone' is not one of"));
    assertTrue(failure("defaultTimeout: P7D", "defaultTimeout: 7d").contains("ISO-8601"));
    assertTrue(failure("max: 4\n", "max: four\n").contains("expected an integer"));
  }

  @Test
  void invalidYamlFails() {
    CatalogException e =
        assertThrows(CatalogException.class, () -> Catalog.parse("a: [1, 2", "t.yaml"));
    assertTrue(e.getMessage().startsWith("t.yaml: not valid YAML"), e.getMessage());
    e = assertThrows(CatalogException.class, () -> Catalog.parse("- 1\n", "t.yaml"));
    assertTrue(e.getMessage().contains("must be a mapping"), e.getMessage());
  }
}
