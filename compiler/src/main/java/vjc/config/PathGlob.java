package vjc.config;

import com.google.re2j.Pattern;
import java.nio.file.Path;

/**
 * An {@code exclude:} pattern of {@code .vjc.yaml} in the JDK's glob syntax ({@code *} within a
 * folder, {@code **} across folders, {@code ?}, {@code [a-z]}, {@code [!a]}, {@code {a,b}}, {@code
 * \} escapes), translated to RE2 so that matching is linear: the JDK's own glob matcher backtracks,
 * and {@code **a**a**a…b} against a long path never ends.
 *
 * @param text the pattern as written
 * @param regex its RE2 translation, matched against the whole relative path
 */
public record PathGlob(String text, Pattern regex) {

  /** The translated pattern, or {@link LinearRegex.Refused} where the JDK would also refuse it. */
  public static PathGlob compile(String glob) throws LinearRegex.Refused {
    return new PathGlob(glob, LinearRegex.compile(GlobTranslator.toRegex(glob)));
  }

  /** True when the pattern matches all of {@code relative}, written with {@code /}. */
  public boolean matches(Path relative) {
    String s = relative.toString();
    String sep = relative.getFileSystem().getSeparator();
    return regex.matcher(sep.equals("/") ? s : s.replace(sep, "/")).matches();
  }
}
