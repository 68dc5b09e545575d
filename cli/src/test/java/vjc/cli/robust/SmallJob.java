package vjc.cli.robust;

/** A valid one-pool job, for tests about what lies around a job rather than in it. */
final class SmallJob {

  /** The job, named {@code train}, with no findings. */
  static final String YAML =
      "displayName: train\n"
          + "jobSpec:\n"
          + "  workerPoolSpecs:\n"
          + "    - machineSpec: {machineType: n1-standard-4}\n"
          + "      replicaCount: 1\n"
          + "      containerSpec: {imageUri: us-docker.pkg.dev/acme/train/x:1.0}\n";

  private SmallJob() {}
}
