package vjc.lint.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A typed, path-aware view of one YAML mapping from the catalog file.
 *
 * <p>Every read records its key, and {@link #finish()} rejects keys nobody read: a misspelt {@code
 * uncertian:} must fail the build, not silently drop a warning.
 */
final class DataMap {

  private final String file;
  private final String path;
  private final Map<?, ?> map;
  private final Set<String> read = new LinkedHashSet<>();

  private DataMap(String file, String path, Map<?, ?> map) {
    this.file = file;
    this.path = path;
    this.map = map;
  }

  /** The document root, which must be a mapping. */
  static DataMap root(String file, Object document) {
    if (!(document instanceof Map<?, ?> m)) {
      throw new CatalogException(
          file + ": the document must be a mapping, got " + describe(document));
    }
    return new DataMap(file, "", m);
  }

  String path() {
    return path;
  }

  boolean has(String key) {
    return map.containsKey(key);
  }

  /** The keys in file order; every one counts as read, because the caller iterates them. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Object k : map.keySet()) {
      if (!(k instanceof String s)) {
        throw error("keys must be strings, got " + describe(k));
      }
      keys.add(s);
      read.add(s);
    }
    return keys;
  }

  Object raw(String key) {
    read.add(key);
    Object value = map.get(key);
    if (value == null) {
      throw error("missing or empty required key '" + key + "'");
    }
    return value;
  }

  DataMap map(String key) {
    return asMap(raw(key), at(key));
  }

  Optional<DataMap> optMap(String key) {
    return has(key) ? Optional.of(map(key)) : Optional.empty();
  }

  String string(String key) {
    return asString(raw(key), at(key));
  }

  Optional<String> optString(String key) {
    return has(key) ? Optional.of(string(key)) : Optional.empty();
  }

  int integer(String key) {
    return asInt(raw(key), at(key));
  }

  boolean bool(String key) {
    Object v = raw(key);
    if (!(v instanceof Boolean b)) {
      throw new CatalogException(
          file + ": " + at(key) + ": expected true or false, got " + describe(v));
    }
    return b;
  }

  /** A list of strings; absent means empty. */
  List<String> strings(String key) {
    if (!has(key)) {
      read.add(key);
      return List.of();
    }
    return asStrings(raw(key), at(key));
  }

  /** A list of strings, or a single string standing for a one-element list. */
  List<String> stringOrStrings(String key) {
    if (!has(key)) {
      read.add(key);
      return List.of();
    }
    Object v = raw(key);
    return v instanceof String s ? List.of(s) : asStrings(v, at(key));
  }

  List<Integer> ints(String key) {
    return asInts(raw(key), at(key));
  }

  /** A list whose items are all mappings. */
  List<DataMap> maps(String key) {
    Object v = raw(key);
    if (!(v instanceof List<?> list)) {
      throw new CatalogException(file + ": " + at(key) + ": expected a list, got " + describe(v));
    }
    List<DataMap> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(asMap(list.get(i), at(key) + "[" + i + "]"));
    }
    return out;
  }

  List<Integer> asInts(Object v, String where) {
    if (!(v instanceof List<?> list) || list.isEmpty()) {
      throw new CatalogException(
          file + ": " + where + ": expected a non-empty list of integers, got " + describe(v));
    }
    List<Integer> out = new ArrayList<>();
    for (Object item : list) {
      out.add(asInt(item, where));
    }
    return List.copyOf(out);
  }

  List<String> asStrings(Object v, String where) {
    if (!(v instanceof List<?> list)) {
      throw new CatalogException(file + ": " + where + ": expected a list, got " + describe(v));
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      out.add(asString(item, where));
    }
    return List.copyOf(out);
  }

  /** Fails when the mapping holds a key that no reader asked for. */
  void finish() {
    for (Object k : map.keySet()) {
      if (!read.contains(String.valueOf(k))) {
        throw error("unknown key '" + k + "'");
      }
    }
  }

  CatalogException error(String message) {
    return new CatalogException(
        file + ": " + (path.isEmpty() ? "(top level)" : path) + ": " + message);
  }

  String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private DataMap asMap(Object v, String where) {
    if (!(v instanceof Map<?, ?> m)) {
      throw new CatalogException(file + ": " + where + ": expected a mapping, got " + describe(v));
    }
    return new DataMap(file, where, m);
  }

  private String asString(Object v, String where) {
    // Dates and numbers in prose fields arrive as other types under the YAML core schema.
    if (v instanceof String || v instanceof Number) {
      return v.toString();
    }
    throw new CatalogException(file + ": " + where + ": expected a string, got " + describe(v));
  }

  private int asInt(Object v, String where) {
    if (v instanceof Integer i) {
      return i;
    }
    throw new CatalogException(file + ": " + where + ": expected an integer, got " + describe(v));
  }

  private static String describe(Object v) {
    if (v == null) {
      return "nothing";
    }
    return v instanceof Map ? "a mapping" : v instanceof List ? "a list" : "'" + v + "'";
  }
}
