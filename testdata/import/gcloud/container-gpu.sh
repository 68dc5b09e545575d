#!/bin/bash
# ok: a container on one T4, the flags people use most, all literal.
set -euo pipefail

gcloud ai custom-jobs create \
  --project=acme-ml \
  --region=us-central1 \
  --display-name=resnet-t4 \
  --labels=team=vision,cost-center=cc-1234 \
  --worker-pool-spec=machine-type=n1-standard-8,replica-count=1,accelerator-type=NVIDIA_TESLA_T4,container-image-uri=us-docker.pkg.dev/acme/train/resnet:1.4.2 \
  --args=--epochs=10,--batch-size=64 \
  --service-account=trainer@acme-ml.iam.gserviceaccount.com \
  --enable-web-access
