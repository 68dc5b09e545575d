package vjc.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away git repository for tests, made with the real {@code git}: commits have a fixed
 * author and date and ignore the machine's git configuration, so that they are reproducible.
 */
public final class TempRepo {

  private final Path root;

  private TempRepo(Path root) {
    this.root = root;
  }

  /** {@code git init} in {@code dir}, on branch main. */
  public static TempRepo init(Path dir) {
    TempRepo repo = new TempRepo(dir);
    repo.git("init", "-q", "-b", "main");
    return repo;
  }

  /** The work tree. */
  public Path root() {
    return root;
  }

  /** Makes the work tree hold exactly the files of {@code tree} (the .git folder stays). */
  public TempRepo replaceWith(Path tree) {
    try {
      try (Stream<Path> old = Files.list(root)) {
        for (Path p : old.filter(p -> !p.getFileName().toString().equals(".git")).toList()) {
          delete(p);
        }
      }
      try (Stream<Path> files = Files.walk(tree)) {
        for (Path from : files.filter(Files::isRegularFile).toList()) {
          Path to = root.resolve(tree.relativize(from).toString());
          Files.createDirectories(to.getParent());
          Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one file, creating its folders. */
  public TempRepo write(String path, String text) {
    try {
      Path to = root.resolve(path);
      Files.createDirectories(to.getParent());
      Files.writeString(to, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stages everything and commits; returns the new commit's id. */
  public String commit(String message) {
    git("add", "-A");
    git("commit", "-q", "--no-verify", "-m", message);
    return git("rev-parse", "HEAD").strip();
  }

  /** Runs git in the repository and returns its stdout; fails the test when git fails. */
  public String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
    Map<String, String> env = pb.environment();
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "vjc test");
    env.put("GIT_AUTHOR_EMAIL", "test@vjc.invalid");
    env.put("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z");
    env.put("GIT_COMMITTER_NAME", "vjc test");
    env.put("GIT_COMMITTER_EMAIL", "test@vjc.invalid");
    env.put("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z");
    pb.redirectErrorStream(true);
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("git " + String.join(" ", args) + " failed:\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void delete(Path p) throws IOException {
    try (Stream<Path> files = Files.walk(p)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
