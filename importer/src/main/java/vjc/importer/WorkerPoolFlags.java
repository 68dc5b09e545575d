package vjc.importer;

import com.google.cloud.aiplatform.v1.AcceleratorType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vjc.diag.Diagnostic;
import vjc.diag.DidYouMean;
import vjc.importer.GcloudValues.Entry;
import vjc.importer.GcloudValues.Occurrence;

/**
 * The {@code --worker-pool-spec} flags of a gcloud command as worker pools, with gcloud's defaults
 * and checks ({@code custom_jobs/validation.py}, {@code custom_jobs_util.py}); the keys of gcloud's
 * autopackaging, which builds an image from local code, are explained, since vjc does not build
 * images.
 */
final class WorkerPoolFlags {

  static final List<String> POOL_KEYS =
      List.of(
          "accelerator-count",
          "accelerator-type",
          "container-image-uri",
          "executor-image-uri",
          "extra-dirs",
          "extra-packages",
          "local-package-path",
          "machine-type",
          "output-image-uri",
          "python-module",
          "replica-count",
          "requirements",
          "script");

  /** Keys only gcloud's autopackaging reads: it builds an image from local code. */
  static final List<String> AUTOPACKAGING =
      List.of(
          "local-package-path",
          "script",
          "requirements",
          "extra-packages",
          "extra-dirs",
          "output-image-uri");

  /** Disk keys exist in {@code gcloud ai persistent-resources create}, not here. */
  static final List<String> DISK_KEYS = List.of("disk-type", "disk-size");

  private final GcloudValues values;

  WorkerPoolFlags(GcloudValues values) {
    this.values = values;
  }

  /** The pools of {@code flags}, in order; {@code packageUris} go to the Python ones. */
  List<Object> pools(List<Occurrence> flags, List<ShellWord> packageUris) {
    List<Object> pools = new ArrayList<>();
    boolean autopackaged = false;
    boolean packageUrisUsed = false;
    for (int p = 0; p < flags.size(); p++) {
      Occurrence o = flags.get(p);
      String raw = o.value().text().strip();
      Map<String, Entry> keys = new LinkedHashMap<>();
      if (!raw.equals("{}")) {
        for (Entry e : values.dict(o.value())) {
          keys.put(e.key().text(), e);
        }
      }
      if (keys.isEmpty()) {
        if (p == 0) {
          values.error(
              values.at().at(o.flag()),
              "the first --worker-pool-spec is empty; pool 0 (the chief) must be defined");
        }
        pools.add(new LinkedHashMap<String, Object>());
        continue;
      }
      for (Entry e : keys.values()) {
        String k = e.key().text();
        if (!POOL_KEYS.contains(k) && !DISK_KEYS.contains(k)) {
          Optional<String> near = DidYouMean.closest(k, POOL_KEYS);
          values.add(
              Diagnostic.error(
                      "import/gcloud",
                      values.at().at(e.key()),
                      "unknown key ["
                          + e.key().display()
                          + "] in --worker-pool-spec"
                          + near.map(n -> "; did you mean [" + n + "]").orElse(""))
                  .withHint("Valid keys are [" + String.join(", ", POOL_KEYS) + "]."));
        }
      }
      Optional<Entry> local =
          AUTOPACKAGING.stream().map(keys::get).filter(Objects::nonNull).findFirst();
      if (local.isPresent()) {
        autopackaging(local.get(), keys, p);
        autopackaged |= p == 0;
      }
      Map<String, Object> pool = new LinkedHashMap<>();
      Map<String, Object> machine = new LinkedHashMap<>();
      Entry machineType = keys.get("machine-type");
      if (machineType == null) {
        values.error(values.at().at(o.flag()), "--worker-pool-spec needs machine-type");
      } else {
        machine.put("machineType", machineType.value().toVjc());
      }
      Entry type = keys.get("accelerator-type");
      Entry count = keys.get("accelerator-count");
      if (type != null) {
        acceleratorType(type);
        machine.put("acceleratorType", type.value().toVjc());
        // gcloud's default: one accelerator when only the type is given.
        machine.put("acceleratorCount", count == null ? BigInteger.ONE : values.integer(count));
      } else if (count != null) {
        values.error(
            values.at().at(count.key()),
            "accelerator-count needs accelerator-type in the same --worker-pool-spec");
      }
      if (!machine.isEmpty()) {
        pool.put("machineSpec", machine);
      }
      Entry replicas = keys.get("replica-count");
      pool.put("replicaCount", replicas == null ? BigInteger.ONE : values.integer(replicas));
      disk(keys).ifPresent(d -> pool.put("diskSpec", d));
      Entry container = keys.get("container-image-uri");
      Entry executor = keys.get("executor-image-uri");
      Entry module = keys.get("python-module");
      if (local.isEmpty() && !(p > 0 && autopackaged)) {
        if ((container == null) == (executor == null)) {
          values.error(
              values.at().at(o.flag()),
              "--worker-pool-spec needs exactly one of"
                  + " container-image-uri and executor-image-uri");
        } else if (container != null && module != null) {
          values.error(
              values.at().at(module.key()),
              "python-module cannot be used with container-image-uri");
        } else if (executor != null && module == null) {
          values.error(values.at().at(executor.key()), "executor-image-uri needs python-module");
        }
      }
      if (container != null) {
        pool.put(
            "containerSpec", new LinkedHashMap<>(Map.of("imageUri", container.value().toVjc())));
      }
      if (local.isEmpty() && (executor != null || module != null)) {
        Map<String, Object> python = new LinkedHashMap<>();
        if (executor != null) {
          python.put("executorImageUri", executor.value().toVjc());
        }
        if (!packageUris.isEmpty()) {
          python.put("packageUris", GcloudValues.vjcList(packageUris));
          packageUrisUsed = true;
        }
        if (module != null) {
          python.put("pythonModule", module.value().toVjc());
        }
        pool.put("pythonPackageSpec", python);
      }
      pools.add(pool);
    }
    if (!packageUris.isEmpty() && !packageUrisUsed && !autopackaged) {
      values.add(
          Diagnostic.warning(
                  "import/ignored-flag",
                  values.at().at(packageUris.get(0)),
                  "--python-package-uris is ignored: no pool runs a Python package"
                      + " (executor-image-uri and python-module)")
              .withHint("gcloud drops it silently for container pools; remove it."));
    }
    return pools;
  }

