package vjc.lint.catalog;

/**
 * The catalog data is malformed or inconsistent; the message names the file and the YAML path.
 *
 * <p>It is unchecked because the built-in catalog ships inside the jar: a bad file is a build
 * defect that tests catch, not a condition a caller can recover from.
 */
public final class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
