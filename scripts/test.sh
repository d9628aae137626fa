#!/usr/bin/env bash
# README command 2: every test. Installs what is missing, then: format and lint checks,
# native tests of the core (data, engine, URL), a release build, and the browser tests in
# headless Chromium (all journeys), Firefox ESR and WebKitGTK (the main ones) against that build. The last line is the summary: "total: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test || exit 1
source scripts/env.sh

log_dir=$(mktemp -d)
failed_steps=()
step() { printf '\n== %s\n' "$1"; }
run() { # name, command...: runs a step, remembers failure, keeps going so one run shows all
  local name=$1; shift
  step "$name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

run "format" cargo fmt --all --check
run "format (view! macros)" leptosfmt --check --quiet src
run "lint (core, native)" cargo clippy -q -p mflm-core --all-targets --all-features -- -D warnings
run "lint (app, wasm)" cargo clippy -q -p mflm-explorer --target wasm32-unknown-unknown -- -D warnings

step "native tests (data, engine, URL codec)"
cargo test -p mflm-core --all-features 2>&1 | tee "$log_dir/native.log"
native_status=${PIPESTATUS[0]}
[ "$native_status" -eq 0 ] || failed_steps+=("native tests")
native_passed=$(grep -o '[0-9]* passed' "$log_dir/native.log" | awk '{s+=$1} END {print s+0}')
native_failed=$(grep -o '[0-9]* failed' "$log_dir/native.log" | awk '{s+=$1} END {print s+0}')

step "release build"
# The same build plus the test hooks (a panic on purpose), in its own folder: the recovery
# screen's test uses it; dist/ never has them.
# It is built from a copy of index.html with a quicker profile and no wasm-opt (Cargo.toml's
# profile.test-hooks): about half a minute less, and it never ships. Same toolchain and panic
# strategy as dist/ (WASM_RELEASE_ENV), so a panic ends as the shipped build's does.
sed 's/data-wasm-opt="z"/data-wasm-opt="0" data-cargo-profile="test-hooks"/' index.html > index.test-hooks.html
if scripts/build.sh && env "${WASM_RELEASE_ENV[@]}" trunk build --release --features test-hooks --dist dist-test-hooks index.test-hooks.html >/dev/null; then
  step "browser tests (Chromium, Firefox, WebKit; release build)"
  # Two files at a time: each has its own browser and server (ports chosen by the system), and
  # most of a browser test is waiting, so two overlap well even on 2 cores.
  node --test --test-concurrency=2 --test-reporter=spec tests/e2e/ 2>&1 | tee "$log_dir/e2e.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed_steps+=("browser tests")
  e2e_passed=$(grep -E '^ℹ pass [0-9]+' "$log_dir/e2e.log" | awk '{print $3}')
  e2e_failed=$(grep -E '^ℹ fail [0-9]+' "$log_dir/e2e.log" | awk '{print $3}')
else
  failed_steps+=("release build")
fi

passed=$(( native_passed + ${e2e_passed:-0} ))
failed=$(( native_failed + ${e2e_failed:-0} ))
echo
echo "native: ${native_passed} passed, ${native_failed} failed; browser: ${e2e_passed:-0} passed, ${e2e_failed:-0} failed"
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  [ "$failed" -gt 0 ] || failed=${#failed_steps[@]}
  echo "total: ${passed} passed, ${failed} failed"
  exit 1
fi
echo "total: ${passed} passed, ${failed} failed"
