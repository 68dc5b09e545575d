#!/usr/bin/env bash
# Hostile inputs: wall time and peak memory (GNU time) of `vjc lint` on each, printed as a
# markdown table. The inputs are those of cli/src/test/java/vjc/cli/robust/HostileInputTest:
# the small ones committed in testdata/hostile/, the large ones generated here into a temporary
# folder the same way. The test checks what vjc reports; this script measures what it costs.
#
#   bench/hostile.sh                                  # runs ./vjc (builds the CLI if stale)
#   VJC="java -jar cli/target/vjc.jar" bench/hostile.sh
#   REPS=3 bench/hostile.sh                           # median of 3 runs per input
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VJC="${VJC:-$ROOT/vjc}"
REPS="${REPS:-1}"
H="$ROOT/testdata/hostile"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
$VJC --version >/dev/null # builds the CLI first, so that no row pays for it

echo "generating the large inputs in $TMP" >&2
POOL='jobSpec:
  workerPoolSpecs:
    - machineSpec: {machineType: n1-standard-4}
      replicaCount: 1
      containerSpec: {imageUri: us-docker.pkg.dev/acme/train/x:1.0}'
python3 - "$TMP" "$POOL" <<'PY'
import os, sys
tmp, pool = sys.argv[1], sys.argv[2]
def write(name, text):
    with open(os.path.join(tmp, name), "w") as f:
        f.write(text)
with open(os.path.join(tmp, "100mb.yaml"), "w") as f:
    f.write("displayName: huge\n")
    line = "# " + "padding " * 12 + "\n"
    for _ in range((100 << 20) // len(line) + 1):
        f.write(line)
write("10mb-line.yaml", "displayName: " + "x" * (10 << 20) + "\n")
write("3mb-line.yaml", "displayName: " + "x" * (3 << 20) + "\n")
write("million-keys.yaml", "".join("k%07d: 0\n" % i for i in range(1_000_000)))
write("300k-keys.yaml", "".join("k%07d: 0\n" % i for i in range(300_000)))
write("alias-of-900k-string.yaml", "displayName: aliases\nbig: &big " + "x" * 900_000
      + "\nargs:\n" + "  - *big\n" * 999)
write("chain-of-5000-variables.yaml", "displayName: ${v0}\nvars:\n"
      + "".join('  v%d: "a${v%d}"\n' % (i, i + 1) for i in range(4999))
      + "  v4999: end\n" + pool + "\n")
write("1mb-argument.yaml", "displayName: long\n" + pool.replace(
    "imageUri: us-docker.pkg.dev/acme/train/x:1.0",
    "imageUri: us-docker.pkg.dev/acme/train/x:1.0, args: ['--data=" + "x" * 1_000_000 + "']")
      + "\n")
PY
# 300 files of 3.9 MB, each a job with one warning: text output with snippets must keep only
# the lines the warnings point at, so this lints under -Xmx512m (it peaked at 1.87 GB).
python3 - "$TMP/many-big" <<'PY'
import os, sys
d = sys.argv[1]
os.makedirs(d)
job = ("displayName: big\nvars: {unused: 1}\njobSpec:\n  workerPoolSpecs:\n"
       "    - machineSpec: {machineType: n1-standard-4}\n      replicaCount: 1\n"
       "      containerSpec: {imageUri: us-docker.pkg.dev/acme/train/x@sha256:" + "a" * 64 + "}\n")
line = "# " + "padding " * 12 + "\n"
pad = line * ((3_900_000 - len(job)) // len(line))
for i in range(300):
    with open(os.path.join(d, "job%03d.yaml" % i), "w") as f:
        f.write(job + pad)
PY
mkdir -p "$TMP/loop/jobs"
cp "$ROOT/testdata/examples/mnist-cpu.yaml" "$TMP/loop/jobs/"
ln -s "$TMP/loop/jobs" "$TMP/loop/jobs/loop"
ln -s "$TMP/gone" "$TMP/dangling.yaml"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# row LABEL PATH: one table row for `vjc lint --no-snippets PATH` (SNIPPETS=" " keeps snippets)
row() {
  local label="$1" path="$2" walls=() rss=() code=0
  for _ in $(seq "$REPS"); do
    code=0
    /usr/bin/time -f '%e %M' -o "$TMP/time" $VJC lint ${SNIPPETS:---no-snippets} "$path" >"$TMP/out" 2>&1 \
      || code=$?
    read -r w m < <(tail -1 "$TMP/time")
    walls+=("$w"); rss+=("$m")
  done
  local size finding
  size="$(du -shL "$path" 2>/dev/null | cut -f1 || echo -)"
  # The first finding as line:col [rule]; a stack trace would show instead.
  finding="$(grep -m1 -oE ':[0-9]+:[0-9]+: (error|warning|info): .*\[[^]]+\]' "$TMP/out" \
    | sed -E 's/^:([0-9]+:[0-9]+): [a-z]+: .*\[([^]]+)\]$/\1 `\2`/' || true)"
  [ -n "$finding" ] || finding="$(head -c 60 "$TMP/out" | tr '\n' ' ')"
  grep -q -e 'Exception' -e 'internal error' "$TMP/out" && finding="CRASH: $finding"
  printf '| %s | %s | %s | %s | %s | %d |\n' "$label" "$size" "$code" "$finding" \
    "$(printf '%s\n' "${walls[@]}" | median)" \
    "$(( $(printf '%s\n' "${rss[@]}" | median | cut -d. -f1) / 1024 ))"
}

echo "| input | size | exit | first finding (line:col rule) | wall s | max RSS MiB |"
echo "|---|---|---|---|---|---|"
row "baseline: testdata/examples/mnist-cpu.yaml" "$ROOT/testdata/examples/mnist-cpu.yaml"
row "billion laughs" "$H/billion-laughs.yaml"
row "10,000-deep nesting" "$H/deep-nesting.yaml"
row "100 MB file" "$TMP/100mb.yaml"
row "binary junk" "$H/binary-junk.bin"
row "invalid UTF-8" "$H/invalid-utf8.yaml"
row "UTF-16 with BOM" "$H/utf16-bom.yaml"
row "its UTF-8 twin" "$H/utf16-bom.utf8.yaml"
row "10 MB single line" "$TMP/10mb-line.yaml"
row "3 MB single line (under the file limit)" "$TMP/3mb-line.yaml"
row "a million keys" "$TMP/million-keys.yaml"
row "300,000 keys (under the file limit)" "$TMP/300k-keys.yaml"
row "alias of a 900 KB string, 999 times" "$TMP/alias-of-900k-string.yaml"
row "string variables doubling 30 times" "$H/exponential-variables.yaml"
row "list variables doubling 40 times" "$H/exponential-list-variables.yaml"
row "a chain of 5,000 variables" "$TMP/chain-of-5000-variables.yaml"
row "number with exponent -999999999" "$H/huge-exponent.yaml"
row "1 MB argument" "$TMP/1mb-argument.yaml"
row "overlay ../../etc/passwd" "$H/overlay-escape/job.yaml"
row "folder with a symlink loop" "$TMP/loop/jobs"
row "dangling symlink named x.yaml" "$TMP/dangling.yaml"
# JAVA_TOOL_OPTIONS reaches the JVM whether VJC is ./vjc or a plain java -jar.
SNIPPETS=" " JAVA_TOOL_OPTIONS="-Xmx512m" \
  row "300 files of 3.9 MB, one warning each, text with snippets, -Xmx512m" "$TMP/many-big"
