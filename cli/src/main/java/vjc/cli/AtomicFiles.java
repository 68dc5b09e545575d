package vjc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import vjc.engine.UsageError;

/**
 * Writes {@code -o} output so that readers see either the old content or the new, never a part: the
 * bytes go to a temporary file beside the target (through its links), which is then renamed over it
 * with the target's permissions. A device or pipe is written through, never replaced; what {@code
 * -o} may name is decided by {@link OutputTarget}.
 *
 * <p>The temporary file is named {@code .<target>.<pid>.<random>.tmp}. A run killed between writing
 * it and renaming it (SIGKILL runs no cleanup) leaves it behind; the next write of the same target
 * removes those whose process is gone.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * The file {@code -o} names, checked before any work is done; empty for standard output (no
   * {@code -o}, or {@code -o -}).
   *
   * @throws vjc.engine.UsageError when it cannot be written, with the reason
   */
  public static Optional<Path> destination(Path output) {
    if (output == null || OutputTarget.of(output).kind() == OutputTarget.Kind.STDOUT) {
      return Optional.empty();
    }
    return Optional.of(output);
  }

  /**
   * Replaces {@code target} with {@code bytes} atomically, or writes them through to a device.
   *
   * @throws vjc.engine.UsageError when {@code target} cannot be written, with the reason
   */
  public static void write(Path target, byte[] bytes) {
    OutputTarget out = OutputTarget.of(target);
    try {
      switch (out.kind()) {
        case STDOUT -> throw new IllegalArgumentException("standard output is the caller's");
        case DEVICE -> {
          // No CREATE, no TRUNCATE: /dev/null, /dev/stdout or a pipe stays what it is.
          try (OutputStream o = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            o.write(bytes);
          }
        }
        case FILE -> replace(out.path(), out.existing(), bytes);
      }
    } catch (IOException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new UsageError("cannot write -o '" + target + "': " + m);
    }
  }

  private static void replace(Path file, boolean existing, byte[] bytes) throws IOException {
    Path dir = file.getParent();
    String prefix = "." + file.getFileName() + ".";
    removeStale(dir, prefix);
    Path temp = createTemp(dir, prefix + ProcessHandle.current().pid() + ".");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (existing) {
        keepAttributes(file, temp);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A new empty file {@code <prefix><random>.tmp}, created with the umask's default mode as any new
   * file is ({@code Files.createTempFile} would make it 0600, which the rename then kept).
   */
  private static Path createTemp(Path dir, String prefix) throws IOException {
    while (true) {
      Path temp =
          dir.resolve(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        // another run drew the same number: draw again
      }
    }
  }

  /**
   * Gives the new file the replaced one's permissions, and its owner and group where vjc may (as
   * root), so that {@code -o} changes the content only.
   */
  private static void keepAttributes(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source == null || target == null) {
      return;
    }
    PosixFileAttributes was = source.readAttributes();
    target.setPermissions(was.permissions());
    PosixFileAttributes now = target.readAttributes();
    try {
      if (!now.owner().equals(was.owner())) {
        target.setOwner(was.owner());
      }
      if (!now.group().equals(was.group())) {
        target.setGroup(was.group());
      }
    } catch (IOException e) {
      // Only root may give a file away; anyone else writes the file as their own, as cp does.
    }
  }

  /**
   * Deletes {@code prefix<pid>.<random>.tmp} files in {@code dir} whose process no longer runs. A
   * live process's file is kept: it may be another vjc writing the same target right now.
   */
  private static void removeStale(Path dir, String prefix) throws IOException {
    List<Path> stale = new ArrayList<>();
    // A filter, not a glob: the target's name may hold glob characters such as [ or {.
    DirectoryStream.Filter<Path> temps =
        p -> {
          String name = p.getFileName().toString();
          return name.startsWith(prefix) && name.endsWith(".tmp");
        };
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, temps)) {
      for (Path f : files) {
        String rest = f.getFileName().toString().substring(prefix.length());
        int dot = rest.indexOf('.');
        OptionalLong pid = parse(dot < 0 ? "" : rest.substring(0, dot));
        if (pid.isPresent() && ProcessHandle.of(pid.getAsLong()).isEmpty()) {
          stale.add(f);
        }
      }
    }
    for (Path f : stale) {
      Files.deleteIfExists(f);
    }
  }

  private static OptionalLong parse(String digits) {
    try {
      return OptionalLong.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
