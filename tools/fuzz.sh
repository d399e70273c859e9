#!/usr/bin/env bash
# Runs the cargo-fuzz targets (fuzz/fuzz_targets/) for a while each, seeded with the documents
# of a corpus file, and keeps any crash under fuzz/artifacts/<target>/.
#
#   bash tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Seeds come from
# $GONGSHI_CORPUS (default ../shared/corpus/dev.jsonl): one file per document and per line,
# written under fuzz/corpus/<target>/ (git-ignored). A crash found here becomes a regression
# test in tests/ (see tests/fuzz_regressions.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(normalise redact analyse parsers); fi
corpus=${GONGSHI_CORPUS:-../shared/corpus/dev.jsonl}
failed=()
for t in "${targets[@]}"; do
  dir=fuzz/corpus/$t
  if [ -f "$corpus" ] && [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    python3 - "$corpus" "$dir" <<'PY'
import hashlib, json, sys, os
src, out = sys.argv[1], sys.argv[2]
for line in open(src, encoding='utf-8'):
    if not line.strip():
        continue
    text = json.loads(line)['text']
    # Whole documents are slow to mutate; lines and paragraphs make better seeds.
    for piece in [text] + [p for p in text.split('\n') if len(p) > 8]:
        b = piece.encode('utf-8')[:4096]
        with open(os.path.join(out, hashlib.sha1(b).hexdigest()), 'wb') as f:
            f.write(b)
PY
  fi
  echo "==> fuzz $t for ${secs}s"
  # Every target runs even when one fails; the exit status says whether any did.
  if ! (cd fuzz && cargo +nightly fuzz run "$t" -O -- -max_total_time="$secs" -max_len=4096 -rss_limit_mb=2048); then
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing failed for: ${failed[*]} (see fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzzing: no crash, leak or timeout in ${targets[*]}"
