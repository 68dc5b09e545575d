package vjc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Spec;

/** A command that prints through picocli's writers, or through the {@link FastPath}'s. */
abstract class IoCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Set by the fast path, which runs the command without picocli. */
  Streams streams;

  PrintWriter out() {
    return streams != null ? streams.out() : spec.commandLine().getOut();
  }

  PrintWriter err() {
    return streams != null ? streams.err() : spec.commandLine().getErr();
  }
}
