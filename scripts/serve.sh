#!/usr/bin/env bash
# README command 1: install what is missing, build the app with the bundled data, serve it
# on http://127.0.0.1:8080/ and rebuild on change. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
echo "[serve] building; the app will be at http://127.0.0.1:${PORT:-8080}/"
exec trunk serve --release --port "${PORT:-8080}"
