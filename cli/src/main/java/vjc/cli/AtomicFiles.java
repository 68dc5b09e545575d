package vjc.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes go
 * to a temporary file in the same folder, which is then renamed over the target.
 *
 * <p>The temporary file is named {@code .<target>.<pid>.<random>.tmp}. A run killed between writing
 * it and renaming it (SIGKILL runs no cleanup) leaves it behind; the next write of the same target
 * removes those whose process is gone.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code bytes} atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    String prefix = "." + absolute.getFileName() + ".";
    removeStale(dir, prefix);
    Path temp = Files.createTempFile(dir, prefix + ProcessHandle.current().pid() + ".", ".tmp");
    try {
      Files.write(temp, bytes);
      try (var channel =
          java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
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
