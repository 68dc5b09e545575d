# bad: two commands; vjc imports one at a time.
gcloud ai custom-jobs create --region=us-east1 --display-name=a --worker-pool-spec=machine-type=n1-standard-4,container-image-uri=gcr.io/a/a:1
gcloud ai custom-jobs create --region=us-east1 --display-name=b --worker-pool-spec=machine-type=n1-standard-4,container-image-uri=gcr.io/a/b:1
