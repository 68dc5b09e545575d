package vjc.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the repository, its {@code testdata/} folder and the shared folder beside it. */
public final class Repo {

  private Repo() {}

  /** The repository root: the folder holding the parent pom and {@code testdata/}. */
  public static Path root() {
    String configured = System.getProperty("vjc.repoRoot");
    if (configured != null && Files.isDirectory(Path.of(configured, "testdata"))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("testdata"))
          && Files.exists(dir.resolve("pom.xml"))
          && Files.exists(dir.resolve("cli"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "cannot find the vjc repository root from " + Path.of("").toAbsolutePath());
  }

  /** {@code testdata/} joined with the given parts. */
  public static Path testdata(String... parts) {
    return root().resolve(Path.of("testdata", parts));
  }

  /**
   * {@code ../shared/} beside the repository, when present (it is on developer machines and CI).
   */
  public static Optional<Path> shared(String... parts) {
    Path p = root().getParent().resolve(Path.of("shared", parts));
    return Files.exists(p) ? Optional.of(p) : Optional.empty();
  }

  /** True when golden files should be rewritten instead of compared. */
  public static boolean updateGolden() {
    return Boolean.getBoolean("vjc.updateGolden");
  }
}
