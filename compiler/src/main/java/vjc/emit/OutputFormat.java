package vjc.emit;

/** The encodings {@code vjc compile} writes. */
public enum OutputFormat {
  /** The REST request body, as protobuf's JSON printer writes it. */
  JSON,
  /** The same JSON tree as YAML. */
  YAML,
  /** Protobuf text format. */
  TEXTPROTO,
  /** Protobuf binary wire format. */
  BINPB;

  /** True for binary output, which must not go to a terminal. */
  public boolean isBinary() {
    return this == BINPB;
  }
}
