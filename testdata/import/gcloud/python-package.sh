# ok: a Python package on a chief, an empty worker pool and a reduction server; --config adds
# scheduling and the output directory, and --args goes to every pool that runs code, as in gcloud.
gcloud ai custom-jobs create --region=us-central1 --project=acme-ml \
  --display-name="bert pretraining" \
  --config=configs/base.yaml \
  --python-package-uris=gs://acme-ml/pkg/trainer-0.3.tar.gz,gs://acme-ml/pkg/utils-1.0.tar.gz \
  --worker-pool-spec=machine-type=a2-highgpu-8g,accelerator-type=NVIDIA_TESLA_A100,accelerator-count=8,executor-image-uri=us-docker.pkg.dev/vertex-ai/training/pytorch-gpu.2-1.py310:latest,python-module=trainer.task \
  --worker-pool-spec= \
  --worker-pool-spec=machine-type=n1-highcpu-16,replica-count=4,container-image-uri=us-docker.pkg.dev/vertex-ai-restricted/training/reductionserver:latest \
  --args=--steps=1000
