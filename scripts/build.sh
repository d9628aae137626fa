#!/usr/bin/env bash
# The release build: dist/ (works at / and under any sub-path), then the one-file edition
# dist-onefile/mflm-explorer.html (opens from file://, no server, no network).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
node scripts/onefile.mjs dist dist-onefile/mflm-explorer.html
