package vjc.render;

import java.util.List;
import vjc.engine.FileReport;

/** Renders the findings of a run in one output format. */
public interface Renderer {

  /** The whole output for these reports, in the order given. */
  String render(List<FileReport> reports);
}
