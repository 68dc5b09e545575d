package vjc.lint.rules;

import java.util.Optional;
import vjc.diag.Origin;
import vjc.diag.Severity;
import vjc.lint.LintContext;
import vjc.lint.Pool;
import vjc.lint.Reporter;
import vjc.lint.Rule;
import vjc.lint.RuleInfo;
import vjc.lint.Value;
import vjc.lint.catalog.AcceleratorInfo;
import vjc.lint.catalog.Catalog;
import vjc.lint.catalog.Images;

/** The Reduction Server image runs in its own pool, without GPUs, beside GPU workers. */
public final class ReductionServer implements Rule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "reduction-server",
          Severity.ERROR,
          "the reduction server runs in pool 2 without GPUs, and its workers use GPUs");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Reporter reporter) {
    Catalog catalog = context.catalog();
    Images.ReductionServer image = catalog.images().reductionServer();
    for (Pool pool : context.activePools()) {
      Optional<Value<String>> uri = pool.imageUri();
      if (uri.isEmpty() || !catalog.images().isReductionServer(uri.get().value())) {
        continue;
      }
      if (pool.index() != image.pool()) {
        reporter.report(
            uri.get().origin(),
            "the Reduction Server image runs in worker pool "
                + pool.index()
                + "; it belongs in"
                + " pool "
                + image.pool(),
            "Move the reduction server to pool "
                + image.pool()
                + " (use {} for unused pools"
                + " before it) and run your training image in pool "
                + pool.index()
                + ".");
        continue;
      }
      checkReducer(image, pool, reporter);
      checkWorkers(context, image, reporter);
    }
  }

  private static void checkReducer(Images.ReductionServer image, Pool pool, Reporter reporter) {
    Optional<Value<String>> accelerator = pool.acceleratorType();
    // acceleratorCount: 0 asks for no accelerator, whatever the type says.
    boolean none = pool.acceleratorCount().map(c -> c.value() == 0).orElse(false);
    if (accelerator.isEmpty() || none) {
      return;
    }
    reporter.report(
        accelerator.get().origin(),
        "the Reduction Server pool asks for "
            + accelerator.get().value()
            + "; reducer nodes take"
            + " no accelerators and the image does not use them",
        "Remove acceleratorType and acceleratorCount from pool "
            + pool.index()
            + " and use a CPU"
            + " machine such as "
            + image.recommendedMachineType()
            + ", which the docs"
            + " recommend.");
  }

  /** The chief and the workers all-reduce their gradients through the server, on GPUs. */
  private static void checkWorkers(
      LintContext context, Images.ReductionServer image, Reporter reporter) {
    Catalog catalog = context.catalog();
    for (Pool worker : context.activePools()) {
      if (worker.index() >= image.pool()) {
        continue;
      }
      Optional<Value<String>> accelerator = worker.acceleratorType();
      String role = worker.index() == 0 ? "chief" : "workers";
      if (accelerator.isEmpty()) {
        Origin at = worker.machineType().map(Value::origin).orElse(worker.node().origin());
        reporter.report(
            at,
            "worker pool "
                + worker.index()
                + " ("
                + role
                + ") has no GPU, but the Reduction"
                + " Server in pool "
                + image.pool()
                + " only works with GPU workers",
            "Give pool "
                + worker.index()
                + " a GPU machine, or remove the reduction server from"
                + " pool "
                + image.pool()
                + ".");
        continue;
      }
      // An accelerator the catalog does not know may be a GPU; only a known TPU is reported.
      Optional<AcceleratorInfo> info = catalog.accelerator(accelerator.get().value());
      if (info.isPresent() && !info.get().isGpu()) {
        reporter.report(
            accelerator.get().origin(),
            "worker pool "
                + worker.index()
                + " ("
                + role
                + ") uses "
                + accelerator.get().value()
                + ", but the Reduction Server in pool "
                + image.pool()
                + " only works with GPU workers",
            "Use GPUs in pool "
                + worker.index()
                + ", or remove the reduction server from pool "
                + image.pool()
                + ".");
      }
    }
  }
}
