package vjc.lint.catalog;

/** Whether a region offers an accelerator (or a TPU machine family) for custom training. */
public enum Availability {
  /** The region's accelerator table lists it for training. */
  AVAILABLE,
  /** The region lists it, but only for prediction (the docs' "not available for training"). */
  SERVING_ONLY,
  /** The region's accelerator data is known and does not list it. */
  NOT_AVAILABLE,
  /** The region runs custom training but no source has accelerator data for it. */
  UNKNOWN,
  /** The region is not a custom-training region at all. */
  NOT_A_TRAINING_REGION
}
