package vjc.diff;

/**
 * One line per changed field, {@code prod/jobs/train: jobSpec...acceleratorCount 4 → 8}, one per
 * job added, removed or failing, and a summary line. Unchanged jobs are counted, not listed.
 */
public final class TextDiffRenderer implements DiffRenderer {

  @Override
  public String render(DiffReport report) {
    StringBuilder b = new StringBuilder();
    for (JobDiff j : report.jobs()) {
      String label = j.label() + ": ";
      switch (j.status()) {
        case CHANGED -> {
          for (Change c : j.changes()) {
            b.append(label).append(c.path()).append(' ').append(describe(c)).append('\n');
          }
        }
        case ADDED -> b.append(label).append("job added\n");
        case REMOVED -> b.append(label).append("job removed\n");
        case FAILED -> {
          for (String e : j.baseErrors()) {
            b.append(label)
                .append("does not compile at ")
                .append(report.ref())
                .append(": ")
                .append(e)
                .append('\n');
          }
          for (String e : j.headErrors()) {
            b.append(label).append("does not compile in the working tree: ").append(e).append('\n');
          }
        }
        case UNCHANGED -> {}
      }
    }
    for (DiffReport.GateFinding g : report.gate()) {
      b.append("checks: ").append(g.text()).append('\n');
    }
    b.append("vjc diff ")
        .append(report.ref())
        .append(" (")
        .append(report.shortCommit())
        .append("): ")
        .append(report.summary())
        .append('\n');
    return b.toString();
  }

  /** {@code 4 → 8}, {@code added "x"}, {@code removed "x"}. */
  static String describe(Change c) {
    return switch (c.kind()) {
      case CHANGED -> Change.text(c.before().get()) + " → " + Change.text(c.after().get());
      case ADDED -> "added " + Change.text(c.after().get());
      case REMOVED -> "removed " + Change.text(c.before().get());
    };
  }
}
