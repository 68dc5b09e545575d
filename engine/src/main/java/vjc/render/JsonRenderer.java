package vjc.render;

import java.util.List;
import vjc.compile.TreeJson;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.engine.FileReport;

/**
 * The JSON format, documented in docs/output-formats.md: {@code {"version":1,"files":[{"file",
 * "diagnostics":[{"ruleId","severity","message","file","line","column","via":[{"role","file",
 * "line","column"}],"hint","environment"}]}],"summary":{...}}}.
 */
public final class JsonRenderer implements Renderer {

  @Override
  public String render(List<FileReport> reports) {
    StringBuilder b = new StringBuilder("{\n  \"version\": 1,\n  \"files\": [");
    int errors = 0;
    int warnings = 0;
    int notChecked = 0;
    boolean firstFile = true;
    for (FileReport r : reports) {
      b.append(firstFile ? "\n" : ",\n");
      firstFile = false;
      b.append("    {\"file\": ");
      TreeJson.string(r.file().toString(), b);
      b.append(", \"diagnostics\": [");
      boolean first = true;
      for (Diagnostic d : r.diagnostics()) {
        b.append(first ? "\n" : ",\n");
        first = false;
        b.append("      ");
        diagnostic(d, b);
        switch (d.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          default -> {}
        }
      }
      b.append(first ? "]" : "\n    ]");
      if (!r.notChecked().isEmpty()) {
        b.append(", \"notChecked\": [");
        for (int i = 0; i < r.notChecked().size(); i++) {
          FileReport.NotChecked n = r.notChecked().get(i);
          b.append(i == 0 ? "" : ", ").append("{\"environment\": ");
          if (n.environment().isPresent()) {
            TreeJson.string(n.environment().get(), b);
          } else {
            b.append("null");
          }
          b.append(", \"cause\": ");
          TreeJson.string(n.cause().toString(), b);
          b.append(", \"reason\": ");
          TreeJson.string(n.reason(), b);
          b.append('}');
        }
        b.append(']');
        notChecked++;
      }
      b.append('}');
    }
    b.append(firstFile ? "]" : "\n  ]");
    b.append(",\n  \"summary\": {\"files\": ")
        .append(reports.size())
        .append(", \"errors\": ")
        .append(errors)
        .append(", \"warnings\": ")
        .append(warnings)
        .append(notChecked > 0 ? ", \"notChecked\": " + notChecked : "")
        .append("}\n}\n");
    return b.toString();
  }

  /** One diagnostic as a JSON object on one line. */
  public static void diagnostic(Diagnostic d, StringBuilder b) {
    b.append("{\"ruleId\": ");
    TreeJson.string(d.ruleId(), b);
    b.append(", \"severity\": ");
    TreeJson.string(d.severity().label(), b);
    b.append(", \"message\": ");
    TreeJson.string(d.message(), b);
    position(d.origin(), b);
    if (!d.origin().via().isEmpty()) {
      b.append(", \"via\": [");
      boolean first = true;
      for (Origin.Trace t : d.origin().via()) {
        if (!first) {
          b.append(", ");
        }
        first = false;
        b.append("{\"role\": ");
        TreeJson.string(t.role(), b);
        position(t.at(), b);
        b.append('}');
      }
      b.append(']');
    }
    if (d.hint().isPresent()) {
      b.append(", \"hint\": ");
      TreeJson.string(d.hint().get(), b);
    }
    if (d.environment().isPresent()) {
      b.append(", \"environment\": ");
      TreeJson.string(d.environment().get(), b);
    }
    b.append('}');
  }

  private static void position(Origin o, StringBuilder b) {
    b.append(", \"file\": ");
    TreeJson.string(o.file().toString(), b);
    b.append(", \"line\": ").append(o.line()).append(", \"column\": ").append(o.column());
  }
}
