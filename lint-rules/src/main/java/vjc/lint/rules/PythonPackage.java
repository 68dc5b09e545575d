package vjc.lint.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Nodes;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.Catalog;
import vjc.lint.catalog.Images;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;
import vjc.load.ScalarNode;

/** A pythonPackageSpec needs gs:// packages, a module name and a prebuilt executor image. */
public final class PythonPackage implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "python-package",
          Severity.ERROR,
          "a python package spec needs gs:// package URIs, a module name and a prebuilt image");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final Pattern MODULE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    for (Pool pool : context.pools()) {
      Optional<MapNode> spec = pool.pythonPackageSpec();
      if (spec.isEmpty()) {
        continue;
      }
      String where = "worker pool " + pool.index() + " ";
      spec.get()
          .getList("packageUris")
          .ifPresent(uris -> checkUris(where, uris, catalog, reporter));
      Nodes.string(spec.get(), "pythonModule").ifPresent(module -> checkModule(module, reporter));
      Nodes.string(spec.get(), "executorImageUri")
          .ifPresent(image -> checkImage(image, catalog, reporter));
    }
  }

  private static void checkUris(String where, ListNode uris, Catalog catalog, Reporter reporter) {
    List<Node> items = uris.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof ScalarNode s && s.asString().isPresent()) {
        String uri = s.asString().get();
        String field = "packageUris[" + i + "] '" + uri + "' ";
        GcsUri.check(uri, true)
            .ifPresent(p -> reporter.report(s.origin(), field + p.problem(), p.hint()));
      }
    }
    int max = catalog.limits().packageUris().max();
    if (items.size() > max) {
      reporter.report(
          items.get(max).origin(),
          where + "has " + items.size() + " packageUris; the API allows at most " + max,
          "Merge packages so that at most " + max + " remain.");
    }
  }

  private static void checkModule(Value<String> module, Reporter reporter) {
    String name = module.value();
    if (MODULE.matcher(name).matches() || GcsUri.isUnresolved(name)) {
      return;
    }
    String fix = asModule(name);
    boolean isPath = name.contains("/") || name.contains("\\") || name.strip().endsWith(".py");
    String hint =
        MODULE.matcher(fix).matches()
            ? "Write pythonModule: " + fix + " (the name python -m takes)."
            : "Write the module's dotted name as python -m takes it, e.g. trainer.task.";
    reporter.report(
        module.origin(),
        "pythonModule '"
            + name
            + "' is "
            + (isPath ? "a file path" : "not a dotted module name")
            + "; Vertex AI runs python -m with it",
        hint);
  }

  /** {@code trainer/task.py} and {@code -m trainer.task} as a module name: trainer.task. */
  private static String asModule(String value) {
    String s = value.strip();
    s = s.replaceFirst("^(?:python3?\\s+)?-m\\s+", "");
    s = s.replaceFirst("^\\./", "");
    s = s.replaceFirst("\\.py$", "");
    return s.replace('/', '.').replace('\\', '.');
  }

  private static void checkImage(Value<String> image, Catalog catalog, Reporter reporter) {
    Images images = catalog.images();
    if (images.isPrebuiltTraining(image.value()) || GcsUri.isUnresolved(image.value())) {
      return;
    }
    // The API takes only images from Google's list, but the list grows; so a warning, dated.
    String example =
        images.registryHosts().isEmpty()
            ? images.prebuiltTraining().example()
            : images.registryHosts().get(0) + "/" + images.prebuiltTraining().example();
    reporter.report(
        Severity.WARNING,
        image.origin(),
        "executorImageUri '"
            + image.value()
            + "' is not a prebuilt training container as of "
            + catalog.asOf(),
        "Use a prebuilt training image such as "
            + example
            + ", or run your own image with containerSpec instead of pythonPackageSpec.");
  }
}
