package vjc.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The git work tree a path lies in, the boundary of what vjc reads: a committed symlink must not
 * make vjc read (and quote in a finding) a file elsewhere on the machine.
 */
public final class RepositoryRoot {

  /** The name of the folder (or, in a worktree or submodule, the file) that marks a work tree. */
  public static final String GIT = ".git";

  private RepositoryRoot() {}

  /**
   * The nearest folder at or above {@code path} that holds {@code .git}, found by the path's own
   * names (no links followed), or empty when it is in no repository.
   */
  public static Optional<Path> of(Path path) {
    Path dir = path.toAbsolutePath().normalize();
    while (dir != null) {
      if (Files.exists(dir.resolve(GIT), LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(dir);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** How a path leaves the files vjc may read. */
  public enum Escape {
    /** It leads outside the root. */
    OUTSIDE,
    /** It leads into a {@code .git} folder under the root. */
    GIT
  }

  /**
   * How {@code path}, with every symlink followed, leaves the files vjc may read under {@code
   * root}, or empty when it may be read.
   *
   * @throws IOException when {@code path} or {@code root} cannot be resolved (missing, a loop)
   */
  public static Optional<Escape> escape(Path root, Path path) throws IOException {
    Path realRoot = root.toRealPath();
    Path real = path.toRealPath();
    if (!real.startsWith(realRoot)) {
      return Optional.of(Escape.OUTSIDE);
    }
    for (Path name : realRoot.relativize(real)) {
      if (name.toString().equals(GIT)) {
        return Optional.of(Escape.GIT);
      }
    }
    return Optional.empty();
  }

  /** {@link #escape} in words; {@code place} is "the repository /src/app" or the like. */
  public static String describe(Escape escape, String place) {
    return switch (escape) {
      case OUTSIDE -> "leads outside " + place + " (symbolic links followed)";
      case GIT -> "lies in a " + GIT + " folder";
    };
  }
}
