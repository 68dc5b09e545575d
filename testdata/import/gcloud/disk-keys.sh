# ok (warning): disk-type and disk-size are not custom-jobs keys in gcloud, but their meaning is
# clear; they become diskSpec.
gcloud ai custom-jobs create --region=us-central1 --project=acme-ml --display-name=big-disk \
  --worker-pool-spec=machine-type=n1-standard-8,disk-type=pd-ssd,disk-size=500,container-image-uri=us-docker.pkg.dev/acme/train/etl:3.2.0
