package vjc.codegen;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/** Build-time entry point: parses a data file and writes its {@link DataClassWriter} class. */
public final class GenerateDataClass {

  static final String USAGE =
      "usage: GenerateDataClass <input> <yaml|json> <package> <class> <source label> <output dir>";

  private GenerateDataClass() {}

  /**
   * How the input is read. It must be the schema the run-time code parses the same text with, or
   * the constants would say something the text does not (a YAML {@code yes} is a string in JSON).
   */
  enum Flavour {
    /** YAML 1.2 core schema, as {@code Catalog} reads catalog YAML. */
    YAML {
      @Override
      Schema schema() {
        return new CoreSchema();
      }
    },
    /** JSON schema, as the job schema's JSON is read. */
    JSON {
      @Override
      Schema schema() {
        return new JsonSchema();
      }
    };

    abstract Schema schema();
  }

  /**
   * A bad input or argument. Its message is the whole report, so it carries no stack trace: Maven
   * and the JVM print it as one line instead of a trace through the generator.
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Arguments: input file, flavour ({@code yaml} or {@code json}), package, class name, source
   * label (named in the generated header) and output directory.
   *
   * @throws Failure naming the input and its first problem
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 6) {
      throw new Failure(USAGE + " (got " + args.length + " arguments)");
    }
    Path written =
        generate(Path.of(args[0]), flavour(args[1]), args[2], args[3], args[4], Path.of(args[5]));
    if (written != null) {
      System.out.println("vjc-codegen: wrote " + written);
    }
  }

  /**
   * Writes {@code outDir/<package path>/<className>.java} from {@code input}.
   *
   * @return the file written, or null when it already held exactly this content: an unchanged
   *     timestamp keeps incremental compiles from recompiling the module
   */
  static Path generate(
      Path input,
      Flavour flavour,
      String packageName,
      String className,
      String sourceLabel,
      Path outDir)
      throws IOException {
    Object tree = parse(input, flavour);
    String source;
    try {
      source = DataClassWriter.write(packageName, className, sourceLabel, tree);
    } catch (IllegalArgumentException e) {
      throw new Failure(input + ": cannot be written as constants: " + e.getMessage());
    }
    Path out = outDir.resolve(packageName.replace('.', '/')).resolve(className + ".java");
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(out) && Arrays.equals(Files.readAllBytes(out), bytes)) {
      return null;
    }
    Files.createDirectories(out.getParent());
    Files.write(out, bytes);
    return out;
  }

  static Object parse(Path input, Flavour flavour) throws IOException {
    String text;
    try {
      text = Files.readString(input, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Failure(input + ": no such file");
    } catch (CharacterCodingException e) {
      throw new Failure(input + ": not UTF-8");
    }
    // Duplicate keys are refused, as Catalog.parse refuses them: a repeated key would otherwise
    // silently drop the first value.
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(input.toString())
            .setSchema(flavour.schema())
            .setAllowDuplicateKeys(false)
            .build();
    Object tree;
    try {
      tree = new Load(settings).loadFromString(text);
    } catch (YamlEngineException e) {
      throw new Failure(describe(input, flavour, e));
    }
    if (!(tree instanceof Map<?, ?>)) {
      throw new Failure(
          input
              + ": expected a "
              + flavour.name()
              + " mapping at the top, got "
              + (tree == null ? "an empty document" : "a " + tree.getClass().getSimpleName()));
    }
    return tree;
  }

  private static Flavour flavour(String name) {
    try {
      return Flavour.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Failure("unknown flavour '" + name + "', expected yaml or json; " + USAGE);
    }
  }

  /** file:line:column: problem, on one line; the engine's own message spans several. */
  private static String describe(Path input, Flavour flavour, YamlEngineException e) {
    String where = input.toString();
    String problem = e.getMessage();
    if (e instanceof MarkedYamlEngineException marked) {
      problem = marked.getProblem();
      if (marked.getProblemMark().isPresent()) {
        Mark mark = marked.getProblemMark().get();
        where += ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
      }
    }
    return where
        + ": not valid "
        + flavour.name()
        + ": "
        + String.valueOf(problem).replaceAll("\\s+", " ").trim();
  }
}
