package vjc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import vjc.engine.UsageError;

/**
 * What {@code -o OUT} names, decided before anything is written: standard output ({@code -}), a
 * device or pipe to write through (never to replace: {@code /dev/null} must stay a device), or a
 * regular file to replace atomically, reached through any symbolic links. A name vjc cannot write
 * is the user's mistake and ends in a {@link UsageError} with the reason.
 *
 * @param kind what OUT is
 * @param path where to write: the device as named, or the file with every link followed
 * @param existing whether {@code path} is a file already, whose permissions the new one keeps
 */
record OutputTarget(Kind kind, Path path, boolean existing) {

  /** What an output name stands for. */
  enum Kind {
    STDOUT,
    DEVICE,
    FILE
  }

  /** How many symbolic links a name may go through, as Linux allows (ELOOP after 40). */
  private static final int MAX_LINKS = 40;

  /** Whether {@code output} is {@code -}, standard output. */
  static boolean isStdout(Path output) {
    return output.toString().equals("-");
  }

  /** What {@code output} names; a {@link UsageError} when vjc cannot write it. */
  static OutputTarget of(Path output) {
    String shown = "-o '" + output + "'";
    if (output.toString().isEmpty()) {
      throw new UsageError("-o needs a file name, or - for standard output");
    }
    if (isStdout(output)) {
      return new OutputTarget(Kind.STDOUT, output, false);
    }
    try {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(output, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return newFile(shown, linkTarget(shown, output));
      }
      if (attrs.isDirectory()) {
        throw new UsageError(shown + " is a directory; name a file inside it");
      }
      if (attrs.isOther()) {
        return new OutputTarget(Kind.DEVICE, output, true);
      }
      Path real = output.toRealPath();
      if (isReadOnly(real)) {
        throw new UsageError(
            shown + " is read-only; make it writable (chmod u+w) or write elsewhere");
      }
      checkFolder(shown, real.getParent());
      return new OutputTarget(Kind.FILE, real, true);
    } catch (IOException e) {
      throw new UsageError("cannot write " + shown + ": " + reason(e));
    }
  }

  /** A file that does not exist yet: its folder must, and must take new files. */
  private static OutputTarget newFile(String shown, Path file) {
    checkFolder(shown, file.getParent());
    return new OutputTarget(Kind.FILE, file, false);
  }

  /**
   * Where {@code output} leads when it does not exist: itself, or the missing file at the end of
   * its chain of (dangling) links, which writing creates.
   */
  private static Path linkTarget(String shown, Path output) throws IOException {
    Path p = output.toAbsolutePath().normalize();
    for (int i = 0; i < MAX_LINKS; i++) {
      if (!Files.isSymbolicLink(p)) {
        return p;
      }
      p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
    }
    throw new UsageError(shown + " is a loop of symbolic links");
  }

  private static void checkFolder(String shown, Path folder) {
    if (folder == null) {
      throw new UsageError(shown + " has no folder to write in");
    }
    if (!Files.exists(folder)) {
      throw new UsageError(shown + ": folder " + folder + " does not exist; create it first");
    }
    if (!Files.isDirectory(folder)) {
      throw new UsageError(shown + ": " + folder + " is not a folder");
    }
    if (!Files.isWritable(folder)) {
      throw new UsageError(
          shown + ": folder " + folder + " does not allow new files (permission denied)");
    }
  }

  /**
   * A file nobody may write; root may write any file, so the mode bits decide rather than
   * access(2), as {@code rm} and {@code cp -i} ask before replacing a write-protected file.
   */
  private static boolean isReadOnly(Path file) throws IOException {
    if (!Files.isWritable(file)) {
      return true;
    }
    PosixFileAttributeView posix =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    return posix != null
        && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
