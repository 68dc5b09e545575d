package vjc.cli.robust;

import com.google.api.FieldBehavior;
import com.google.api.FieldBehaviorProto;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Duration;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seeded random {@code CustomJob} messages that an API client could send: every field the caller
 * may set gets a valid value of its type, found by walking the descriptors, so a field added to the
 * protobuf is generated without a change here. Output-only fields ({@code field_behavior =
 * OUTPUT_ONLY}) are left out: the API and vjc reject them in a request by design.
 *
 * <p>"Valid" is the protobuf's and the API's notion, not the lint rules': machine types and images
 * are arbitrary strings. Unless asked to, strings never contain <code>${</code>, vjc's template
 * syntax, which a REST body compiled as it is would have to write as <code>$${</code> ({@code vjc
 * import} escapes it).
 */
final class CustomJobGenerator {

  /** Characters strings are made of: letters, digits, punctuation, non-ASCII, a surrogate pair. */
  private static final String[] PIECES = {
    "a",
    "b",
    "z",
    "A",
    "Q",
    "0",
    "7",
    "-",
    "_",
    ".",
    "/",
    ":",
    "@",
    " ",
    "=",
    "<",
    ">",
    "&",
    "'",
    "\"",
    "\\",
    "#",
    "%",
    "$",
    "{",
    "}",
    "\t",
    "\n",
    "é",
    "ß",
    "训",
    "练",
    "\uD83D\uDE80"
  };

  private final Random random;
  private final boolean templateSyntax;

  /** Full names of the fields set so far, e.g. {@code google.cloud.aiplatform.v1.EnvVar.name}. */
  private final Set<String> covered = new TreeSet<>();

  CustomJobGenerator(long seed) {
    this(seed, false);
  }

  /** A generator whose strings may contain <code>${</code> when {@code templateSyntax} is true. */
  CustomJobGenerator(long seed, boolean templateSyntax) {
    this.random = new Random(seed);
    this.templateSyntax = templateSyntax;
  }

  /** One job; call again for another. */
  CustomJob next() {
    return (CustomJob) message(CustomJob.newBuilder(), 0);
  }

  /** The fields set in every job generated so far. */
  Set<String> covered() {
    return covered;
  }

  /** Every field a request may set, anywhere under CustomJob, as {@link #covered()} names them. */
  static Set<String> settableFields() {
    Set<String> out = new TreeSet<>();
    collect(CustomJob.getDescriptor(), out);
    return out;
  }

  private static void collect(Descriptor d, Set<String> out) {
    for (FieldDescriptor f : d.getFields()) {
      if (isOutputOnly(f) || !out.add(f.getFullName())) {
        continue;
      }
      if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          && !f.isMapField()
          && !isWellKnown(f.getMessageType())) {
        collect(f.getMessageType(), out);
      }
    }
  }

  private Message message(Message.Builder b, int depth) {
    Descriptor d = b.getDescriptorForType();
    if (d.equals(Duration.getDescriptor())) {
      return Duration.newBuilder()
          .setSeconds(random.nextInt(30 * 86_400))
          .setNanos(random.nextBoolean() ? 0 : random.nextInt(1_000_000_000))
          .build();
    }
    if (d.equals(Timestamp.getDescriptor())) {
      return Timestamp.newBuilder().setSeconds(1_700_000_000L + random.nextInt(1 << 28)).build();
    }
    // One member of each oneof (a worker pool runs a container or a Python package, not both).
    List<FieldDescriptor> chosen = new ArrayList<>();
    for (OneofDescriptor o : d.getRealOneofs()) {
      chosen.add(o.getField(random.nextInt(o.getFieldCount())));
    }
    for (FieldDescriptor f : d.getFields()) {
      if (isOutputOnly(f)) {
        continue;
      }
      if (f.getRealContainingOneof() != null && !chosen.contains(f)) {
        continue;
      }
      // Most fields are set; some are left out so that defaults and absences are covered too.
      if (random.nextInt(10) == 0 && !isRequired(f)) {
        continue;
      }
      set(b, f, depth);
    }
    return b.build();
  }

  private void set(Message.Builder b, FieldDescriptor f, int depth) {
    covered.add(f.getFullName());
    if (f.isMapField()) {
      Descriptor entry = f.getMessageType();
      FieldDescriptor key = entry.findFieldByName("key");
      FieldDescriptor value = entry.findFieldByName("value");
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        Message.Builder e = b.newBuilderForField(f);
        e.setField(key, "k" + i + "-" + string(8));
        e.setField(value, scalar(value, e, depth));
        b.addRepeatedField(f, e.build());
      }
    } else if (f.isRepeated()) {
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        b.addRepeatedField(f, scalar(f, b, depth));
      }
    } else {
      b.setField(f, scalar(f, b, depth));
    }
  }

  private Object scalar(FieldDescriptor f, Message.Builder parent, int depth) {
    return switch (f.getJavaType()) {
      case STRING -> string(1 + random.nextInt(24));
      case INT -> random.nextInt(4) == 0 ? pick(0, 1, Integer.MAX_VALUE) : random.nextInt(100_000);
      // 2^53 + 1 is the first integer a double cannot hold: a detour through double would show.
      case LONG ->
          random.nextInt(4) == 0
              ? pick(0L, 1L, (1L << 53) + 1, Long.MAX_VALUE)
              : (long) random.nextInt(1 << 30) * (random.nextBoolean() ? 1 : 4096);
      case BOOLEAN -> random.nextBoolean();
      case DOUBLE -> random.nextDouble() * 1000;
      case FLOAT -> random.nextFloat() * 1000;
      case ENUM -> enumValue(f);
      case BYTE_STRING -> throw new IllegalStateException("no bytes fields expected: " + f);
      case MESSAGE -> message(parent.newBuilderForField(f), depth + 1);
    };
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** Any value but the zero one, which JSON leaves out and so says nothing. */
  private EnumValueDescriptor enumValue(FieldDescriptor f) {
    List<EnumValueDescriptor> values = new ArrayList<>();
    for (EnumValueDescriptor v : f.getEnumType().getValues()) {
      if (v.getNumber() != 0) {
        values.add(v);
      }
    }
    return values.get(random.nextInt(values.size()));
  }

  private String string(int length) {
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      // vjc reads ${name} as a template reference; an API client's string would need $${.
      if (!templateSyntax
          && piece.equals("{")
          && b.length() > 0
          && b.charAt(b.length() - 1) == '$') {
        continue;
      }
      b.append(piece);
      if (templateSyntax && random.nextInt(8) == 0) {
        b.append(random.nextBoolean() ? "${HOME}" : "$${x}");
      }
    }
    return b.toString();
  }

  private static boolean isOutputOnly(FieldDescriptor f) {
    return f.getOptions()
        .getExtension(FieldBehaviorProto.fieldBehavior)
        .contains(FieldBehavior.OUTPUT_ONLY);
  }

  private static boolean isRequired(FieldDescriptor f) {
    return f.getOptions()
        .getExtension(FieldBehaviorProto.fieldBehavior)
        .contains(FieldBehavior.REQUIRED);
  }

  private static boolean isWellKnown(Descriptor d) {
    return d.getFile().getPackage().equals("google.protobuf");
  }
}
