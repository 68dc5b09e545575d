# ok: pools come from --config; --args and --command replace theirs, as gcloud does.
gcloud ai custom-jobs create --region=europe-west4 --project=acme-ml --display-name=mnist \
  --config=configs/spec.yaml --command=python,-m,trainer.task --args=--epochs=3
