package vjc.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vjc.diag.Outcome;
import vjc.load.Limits;
import vjc.load.MapNode;
import vjc.load.SourceReader;
import vjc.load.SourceText;
import vjc.load.YamlLoader;

/**
 * {@code vjc import}: makes a vjc job file from what people already have — a {@code gcloud ai
 * custom-jobs create} command (as arguments, or inside a shell script or notebook cell), or a
 * {@code CustomJob} as {@code gcloud ai custom-jobs describe} or the REST API returns it.
 */
public final class Importer {

  /** The top-level keys that make a YAML map a CustomJob, a create request or a tuning job. */
  private static final List<String> JOB_KEYS =
      List.of("jobSpec", "customJob", "trialJobSpec", "displayName", "name");

  private final SourceReader reader;
  private final YamlLoader loader;

  public Importer(Limits limits) {
    this.reader = new SourceReader(limits);
    this.loader = new YamlLoader(limits);
  }

  /**
   * Imports {@code file}: JSON or YAML is read as a {@code CustomJob}, anything holding a {@code
   * gcloud ... custom-jobs} command as a script; {@code --config} paths resolve against the file's
   * folder.
   */
  public ImportResult importFile(Path file) {
    Outcome<SourceText> text = reader.read(file);
    if (text.value().isEmpty()) {
      return new ImportResult(Optional.empty(), text.diagnostics(), Map.of());
    }
    Path dir = file.toAbsolutePath().getParent();
    return importText(text.value().get(), dir == null ? Path.of("") : dir);
  }

  /** Imports text already read; {@code baseDir} is where relative {@code --config} paths start. */
  public ImportResult importText(SourceText source, Path baseDir) {
    if (source.file().toString().endsWith(".json") || isJob(source)) {
      return new DescribeImporter(loader).fromText(source);
    }
    return new GcloudImporter(reader, loader).fromScript(source, baseDir);
  }

  /** True for YAML (or JSON) that is a map with a CustomJob's keys; a script is not. */
  private boolean isJob(SourceText source) {
    return loader
        .load(source)
        .value()
        .filter(MapNode.class::isInstance)
        .map(n -> JOB_KEYS.stream().anyMatch(((MapNode) n)::has))
        .orElse(false);
  }

  /**
   * Imports a command given as words, as the shell passed them after {@code vjc import --}; {@code
   * cwd} is where relative {@code --config} paths start.
   */
  public ImportResult importCommand(List<String> words, Path cwd) {
    return new GcloudImporter(reader, loader).fromArgs(words, cwd);
  }

  /** Decodes bytes read from standard input as a source named {@code <stdin>}. */
  public static Outcome<SourceText> decodeStdin(byte[] bytes) {
    return SourceReader.decode(Path.of("<stdin>"), bytes);
  }
}
