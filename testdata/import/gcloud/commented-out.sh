# ok (warning): the only command is commented out; it is imported as written.
echo "training is paused"
# gcloud ai custom-jobs create \
#     --region=us-east1 --project=acme-ml \
#     --display-name=paused-job \
#     --worker-pool-spec=machine-type=n1-standard-4,container-image-uri=gcr.io/acme-ml/job:7
