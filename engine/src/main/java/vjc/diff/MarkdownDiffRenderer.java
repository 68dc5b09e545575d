package vjc.diff;

import java.util.List;

/**
 * A pull-request comment (GitHub-flavoured Markdown): a summary line, one table per changed job and
 * environment, and lists of the jobs added, removed and failing. Bounded in size, since GitHub
 * refuses comments over 65,536 characters: long values are cut and long tables end with a count of
 * the rows left out.
 */
public final class MarkdownDiffRenderer implements DiffRenderer {

  /** Lets a workflow find and update its own earlier comment. */
  public static final String MARKER = "<!-- vjc-diff -->";

  static final int MAX_ROWS_PER_JOB = 50;
  static final int MAX_VALUE_CHARS = 120;

  @Override
  public String render(DiffReport report) {
    StringBuilder b = new StringBuilder(MARKER).append("\n### vjc diff\n\n");
    String base = code(report.ref()) + " (" + code(report.shortCommit()) + ")";
    if (!report.hasChanges() && report.count(JobDiff.Status.FAILED) == 0) {
      b.append("No changes to the compiled jobs against ")
          .append(base)
          .append(" (")
          .append(report.jobs().size())
          .append(report.jobs().size() == 1 ? " job" : " jobs")
          .append(" compared).\n");
      return b.toString();
    }
    b.append("Compiled jobs against ")
        .append(base)
        .append(": ")
        .append(report.summary())
        .append(".\n");
    for (JobDiff j : report.with(JobDiff.Status.CHANGED)) {
      b.append("\n#### ")
          .append(title(j))
          .append("\n\n| Field | Before | After |\n|---|---|---|\n");
      List<Change> changes = j.changes();
      for (Change c : changes.subList(0, Math.min(changes.size(), MAX_ROWS_PER_JOB))) {
        b.append("| ")
            .append(cell(c.path()))
            .append(" | ")
            .append(c.before().map(v -> cell(Change.text(v))).orElse(""))
            .append(" | ")
            .append(c.after().map(v -> cell(Change.text(v))).orElse(""))
            .append(" |\n");
      }
      if (changes.size() > MAX_ROWS_PER_JOB) {
        b.append("\n")
            .append(changes.size() - MAX_ROWS_PER_JOB)
            .append(" more changes; `vjc diff --format text` lists them all.\n");
      }
    }
    if (!report.gate().isEmpty()) {
      b.append("\n#### Changes to the checks\n\n");
      for (DiffReport.GateFinding g : report.gate()) {
        b.append("- ")
            .append(
                g.severity() == vjc.diag.Severity.ERROR
                    ? "**" + g.severity().label() + "**"
                    : g.severity().label())
            .append(" ")
            .append(code(g.location()))
            .append(": ")
            .append(cell(shorten(g.message())))
            .append(" ")
            .append(code(g.id()))
            .append('\n');
      }
    }
    list(b, "Added", report.with(JobDiff.Status.ADDED));
    list(b, "Removed", report.with(JobDiff.Status.REMOVED));
    List<JobDiff> failed = report.with(JobDiff.Status.FAILED);
    if (!failed.isEmpty()) {
      b.append("\n#### Not compiled\n\n");
      for (JobDiff j : failed) {
        for (String e : j.baseErrors()) {
          b.append("- ")
              .append(title(j))
              .append(" at ")
              .append(code(report.ref()))
              .append(": ")
              .append(code(shorten(e)))
              .append('\n');
        }
        for (String e : j.headErrors()) {
          b.append("- ")
              .append(title(j))
              .append(" in this change: ")
              .append(code(shorten(e)))
              .append('\n');
        }
      }
    }
    return b.toString();
  }

  private static void list(StringBuilder b, String heading, List<JobDiff> jobs) {
    if (jobs.isEmpty()) {
      return;
    }
    b.append("\n#### ").append(heading).append("\n\n");
    for (JobDiff j : jobs) {
      b.append("- ").append(title(j)).append('\n');
    }
  }

  /** {@code `jobs/train` (prod)}. */
  private static String title(JobDiff j) {
    return code(j.job()) + j.environment().map(e -> " (" + e + ")").orElse("");
  }

  /** A code span in a table cell: pipes escaped, as GitHub's tables require even in code. */
  private static String cell(String text) {
    return code(shorten(text)).replace("|", "\\|");
  }

  private static String code(String text) {
    String t = text.replace('\n', ' ');
    if (t.contains("`")) {
      return "`` " + t + " ``";
    }
    return "`" + t + "`";
  }

  private static String shorten(String text) {
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }
}
