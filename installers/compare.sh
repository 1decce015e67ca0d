#!/usr/bin/env bash
# Reproducibility check: build the Linux artefacts twice from this commit, in two different
# work folders, sign both with one key, and compare them file by file.
#     bash installers/compare.sh        -> build/repro/report.txt (also printed)
# Exit 0 when every artefact is byte-identical, 1 otherwise (the report lists what differs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
R=$ROOT/build/repro
VENV=$(realpath -m "${FIELDVAULT_BUILD_VENV:-$ROOT/installers/.build-venv}")
rm -rf "$R" && mkdir -p "$R"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}

for n in a b; do
  mkdir -p "$R/$n"
  echo "build $n ..."
  start=$(date +%s)
  FIELDVAULT_WORK="$R/$n/work" FIELDVAULT_DIST="$R/$n/dist" FIELDVAULT_SIGN=0 \
    bash installers/build.sh linux > "$R/$n/build.log" 2>&1
  echo "build $n: $(( $(date +%s) - start ))s" | tee -a "$R/times.txt"
done

"$VENV/bin/python" installers/sign.py --new-key "$R/key.pem" >/dev/null
for n in a b; do FIELDVAULT_RELEASE_KEY="$R/key.pem" "$VENV/bin/python" installers/sign.py "$R/$n/dist"; done

"$VENV/bin/python" installers/repro_diff.py "$R/a" "$R/b" | tee "$R/report.txt"
