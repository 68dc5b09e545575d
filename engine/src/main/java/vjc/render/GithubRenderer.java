package vjc.render;

import java.util.List;
import vjc.diag.Diagnostic;
import vjc.engine.FileReport;

/**
 * GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=RULE::message}, one
 * per finding, which GitHub turns into annotations on the changed lines.
 */
public final class GithubRenderer implements Renderer {

  @Override
  public String render(List<FileReport> reports) {
    StringBuilder b = new StringBuilder();
    for (FileReport r : reports) {
      for (Diagnostic d : r.diagnostics()) {
        String command =
            switch (d.severity()) {
              case ERROR -> "error";
              case WARNING -> "warning";
              case INFO -> "notice";
            };
        String title = d.ruleId() + d.environment().map(e -> " (env: " + e + ")").orElse("");
        StringBuilder message = new StringBuilder(d.message());
        d.origin().via().forEach(t -> message.append("\n").append(t));
        d.hint().ifPresent(h -> message.append("\n").append(h));
        b.append("::")
            .append(command)
            .append(" file=")
            .append(property(d.origin().file().toString()))
            .append(",line=")
            .append(d.origin().line())
            .append(",col=")
            .append(d.origin().column())
            .append(",title=")
            .append(property(title))
            .append("::")
            .append(data(message.toString()))
            .append('\n');
      }
    }
    return b.toString();
  }

  /** Escapes a command's message, as the Actions runner expects. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property, which also may not contain ':' or ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
