package vjc.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.engine.FileReport;
import vjc.load.SourceText;

/**
 * The human format: {@code file:line:col: severity: message [rule-id]}, the source line with a
 * caret under the column, the chain behind the value, the hint, and a one-line summary.
 */
public final class TextRenderer implements Renderer {

  /** Where a snippet's line comes from: the engine keeps the lines its findings point at. */
  @FunctionalInterface
  public interface SourceLines {
    /** Line {@code line} (1-based) of {@code file}, if known. */
    Optional<String> line(Path file, int line);
  }

  private final SourceLines sources;
  private final boolean snippets;
  private final boolean color;

  /** A renderer that reads source lines through {@code sources}; snippets can be turned off. */
  public TextRenderer(SourceLines sources, boolean snippets) {
    this(sources, snippets, false);
  }

  /**
   * A renderer that also colours the severity words, the rule ids and the caret lines with ANSI
   * escapes, for a terminal; whether one is attached is the caller's business.
   */
  public TextRenderer(SourceLines sources, boolean snippets, boolean color) {
    this.sources = sources;
    this.snippets = snippets;
    this.color = color;
  }

  /** A renderer over whole texts, for inputs held in memory anyway (an imported command). */
  public TextRenderer(Function<Path, Optional<SourceText>> texts, boolean snippets) {
    this((file, line) -> texts.apply(file).flatMap(t -> t.line(line)), snippets);
  }

  @Override
  public String render(List<FileReport> reports) {
    StringBuilder b = new StringBuilder();
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int files = 0;
    int notChecked = 0;
    for (FileReport r : reports) {
      files++;
      for (Diagnostic d : r.diagnostics()) {
        render(d, b);
        if (d.severity() == Severity.ERROR) {
          errors++;
        } else if (d.severity() == Severity.WARNING) {
          warnings++;
        } else {
          infos++;
        }
      }
      for (FileReport.NotChecked n : r.notChecked()) {
        b.append(r.file().toString().replace('\\', '/')).append(": ").append(n.text()).append('\n');
      }
      if (!r.notChecked().isEmpty()) {
        notChecked++;
      }
    }
    String summary = summary(files, errors, warnings, infos);
    if (notChecked > 0) {
      // Its own errors are counted once, at the shared file; say what they held back.
      summary += "; " + plural(notChecked, "job") + " not checked";
    }
    b.append(summary).append('\n');
    return b.toString();
  }

  /** One diagnostic with its snippet, as the text format prints it. */
  public void render(Diagnostic d, StringBuilder b) {
    b.append(color ? colored(d) : headline(d)).append('\n');
    if (snippets) {
      snippet(d.origin(), Ansi.of(d.severity(), color), b);
    }
    for (Origin.Trace t : d.origin().via()) {
      b.append("   = ").append(t.role()).append(' ').append(t.at().position()).append('\n');
    }
    d.hint().ifPresent(h -> b.append("   = hint: ").append(h).append('\n'));
  }

  /** {@code file:line:col: severity: message [rule-id]} with the environment when known. */
  public static String headline(Diagnostic d) {
    StringBuilder b = new StringBuilder();
    b.append(d.origin().position())
        .append(": ")
        .append(d.severity().label())
        .append(": ")
        .append(d.message())
        .append(" [")
        .append(d.ruleId())
        .append(']');
    d.environment().ifPresent(e -> b.append(" (env: ").append(e).append(')'));
    return b.toString();
  }

  /** {@link #headline} with the severity word and the rule id coloured. */
  private static String colored(Diagnostic d) {
    Ansi severity = Ansi.of(d.severity(), true);
    StringBuilder b = new StringBuilder();
    b.append(d.origin().position())
        .append(": ")
        .append(severity.paint(d.severity().label()))
        .append(": ")
        .append(d.message())
        .append(' ')
        .append(Ansi.RULE.paint("[" + d.ruleId() + "]"));
    d.environment().ifPresent(e -> b.append(" (env: ").append(e).append(')'));
    return b.toString();
  }

  private void snippet(Origin at, Ansi caretColor, StringBuilder b) {
    Optional<String> line = sources.line(at.file(), at.line());
    if (line.isEmpty()) {
      return;
    }
    String number = Integer.toString(at.line());
    String pad = " ".repeat(number.length());
    String text = line.get().replace('\t', ' ');
    if (text.length() > 200) {
      text = text.substring(0, 200) + " ...";
    }
    b.append(pad).append(" |\n");
    b.append(number).append(" | ").append(text).append('\n');
    int caret = Math.min(at.column() - 1, text.length());
    b.append(pad)
        .append(" | ")
        .append(" ".repeat(Math.max(0, caret)))
        .append(caretColor.paint("^"))
        .append('\n');
  }

  static String summary(int files, int errors, int warnings, int infos) {
    if (errors == 0 && warnings == 0 && infos == 0) {
      return "vjc: " + plural(files, "file") + " checked, no problems";
    }
    StringBuilder b = new StringBuilder("vjc: ");
    b.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
    if (infos > 0) {
      b.append(", ").append(infos).append(" info");
    }
    b.append(" in ").append(plural(files, "file"));
    return b.toString();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
