package vjc.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints vjc's version and the protobuf library version it compiles against. */
public final class Version implements IVersionProvider {

  /** vjc's version. */
  public static final String VERSION = "0.1.0";

  @Override
  public String[] getVersion() {
    return new String[] {"vjc " + VERSION + " (google-cloud-aiplatform 3.89.0, API v1)"};
  }
}
