package vjc.importer;

import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.compile.TreeJson;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;
import vjc.diag.Severity;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;
import vjc.load.SourceText;
import vjc.load.YamlLoader;
import vjc.submit.RequestLabel;

/**
 * Imports a {@code CustomJob} as the API returns it ({@code gcloud ai custom-jobs describe}, in
 * YAML or with {@code --format=json}, or a REST response), or a {@code customJobs.create} request
 * body. Output-only fields ({@code name}, {@code state}, times, {@code error}, ...) are dropped;
 * region and project come from the resource name {@code projects/P/locations/R/customJobs/ID} or
 * from the request's {@code parent}. The job goes through the protobuf on the way, so the file
 * written compiles back to the same {@code CustomJob}.
 */
final class DescribeImporter {

  private static final Pattern RESOURCE =
      Pattern.compile("projects/([^/]+)/locations/([^/]+)(?:/customJobs/([^/]+))?");

  private final YamlLoader loader;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  DescribeImporter(YamlLoader loader) {
    this.loader = loader;
  }

  ImportResult fromText(SourceText source) {
    Map<Path, SourceText> sources = Map.of(source.file(), source);
    Outcome<Node> loaded = loader.load(source);
    diagnostics.addAll(loaded.diagnostics());
    if (loaded.value().isEmpty()) {
      return new ImportResult(Optional.empty(), diagnostics, sources);
    }
    Node root = loaded.value().get();
    if (!(root instanceof MapNode map)) {
      diagnostics.add(
          Diagnostic.error(
              "import/not-custom-job",
              root.origin(),
              "expected a CustomJob (a map), found a " + root.kindName()));
      return new ImportResult(Optional.empty(), diagnostics, sources);
    }
    Optional<ScalarNode> resource = map.getScalar("name");
    String described = "the CustomJob in " + source.file();
    if (map.has("customJob") && map.has("parent")) {
      resource = map.getScalar("parent");
      described = "the customJobs.create request in " + source.file();
      map = map.getMap("customJob").orElse(MapNode.of(List.of(), map.origin()));
    } else if (map.has("trialJobSpec") || map.has("hyperparameterTuningJob")) {
      diagnostics.add(
          Diagnostic.error(
                  "import/not-custom-job",
                  map.origin(),
                  "this is a hyperparameter tuning job; vjc imports custom jobs")
              .withHint("Import the job's trialJobSpec as a CustomJob instead."));
      return new ImportResult(Optional.empty(), diagnostics, sources);
    } else if (!map.has("jobSpec")) {
      diagnostics.add(
          Diagnostic.error(
                  "import/not-custom-job",
                  map.origin(),
                  "expected a CustomJob with jobSpec, as gcloud ai custom-jobs describe prints it")
              .withHint(
                  "A gcloud command or script imports with vjc import -- gcloud ... or"
                      + " vjc import SCRIPT."));
      return new ImportResult(Optional.empty(), diagnostics, sources);
    }
    Optional<Map<String, Object>> tree =
        new ProtoTree(ProtoTree.Mode.API_RESOURCE, diagnostics)
            .message(map, CustomJob.getDescriptor());
    if (tree.isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return new ImportResult(Optional.empty(), diagnostics, sources);
    }
    Optional<CustomJob> job = parse(tree.get(), map.origin());
    if (job.isEmpty()) {
      return new ImportResult(Optional.empty(), diagnostics, sources);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    String name = "";
    if (resource.isPresent()) {
      Matcher m = RESOURCE.matcher(resource.get().text());
      if (m.lookingAt()) {
        out.put("region", Literal.escape(m.group(2)));
        out.put("project", Literal.escape(m.group(1)));
        name = " (" + resource.get().text() + ")";
      } else {
        diagnostics.add(
            Diagnostic.warning(
                "import/resource-name",
                resource.get().origin(),
                "'"
                    + resource.get().text()
                    + "' is not projects/P/locations/R/customJobs/ID;"
                    + " region and project are not imported"));
      }
    } else {
      diagnostics.add(
          Diagnostic.of(
                  "import/no-region",
                  Severity.INFO,
                  map.origin(),
                  "the job has no resource name, so neither region nor project")
              .withHint("Add region: and project: to the imported file."));
    }
    CustomJob found = job.get();
    if (found.containsLabels(RequestLabel.KEY)) {
      // vjc submit sets it anew on every submission; an old value would only mislead.
      found = found.toBuilder().removeLabels(RequestLabel.KEY).build();
      diagnostics.add(
          Diagnostic.of(
              "import/request-label",
              Severity.INFO,
              map.origin(),
              "the label "
                  + RequestLabel.KEY
                  + " is not imported: vjc submit sets it on each"
                  + " submission"));
    }
    canonical(found).ifPresent(out::putAll);
    List<String> header = List.of("Imported by vjc import from " + described + name + ".");
    return new ImportResult(Optional.of(JobYaml.write(header, out)), diagnostics, sources);
  }

  /** The tree through the protobuf: the protobuf is the judge of what a CustomJob is. */
  private Optional<CustomJob> parse(Map<String, Object> tree, Origin origin) {
    StringBuilder json = new StringBuilder();
    Json.write(tree, json);
    CustomJob.Builder b = CustomJob.newBuilder();
    try {
      JsonFormat.parser().merge(json.toString(), b);
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      diagnostics.add(
          Diagnostic.error(
              "import/proto",
              origin,
              "the CustomJob protobuf rejects this job: "
                  + String.valueOf(e.getMessage()).strip().replaceAll("\\.+$", "")));
      return Optional.empty();
    }
    return Optional.of(b.build());
  }

  /** The job as the tree vjc writes: the printer's JSON read back with the descriptor. */
  private Optional<Map<String, Object>> canonical(CustomJob job) {
    String json;
    try {
      json = JsonFormat.printer().sortingMapKeys().print(job);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("cannot print a CustomJob", e);
    }
    Node node = loader.load(new SourceText(Path.of("<printed>"), json)).value().orElseThrow();
    List<Diagnostic> none = new ArrayList<>();
    Optional<Map<String, Object>> tree =
        new ProtoTree(ProtoTree.Mode.API_RESOURCE, none).message(node, CustomJob.getDescriptor());
    if (!none.isEmpty()) {
      throw new IllegalStateException("printed CustomJob does not read back: " + none);
    }
    return tree;
  }

  /** Minimal JSON writing of the import tree. */
  private static final class Json {
    private Json() {}

    static void write(Object v, StringBuilder b) {
      if (v instanceof Map<?, ?> m) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!first) {
            b.append(',');
          }
          first = false;
          TreeJson.string(String.valueOf(e.getKey()), b);
          b.append(':');
          write(e.getValue(), b);
        }
        b.append('}');
      } else if (v instanceof List<?> l) {
        b.append('[');
        for (int i = 0; i < l.size(); i++) {
          if (i > 0) {
            b.append(',');
          }
          write(l.get(i), b);
        }
        b.append(']');
      } else if (v instanceof String s) {
        // Values hold vjc text ($${ for a literal ${); JSON wants the literal. Map keys are not
        // templated and stay as they are: unescaping the whole JSON text turned a label key
        // "a$${x}" into "a${x}" (found by the round-trip test).
        TreeJson.string(Literal.unescape(s), b);
      } else if (v instanceof java.math.BigDecimal d) {
        // Scientific when need be: 1e999999999 in plain digits is a billion characters.
        b.append(d.toString());
      } else {
        b.append(v);
      }
    }
  }
}
