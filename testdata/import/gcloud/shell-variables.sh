#!/bin/sh
# ok: variables the script assigns are expanded as the shell would; the ones it never assigns
# (REGION, IMAGE) stay open as vjc variables, with a warning. ^;^ makes ; the list delimiter.
PROJECT=acme-ml
MACHINE="n1-standard-4"
export POOL="machine-type=${MACHINE},replica-count=1,container-image-uri=${IMAGE}"
ARGS='--data=gs://acme-ml/data,more;--note=literal ${NOT_A_VAR} and $HOME'

gcloud ai custom-jobs create \
    --project "$PROJECT" --region "${REGION:-us-central1}" \
    --display-name "nightly-$PROJECT" \
    --worker-pool-spec "$POOL" \
    --args "^;^$ARGS;--epochs=5" 2>&1 | tee submit.log