  private void autopackaging(Entry first, Map<String, Entry> keys, int pool) {
    List<String> used = AUTOPACKAGING.stream().filter(keys::containsKey).toList();
    String what =
        first.key().text().equals("local-package-path")
            ? "packages the local directory " + first.value().display() + " into a new image"
            : "builds a new image from local code (" + String.join(", ", used) + ")";
    values.add(
        Diagnostic.error(
                "import/autopackaging",
                values.at().at(first.key()),
                "vjc does not build images: for pool "
                    + pool
                    + " gcloud "
                    + what
                    + " and runs that image, which vjc cannot reproduce")
            .withHint(
                "Build and push the image yourself (docker build and docker push, or"
                    + " gcloud builds submit), then write container-image-uri=IMAGE in place of "
                    + String.join(", ", used)
                    + (keys.containsKey("executor-image-uri") ? " and executor-image-uri" : "")
                    + "; or upload a Python source distribution to Cloud Storage and use"
                    + " executor-image-uri, python-module and --python-package-uris."));
  }

  private void acceleratorType(Entry type) {
    if (type.value().hasOpenVariables()) {
      return;
    }
    List<String> names =
        Arrays.stream(AcceleratorType.values())
            .filter(v -> v != AcceleratorType.UNRECOGNIZED)
            .map(Enum::name)
            .filter(n -> n.startsWith("NVIDIA") || n.startsWith("TPU"))
            .toList();
    if (!names.contains(type.value().text())) {
      Optional<String> near = DidYouMean.closest(type.value().text(), names);
      values.add(
          Diagnostic.error(
                  "import/gcloud",
                  values.at().at(type.value()),
                  "invalid accelerator-type '"
                      + type.value().display()
                      + "'"
                      + near.map(n -> "; did you mean " + n).orElse(""))
              .withHint("Available values are [" + String.join(", ", names) + "]."));
    }
  }

  private Optional<Map<String, Object>> disk(Map<String, Entry> keys) {
    Map<String, Object> disk = new LinkedHashMap<>();
    for (String k : DISK_KEYS) {
      Entry e = keys.get(k);
      if (e == null) {
        continue;
      }
      values.add(
          Diagnostic.warning(
                  "import/gcloud-disk",
                  values.at().at(e.key()),
                  "gcloud ai custom-jobs create rejects "
                      + k
                      + " (only gcloud ai"
                      + " persistent-resources create takes it); imported as diskSpec")
              .withHint(
                  "The imported file sets diskSpec, which Vertex AI accepts; the gcloud"
                      + " command needs a --config file for it."));
      if (k.equals("disk-type")) {
        disk.put("bootDiskType", e.value().toVjc());
      } else {
        disk.put("bootDiskSizeGb", values.integer(e));
      }
    }
    return disk.isEmpty() ? Optional.empty() : Optional.of(disk);
  }
}
