package vjc.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names the kind of a file that is neither a regular file nor a folder, for messages. */
final class FileKinds {

  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private FileKinds() {}

  /** "a FIFO (named pipe)", "a device", "a socket", or "a special file" where the OS won't say. */
  static String describe(Path file) {
    int mode;
    try {
      // The "unix" view exists on Linux and macOS; elsewhere the generic answer will do.
      mode = (Integer) Files.getAttribute(file, "unix:mode");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
    return switch (mode & TYPE_MASK) {
      case FIFO -> "a FIFO (named pipe)";
      case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
      case SOCKET -> "a socket";
      default -> "a special file";
    };
  }
}
