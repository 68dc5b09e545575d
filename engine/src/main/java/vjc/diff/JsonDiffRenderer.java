package vjc.diff;

import java.util.List;
import vjc.compile.TreeJson;

/**
 * The machine-readable format: {@code {"version":1,"base":{"ref","commit"},"jobs":[{"job","file",
 * "environment","status","changes":[{"path","kind","before","after"}],"errors":{"base":[],
 * "head":[]}}],"summary":{...}}}. Unchanged jobs are listed too; {@code environment} is null for a
 * job without environments; {@code before}/{@code after} are JSON values, absent when the field was
 * added or removed. The request's {@code parent} and {@code endpoint} are changes like any field,
 * listed first.
 */
public final class JsonDiffRenderer implements DiffRenderer {

  @Override
  public String render(DiffReport report) {
    StringBuilder b = new StringBuilder("{\n  \"version\": 1,\n  \"base\": {\"ref\": ");
    TreeJson.string(report.ref(), b);
    b.append(", \"commit\": ");
    TreeJson.string(report.commit(), b);
    b.append("},\n  \"jobs\": [");
    boolean first = true;
    for (JobDiff j : report.jobs()) {
      b.append(first ? "\n" : ",\n");
      first = false;
      job(j, b);
    }
    b.append(first ? "]" : "\n  ]");
    if (!report.gate().isEmpty()) {
      b.append(",\n  \"gate\": [");
      boolean firstGate = true;
      for (DiffReport.GateFinding g : report.gate()) {
        b.append(firstGate ? "\n" : ",\n").append("    {\"location\": ");
        firstGate = false;
        TreeJson.string(g.location(), b);
        b.append(", \"severity\": \"").append(g.severity().label()).append("\", \"id\": ");
        TreeJson.string(g.id(), b);
        b.append(", \"message\": ");
        TreeJson.string(g.message(), b);
        b.append('}');
      }
      b.append("\n  ]");
    }
    b.append(",\n  \"summary\": {");
    boolean firstCount = true;
    for (JobDiff.Status s : JobDiff.Status.values()) {
      b.append(firstCount ? "" : ", ")
          .append('"')
          .append(s.label())
          .append("\": ")
          .append(report.count(s));
      firstCount = false;
    }
    return b.append("}\n}\n").toString();
  }

  private static void job(JobDiff j, StringBuilder b) {
    b.append("    {\"job\": ");
    TreeJson.string(j.job(), b);
    b.append(", \"file\": ");
    TreeJson.string(j.file(), b);
    b.append(", \"environment\": ");
    if (j.environment().isPresent()) {
      TreeJson.string(j.environment().get(), b);
    } else {
      b.append("null");
    }
    b.append(", \"status\": \"").append(j.status().label()).append('"');
    if (!j.changes().isEmpty()) {
      b.append(", \"changes\": [");
      boolean first = true;
      for (Change c : j.changes()) {
        b.append(first ? "\n" : ",\n").append("      {\"path\": ");
        first = false;
        TreeJson.string(c.path(), b);
        b.append(", \"kind\": \"").append(c.kind().label()).append('"');
        c.before().ifPresent(v -> b.append(", \"before\": ").append(Change.text(v)));
        c.after().ifPresent(v -> b.append(", \"after\": ").append(Change.text(v)));
        b.append('}');
      }
      b.append("\n    ]");
    }
    if (!j.baseErrors().isEmpty() || !j.headErrors().isEmpty()) {
      b.append(", \"errors\": {\"base\": ");
      strings(j.baseErrors(), b);
      b.append(", \"head\": ");
      strings(j.headErrors(), b);
      b.append('}');
    }
    b.append('}');
  }

  private static void strings(List<String> values, StringBuilder b) {
    b.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      TreeJson.string(values.get(i), b);
    }
    b.append(']');
  }
}
