// Generated from vjc/lint/data/catalog.yaml by vjc.testing.DataClassWriter; do not edit.
// Regenerate with: mvn -q test -Dvjc.updateGolden=true
package vjc.lint.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data of vjc/lint/data/catalog.yaml, built from constants instead of parsed at start-up. */
final class CatalogData {

  private CatalogData() {}

  /** A fresh, unmodifiable copy of the tree. */
  static Object tree() {
    return m(
        "schemaVersion", 1,
        "asOf", "2026-11-27",
        "sourceVersions", m(
            "docs", "stored copies of docs.cloud.google.com pages, undated (2026, rebranded as Gemini Enterprise Agent Platform)",
            "googleapis", "googleapis/googleapis f8291d2b (aiplatform/v1 custom_job.proto last changed 2025-12-18)",
            "gcloud", "Google Cloud SDK 578.0.0 (training-region list last changed in 561.0.0)",
            "research", "vjc research notes vertex-facts.md and accelerators.yaml"),
        "uncertain", "The Locations and Configure-compute pages carry no last-updated date; their region and compatibility tables change often (an older copy listed fewer accelerators per region).",
        "sources", m(
            "LOC", m(
                "title", "Locations: Feature availability; Region considerations > Using accelerators",
                "url", "https://docs.cloud.google.com/gemini-enterprise-agent-platform/machine-learning/general/locations",
                "alias", "https://cloud.google.com/vertex-ai/docs/general/locations",
                "date", "undated stored copy, 2026 (already lists B200, GB200, RTX PRO 6000, TPU7x)"),
            "CC", m(
                "title", "Configure compute resources for serverless training",
                "url", "https://docs.cloud.google.com/gemini-enterprise-agent-platform/machine-learning/training/configure-compute",
                "alias", "https://cloud.google.com/vertex-ai/docs/training/configure-compute",
                "date", "undated stored copy, 2026 (warns that P100 reaches end of support on 2026-09-15)"),
            "DT", m(
                "title", "Distributed training",
                "url", "https://docs.cloud.google.com/gemini-enterprise-agent-platform/machine-learning/training/distributed-training",
                "date", "undated stored copy, 2026"),
            "DWS", m(
                "title", "Schedule training jobs based on resource availability (Dynamic Workload Scheduler)",
                "url", "https://docs.cloud.google.com/gemini-enterprise-agent-platform/machine-learning/training/schedule-jobs-dws",
                "date", "undated stored copy, 2026"),
            "SPOT", m(
                "title", "Use Spot VMs with training",
                "url", "https://docs.cloud.google.com/gemini-enterprise-agent-platform/machine-learning/training/use-spot-vms",
                "date", "undated stored copy, 2026"),
            "PROTO-CJ", m(
                "title", "googleapis google/cloud/aiplatform/v1/custom_job.proto",
                "url", "https://github.com/googleapis/googleapis/blob/master/google/cloud/aiplatform/v1/custom_job.proto",
                "date", "snapshot f8291d2b; file last changed 2025-12-18"),
            "PROTO-MR", m(
                "title", "googleapis google/cloud/aiplatform/v1/machine_resources.proto",
                "url", "https://github.com/googleapis/googleapis/blob/master/google/cloud/aiplatform/v1/machine_resources.proto",
                "date", "snapshot f8291d2b"),
            "PROTO-AT", m(
                "title", "googleapis google/cloud/aiplatform/v1/accelerator_type.proto",
                "url", "https://github.com/googleapis/googleapis/blob/master/google/cloud/aiplatform/v1/accelerator_type.proto",
                "date", "snapshot f8291d2b"),
            "PROTO-ENV", m(
                "title", "googleapis google/cloud/aiplatform/v1/env_var.proto",
                "url", "https://github.com/googleapis/googleapis/blob/master/google/cloud/aiplatform/v1/env_var.proto",
                "date", "snapshot f8291d2b"),
            "GCLOUD-C", m(
                "title", "gcloud lib/googlecloudsdk/command_lib/ai/constants.py (SUPPORTED_TRAINING_REGIONS)",
                "url", "https://github.com/google-cloud-sdk-unofficial/google-cloud-sdk/blob/master/lib/googlecloudsdk/command_lib/ai/constants.py",
                "date", "gcloud 578.0.0"),
            "GCLOUD-V", m(
                "title", "gcloud lib/googlecloudsdk/command_lib/ai/custom_jobs/validation.py",
                "url", "https://github.com/google-cloud-sdk-unofficial/google-cloud-sdk/blob/master/lib/googlecloudsdk/command_lib/ai/custom_jobs/validation.py",
                "date", "gcloud 578.0.0"),
            "GCLOUD-F", m(
                "title", "gcloud lib/googlecloudsdk/command_lib/ai/custom_jobs/flags.py (executor image example)",
                "url", "https://github.com/google-cloud-sdk-unofficial/google-cloud-sdk/blob/master/lib/googlecloudsdk/command_lib/ai/custom_jobs/flags.py",
                "date", "gcloud 578.0.0"),
            "TFC", m(
                "title", "tensorflow/cloud src/python/tensorflow_cloud/core/gcp.py (valid n1 GPU configurations)",
                "url", "https://github.com/tensorflow/cloud/blob/master/src/python/tensorflow_cloud/core/gcp.py",
                "date", "older (AI Platform era); matches CC"),
            "PREBUILT", m(
                "title", "Prebuilt containers for custom training",
                "url", "https://cloud.google.com/vertex-ai/docs/training/pre-built-containers",
                "date", "undated, 2026"),
            "GCP-LABELS", m(
                "title", "Resource Manager: label requirements",
                "url", "https://cloud.google.com/resource-manager/docs/creating-managing-labels#requirements",
                "date", "undated; quoted in python-aiplatform docstrings"),
            "AIP-PR66", m(
                "title", "googleapis/python-aiplatform PR #66 (n1-standard-2 is not supported for training)",
                "url", "https://github.com/googleapis/python-aiplatform/pull/66",
                "date", "2020"),
            "MESOZOIC-PR201", m(
                "title", "kuds/mesozoic-labs PR #201 (third party: c2d, c3, n2d, m2, m3 unsupported)",
                "url", "https://github.com/kuds/mesozoic-labs/pull/201",
                "date", "undated"),
            "SAMPLES-213", m(
                "title", "GoogleCloudPlatform/vertex-ai-samples #213 (400 Accelerator NVIDIA_TESLA_K80 is not supported)",
                "url", "https://github.com/GoogleCloudPlatform/vertex-ai-samples/issues/213",
                "date", "undated; same error in python-docs-samples #13233 (2025)"),
            "TFX-6223", m(
                "title", "tensorflow/tfx #6223 (job with default timeout cancelled after exactly 7 days)",
                "url", "https://github.com/tensorflow/tfx/issues/6223",
                "date", "undated")),
        "regions", m(
            "source", "LOC",
            "notes", l(
                "[LOC]: if a job uses several GPU types they must all be available in a single zone of the region; the docs give no zone data",
                "there is no `global` location for custom training [LOC]"),
            "entries", m(
                "africa-south1", m(
                    "accelerators", l()),
                "asia-east1", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_P100",
                        "NVIDIA_TESLA_T4",
                        "TPU_V2",
                        "NVIDIA_TESLA_V100",
                        "NVIDIA_H100_MEGA_80GB"),
                    "servingOnly", l(
                        "NVIDIA_L4")),
                "asia-east2", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_T4")),
                "asia-northeast1", m(
                    "accelerators", l(
                        "NVIDIA_H100_80GB",
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_B200",
                        "NVIDIA_TESLA_T4"),
                    "tpuFamilies", l(
                        "ct6e"),
                    "servingOnly", l(
                        "NVIDIA_TESLA_A100",
                        "NVIDIA_L4")),
                "asia-northeast2", m(
                    "accelerators", l()),
                "asia-northeast3", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_A100",
                        "NVIDIA_H100_80GB",
                        "NVIDIA_L4",
                        "NVIDIA_TESLA_T4")),
                "asia-south1", m(
                    "accelerators", l(
                        "NVIDIA_H100_80GB",
                        "NVIDIA_L4",
                        "NVIDIA_TESLA_T4",
                        "NVIDIA_H200_141GB")),
                "asia-south2", m(
                    "listedBy", "gcloud",
                    "source", l(
                        "GCLOUD-C",
                        "LOC"),
                    "accelerators", l(
                        "NVIDIA_H200_141GB",
                        "NVIDIA_RTX_PRO_6000"),
                    "notes", l(
                        "in [LOC]'s location list and accelerator table, but not in its Feature availability table")),
                "asia-southeast1", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_A100",
                        "NVIDIA_A100_80GB",
                        "NVIDIA_B200",
                        "NVIDIA_H100_80GB",
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_L4",
                        "NVIDIA_TESLA_P4",
                        "NVIDIA_TESLA_T4",
                        "NVIDIA_RTX_PRO_6000")),
                "asia-southeast2", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_T4")),
                "australia-southeast1", m(
                    "accelerators", l(
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_TESLA_P4",
                        "NVIDIA_TESLA_T4")),
                "australia-southeast2", m(
                    "accelerators", l()),
                "europe-central2", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_T4")),
                "europe-north1", m(
                    "accelerators", l(
                        "NVIDIA_H100_MEGA_80GB")),
                "europe-north2", m(
                    "listedBy", "gcloud",
                    "source", "GCLOUD-C",
                    "accelerators", "unknown"),
                "europe-southwest1", m(
                    "accelerators", l()),
                "europe-west1", m(
                    "accelerators", l(
                        "NVIDIA_H100_80GB",
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_H200_141GB",
                        "NVIDIA_TESLA_P100",
                        "NVIDIA_TESLA_T4"),
                    "servingOnly", l(
                        "NVIDIA_L4")),
                "europe-west2", m(
                    "accelerators", l(
                        "NVIDIA_H100_80GB",
                        "NVIDIA_L4",
                        "NVIDIA_TESLA_T4")),
                "europe-west3", m(
                    "accelerators", l(
                        "NVIDIA_H100_80GB",
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_TESLA_T4"),
                    "servingOnly", l(
                        "NVIDIA_L4")),
                "europe-west4", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_A100",
                        "NVIDIA_A100_80GB",
                        "NVIDIA_H100_80GB",
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_H200_141GB",
                        "NVIDIA_B200",
                        "NVIDIA_L4",
                        "NVIDIA_TESLA_P4",
                        "NVIDIA_TESLA_T4",
                        "NVIDIA_TESLA_V100",
                        "NVIDIA_TESLA_P100",
                        "NVIDIA_RTX_PRO_6000",
                        "TPU_V2",
                        "TPU_V3"),
                    "tpuPods", l(
                        "TPU_V2",
                        "TPU_V3"),
                    "tpuFamilies", l(
                        "ct6e"),
                    "servingOnly", l(
                        "ct5lp")),
                "europe-west6", m(
                    "accelerators", l(),
                    "servingOnly", l(
                        "NVIDIA_L4")),
                "europe-west8", m(
                    "accelerators", l()),
                "europe-west9", m(
                    "accelerators", l()),
                "europe-west12", m(
                    "accelerators", l()),
                "europe-west15", m(
                    "listedBy", "gcloud",
                    "source", "GCLOUD-C",
                    "accelerators", "unknown"),
                "me-central1", m(
                    "accelerators", l()),
                "me-central2", m(
                    "accelerators", l(
                        "NVIDIA_L4")),
                "me-west1", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_A100"),
                    "servingOnly", l(
                        "NVIDIA_A100_80GB",
                        "NVIDIA_TESLA_T4")),
                "northamerica-northeast1", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_P4",
                        "NVIDIA_TESLA_T4")),
                "northamerica-northeast2", m(
                    "accelerators", l(
                        "NVIDIA_H100_80GB",
                        "NVIDIA_L4")),
                "southamerica-east1", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_T4")),
                "southamerica-west1", m(
                    "accelerators", l(),
                    "tpuFamilies", l(
                        "ct6e"),
                    "servingOnly", l(
                        "NVIDIA_TESLA_T4")),
                "us-central1", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_A100",
                        "NVIDIA_A100_80GB",
                        "NVIDIA_B200",
                        "NVIDIA_H100_80GB",
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_GB200",
                        "NVIDIA_H200_141GB",
                        "NVIDIA_L4",
                        "NVIDIA_TESLA_P4",
                        "NVIDIA_TESLA_P100",
                        "NVIDIA_TESLA_T4",
                        "NVIDIA_RTX_PRO_6000",
                        "NVIDIA_TESLA_V100",
                        "TPU_V2",
                        "TPU_V3"),
                    "tpuPods", l(
                        "TPU_V2"),
                    "tpuFamilies", l(
                        "ct5lp",
                        "ct6e",
                        "tpu7x")),
                "us-east1", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_A100",
                        "NVIDIA_B200",
                        "NVIDIA_L4",
                        "NVIDIA_TESLA_P100",
                        "NVIDIA_TESLA_T4",
                        "NVIDIA_RTX_PRO_6000",
                        "NVIDIA_TESLA_V100"),
                    "tpuFamilies", l(
                        "ct5lp",
                        "ct6e")),
                "us-east4", m(
                    "accelerators", l(
                        "NVIDIA_A100_80GB",
                        "NVIDIA_H100_80GB",
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_H200_141GB",
                        "NVIDIA_B200",
                        "NVIDIA_GB200",
                        "NVIDIA_L4",
                        "NVIDIA_TESLA_P4",
                        "NVIDIA_TESLA_T4",
                        "NVIDIA_RTX_PRO_6000")),
                "us-east5", m(
                    "accelerators", l(
                        "NVIDIA_A100_80GB",
                        "NVIDIA_H100_80GB",
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_H200_141GB"),
                    "tpuFamilies", l(
                        "ct6e")),
                "us-south1", m(
                    "accelerators", l(
                        "NVIDIA_B200",
                        "NVIDIA_H200_141GB"),
                    "tpuFamilies", l(
                        "ct6e"),
                    "servingOnly", l(
                        "ct5lp")),
                "us-west1", m(
                    "accelerators", l(
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_H200_141GB",
                        "NVIDIA_L4",
                        "NVIDIA_TESLA_P100",
                        "NVIDIA_TESLA_T4",
                        "NVIDIA_H100_80GB",
                        "NVIDIA_TESLA_V100"),
                    "tpuFamilies", l(
                        "ct5lp")),
                "us-west2", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_P4",
                        "NVIDIA_TESLA_T4",
                        "NVIDIA_B200")),
                "us-west3", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_A100",
                        "NVIDIA_B200")),
                "us-west4", m(
                    "accelerators", l(
                        "NVIDIA_TESLA_A100",
                        "NVIDIA_H100_80GB",
                        "NVIDIA_H100_MEGA_80GB",
                        "NVIDIA_TESLA_T4"),
                    "tpuFamilies", l(
                        "ct5lp"),
                    "servingOnly", l(
                        "NVIDIA_L4")),
                "us-west8", m(
                    "listedBy", "gcloud",
                    "source", "GCLOUD-C",
                    "accelerators", "unknown"))),
        "accelerators", m(
            "NVIDIA_TESLA_K80", m(
                "kind", "gpu",
                "displayName", "NVIDIA K80",
                "status", "rejected",
                "flexStart", "unsupported",
                "source", l(
                    "PROTO-AT",
                    "SAMPLES-213"),
                "notes", l(
                    "deprecated in the v1 enum; the API answers 400 Accelerator \"NVIDIA_TESLA_K80\" is not supported for machine type ...")),
            "NVIDIA_TESLA_P100", m(
                "kind", "gpu",
                "displayName", "NVIDIA P100",
                "status", "endOfSupport",
                "endOfSupport", "2026-09-15",
                "flexStart", "unsupported",
                "source", "CC",
                "notes", l(
                    "4 P100s give at most 64 vCPUs and 208 GB of memory, so most 64- and 96-vCPU n1 machines cannot take P100"),
                "uncertain", "The catalog date is past end of support, and the docs copy still lists P100 in its region and compatibility tables; whether the API now rejects P100 is not confirmed."),
            "NVIDIA_TESLA_V100", m(
                "kind", "gpu",
                "displayName", "NVIDIA V100",
                "status", "available",
                "flexStart", "unsupported",
                "source", "CC"),
            "NVIDIA_TESLA_P4", m(
                "kind", "gpu",
                "displayName", "NVIDIA P4",
                "status", "available",
                "flexStart", "unsupported",
                "source", "CC"),
            "NVIDIA_TESLA_T4", m(
                "kind", "gpu",
                "displayName", "NVIDIA T4",
                "status", "available",
                "flexStart", "unsupported",
                "source", "CC"),
            "NVIDIA_TESLA_A100", m(
                "kind", "gpu",
                "displayName", "NVIDIA A100 40GB",
                "status", "available",
                "flexStart", "supported",
                "source", l(
                    "CC",
                    "DWS")),
            "NVIDIA_A100_80GB", m(
                "kind", "gpu",
                "displayName", "NVIDIA A100 80GB",
                "status", "available",
                "flexStart", "supported",
                "source", l(
                    "CC",
                    "DWS"),
                "uncertain", "[DWS] lists \"A100\" for FLEX_START without saying which memory size"),
            "NVIDIA_L4", m(
                "kind", "gpu",
                "displayName", "NVIDIA L4",
                "status", "available",
                "flexStart", "supported",
                "source", l(
                    "CC",
                    "DWS")),
            "NVIDIA_H100_80GB", m(
                "kind", "gpu",
                "displayName", "NVIDIA H100 80GB",
                "status", "available",
                "flexStart", "supported",
                "source", l(
                    "CC",
                    "DWS")),
            "NVIDIA_H100_MEGA_80GB", m(
                "kind", "gpu",
                "displayName", "NVIDIA H100 Mega 80GB",
                "status", "available",
                "flexStart", "unclear",
                "reservation", "recommended",
                "source", l(
                    "CC",
                    "DWS"),
                "uncertain", "[DWS] lists \"H100\" for FLEX_START without saying whether H100 Mega (a3-megagpu-8g) is included"),
            "NVIDIA_H200_141GB", m(
                "kind", "gpu",
                "displayName", "NVIDIA H200 141GB",
                "status", "available",
                "flexStart", "supported",
                "reservation", "recommended",
                "source", l(
                    "CC",
                    "DWS")),
            "NVIDIA_B200", m(
                "kind", "gpu",
                "displayName", "NVIDIA B200",
                "status", "available",
                "flexStart", "supported",
                "reservation", "recommended",
                "source", l(
                    "CC",
                    "DWS")),
            "NVIDIA_GB200", m(
                "kind", "gpu",
                "displayName", "NVIDIA GB200",
                "status", "available",
                "flexStart", "unsupported",
                "reservation", "required",
                "source", "CC",
                "notes", l(
                    "only on a4x-highgpu-4g, which has an ARM CPU: the container image must be built for arm64")),
            "NVIDIA_RTX_PRO_6000", m(
                "kind", "gpu",
                "displayName", "NVIDIA RTX PRO 6000",
                "status", "available",
                "flexStart", "unsupported",
                "source", "CC"),
            "TPU_V2", m(
                "kind", "tpu",
                "displayName", "TPU v2",
                "status", "available",
                "flexStart", "unsupported",
                "source", "CC",
                "notes", l(
                    "machineType cloud-tpu; acceleratorCount 8 for one TPU, pod sizes in tpu.cloudTpu")),
            "TPU_V3", m(
                "kind", "tpu",
                "displayName", "TPU v3",
                "status", "available",
                "flexStart", "unsupported",
                "source", "CC",
                "notes", l(
                    "machineType cloud-tpu; acceleratorCount 8 for one TPU, pod sizes in tpu.cloudTpu")),
            "TPU_V4_POD", m(
                "kind", "tpu",
                "displayName", "TPU v4 Pod",
                "status", "undocumented",
                "flexStart", "unsupported",
                "source", "PROTO-AT",
                "notes", l(
                    "in the v1 enum, but no training page in the research mentions it and no region lists it")),
            "TPU_V5_LITEPOD", m(
                "kind", "tpu",
                "displayName", "TPU v5e",
                "status", "available",
                "flexStart", "unsupported",
                "source", l(
                    "PROTO-AT",
                    "CC"),
                "notes", l(
                    "the docs select TPU v5e with machineType ct5lp-hightpu-* and tpuTopology"),
                "uncertain", "The docs' v5e examples set only machineType and tpuTopology; whether acceleratorType TPU_V5_LITEPOD is required, allowed or rejected is unconfirmed.")),
        "machineTypes", part0(),
        "tpu", m(
            "cloudTpu", m(
                "machineType", "cloud-tpu",
                "source", "CC",
                "counts", m(
                    "TPU_V2", m(
                        "exact", l(
                            8),
                        "pods", m(
                            "min", 32,
                            "multipleOf", 32)),
                    "TPU_V3", m(
                        "exact", l(
                            8),
                        "pods", m(
                            "min", 32),
                        "uncertain", "[CC] says only \"32+\" for v3 pods; the exact set of valid v3 pod sizes is not confirmed"))),
            "families", m(
                "ct5lp", m(
                    "displayName", "TPU v5e",
                    "acceleratorType", "TPU_V5_LITEPOD",
                    "source", "CC",
                    "topologies", m(
                        "ct5lp-hightpu-1t", l(
                            "1x1"),
                        "ct5lp-hightpu-4t", l(
                            "2x2",
                            "2x4",
                            "4x4",
                            "4x8",
                            "8x8",
                            "8x16",
                            "16x16"),
                        "ct5lp-hightpu-8t", l(
                            "2x4")),
                    "notes", l(
                        "ct5lp-hightpu-4t with 2x4 runs on 2 VMs",
                        "needs JAX 0.4.6+, TensorFlow 2.15+ or PyTorch 2.1+"),
                    "uncertain", "The docs' v5e examples set only machineType and tpuTopology; whether acceleratorType TPU_V5_LITEPOD is required, allowed or rejected is unconfirmed."),
                "ct6e", m(
                    "displayName", "TPU v6e",
                    "source", "CC",
                    "topologies", m(
                        "ct6e-standard-1t", l(
                            "1x1"),
                        "ct6e-standard-4t", l(
                            "2x2",
                            "2x4",
                            "4x4",
                            "4x8",
                            "8x8",
                            "8x16",
                            "16x16"),
                        "ct6e-standard-8t", l(
                            "2x4")),
                    "notes", l(
                        "no v1 AcceleratorType value; leave acceleratorType unset",
                        "TensorFlow is not supported from v6e on"),
                    "uncertain", "[CC] first says to set machineType to `ct6e`, then its table lists ct6e-standard-Nt; the [CC] machine-type list leaves ct6e out."),
                "tpu7x", m(
                    "displayName", "TPU7x",
                    "source", "CC",
                    "topologies", m(
                        "tpu7x-standard-4t", l(
                            "2x2x1",
                            "2x2x2",
                            "2x2x4",
                            "2x4x4",
                            "4x4x4",
                            "4x4x8",
                            "4x8x8",
                            "8x8x8",
                            "8x8x16")),
                    "notes", l(
                        "no v1 AcceleratorType value; leave acceleratorType unset",
                        "needs Python 3.12+"),
                    "uncertain", "the [CC] machine-type list leaves tpu7x-standard-4t out; only its TPU section names it"))),
        "limits", m(
            "workerPools", m(
                "min", 1,
                "max", 4,
                "source", "DT",
                "notes", l(
                    "pool roles by index: 0 chief, 1 workers, 2 parameter servers or Reduction Server, 3 evaluators; unused pools may be {}")),
            "chiefReplicas", m(
                "min", 1,
                "max", 1,
                "source", "DT"),
            "displayNameLength", m(
                "min", 1,
                "max", 128,
                "source", l(
                    "PROTO-CJ",
                    "GCLOUD-V"),
                "notes", l(
                    "any UTF-8 characters; gcloud: \"Display name can not be empty.\"")),
            "envVars", m(
                "min", 0,
                "max", 100,
                "source", "PROTO-CJ"),
            "packageUris", m(
                "min", 1,
                "max", 100,
                "source", "PROTO-CJ"),
            "argsTotalLength", m(
                "min", 0,
                "max", 100000,
                "source", l(),
                "uncertain", "no source found (not in the proto, [CC] or gcloud); treat as unconfirmed"),
            "labels", m(
                "maxCount", 64,
                "keyMaxLength", 63,
                "valueMaxLength", 63,
                "protoMaxLength", 64,
                "keyPattern", "[\\p{Ll}\\p{Lo}][\\p{Ll}\\p{Lo}\\p{N}_-]*",
                "valuePattern", "[\\p{Ll}\\p{Lo}\\p{N}_-]*",
                "source", l(
                    "PROTO-CJ",
                    "GCP-LABELS",
                    "TFC"),
                "notes", l(
                    "lengths are in Unicode code points"),
                "uncertain", "The CustomJob proto says keys and values are at most 64 characters; the general GCP label rules say 63, at most 64 labels, and keys start with a lowercase letter. No Vertex page confirms the count limit or a reserved aiplatform.googleapis.com/ prefix for CustomJob."),
            "bootDisk", m(
                "types", l(
                    "pd-ssd",
                    "pd-standard",
                    "hyperdisk-balanced"),
                "defaultType", "pd-ssd",
                "sizeGb", m(
                    "min", 100,
                    "max", 64000),
                "defaultSizeGb", 100,
                "source", l(
                    "CC",
                    "PROTO-MR"),
                "notes", l(
                    "machine types with another default set defaultBootDiskType in machineTypes",
                    "hyperdisk-balanced only works on machines that support Hyperdisk",
                    "all VMs in one worker pool share the same disk type and size"),
                "uncertain", "pd-balanced and pd-extreme appear only in PersistentDiskSpec, not in the training DiskSpec docs"),
            "scheduling", m(
                "defaultTimeout", "P7D",
                "maxTimeout", "unknown",
                "strategies", l(
                    "STRATEGY_UNSPECIFIED",
                    "ON_DEMAND",
                    "LOW_COST",
                    "STANDARD",
                    "SPOT",
                    "FLEX_START"),
                "deprecatedStrategies", l(
                    "ON_DEMAND",
                    "LOW_COST"),
                "flexStartMaxTimeout", "P7D",
                "flexStartSameMachineAllPools", true,
                "defaultMaxWaitDuration", "P1D",
                "source", l(
                    "PROTO-CJ",
                    "DWS",
                    "TFX-6223"),
                "notes", l(
                    "maxWaitDuration only matters with FLEX_START; 0 waits indefinitely",
                    "disableRetries=true overrides restartJobOnWorkerRestart to false"),
                "uncertain", "The proto gives no maximum timeout (a default-timeout job was cancelled after exactly 7 days); whether STANDARD or SPOT jobs reject a timeout over 7 days is not confirmed. [DWS] does not say whether FLEX_START is rejected or only unsupported for accelerators outside its list."),
            "tpuJobs", m(
                "maxWorkerPools", 1,
                "replicaCount", 1,
                "spotWithPods", false,
                "source", l(
                    "CC",
                    "SPOT")),
            "outputOnlyFields", m(
                "fields", l(
                    "name",
                    "state",
                    "createTime",
                    "startTime",
                    "endTime",
                    "updateTime",
                    "error",
                    "webAccessUris",
                    "satisfiesPzs",
                    "satisfiesPzi"),
                "source", "PROTO-CJ")),
        "images", m(
            "registryHosts", l(
                "us-docker.pkg.dev",
                "europe-docker.pkg.dev",
                "asia-docker.pkg.dev"),
            "reductionServer", m(
                "path", "vertex-ai-restricted/training/reductionserver",
                "tag", "latest",
                "pool", 2,
                "recommendedMachineType", "n1-highcpu-16",
                "source", "DT",
                "notes", l(
                    "needs GPU workers; the reducer nodes take no GPUs")),
            "prebuiltTraining", m(
                "pathPrefix", "vertex-ai/training/",
                "form", "<framework>-<cpu|gpu>.<version>:latest",
                "example", "vertex-ai/training/tf-cpu.2-4:latest",
                "source", l(
                    "PREBUILT",
                    "GCLOUD-F",
                    "PROTO-CJ"),
                "notes", l(
                    "pythonPackageSpec.executorImageUri must be one of these images"))));
  }

  private static Object part0() {
    return m(
        "source", "CC",
        "groups", l(
            m(
                "machines", l(
                    "a3-megagpu-8g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_H100_MEGA_80GB", l(
                        8))),
            m(
                "machines", l(
                    "a3-highgpu-1g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_H100_80GB", l(
                        1))),
            m(
                "machines", l(
                    "a3-highgpu-2g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_H100_80GB", l(
                        2))),
            m(
                "machines", l(
                    "a3-highgpu-4g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_H100_80GB", l(
                        4))),
            m(
                "machines", l(
                    "a3-highgpu-8g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_H100_80GB", l(
                        8))),
            m(
                "machines", l(
                    "a3-ultragpu-8g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_H200_141GB", l(
                        8)),
                "defaultBootDiskType", "hyperdisk-balanced",
                "source", l(
                    "CC",
                    "PROTO-MR")),
            m(
                "machines", l(
                    "a4-highgpu-8g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_B200", l(
                        8)),
                "defaultBootDiskType", "hyperdisk-balanced"),
            m(
                "machines", l(
                    "a4x-highgpu-4g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_GB200", l(
                        4)),
                "notes", l(
                    "ARM CPU")),
            m(
                "machines", l(
                    "a2-ultragpu-1g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_A100_80GB", l(
                        1))),
            m(
                "machines", l(
                    "a2-ultragpu-2g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_A100_80GB", l(
                        2))),
            m(
                "machines", l(
                    "a2-ultragpu-4g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_A100_80GB", l(
                        4))),
            m(
                "machines", l(
                    "a2-ultragpu-8g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_A100_80GB", l(
                        8))),
            m(
                "machines", l(
                    "a2-highgpu-1g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_TESLA_A100", l(
                        1))),
            m(
                "machines", l(
                    "a2-highgpu-2g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_TESLA_A100", l(
                        2))),
            m(
                "machines", l(
                    "a2-highgpu-4g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_TESLA_A100", l(
                        4))),
            m(
                "machines", l(
                    "a2-highgpu-8g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_TESLA_A100", l(
                        8))),
            m(
                "machines", l(
                    "a2-megagpu-16g"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_TESLA_A100", l(
                        16))),
            m(
                "machines", l(
                    "g2-standard-{4,8,12,16,32}"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_L4", l(
                        1))),
            m(
                "machines", l(
                    "g2-standard-24"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_L4", l(
                        2))),
            m(
                "machines", l(
                    "g2-standard-48"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_L4", l(
                        4))),
            m(
                "machines", l(
                    "g2-standard-96"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_L4", l(
                        8))),
            m(
                "machines", l(
                    "g4-standard-48"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_RTX_PRO_6000", l(
                        1))),
            m(
                "machines", l(
                    "g4-standard-96"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_RTX_PRO_6000", l(
                        2))),
            m(
                "machines", l(
                    "g4-standard-192"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_RTX_PRO_6000", l(
                        4))),
            m(
                "machines", l(
                    "g4-standard-384"),
                "accelerators", "required",
                "counts", m(
                    "NVIDIA_RTX_PRO_6000", l(
                        8))),
            m(
                "machines", l(
                    "n1-standard-{4,8}",
                    "n1-highmem-{2,4,8}"),
                "accelerators", "optional",
                "counts", m(
                    "NVIDIA_TESLA_P4", l(
                        1,
                        2,
                        4),
                    "NVIDIA_TESLA_P100", l(
                        1,
                        2,
                        4),
                    "NVIDIA_TESLA_T4", l(
                        1,
                        2,
                        4),
                    "NVIDIA_TESLA_V100", l(
                        1,
                        2,
                        4,
                        8)),
                "source", l(
                    "CC",
                    "TFC"),
                "notes", l(
                    "[CC]: GPUs on small machines such as n1-highmem-2 might make logging fail for some workloads (CPU constraints)"),
                "uncertain", "the n1 rows re-assign the columns of a flattened [CC] table; they match [TFC], which is older"),
            m(
                "machines", l(
                    "n1-standard-16",
                    "n1-highmem-16",
                    "n1-highcpu-16"),
                "accelerators", "optional",
                "counts", m(
                    "NVIDIA_TESLA_P4", l(
                        1,
                        2,
                        4),
                    "NVIDIA_TESLA_P100", l(
                        1,
                        2,
                        4),
                    "NVIDIA_TESLA_T4", l(
                        1,
                        2,
                        4),
                    "NVIDIA_TESLA_V100", l(
                        2,
                        4,
                        8)),
                "source", l(
                    "CC",
                    "TFC"),
                "uncertain", "the n1 rows re-assign the columns of a flattened [CC] table; they match [TFC], which is older"),
            m(
                "machines", l(
                    "n1-standard-32",
                    "n1-highmem-32",
                    "n1-highcpu-32"),
                "accelerators", "optional",
                "counts", m(
                    "NVIDIA_TESLA_P4", l(
                        2,
                        4),
                    "NVIDIA_TESLA_P100", l(
                        2,
                        4),
                    "NVIDIA_TESLA_T4", l(
                        2,
                        4),
                    "NVIDIA_TESLA_V100", l(
                        4,
                        8)),
                "source", l(
                    "CC",
                    "TFC"),
                "uncertain", "the n1 rows re-assign the columns of a flattened [CC] table; they match [TFC], which is older"),
            m(
                "machines", l(
                    "n1-highcpu-64"),
                "accelerators", "optional",
                "counts", m(
                    "NVIDIA_TESLA_P4", l(
                        4),
                    "NVIDIA_TESLA_P100", l(
                        4),
                    "NVIDIA_TESLA_T4", l(
                        4),
                    "NVIDIA_TESLA_V100", l(
                        8)),
                "source", l(
                    "CC",
                    "TFC"),
                "uncertain", "the n1 rows re-assign the columns of a flattened [CC] table; they match [TFC], which is older"),
            m(
                "machines", l(
                    "n1-standard-{64,96}",
                    "n1-highmem-{64,96}",
                    "n1-highcpu-96"),
                "accelerators", "optional",
                "counts", m(
                    "NVIDIA_TESLA_P4", l(
                        4),
                    "NVIDIA_TESLA_T4", l(
                        4),
                    "NVIDIA_TESLA_V100", l(
                        8)),
                "source", l(
                    "CC",
                    "TFC"),
                "notes", l(
                    "no P100: 4 P100s give at most 64 vCPUs and 208 GB of memory"),
                "uncertain", "the n1 rows re-assign the columns of a flattened [CC] table; they match [TFC], which is older"),
            m(
                "machines", l(
                    "e2-standard-{4,8,16,32}",
                    "e2-highmem-{2,4,8,16}",
                    "e2-highcpu-{16,32}"),
                "accelerators", "none"),
            m(
                "machines", l(
                    "n4-standard-{2,4,8,16,32,48,64,80}",
                    "n4-highmem-{2,4,8,16,32,48,64,80}",
                    "n4-highcpu-{2,4,8,16,32,48,64,80}"),
                "accelerators", "none"),
            m(
                "machines", l(
                    "n2-standard-{4,8,16,32,48,64,80}",
                    "n2-highmem-{2,4,8,16,32,48,64,80}",
                    "n2-highcpu-{16,32,48,64,80}"),
                "accelerators", "none"),
            m(
                "machines", l(
                    "c2-standard-{4,8,16,30,60}"),
                "accelerators", "none"),
            m(
                "machines", l(
                    "m1-ultramem-{40,80,160}",
                    "m1-megamem-96"),
                "accelerators", "none")),
        "unsupported", l(
            m(
                "machines", l(
                    "n1-standard-2"),
                "source", "AIP-PR66",
                "notes", l(
                    "\"n1-standard-2 is supported in Deploy but not for Training. n1-standard-4 is currently the lowest common denominator\"")),
            m(
                "families", l(
                    "c2d",
                    "c3",
                    "n2d",
                    "m2",
                    "m3"),
                "source", l(
                    "MESOZOIC-PR201",
                    "CC"),
                "notes", l(
                    "a third-party list; it matches [CC], whose machine list leaves these families out"))));
  }

  private static Map<String, Object> m(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>(keysAndValues.length);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  private static List<Object> l(Object... items) {
    return Collections.unmodifiableList(Arrays.asList(items));
  }
}
