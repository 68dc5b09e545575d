package vjc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import vjc.engine.Engine;
import vjc.engine.JobFinder;
import vjc.engine.UsageError;
import vjc.load.Limits;

/**
 * {@code -} as a path reads standard input, and {@code --stdin-filename PATH} names it, as eslint,
 * ruff and prettier do: findings point at PATH and the {@code .vjc.yaml} above PATH applies.
 */
public final class StdinOption {

  /** The path a command line spells for standard input. */
  static final Path DASH = Path.of("-");

  /** What standard input is called when no --stdin-filename names it. */
  static final Path UNNAMED = Path.of("<stdin>");

  @Option(
      names = "--stdin-filename",
      paramLabel = "PATH",
      description =
          "With - as the file: the path standard input stands for, used in positions and to find"
              + " .vjc.yaml (default: <stdin> in the current folder).")
  Path filename;

  /**
   * Standard input as the file it stands for, when {@code paths} holds {@code -}; a usage error for
   * {@code -} twice, or a --stdin-filename without {@code -} or naming a folder.
   */
  Optional<Given> read(List<Path> paths, InputStream in, Limits limits) throws IOException {
    long dashes = paths.stream().filter(DASH::equals).count();
    if (dashes == 0) {
      if (filename != null) {
        throw new UsageError("--stdin-filename needs - as the file to read standard input");
      }
      return Optional.empty();
    }
    if (dashes > 1) {
      throw new UsageError("- (standard input) can be named only once");
    }
    Path name = filename == null ? UNNAMED : JobFinder.shown(filename);
    if (Files.isDirectory(name)) {
      throw new UsageError("--stdin-filename names a folder, not a file: " + name);
    }
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    if (bytes.length > limits.maxFileBytes()) {
      throw new UsageError(
          "standard input is larger than " + limits.maxFileBytes() + " bytes, vjc's limit");
    }
    return Optional.of(new Given(name, bytes));
  }

  /** Standard input's text and the path it stands for, where its findings point. */
  static final class Given {
    final Path path;
    private final byte[] bytes;

    Given(Path path, byte[] bytes) {
      this.path = path;
      this.bytes = bytes;
    }

    /** An engine builder that reads this text for {@link #path}. */
    Engine.Builder into(Engine.Builder builder) {
      return builder.input(path, bytes);
    }

    /** {@code paths} with {@code -} replaced by the path it stands for. */
    List<Path> replaceIn(List<Path> paths) {
      return paths.stream().map(p -> p.equals(DASH) ? path : p).toList();
    }
  }
}
