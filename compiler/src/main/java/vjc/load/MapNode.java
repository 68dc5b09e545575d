package vjc.load;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Origin;

/** A YAML mapping with string keys, in source order; keys are unique. */
public record MapNode(List<Field> fields, Origin origin, long weight) implements Node {

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

  public MapNode {
    fields = List.copyOf(fields);
    requireNonNull(origin, "origin");
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
    for (Field f : fields) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
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
    boolean replaced = false;
    for (Field f : fields) {
      if (f.key().equals(key)) {
        out.add(f.withValue(value));
        replaced = true;
      } else {
        out.add(f);
      }
    }
    if (!replaced) {
      out.add(new Field(key, keyOrigin, value));
    }
    return of(out, origin);
  }

  /** This map without the given keys. */
  public MapNode without(String... keys) {
    List<Field> out = new ArrayList<>(fields.size());
    outer:
    for (Field f : fields) {
      for (String k : keys) {
        if (f.key().equals(k)) {
          continue outer;
        }
      }
      out.add(f);
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
    return new MapNode(fields, newOrigin, weight);
  }

  @Override
  public String kindName() {
    return "map";
  }
}
