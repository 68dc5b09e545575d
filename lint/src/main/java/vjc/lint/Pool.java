package vjc.lint;

import java.util.Optional;
import vjc.load.MapNode;

/**
 * One worker pool of the job, with typed accessors for what rules read most.
 *
 * @param index position in {@code workerPoolSpecs}: 0 chief, 1 workers, 2 servers, 3 evaluator
 * @param node the pool's map
 */
public record Pool(int index, MapNode node) {

  /** True for a placeholder pool: {@code {}} keeps a position without running anything. */
  public boolean isEmpty() {
    return node.isEmpty()
        || (node.keys().equals(java.util.List.of("replicaCount"))
            && Nodes.integer(node, "replicaCount").map(v -> v.value() == 0).orElse(false));
  }

  /** {@code machineSpec}, if present. */
  public Optional<MapNode> machineSpec() {
    return node.getMap("machineSpec");
  }

  /** {@code machineSpec.machineType}. */
  public Optional<Value<String>> machineType() {
    return Nodes.string(node, "machineSpec", "machineType");
  }

  /** {@code machineSpec.acceleratorType}, unless unset or the unspecified value. */
  public Optional<Value<String>> acceleratorType() {
    return Nodes.string(node, "machineSpec", "acceleratorType")
        .filter(v -> !v.value().equals("ACCELERATOR_TYPE_UNSPECIFIED"));
  }

  /** {@code machineSpec.acceleratorCount}. */
  public Optional<Value<Long>> acceleratorCount() {
    return Nodes.integer(node, "machineSpec", "acceleratorCount");
  }

  /** {@code machineSpec.tpuTopology}. */
  public Optional<Value<String>> tpuTopology() {
    return Nodes.string(node, "machineSpec", "tpuTopology");
  }

  /** {@code replicaCount}; the API and SDKs treat an unset count as 1. */
  public Optional<Value<Long>> replicaCount() {
    return Nodes.integer(node, "replicaCount");
  }

  /** {@code replicaCount}, or 1 when unset. */
  public long replicas() {
    return replicaCount().map(Value::value).orElse(1L);
  }

  /** {@code containerSpec}, if present. */
  public Optional<MapNode> containerSpec() {
    return node.getMap("containerSpec");
  }

  /** {@code pythonPackageSpec}, if present. */
  public Optional<MapNode> pythonPackageSpec() {
    return node.getMap("pythonPackageSpec");
  }

  /** The container image: {@code containerSpec.imageUri}. */
  public Optional<Value<String>> imageUri() {
    return Nodes.string(node, "containerSpec", "imageUri");
  }

  /** True when the pool asks for at least one accelerator. */
  public boolean hasAccelerator() {
    return acceleratorType().isPresent();
  }
}
