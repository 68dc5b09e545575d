# bad: the display name needs a shell to run `date`.
gcloud ai custom-jobs create --region=us-central1 --display-name="run-$(date +%s)" \
  --worker-pool-spec=machine-type=n1-standard-4,container-image-uri=gcr.io/a/b:1
