package vjc.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vjc.compile.TreeJson;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.engine.FileReport;
import vjc.lint.Rule;
import vjc.lint.RuleDocs;
import vjc.lint.RuleInfo;

/**
 * SARIF 2.1.0, as GitHub code scanning and other review tools read it. Every lint rule is declared
 * with its summary, help and default level; findings from the other stages ({@code schema/...},
 * {@code template/...}) are declared as they occur. Values from overlays or variables carry {@code
 * relatedLocations}; suppressed findings appear with {@code suppressions} and their reason.
 */
public final class SarifRenderer implements Renderer {

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final List<Rule> rules;
  private final String version;

  /** A renderer that declares {@code rules}. */
  public SarifRenderer(List<Rule> rules, String version) {
    this.version = version;
    this.rules = List.copyOf(rules);
  }

  @Override
  public String render(List<FileReport> reports) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<String[]> declared = new ArrayList<>();
    for (Rule r : rules) {
      RuleInfo i = r.info();
      index.put(i.id(), declared.size());
      declared.add(new String[] {i.id(), i.summary(), level(i.severity()), RuleDocs.doc(i.id())});
    }
    for (FileReport report : reports) {
      for (Diagnostic d : all(report)) {
        if (!index.containsKey(d.ruleId())) {
          index.put(d.ruleId(), declared.size());
          declared.add(
              new String[] {d.ruleId(), describeStage(d.ruleId()), level(d.severity()), null});
        }
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"$schema\": \"").append(SCHEMA).append("\",\n  \"version\": \"2.1.0\",\n");
    b.append("  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n");
    b.append("          \"name\": \"vjc\",\n          \"version\": \"")
        .append(version)
        .append("\",\n          \"informationUri\": \"https://github.com/vjc-dev/vjc\",\n");
    b.append("          \"rules\": [");
    for (int i = 0; i < declared.size(); i++) {
      String[] r = declared.get(i);
      b.append(i == 0 ? "\n" : ",\n").append("            {\"id\": ");
      TreeJson.string(r[0], b);
      b.append(", \"name\": ");
      TreeJson.string(ruleName(r[0]), b);
      b.append(", \"shortDescription\": {\"text\": ");
      TreeJson.string(r[1], b);
      b.append("}");
      if (r[3] != null) {
        b.append(", \"help\": {\"text\": ");
        TreeJson.string(r[3], b);
        b.append(", \"markdown\": ");
        TreeJson.string(r[3], b);
        b.append("}");
      }
      b.append(", \"defaultConfiguration\": {\"level\": \"").append(r[2]).append("\"}}");
    }
    b.append(declared.isEmpty() ? "]\n" : "\n          ]\n");
    b.append("        }\n      },\n      \"results\": [");
    boolean first = true;
    for (FileReport report : reports) {
      for (Diagnostic d : report.diagnostics()) {
        b.append(first ? "\n" : ",\n");
        first = false;
        result(d, index.get(d.ruleId()), null, b);
      }
      for (FileReport.Suppressed s : report.suppressed()) {
        b.append(first ? "\n" : ",\n");
        first = false;
        result(s.diagnostic(), index.get(s.diagnostic().ruleId()), s.reason(), b);
      }
    }
    b.append(first ? "]\n" : "\n      ]\n");
    b.append("    }\n  ]\n}\n");
    return b.toString();
  }

  private static List<Diagnostic> all(FileReport report) {
    List<Diagnostic> all = new ArrayList<>(report.diagnostics());
    report.suppressed().forEach(s -> all.add(s.diagnostic()));
    return all;
  }

  private static void result(Diagnostic d, int ruleIndex, String suppression, StringBuilder b) {
    b.append("        {\"ruleId\": ");
    TreeJson.string(d.ruleId(), b);
    b.append(", \"ruleIndex\": ").append(ruleIndex);
    b.append(", \"level\": \"").append(level(d.severity())).append('"');
    String text = d.message() + d.hint().map(h -> ". " + h).orElse("");
    b.append(", \"message\": {\"text\": ");
    TreeJson.string(text, b);
    b.append("}, \"locations\": [{\"physicalLocation\": ");
    physical(d.origin(), b);
    b.append("}]");
    List<Origin.Trace> via = d.origin().via();
    if (!via.isEmpty()) {
      b.append(", \"relatedLocations\": [");
      for (int i = 0; i < via.size(); i++) {
        Origin.Trace t = via.get(i);
        b.append(i == 0 ? "" : ", ")
            .append("{\"id\": ")
            .append(i + 1)
            .append(", \"physicalLocation\": ");
        physical(t.at(), b);
        b.append(", \"message\": {\"text\": ");
        TreeJson.string(t.role(), b);
        b.append("}}");
      }
      b.append(']');
    }
    if (suppression != null) {
      b.append(", \"suppressions\": [{\"kind\": \"inSource\"");
      if (!suppression.isEmpty()) {
        b.append(", \"justification\": ");
        TreeJson.string(suppression, b);
      }
      b.append("}]");
    }
    if (d.environment().isPresent()) {
      b.append(", \"properties\": {\"environment\": ");
      TreeJson.string(d.environment().get(), b);
      b.append('}');
    }
    b.append('}');
  }

  private static void physical(Origin o, StringBuilder b) {
    b.append("{\"artifactLocation\": {\"uri\": ");
    TreeJson.string(uri(o.file()), b);
    b.append("}, \"region\": {\"startLine\": ")
        .append(o.line())
        .append(", \"startColumn\": ")
        .append(o.column())
        .append("}}");
  }

  /** Relative paths stay relative (code scanning resolves them against the checkout). */
  static String uri(Path file) {
    if (file.isAbsolute()) {
      return file.toUri().toString();
    }
    StringBuilder b = new StringBuilder();
    for (Path part : file) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(
          java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return b.toString();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String describeStage(String ruleId) {
    String stage = ruleId.contains("/") ? ruleId.substring(0, ruleId.indexOf('/')) : ruleId;
    return switch (stage) {
      case "yaml", "input", "io" -> "the file must be readable YAML describing a custom job";
      case "schema" -> "the job must match the CustomJob schema";
      case "template" -> "template variables must resolve";
      case "proto" -> "the CustomJob protobuf must accept the job";
      case "suppression" -> "vjc:ignore comments must name a rule, give a reason and be used";
      case "config" -> ".vjc.yaml must be valid";
      case "policy" -> "the organisation's policies must hold";
      default -> "vjc check " + ruleId;
    };
  }

  /**
   * The rule's {@code name}: its id in UpperCamelCase. SARIF's own rule SARIF1001 wants a name that
   * differs from the id, which one-word ids ({@code labels}) would not.
   */
  private static String ruleName(String id) {
    String name = camel(id);
    return name.equalsIgnoreCase(id) ? name + "Check" : name;
  }

  private static String camel(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("[-/]")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }
}
