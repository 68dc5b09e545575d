package vjc.load;

/** The shapes of input vjc accepts, detected from content. */
public enum InputForm {
  /**
   * A vjc job file or a plain REST {@code CustomJob} body: {@code displayName}, {@code jobSpec}.
   */
  JOB_FILE("job file"),
  /** A {@code customJobs.create} request: {@code parent} and {@code customJob}. */
  CREATE_REQUEST("create request"),
  /** A bare {@code CustomJobSpec}, as {@code gcloud ai custom-jobs create --config} takes. */
  JOB_SPEC("CustomJobSpec"),
  /** A list of worker pool specs, as the Python SDK's {@code worker_pool_specs} argument. */
  WORKER_POOL_LIST("worker pool list");

  private final String noun;

  InputForm(String noun) {
    this.noun = noun;
  }

  /** How messages name this form. */
  public String noun() {
    return noun;
  }

  /** True for forms that carry no display name of their own. */
  public boolean isSpecOnly() {
    return this == JOB_SPEC || this == WORKER_POOL_LIST;
  }
}
