# bad: gcloud ignores keys with underscores in --config, so this job would have no pools.
gcloud ai custom-jobs create --region=us-central1 --display-name=snake --config=configs/snake.yaml
