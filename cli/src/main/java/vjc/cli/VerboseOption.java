package vjc.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: show stack traces for vjc's own bugs. */
public final class VerboseOption {
  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;
}
