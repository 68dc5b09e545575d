package vjc.render;

import java.io.Console;

/**
 * Whether vjc writes to a terminal: colour in the text format, progress lines rewritten in place in
 * {@code vjc submit --wait}. The one place the engine module asks the process, for its callers.
 */
public final class Terminal {

  private Terminal() {}

  /**
   * True when the JVM talks to a terminal. Up to JDK 21, {@link System#console()} is null without
   * one; from JDK 22 it is there anyway and {@code Console.isTerminal()} tells, so that a CI log or
   * a pipe gets no escape codes.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked where it exists
  public static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before JDK 22, a console means a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
