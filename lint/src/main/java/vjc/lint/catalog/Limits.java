package vjc.lint.catalog;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numeric limits and value rules of a CustomJob that the API enforces or documents.
 *
 * @param workerPools how many entries {@code workerPoolSpecs} may have
 * @param chiefReplicas the {@code replicaCount} of worker pool 0
 * @param displayNameLength length of {@code displayName}, in characters
 * @param envVars entries of {@code containerSpec.env} or {@code pythonPackageSpec.env}
 * @param packageUris entries of {@code pythonPackageSpec.packageUris}
 * @param argsTotalLength total length of a pool's {@code args} (unconfirmed)
 * @param labels rules for {@code labels}
 * @param bootDisk rules for {@code diskSpec}
 * @param scheduling rules for {@code scheduling}
 * @param tpuJobs rules for jobs that run on TPUs
 * @param outputOnlyFields top-level CustomJob fields the server sets and input must not
 */
public record Limits(
    Range workerPools,
    Range chiefReplicas,
    Range displayNameLength,
    Range envVars,
    Range packageUris,
    Range argsTotalLength,
    Labels labels,
    BootDisk bootDisk,
    Scheduling scheduling,
    TpuJobs tpuJobs,
    FieldList outputOnlyFields) {

  public Limits {
    requireNonNull(workerPools, "workerPools");
    requireNonNull(chiefReplicas, "chiefReplicas");
    requireNonNull(displayNameLength, "displayNameLength");
    requireNonNull(envVars, "envVars");
    requireNonNull(packageUris, "packageUris");
    requireNonNull(argsTotalLength, "argsTotalLength");
    requireNonNull(labels, "labels");
    requireNonNull(bootDisk, "bootDisk");
    requireNonNull(scheduling, "scheduling");
    requireNonNull(tpuJobs, "tpuJobs");
    requireNonNull(outputOnlyFields, "outputOnlyFields");
  }

  /**
   * An inclusive range of allowed values.
   *
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param notes remarks a rule may add to a message or hint
   * @param sources ids of the sources in {@link Catalog#sources()}; empty only when uncertain
   * @param uncertain why the range is unconfirmed, if it is
   */
  public record Range(
      int min, int max, List<String> notes, List<String> sources, Optional<String> uncertain) {
    public Range {
      if (min > max) {
        throw new IllegalArgumentException("range min > max: " + min + " > " + max);
      }
      notes = List.copyOf(notes);
      sources = List.copyOf(sources);
      requireNonNull(uncertain, "uncertain");
    }

    public boolean contains(long value) {
      return value >= min && value <= max;
    }
  }

  /**
   * Rules for label keys and values; lengths count Unicode code points.
   *
   * @param maxCount the most labels one job may have
   * @param keyMaxLength the documented key length limit (the general GCP rule)
   * @param valueMaxLength the documented value length limit (the general GCP rule)
   * @param protoMaxLength the looser limit the CustomJob proto states; beyond it is surely wrong
   * @param keyPattern what a whole key must match
   * @param valuePattern what a whole value must match
   * @param notes remarks a rule may add to a message or hint
   * @param sources ids of the sources in {@link Catalog#sources()}
   * @param uncertain why the rules are unconfirmed, if they are
   */
  public record Labels(
      int maxCount,
      int keyMaxLength,
      int valueMaxLength,
      int protoMaxLength,
      Pattern keyPattern,
      Pattern valuePattern,
      List<String> notes,
      List<String> sources,
      Optional<String> uncertain) {
    public Labels {
      requireNonNull(keyPattern, "keyPattern");
      requireNonNull(valuePattern, "valuePattern");
      notes = List.copyOf(notes);
      sources = List.copyOf(sources);
      requireNonNull(uncertain, "uncertain");
    }

    /** Whether {@code key} meets the documented (stricter) rules. */
    public boolean isValidKey(String key) {
      int length = key.codePointCount(0, key.length());
      return length >= 1 && length <= keyMaxLength && keyPattern.matcher(key).matches();
    }

    /** Whether {@code value} meets the documented (stricter) rules. */
    public boolean isValidValue(String value) {
      return value.codePointCount(0, value.length()) <= valueMaxLength
          && valuePattern.matcher(value).matches();
    }

    /** Whether {@code text} is longer than even the proto allows. */
    public boolean exceedsProtoLength(String text) {
      return text.codePointCount(0, text.length()) > protoMaxLength;
    }
  }

  /**
   * Rules for a worker pool's boot disk.
   *
   * @param types the allowed {@code bootDiskType} values
   * @param defaultType the type used when unset (see {@link Catalog#defaultBootDiskType(String)})
   * @param sizeGb the allowed {@code bootDiskSizeGb} values
   * @param defaultSizeGb the size used when unset
   * @param notes remarks a rule may add to a message or hint
   * @param sources ids of the sources in {@link Catalog#sources()}
   * @param uncertain why the rules are unconfirmed, if they are
   */
  public record BootDisk(
      List<String> types,
      String defaultType,
      Range sizeGb,
      int defaultSizeGb,
      List<String> notes,
      List<String> sources,
      Optional<String> uncertain) {
    public BootDisk {
      types = List.copyOf(types);
      requireNonNull(defaultType, "defaultType");
      requireNonNull(sizeGb, "sizeGb");
      notes = List.copyOf(notes);
      sources = List.copyOf(sources);
      requireNonNull(uncertain, "uncertain");
    }
  }

  /**
   * Rules for {@code scheduling}.
   *
   * @param defaultTimeout the timeout when unset
   * @param maxTimeout the largest timeout the API accepts, when known
   * @param strategies every {@code scheduling.strategy} enum value
   * @param deprecatedStrategies the deprecated ones among them
   * @param flexStartMaxTimeout the largest timeout a {@code FLEX_START} job may have
   * @param flexStartSameMachineAllPools whether FLEX_START needs one machine config for all pools
   * @param defaultMaxWaitDuration the {@code maxWaitDuration} when unset
   * @param notes remarks a rule may add to a message or hint
   * @param sources ids of the sources in {@link Catalog#sources()}
   * @param uncertain why the rules are unconfirmed, if they are
   */
  public record Scheduling(
      Duration defaultTimeout,
      Optional<Duration> maxTimeout,
      List<String> strategies,
      List<String> deprecatedStrategies,
      Duration flexStartMaxTimeout,
      boolean flexStartSameMachineAllPools,
      Duration defaultMaxWaitDuration,
      List<String> notes,
      List<String> sources,
      Optional<String> uncertain) {
    public Scheduling {
      requireNonNull(defaultTimeout, "defaultTimeout");
      requireNonNull(maxTimeout, "maxTimeout");
      strategies = List.copyOf(strategies);
      deprecatedStrategies = List.copyOf(deprecatedStrategies);
      requireNonNull(flexStartMaxTimeout, "flexStartMaxTimeout");
      requireNonNull(defaultMaxWaitDuration, "defaultMaxWaitDuration");
      notes = List.copyOf(notes);
      sources = List.copyOf(sources);
      requireNonNull(uncertain, "uncertain");
    }
  }

  /**
   * Rules for jobs that run on TPUs.
   *
   * @param maxWorkerPools a TPU job uses only this many worker pools
   * @param replicaCount the replica count of that pool
   * @param spotWithPods whether Spot VMs work with TPU pods
   * @param sources ids of the sources in {@link Catalog#sources()}
   */
  public record TpuJobs(
      int maxWorkerPools, int replicaCount, boolean spotWithPods, List<String> sources) {
    public TpuJobs {
      sources = List.copyOf(sources);
    }
  }

  /**
   * A list of field names with its sources.
   *
   * @param names the field names, as the REST API spells them
   * @param sources ids of the sources in {@link Catalog#sources()}
   */
  public record FieldList(List<String> names, List<String> sources) {
    public FieldList {
      names = List.copyOf(names);
      sources = List.copyOf(sources);
    }

    public boolean contains(String name) {
      return names.contains(name);
    }
  }
}
