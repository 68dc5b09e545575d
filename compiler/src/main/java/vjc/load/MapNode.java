package vjc.load;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vjc.diag.Origin;

/**
 * A YAML mapping with string keys, in source order; keys are unique. Lookups by key take constant
 * time: a map with 99,000 labels is read once per label, so a scan per lookup would be quadratic.
 */
public final class MapNode implements Node {

  /** Below this many fields a scan is as fast as a hash lookup and allocates nothing. */
  private static final int INDEX_FROM = 8;

  private final List<Field> fields;
  private final Origin origin;
  private final long weight;

  /** Position of each key in {@link #fields}, built on the first lookup in a large map. */
  private volatile Map<String, Integer> index;

  /**
   * One key and its value.
   *
   * @param key the key text
   * @param keyOrigin where the key was written
   * @param value the value
   */
  public record Field(String key, Origin keyOrigin, Node value) {
    public Field {
      requireNonNull(key, "key");
      requireNonNull(keyOrigin, "keyOrigin");
      requireNonNull(value, "value");
    }

    /** This field with another value. */
    public Field withValue(Node newValue) {
      return new Field(key, keyOrigin, newValue);
    }
  }

  /**
   * A map of these fields.
   *
   * @param fields the fields in source order, keys unique
   * @param origin where the map was written
   * @param weight the expanded size of the subtree, see {@link Node#weight()}
   */
  public MapNode(List<Field> fields, Origin origin, long weight) {
    this(List.copyOf(fields), origin, weight, null);
  }

  private MapNode(List<Field> fields, Origin origin, long weight, Map<String, Integer> index) {
    this.fields = fields;
    this.origin = requireNonNull(origin, "origin");
    this.weight = weight;
    this.index = index;
  }

  /** The fields in source order. */
  public List<Field> fields() {
    return fields;
  }

  @Override
  public Origin origin() {
    return origin;
  }

  @Override
  public long weight() {
    return weight;
  }

  /** A map of the given fields; its weight is computed from them. */
  public static MapNode of(List<Field> fields, Origin origin) {
    long w = 1;
    for (Field f : fields) {
      w += 1 + f.value().weight();
    }
    return new MapNode(fields, origin, w);
  }

  /** The field with this key, if present. */
  public Optional<Field> field(String key) {
    int i = indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(fields.get(i));
  }

  /** The position of the field with this key, or -1. */
  public int indexOf(String key) {
    if (fields.size() < INDEX_FROM) {
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).key().equals(key)) {
          return i;
        }
      }
      return -1;
    }
    Integer i = index().get(key);
    return i == null ? -1 : i;
  }

  private Map<String, Integer> index() {
    Map<String, Integer> m = index;
    if (m == null) {
      // Racing threads build equal indexes; either one will do.
      Map<String, Integer> built = new HashMap<>(fields.size() * 2);
      for (int i = 0; i < fields.size(); i++) {
        built.put(fields.get(i).key(), i);
      }
      m = Collections.unmodifiableMap(built);
      index = m;
    }
    return m;
  }

  /** The value under this key, if present. */
  public Optional<Node> get(String key) {
    return field(key).map(Field::value);
  }

  /** The map under this key, if present and a map. */
  public Optional<MapNode> getMap(String key) {
    return get(key).filter(MapNode.class::isInstance).map(MapNode.class::cast);
  }

  /** The list under this key, if present and a list. */
  public Optional<ListNode> getList(String key) {
    return get(key).filter(ListNode.class::isInstance).map(ListNode.class::cast);
  }

  /** The scalar under this key, if present and a scalar. */
  public Optional<ScalarNode> getScalar(String key) {
    return get(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
  }

  /** True when the key is present. */
  public boolean has(String key) {
    return field(key).isPresent();
  }

  /** The keys in source order. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(fields.size());
    for (Field f : fields) {
      keys.add(f.key());
    }
    return keys;
  }

  /** True when the map has no fields. */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** This map with one field replaced, or appended when absent. */
  public MapNode with(String key, Origin keyOrigin, Node value) {
    List<Field> out = new ArrayList<>(fields.size() + 1);
    out.addAll(fields);
    int i = indexOf(key);
    if (i >= 0) {
      out.set(i, fields.get(i).withValue(value));
    } else {
      out.add(new Field(key, keyOrigin, value));
    }
    return of(out, origin);
  }

  /** This map without the given keys. */
  public MapNode without(String... keys) {
    Set<String> drop = new HashSet<>(Arrays.asList(keys));
    List<Field> out = new ArrayList<>(fields.size());
    for (Field f : fields) {
      if (!drop.contains(f.key())) {
        out.add(f);
      }
    }
    return of(out, origin);
  }

  /** The fields as an ordered map, for lookups by key. */
  public Map<String, Field> asMap() {
    Map<String, Field> m = new LinkedHashMap<>();
    for (Field f : fields) {
      m.put(f.key(), f);
    }
    return m;
  }

  @Override
  public MapNode withOrigin(Origin newOrigin) {
    return new MapNode(fields, newOrigin, weight, index);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MapNode m
        && weight == m.weight
        && fields.equals(m.fields)
        && origin.equals(m.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields, origin, weight);
  }

  @Override
  public String toString() {
    return "MapNode[fields=" + fields + ", origin=" + origin + ", weight=" + weight + "]";
  }

  @Override
  public String kindName() {
    return "map";
  }
}
