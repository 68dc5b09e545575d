package vjc.load;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import vjc.diag.Origin;

/**
 * A YAML scalar with its YAML 1.2 core-schema type.
 *
 * @param type what the scalar resolved to
 * @param value the typed value: {@link String}, {@link BigInteger}, {@link BigDecimal} or {@link
 *     Double} (for .inf and .nan), {@link Boolean}, or {@code null}
 * @param quoted true when it was written quoted (or as a block scalar), so it is always a string
 * @param origin where it was written
 */
public record ScalarNode(Type type, Object value, boolean quoted, Origin origin) implements Node {

  /** The core-schema types a scalar can resolve to. */
  public enum Type {
    STRING("string"),
    INTEGER("integer"),
    FLOAT("number"),
    BOOLEAN("boolean"),
    NULL("null");

    private final String noun;

    Type(String noun) {
      this.noun = noun;
    }

    /** The JSON Schema name of the type. */
    public String noun() {
      return noun;
    }
  }

  /** Largest exponent (either sign) {@link #text()} writes out in plain digits. */
  private static final int MAX_PLAIN_SCALE = 400;

  public ScalarNode {
    requireNonNull(type, "type");
    requireNonNull(origin, "origin");
    if ((type == Type.NULL) != (value == null)) {
      throw new IllegalArgumentException("value must be null exactly for NULL: " + value);
    }
  }

  /** A string scalar. */
  public static ScalarNode string(String text, Origin origin) {
    return new ScalarNode(Type.STRING, text, true, origin);
  }

  /** A null scalar. */
  public static ScalarNode nul(Origin origin) {
    return new ScalarNode(Type.NULL, null, false, origin);
  }

  /** The string value, when this is a string. */
  public Optional<String> asString() {
    return type == Type.STRING ? Optional.of((String) value) : Optional.empty();
  }

  /** The value as an integer, when it is a whole number that fits in a long. */
  public Optional<Long> asLong() {
    if (type == Type.INTEGER) {
      BigInteger b = (BigInteger) value;
      return b.bitLength() < 64 ? Optional.of(b.longValue()) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The value as text, whatever its type: what a user wrote, normalised. */
  public String text() {
    if (value == null) {
      return "null";
    }
    if (value instanceof BigDecimal d) {
      // Plain digits for what people write (0.001, 1e5); an exponent such as 1e-999999999 would
      // print a billion zeros into a message, so such a number keeps its scientific form.
      return Math.abs((long) d.scale()) <= MAX_PLAIN_SCALE ? d.toPlainString() : d.toString();
    }
    return value.toString();
  }

  @Override
  public ScalarNode withOrigin(Origin newOrigin) {
    return new ScalarNode(type, value, quoted, newOrigin);
  }

  @Override
  public long weight() {
    return 1;
  }

  @Override
  public String kindName() {
    return type.noun();
  }
}
