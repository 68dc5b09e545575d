# bad: gcloud builds an image from local code (local-package-path, script, requirements); vjc
# cannot, and says what to do instead.
gcloud ai custom-jobs create --region=us-central1 --display-name=autopackaged \
  --worker-pool-spec="machine-type=n1-standard-4,executor-image-uri=us-docker.pkg.dev/vertex-ai/training/tf-cpu.2-12.py310:latest,local-package-path=trainer,script=task.py,requirements=pandas;scikit-learn"
