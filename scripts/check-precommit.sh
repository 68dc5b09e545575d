#!/usr/bin/env bash
# Shows the vjc-lint hook working as the README says, with the real pre-commit framework, in a
# throwaway team repository (.vjc.yaml, a prod overlay, jobs, and the non-job files a monorepo
# keeps). Each commit's files are the staged ones that the README's `files:` pattern selects, as
# pre-commit would pass them:
#   - a good job passes; non-job YAML and JSON (testdata/nonjobs/) pass untouched;
#   - a bad job is blocked, naming the rule;
#   - a commit that only edits the prod overlay, breaking every job in prod, is blocked.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
command -v pre-commit >/dev/null || { echo "pre-commit missing (Debian: apt-get install pre-commit)" >&2; exit 2; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# The README's example, read from the README itself so that the two cannot drift apart.
FILES_RE="$(sed -n 's/^ *files: \(\^[^ ]*\).*/\1/p' "$ROOT/README.md" | head -n1)"
REV="$(sed -n 's/^ *rev: \([^ ]*\).*/\1/p' "$ROOT/README.md" | head -n1)"
[ -n "$FILES_RE" ] || fail "no files: pattern in the README's pre-commit example"
for f in .vjc.yaml envs/prod.yaml jobs/train.yaml; do
  printf '%s\n' "$f" | grep -Eq "$FILES_RE" || fail "the README's files: $FILES_RE leaves out $f"
done
# A rev must exist: a full commit sha, or a tag that the README's release step makes.
if ! [[ "$REV" =~ ^[0-9a-f]{40}$ ]]; then
  grep -q "git tag -a $REV " "$ROOT/README.md" || fail "README's rev: $REV is no sha and no release step makes it"
fi

WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
export PRE_COMMIT_HOME="$WORK/cache"
OUT="$WORK/out.txt"   # outside the sample repository: the hook must find it unchanged
cd "$WORK"
git init -q sample && cd sample
git config user.email ci@example.com && git config user.name ci
mkdir -p jobs envs
cat > .vjc.yaml <<'YAML'
environments:
  dev: {}
  prod: {overlay: envs/prod.yaml}
policies:
  allowedRegions: [us-central1]
YAML
printf 'region: us-central1\n' > envs/prod.yaml
cp "$ROOT/testdata/rules/pool0-single-replica/ok/chief-and-workers.yaml" jobs/train.yaml
git add . && git commit -qm "project"

# Runs the hook on the staged files the README's pattern selects; prints its output to $OUT.
hook() {
  mapfile -t files < <(git diff --cached --name-only --diff-filter=ACMR | grep -E "$FILES_RE" || true)
  pre-commit try-repo "$ROOT" vjc-lint --files "${files[@]}" >"$OUT" 2>&1
}
blocked() {
  if hook; then cat "$OUT"; fail "the hook passed: $1"; fi
  cat "$OUT"
  grep -q "$2" "$OUT" || fail "the hook's output does not name $2: $1"
  git reset -q --hard HEAD
}

echo "== a good job: the hook must pass"
cp "$ROOT/testdata/rules/pool0-single-replica/ok/chief-and-workers.yaml" jobs/eval.yaml
git add jobs/eval.yaml
hook || { cat "$OUT"; fail "the hook blocked a good job"; }
cat "$OUT"
git commit -qm good --no-verify

echo "== non-job YAML and JSON under jobs/ and envs/: the hook must pass and change nothing"
for f in k8s-multi-document.yaml ansible-playbook.yml json-array.json comment-only.yaml empty.yaml \
    tsconfig.json docker-compose.yaml github-workflow.yml helm-values-small.yaml vertex-pipeline-spec.yaml; do
  cp "$ROOT/testdata/nonjobs/$f" "jobs/$f"
done
cp "$ROOT/testdata/nonjobs/k8s-deployment.yaml" envs/deployment.yaml
git add . 
before="$(git write-tree)"
hook || { cat "$OUT"; fail "the hook blocked non-job files"; }
cat "$OUT"
git add -A && [ "$(git write-tree)" = "$before" ] || fail "the hook changed files"
git commit -qm nonjobs --no-verify

echo "== a bad job: the hook must block it and name the rule"
cp "$ROOT/testdata/rules/pool0-single-replica/bad/two-replicas.yaml" jobs/bad.yaml
git add jobs/bad.yaml
blocked "a bad job" "\[pool0-single-replica\]"

echo "== only the prod overlay changes, to a disallowed region: the hook must block it"
printf 'region: europe-west4\n' > envs/prod.yaml
git add envs/prod.yaml
blocked "an overlay-only breaking change" "\[policy/allowed-regions\]"
echo "pre-commit hook: ok"
