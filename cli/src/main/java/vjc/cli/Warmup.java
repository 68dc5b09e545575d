package vjc.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import vjc.lint.catalog.Catalog;
import vjc.load.Limits;
import vjc.load.SourceText;
import vjc.load.YamlLoader;
import vjc.validate.SchemaValidator;

/**
 * Loads the schema validator and the catalog on background threads, once per process. Both take
 * tens of milliseconds, are immutable once loaded, and do not depend on the input, so {@code main}
 * starts them before picocli parses the command line: vjc runs on every commit, and a second core
 * is usually idle while the first reflects over options.
 */
final class Warmup {

  private static final CompletableFuture<SchemaValidator> VALIDATOR = new CompletableFuture<>();
  private static final CompletableFuture<Catalog> CATALOG = new CompletableFuture<>();
  private static boolean started;

  private Warmup() {}

  /** Starts both loads, if not started yet. */
  static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    load("vjc-warmup-schema", SchemaValidator::load, VALIDATOR, Warmup::parseSample);
    load("vjc-warmup-catalog", Catalog::builtIn, CATALOG, () -> {});
  }

  /** The validator, waiting for its load. */
  static SchemaValidator validator() {
    start();
    return join(VALIDATOR);
  }

  /** The catalog, waiting for its load. */
  static Catalog catalog() {
    start();
    return join(CATALOG);
  }

  /**
   * Parses a few lines of YAML, so that the parser's classes are loaded and initialised here while
   * the main thread is still reading the command line.
   */
  private static void parseSample() {
    new YamlLoader(Limits.DEFAULT)
        .load(new SourceText(Path.of("warmup.yaml"), "a: [1, x, {b: ~}]\n"));
  }

  /** Runs {@code loader} into {@code into} on a daemon thread, then {@code after}. */
  private static <T> void load(
      String name, Supplier<T> loader, CompletableFuture<T> into, Runnable after) {
    Thread t =
        new Thread(
            () -> {
              try {
                into.complete(loader.get());
              } catch (Throwable e) {
                into.completeExceptionally(e);
              }
              after.run();
            },
            name);
    t.setDaemon(true);
    t.start();
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
