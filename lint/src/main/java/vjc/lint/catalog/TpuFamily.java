package vjc.lint.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A TPU generation that custom training selects by machine type and {@code tpuTopology}.
 *
 * @param name the machine family, e.g. {@code ct5lp}
 * @param displayName the name the docs use, e.g. {@code TPU v5e}
 * @param acceleratorType the v1 enum value for the generation, if there is one
 * @param topologies allowed {@code tpuTopology} values per machine type, in file order
 * @param notes remarks a rule may add to a message or hint
 * @param sources ids of the sources in {@link Catalog#sources()}
 * @param uncertain why facts about this family are unconfirmed, if they are
 */
public record TpuFamily(
    String name,
    String displayName,
    Optional<String> acceleratorType,
    Map<String, List<String>> topologies,
    List<String> notes,
    List<String> sources,
    Optional<String> uncertain) {

  public TpuFamily {
    requireNonNull(name, "name");
    requireNonNull(displayName, "displayName");
    requireNonNull(acceleratorType, "acceleratorType");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    topologies.forEach((machine, values) -> copy.put(machine, List.copyOf(values)));
    topologies = Collections.unmodifiableMap(copy);
    notes = List.copyOf(notes);
    sources = List.copyOf(sources);
    requireNonNull(uncertain, "uncertain");
  }

  /** The machine types of this family, in file order. */
  public List<String> machineTypes() {
    return List.copyOf(topologies.keySet());
  }
}
