# ok (warning): a notebook cell with Python f-string fields: {IMAGE} and {REGION} stay open as
# variables; doubled braces are not fields and stay as written.
! gcloud ai custom-jobs create --region={REGION} --display-name=notebook-job \
    --worker-pool-spec=machine-type=n1-standard-4,container-image-uri={IMAGE} \
    --args=--lr=0.1,--tag={{literal}}
