# ok: a customer-managed key given in parts.
gcloud ai custom-jobs create --region=us-central1 --project=acme-ml --display-name=cmek \
  --kms-key=train-key --kms-keyring=ml --kms-location=us-central1 \
  --worker-pool-spec=machine-type=n1-standard-4,container-image-uri=us-docker.pkg.dev/acme/train/etl:3.2.0 \
  --network=projects/123456789/global/networks/ml-vpc --persistent-resource-id=pool-a
