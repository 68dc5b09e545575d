#!/usr/bin/env bash
# Shows that vjc's first run survives company: on a fresh clone (no build, no class-data archive),
# six `./vjc lint testdata/examples` start at once, as pre-commit hooks or a CI matrix start them.
# Every one must exit 0 and print the same report; the launcher's lock makes one of them build
# and record the archive while the others wait. The clone is of the committed HEAD.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${VJC_CONCURRENT_RUNS:-6}"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
git clone -q "$ROOT" "$WORK/vjc"
cd "$WORK/vjc"

echo "== $RUNS x ./vjc lint testdata/examples, started at once on a fresh clone"
pids=()
for i in $(seq 1 "$RUNS"); do
  ./vjc lint testdata/examples >"$WORK/out.$i" 2>"$WORK/err.$i" &
  pids+=($!)
done
failed=0
reference=""
for i in $(seq 1 "$RUNS"); do
  code=0
  wait "${pids[$((i - 1))]}" || code=$?
  if [ "$code" -ne 0 ]; then
    echo "FAIL: run $i exited $code; its stderr:" >&2
    cat "$WORK/err.$i" >&2
    failed=1
    continue
  fi
  # Reports are compared with the first run that succeeded.
  reference="${reference:-$i}"
  if ! cmp -s "$WORK/out.$reference" "$WORK/out.$i"; then
    echo "FAIL: run $i printed another report than run $reference:" >&2
    diff "$WORK/out.$reference" "$WORK/out.$i" >&2 || true
    failed=1
  fi
  # Quiet as one run: at most the launcher's one line about building.
  if grep -v '^vjc: building the CLI with Maven' "$WORK/err.$i" | grep -q .; then
    echo "FAIL: run $i wrote to stderr:" >&2
    cat "$WORK/err.$i" >&2
    failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1
[ -s "$WORK/out.$reference" ] || { echo "FAIL: the runs printed nothing" >&2; exit 1; }
echo "concurrent first runs: $RUNS of $RUNS exited 0 with the same report"
