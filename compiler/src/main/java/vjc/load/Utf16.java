package vjc.load;

import java.util.Locale;

/**
 * Strings the API can carry: protobuf and the JSON the API reads are UTF-8, which has no encoding
 * for half of a surrogate pair, so a YAML escape such as {@code "\ud800"} must stop at load time.
 */
public final class Utf16 {

  private Utf16() {}

  /** The index of the first unpaired surrogate in {@code s}, or -1 when every char pairs up. */
  public static int firstLoneSurrogate(CharSequence s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code c} as U+XXXX. */
  public static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
