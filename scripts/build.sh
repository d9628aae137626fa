#!/usr/bin/env bash
# The release build: dist/ (works at / and under any sub-path), then the one-file edition
# dist-onefile/mflm-explorer.html (opens from file://, no server, no network), and .gz/.br
# copies of dist/'s files for hosts that serve precompressed files.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# With the pinned nightly, std rebuilt for size and panics that abort at once
# (scripts/env.sh's WASM_RELEASE_ENV; BENCHMARKS.md, issue 18).
env "${WASM_RELEASE_ENV[@]}" trunk build --release
node scripts/onefile.mjs dist dist-onefile/mflm-explorer.html
# .gz and .br copies for hosts that serve precompressed files (after the one-file edition,
# which inlines the originals, and after the service worker's file list).
node scripts/precompress.mjs dist
