#!/usr/bin/env bash
# Installs every tool the project needs, skipping what is already present.
# Used by both README commands (serve.sh, test.sh); safe to run again and again.
#   scripts/setup.sh          tools to build and serve the app
#   scripts/setup.sh --test   plus Chromium, Firefox ESR, WebKitGTK and the npm test tools
set -euo pipefail
cd "$(dirname "$0")/.."
# Look for the tools where this script installs them, even if PATH does not say so yet.
source scripts/env.sh

TRUNK_VERSION="0.21.14"          # 0.22 needs a newer rustc than this machine's 1.95
LEPTOSFMT_VERSION="0.1.33"       # formats Leptos's view! macros, which rustfmt leaves alone
want_test_tools=false
[ "${1:-}" = "--test" ] && want_test_tools=true

say() { printf '[setup] %s\n' "$*"; }

# The tools' own release profiles ask for fat LTO and one codegen unit: minutes more of
# compiling on a 2-core machine for a binary that is no faster at our small jobs.
export CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly, or Trunk fails.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The pinned nightly for the release wasm only (scripts/env.sh says why), with the standard
# library's source, which build-std compiles. Stable stays the default toolchain.
if ! rustup run "$WASM_NIGHTLY" rustc --version >/dev/null 2>&1 \
   || ! rustup component list --toolchain "$WASM_NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' \
   || ! rustup target list --toolchain "$WASM_NIGHTLY" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "installing Rust $WASM_NIGHTLY with rust-src and wasm32-unknown-unknown (release wasm only, once)"
  rustup toolchain install "$WASM_NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF "$wasm_bindgen_version"; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (a few minutes, once)"
  # Not --locked: the registry mirror lacks some of its locked dependencies.
  cargo install wasm-bindgen-cli --version "=$wasm_bindgen_version"
fi

if $want_test_tools && ! leptosfmt --version 2>/dev/null | grep -qF "$LEPTOSFMT_VERSION"; then
  say "installing leptosfmt $LEPTOSFMT_VERSION (a minute or two, once)"
  cargo install leptosfmt --version "=$LEPTOSFMT_VERSION" --locked
fi

# npm tools: binaryen's wasm-opt (Debian's 108 silently breaks the app), and for tests
# playwright-core (Chromium), puppeteer-core (Firefox), axe-core, jsqr and pngjs (reading QR
# codes back). Versions are pinned in package.json / package-lock.json; a lock file newer than
# the installed copy (a package added since) installs again.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
   || { $want_test_tools && { [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/puppeteer-core ]; }; }; then
  say "installing npm packages (binaryen, playwright-core, puppeteer-core, axe-core, jsqr, pngjs; for the benchmark itemsjs, minisearch, pagefind, lighthouse)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

# Debian's browsers for the browser tests: chromium (Playwright), firefox-esr (puppeteer,
# WebDriver BiDi), and WebKitGTK's WebKitWebDriver with MiniBrowser on an Xvfb display (plain
# WebDriver). No browser is ever downloaded by the npm drivers.
missing_browsers=()
if $want_test_tools && [ ! -x /usr/bin/chromium ]; then missing_browsers+=(chromium); fi
if $want_test_tools && [ ! -x /usr/bin/firefox-esr ]; then missing_browsers+=(firefox-esr); fi
if $want_test_tools && [ ! -x /usr/bin/WebKitWebDriver ]; then missing_browsers+=(webkit2gtk-driver); fi
if $want_test_tools && [ ! -x /usr/bin/Xvfb ]; then missing_browsers+=(xvfb); fi
if [ ${#missing_browsers[@]} -gt 0 ]; then
  say "installing Debian's ${missing_browsers[*]} (browser tests)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing_browsers[@]}" >/dev/null
fi

if $want_test_tools && ! command -v python3 >/dev/null; then
  say "python3 is needed for the local static server"; exit 1
fi
say "tools ready: $(trunk --version), $(rustup run "$WASM_NIGHTLY" rustc --version) for the release wasm, wasm-bindgen $wasm_bindgen_version, wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}')"
