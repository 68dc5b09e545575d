# bad: a hyperparameter tuning job is not a custom job.
gcloud ai hp-tuning-jobs create --region=us-central1 --display-name=hpt --config=hpt.yaml --max-trial-count=10 --parallel-trial-count=2
