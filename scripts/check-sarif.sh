#!/usr/bin/env bash
# Validates vjc's SARIF with Microsoft's SARIF multitool (npm @microsoft/sarif-multitool-linux),
# which checks SARIF's own rules beyond the JSON schema the unit tests use. Fails on any error.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOLS="$ROOT/bench/out/tools"
MT="$TOOLS/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$MT" ]; then
  mkdir -p "$TOOLS"
  (cd "$TOOLS" && npm install --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool-linux@5.7.0 >/dev/null)
  chmod +x "$MT"
fi
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
"$ROOT/vjc" lint --format sarif -o "$WORK/vjc.sarif" "$ROOT/testdata/format/project/jobs" \
  "$ROOT/testdata/rules" || true
[ -s "$WORK/vjc.sarif" ] || { echo "FAIL: vjc wrote no SARIF" >&2; exit 1; }
grep -q '"ruleId"' "$WORK/vjc.sarif" || { echo "FAIL: the SARIF has no results to check" >&2; exit 1; }
"$MT" validate "$WORK/vjc.sarif" --output "$WORK/report.sarif" --log ForceOverwrite >"$WORK/log.txt" 2>&1 || true
python3 - "$WORK/report.sarif" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
results = [r for run in report["runs"] for r in run.get("results", [])]
errors = [r for r in results if r.get("level", "warning") == "error"]
for r in results:
    print(r.get("level", "warning"), r["ruleId"], json.dumps(r["message"].get("arguments", [])))
print(f"sarif multitool: {len(errors)} errors, {len(results) - len(errors)} other findings")
sys.exit(1 if errors else 0)
PY
