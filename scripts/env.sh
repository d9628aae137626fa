# Sourced by the other scripts: puts the project's tools on PATH.
# Trunk finds wasm-bindgen and wasm-opt here (npm's binaryen, not Debian's too-old one).
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# The release wasm only (scripts/build.sh, and the test build beside it in scripts/test.sh) is
# built with a pinned nightly Rust, which rebuilds the standard library for size
# (BENCHMARKS.md, "Nightly build-std and a minified loader"); scripts/setup.sh installs it.
# Everything else (native tests, clippy, the tools, `trunk serve`) stays on stable. Not
# exported: scripts pass it to the one command that needs it, `env "${WASM_RELEASE_ENV[@]}" ...`.
WASM_NIGHTLY="nightly-2026-05-20"
WASM_RELEASE_ENV=(
  RUSTUP_TOOLCHAIN="$WASM_NIGHTLY"
  # std, core and alloc compiled with the app (LTO across all of them, opt-level z), with
  # std's smaller variants of sorting and the like.
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  # A panic is a bare trap: no hook, no message, no formatting code (public/recovery.js then
  # shows the recovery screen). Stable cargo refuses the value, so it is set here only.
  CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
  CARGO_PROFILE_RELEASE_PANIC=immediate-abort
  CARGO_PROFILE_TEST_HOOKS_PANIC=immediate-abort
)
