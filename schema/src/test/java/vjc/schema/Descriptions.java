package vjc.schema;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Short hand-written descriptions for the schema, keyed by {@code Message} or {@code
 * Message.jsonName}. The descriptors carry no comments at run time, so these are ours; the
 * generator fails on a key that names no message or field, so a proto rename cannot leave one
 * behind silently.
 */
final class Descriptions {

  private static final Map<String, String> TEXT = new TreeMap<>();

  private static void put(String key, String text) {
    if (TEXT.put(key, text) != null) {
      throw new IllegalStateException("duplicate description key " + key);
    }
  }

  static {
    put("CustomJob", "A Vertex AI custom training job: the body of customJobs.create.");
    put("CustomJob.displayName", "Human-readable name of the job.");
    put("CustomJob.jobSpec", "What the job runs and how.");
    put("CustomJob.labels", "Key/value labels for organising jobs and breaking down billing.");
    put("CustomJob.encryptionSpec", "Customer-managed encryption key (CMEK) for the job.");

    put(
        "CustomJobSpec",
        "What a job runs: worker pools, scheduling, identity, network and outputs. A gcloud ai"
            + " custom-jobs create --config file holds one of these.");
    put(
        "CustomJobSpec.workerPoolSpecs",
        "The worker pools; a pool's index is its role: 0 chief, 1 workers, 2 parameter or reduction"
            + " servers, 3 evaluator.");
    put("CustomJobSpec.scheduling", "Timeout, retries and provisioning strategy.");
    put(
        "CustomJobSpec.serviceAccount",
        "Service account the replicas run as; by default the Vertex AI custom code service agent.");
    put(
        "CustomJobSpec.network",
        "Peered VPC network, as projects/PROJECT_NUMBER/global/networks/NETWORK.");
    put(
        "CustomJobSpec.baseOutputDirectory",
        "Cloud Storage prefix for outputs; sets AIP_MODEL_DIR, AIP_CHECKPOINT_DIR and"
            + " AIP_TENSORBOARD_LOG_DIR in the replicas.");
    put(
        "CustomJobSpec.persistentResourceId",
        "Run on this persistent resource instead of new VMs.");
    put("CustomJobSpec.tensorboard", "Vertex AI TensorBoard resource that receives the logs.");
    put("CustomJobSpec.enableWebAccess", "Allow interactive shells into the replicas.");

    put(
        "WorkerPoolSpec",
        "One worker pool. A pool other than the first may be {} to skip it, so no field is required"
            + " here.");
    put("WorkerPoolSpec.containerSpec", "Run a custom container image.");
    put("WorkerPoolSpec.pythonPackageSpec", "Run a Python module in a prebuilt image.");
    put("WorkerPoolSpec.machineSpec", "The VM type and accelerators of each replica.");
    put("WorkerPoolSpec.replicaCount", "Number of replicas; the chief pool (0) has exactly 1.");
    put("WorkerPoolSpec.diskSpec", "Boot disk of each replica.");

    put("MachineSpec", "The VM type of each replica and the accelerators attached to it.");
    put(
        "MachineSpec.machineType",
        "Compute Engine machine type, like n1-standard-8 or a2-highgpu-1g.");
    put("MachineSpec.acceleratorType", "GPU or TPU type attached to each replica.");
    put("MachineSpec.acceleratorCount", "Number of accelerators per replica.");

    put("ContainerSpec", "A custom container to run.");
    put("ContainerSpec.imageUri", "Container image, e.g. in Artifact Registry.");
    put("ContainerSpec.command", "Replaces the image's ENTRYPOINT.");
    put("ContainerSpec.args", "Replaces the image's CMD: arguments to the entrypoint.");
    put("ContainerSpec.env", "Environment variables of the container.");

    put("PythonPackageSpec", "A Python module run from packages installed in a prebuilt image.");
    put("PythonPackageSpec.executorImageUri", "Prebuilt training image that runs the module.");
    put("PythonPackageSpec.packageUris", "Cloud Storage URIs of the packages to install.");
    put("PythonPackageSpec.pythonModule", "Module to run, like trainer.task.");

    put("DiskSpec", "Boot disk of each replica.");
    put("DiskSpec.bootDiskType", "Disk type, like pd-ssd (the default) or pd-standard.");
    put("DiskSpec.bootDiskSizeGb", "Disk size in GB.");

    put("Scheduling", "Timeout, retry and provisioning options.");
    put("Scheduling.timeout", "Maximum run time of the job.");
    put("Scheduling.strategy", "How VMs are obtained: STANDARD, SPOT or FLEX_START.");
    put("Scheduling.maxWaitDuration", "How long a FLEX_START job may wait for resources.");
    put("Scheduling.restartJobOnWorkerRestart", "Restart the whole job when a worker restarts.");
    put("Scheduling.disableRetries", "Fail instead of retrying when a replica fails.");

    put("EnvVar", "An environment variable.");
    put("EncryptionSpec", "A Cloud KMS key.");
    put("GcsDestination", "A Cloud Storage location.");
    put("GcsDestination.outputUriPrefix", "A gs:// URI prefix.");
    put("ReservationAffinity", "Which Compute Engine reservations the replicas may consume.");
    put("NfsMount", "An NFS share mounted in each replica.");
    put("LustreMount", "A Managed Lustre instance mounted in each replica.");
    put("PscInterfaceConfig", "Private Service Connect interface to a VPC network.");
  }

  private Descriptions() {}

  static Optional<String> of(String key) {
    return Optional.ofNullable(TEXT.get(key));
  }

  /** Every key, so the generator can check that each names something in the descriptors. */
  static Iterable<String> keys() {
    return TEXT.keySet();
  }
}
