package vjc.importer;

import java.util.regex.Pattern;

/** Literal text in a vjc job file, where {@code ${name}} is a variable reference. */
final class Literal {

  /** What the template resolver takes for a variable name (TemplateResolver.NAME). */
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

  private Literal() {}

  /**
   * {@code text} escaped so that vjc reads it back unchanged. The resolver reads <code>$${</code>
   * as a literal <code>${</code> and {@code ${name}} as a reference; any other <code>${</code>
   * (shell syntax such as {@code ${X:-1}}) it leaves alone. So exactly the <code>${</code> that
   * start a reference or follow a {@code $} get a {@code $} in front, and the rest stays readable.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      boolean afterDollar = i > 0 && text.charAt(i - 1) == '$';
      if (text.startsWith("${", i) && (afterDollar || isReference(text, i))) {
        b.append('$');
      }
      b.append(text.charAt(i));
    }
    return b.toString();
  }

  /** The inverse of {@link #escape}: what vjc reads the escaped text as. */
  static String unescape(String text) {
    return text.replace("$${", "${");
  }

  private static boolean isReference(String text, int at) {
    int close = text.indexOf('}', at + 2);
    return close > 0 && NAME.matcher(text.substring(at + 2, close)).matches();
  }
}
