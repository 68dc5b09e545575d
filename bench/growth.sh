#!/usr/bin/env bash
# Growth: is `vjc lint` linear in its input? Grows one job 10x in each dimension (labels, vars,
# undefined variables, pools, env vars, unknown keys, overlays, one overlay named again and
# again) and prints a markdown table of wall times at both sizes and their ratio; linear work
# grows about 10x, and the goal is at most 12x. "net" subtracts a one-file lint of a tiny job
# measured in the same run, so the JVM's start does not flatter the ratio. What vjc reports on
# such inputs is checked by tests (MapNodeTest, EngineBoundsTest, TemplateResolverTest); this
# script measures time.
#
#   bench/growth.sh                       # uses cli/target/vjc.jar (build it with mvn package)
#   SMALL=5000 FACTOR=10 REPS=3 bench/growth.sh
#   KINDS="labels undefined" bench/growth.sh  # some dimensions only
#   VJC="java -Xmx512m -jar cli/target/vjc.jar" bench/growth.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VJC="${VJC:-java -Xss4m -jar $ROOT/cli/target/vjc.jar}"
# The small size; pools and overlay files use a tenth of it, env vars half. 10x of it must stay under vjc's
# limits (200,000 nodes, 4 MiB per file), or the large run measures a refusal: the table's last
# column shows what vjc said of each large input.
SMALL="${SMALL:-5000}"
FACTOR="${FACTOR:-10}"
REPS="${REPS:-3}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

[ -f "$ROOT/cli/target/vjc.jar" ] || { echo "build first: mvn -o -q package -pl cli -am -DskipTests" >&2; exit 2; }

# gen DIR KIND N: one job (and, for overlays, a project) of size N in DIR; prints the path to lint.
gen() {
  python3 - "$1" "$2" "$3" <<'PY'
import os, sys
d, kind, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(d, exist_ok=True)
head = "displayName: growth\n"
IMAGE = "us-docker.pkg.dev/acme/train/x@sha256:" + "a" * 64
def pool(extra=""):
    return ("    - machineSpec: {machineType: n1-standard-4}\n"
            "      replicaCount: 1\n"
            "      containerSpec:\n"
            "        imageUri: " + IMAGE + "\n" + extra)
pools = "jobSpec:\n  workerPoolSpecs:\n"
job = os.path.join(d, "job.yaml")
if kind == "labels":
    text = head + "labels:\n" + "".join("  k%d: v%d\n" % (i, i) for i in range(n)) + pools + pool()
elif kind == "vars":
    text = (head + "vars:\n" + "".join("  v%d: x%d\n" % (i, i) for i in range(n)) + pools
            + pool("        args:\n" + "".join("          - ${v%d}\n" % i for i in range(n))))
elif kind == "undefined":
    # n variables and n misspelt references to them: did-you-mean must not compare n * n names.
    text = (head + "vars:\n" + "".join("  name%d: x\n" % i for i in range(n)) + pools
            + pool("        args:\n" + "".join("          - ${nme%d}\n" % i for i in range(n))))
elif kind == "pools":
    text = head + pools + "".join(
        "    - {machineSpec: {machineType: n1-standard-4}, replicaCount: 1,"
        " containerSpec: {imageUri: x}}\n" for _ in range(n - 1)) + pool()
elif kind == "env":
    text = (head + pools + pool("        env:\n" + "".join(
        "          - {name: E%d, value: v}\n" % i for i in range(n))))
elif kind == "unknown":
    text = head + "".join("u%d: 1\n" % i for i in range(n)) + pools + pool()
elif kind in ("overlays", "same-overlay"):
    os.makedirs(os.path.join(d, "envs"), exist_ok=True)
    files = n if kind == "overlays" else 1
    for i in range(files):
        with open(os.path.join(d, "envs", "o%d.yaml" % i), "w") as f:
            f.write("displayName: growth-%d\njobSpec: {scheduling: {timeout: %ds}}\n" % (i, i + 1))
    names = ["envs/o%d.yaml" % (i if kind == "overlays" else 0) for i in range(n)]
    with open(os.path.join(d, ".vjc.yaml"), "w") as f:
        f.write("environments:\n  prod:\n    overlays:\n" + "".join("      - %s\n" % p for p in names))
    text = head + pools + pool()
else:
    raise SystemExit("unknown kind " + kind)
with open(job, "w") as f:
    f.write(text)
print(job)
PY
}

# secs CMD...: median wall seconds of REPS runs (the exit code is not judged: findings exit 1);
# the last run's output is left in $TMP/out.
secs() {
  local t=()
  for _ in $(seq "$REPS"); do
    local s e
    s=$(date +%s%N)
    "$@" >"$TMP/out" 2>&1 || true
    e=$(date +%s%N)
    t+=("$(( (e - s) / 1000000 ))")
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]/1000}'
}

tiny="$(gen "$TMP/tiny" labels 1)"
base="$(secs $VJC lint --no-snippets "$tiny")"
echo "vjc: $VJC; medians of $REPS runs; one-file baseline ${base} s" >&2
echo
echo "| dimension | n | wall s | ${FACTOR}n | wall s | ratio | net ratio | vjc's summary at ${FACTOR}n |"
echo "|---|---|---|---|---|---|---|---|"
for kind in ${KINDS:-labels vars undefined pools env unknown overlays same-overlay}; do
  # A pool is long and an overlay is a file: a tenth as many keep the files under vjc's 4 MiB
  # limit and the folder small.
  n="$SMALL"
  case "$kind" in
    pools | overlays) n=$((SMALL / 10)) ;;
    env) n=$((SMALL / 2)) ;; # four values an entry: 10n must stay under 200,000 values
  esac
  m=$((n * FACTOR))
  small="$(gen "$TMP/$kind-s" "$kind" "$n")"
  large="$(gen "$TMP/$kind-l" "$kind" "$m")"
  env=()
  case "$kind" in *overlay*) env=(--env prod) ;; esac
  a="$(secs $VJC lint --no-snippets "${env[@]}" "$small")"
  b="$(secs $VJC lint --no-snippets "${env[@]}" "$large")"
  said="$(tail -1 "$TMP/out" | sed 's/^vjc: //')"
  awk -v k="$kind" -v n="$n" -v m="$m" -v a="$a" -v b="$b" -v z="$base" -v s="$said" 'BEGIN {
    net = (a - z > 0.001) ? sprintf("%.1fx", (b - z) / (a - z)) : "-";
    printf "| %s | %d | %.2f | %d | %.2f | %.1fx | %s | %s |\n", k, n, a, m, b, b / a, net, s }'
done
