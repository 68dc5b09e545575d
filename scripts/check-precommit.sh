#!/usr/bin/env bash
# Shows the vjc-lint hook working with the real pre-commit framework: in a throwaway git
# repository with one good and one bad job file (and an unrelated YAML file), `pre-commit
# try-repo` must pass on the good file and fail, naming the rule, on the bad one.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
command -v pre-commit >/dev/null || { echo "pre-commit missing (Debian: apt-get install pre-commit)" >&2; exit 2; }
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
git init -q sample && cd sample
git config user.email ci@example.com && git config user.name ci
cp "$ROOT/testdata/rules/pool0-single-replica/ok/chief-and-workers.yaml" good.yaml
cp "$ROOT/testdata/rules/pool0-single-replica/bad/two-replicas.yaml" bad.yaml
printf 'name: build\non: [push]\n' > workflow.yaml
git add . && git commit -qm sample
export PRE_COMMIT_HOME="$WORK/cache"

echo "== good.yaml and an unrelated YAML file: the hook must pass"
pre-commit try-repo "$ROOT" vjc-lint --files good.yaml workflow.yaml
echo "== bad.yaml: the hook must fail and name the rule"
if pre-commit try-repo "$ROOT" vjc-lint --files bad.yaml >out.txt 2>&1; then
  cat out.txt; echo "FAIL: the hook passed on a bad file" >&2; exit 1
fi
cat out.txt
grep -q "\[pool0-single-replica\]" out.txt || { echo "FAIL: no finding in the hook output" >&2; exit 1; }
echo "pre-commit hook: ok"
