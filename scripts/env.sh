# Sourced by the other scripts: puts the project's tools on PATH.
# Trunk finds wasm-bindgen and wasm-opt here (npm's binaryen, not Debian's too-old one).
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
