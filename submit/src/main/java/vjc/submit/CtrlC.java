package vjc.submit;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT while a submission runs. The JVM's own handler would exit with 130 at once and say
 * nothing; while a create is in flight or vjc waits for a job, a person needs to hear whether the
 * job exists. So the first Ctrl-C runs the submission's action (stop, report, exit 4); a second one
 * ends vjc at once. Before and after the submission, the JVM's handler is in place.
 *
 * <p>{@code sun.misc.Signal} (module jdk.unsupported) is the only way to handle a signal from Java;
 * where it is unavailable ({@code -Xrs}, a signal ignored since start), Ctrl-C keeps the JVM's
 * behaviour.
 */
final class CtrlC implements SubmitEnvironment.Interrupts {

  private static final Signal INT = new Signal("INT");

  private final PrintStream err;

  CtrlC(PrintStream err) {
    this.err = err;
  }

  @Override
  public SubmitEnvironment.Registration onInterrupt(Runnable action) {
    AtomicInteger presses = new AtomicInteger();
    SignalHandler handler =
        sig -> {
          if (presses.incrementAndGet() == 1) {
            action.run();
          } else {
            err.println("vjc: interrupted again; stopping now");
            err.flush();
            Runtime.getRuntime().halt(SubmitExitCodes.UNKNOWN);
          }
        };
    SignalHandler previous;
    try {
      previous = Signal.handle(INT, handler);
    } catch (IllegalArgumentException e) {
      return () -> {};
    }
    return () -> Signal.handle(INT, previous);
  }
}
