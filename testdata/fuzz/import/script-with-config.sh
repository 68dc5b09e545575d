gcloud ai custom-jobs create --region=us-central1 --display-name=train \
  --config=config.yaml
#---
workerPoolSpecs:
  machineSpec: {machineType: n1-standard-4}
  replicaCount: 1
  containerSpec: {imageUri: gcr.io/acme/train:1}
