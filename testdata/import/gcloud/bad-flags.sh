# bad: what gcloud itself rejects: an unknown flag, an unknown key, an empty first pool, a count
# without a type, an accelerator that does not exist, a flag that takes no value.
gcloud ai custom-jobs create --region=us-central1 --display-name=broken \
  --worker-pool-spec= \
  --worker-pool-spec=machine-type=n1-standard-4,acelerator-count=2,container-image-uri=gcr.io/a/b:1 \
  --worker-pool-spec=machine-type=n1-standard-4,accelerator-count=2,container-image-uri=gcr.io/a/b:1 \
  --worker-pool-spec=machine-type=n1-standard-4,accelerator-type=NVIDIA_TESLA_T5,container-image-uri=gcr.io/a/b:1 \
  --enable-web-access=true \
  --base-output-dir=gs://acme-ml/out \
  --sevice-account=x@y.z
