#!/usr/bin/env bash
# The release build: dist/ (works at / and under any sub-path).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
