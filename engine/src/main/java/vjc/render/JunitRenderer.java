package vjc.render;

import java.util.List;
import vjc.diag.Diagnostic;
import vjc.engine.FileReport;

/**
 * JUnit XML, for CI systems that show test reports: one test case per file, failing when the file
 * has errors, skipped when a broken shared file kept it from being checked (it did not pass);
 * warnings, and the environments left unchecked, are listed in its system-out.
 */
public final class JunitRenderer implements Renderer {

  @Override
  public String render(List<FileReport> reports) {
    int failures = 0;
    int skipped = 0;
    for (FileReport r : reports) {
      if (r.diagnostics().stream().anyMatch(Diagnostic::isError)) {
        failures++;
      } else if (!r.notChecked().isEmpty()) {
        skipped++;
      }
    }
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<testsuites name=\"vjc\" tests=\"")
        .append(reports.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\">\n");
    b.append("  <testsuite name=\"vjc lint\" tests=\"")
        .append(reports.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"")
        .append(skipped)
        .append("\">\n");
    for (FileReport r : reports) {
      b.append("    <testcase classname=\"vjc.lint\" name=\"")
          .append(xml(r.file().toString()))
          .append('"');
      List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
      List<Diagnostic> others = r.diagnostics().stream().filter(d -> !d.isError()).toList();
      if (errors.isEmpty() && others.isEmpty() && r.notChecked().isEmpty()) {
        b.append("/>\n");
        continue;
      }
      b.append(">\n");
      if (errors.isEmpty() && !r.notChecked().isEmpty()) {
        b.append("      <skipped message=\"")
            .append(xml(r.notChecked().get(0).text()))
            .append("\"/>\n");
      }
      if (!errors.isEmpty()) {
        Diagnostic first = errors.get(0);
        b.append("      <failure type=\"")
            .append(xml(first.ruleId()))
            .append("\" message=\"")
            .append(
                xml(
                    errors.size()
                        + " error"
                        + (errors.size() == 1 ? "" : "s")
                        + ": "
                        + first.message()))
            .append("\">");
        for (Diagnostic d : errors) {
          b.append(xml(TextRenderer.headline(d))).append('\n');
        }
        b.append("</failure>\n");
      }
      if (!others.isEmpty() || !r.notChecked().isEmpty()) {
        b.append("      <system-out>");
        for (Diagnostic d : others) {
          b.append(xml(TextRenderer.headline(d))).append('\n');
        }
        for (FileReport.NotChecked n : r.notChecked()) {
          b.append(xml(n.text())).append('\n');
        }
        b.append("</system-out>\n");
      }
      b.append("    </testcase>\n");
    }
    b.append("  </testsuite>\n</testsuites>\n");
    return b.toString();
  }

  private static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            b.append("&#xFFFD;");
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
