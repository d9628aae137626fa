#!/usr/bin/env bash
# The benchmark: sizes, cold start, per-keystroke latency, the native engine, the peers
# (ItemsJS, MiniSearch, Pagefind), a phone profile and Lighthouse, at the real data size and at
# synthetic copies 10x, 100x and 1000x bigger.
# Prints one table (targets with PASS/MISS) and keeps the raw figures in bench-out/.
# Not part of scripts/test.sh: it takes several minutes and its figures depend on the machine.
#
#   scripts/bench.sh           the full run (see BENCHMARKS.md for how long it takes)
#   scripts/bench.sh --quick   fewer loads, real data and 10x only: a check that it all works
#
# Needs the test tools (scripts/setup.sh --test). Builds dist/ first if there is none; it
# measures a copy of dist/ taken at the start, so a rebuild meanwhile changes nothing.
# See BENCHMARKS.md for what each figure means and the last results.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

quick=false
[ "${1:-}" = "--quick" ] && quick=true

say() { printf '[bench] %s\n' "$*" >&2; }

export MFLM_BENCH_OUT="$PWD/bench-out"
rm -rf "$MFLM_BENCH_OUT"
mkdir -p "$MFLM_BENCH_OUT"
work=$(mktemp -d "${TMPDIR:-/tmp}/mflm-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

if $quick; then
  scales=(10)
  export MFLM_BENCH_LOADS=3 MFLM_BENCH_PHONE_LOADS=2 MFLM_BENCH_LIGHTHOUSE_RUNS=1
  engine_scales=1,10
else
  scales=(10 100 1000)
  engine_scales=1,10,100,1000
fi

load_average() { cut -d' ' -f1-3 /proc/loadavg; }
machine_json() {
  node -e '
    const os = require("os");
    const [file, loadBefore, loadAfter] = process.argv.slice(1);
    const cpu = (require("fs").readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m) || [])[1] || os.cpus()[0]?.model;
    require("fs").writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), nproc: os.cpus().length, cpu, memoryBytes: os.totalmem(), loadBefore, loadAfter }, null, 2) + "\n");
  ' "$MFLM_BENCH_OUT/machine.json" "$@"
}
load_before=$(load_average)

if [ ! -f dist/index.html ]; then
  say "no dist/: building it (scripts/build.sh)"
  scripts/build.sh
fi

# A copy of the build, checked whole; dist/ may be caught mid-rebuild, so wait and retry.
for attempt in 1 2 3 4; do
  if node bench/snapshot.mjs dist "$work/dist-1"; then break; fi
  [ "$attempt" = 4 ] && { say "dist/ stayed incomplete; run scripts/build.sh and try again"; exit 1; }
  sleep 15
done

say "building the data tool and the engine benchmark (release)"
cargo build --profile native -q -p mflm-core --features schema --bin mflm-data --example bench_engine

# The synthetic copies: the app's build with a bigger data file each (not kept).
dirs=("1=$work/dist-1")
for n in "${scales[@]}"; do
  say "data scaled ${n}x"
  cargo run --profile native -q -p mflm-core --features schema --bin mflm-data -- scale "$n" >"$work/x$n.json"
  node bench/snapshot.mjs "$work/dist-1" "$work/dist-$n" "$work/x$n.json"
  rm "$work/x$n.json"
  dirs+=("$n=$work/dist-$n")
done

say "sizes"
node bench/sizes.mjs "$work/dist-1" >/dev/null

say "native engine at ${engine_scales}x"
cargo run --profile native -q -p mflm-core --features schema --example bench_engine -- \
  --scales "$engine_scales" --json "$MFLM_BENCH_OUT/engine.json"

say "cold start (desktop, 4x CPU, phone)"
node bench/coldstart.mjs "$work/dist-1"

say "Lighthouse, mobile, on the build served gzipped"
# In a network namespace with only the loopback interface when the system allows it, so
# nothing can leave the machine (the report also checks every request the page made).
if unshare -rn true 2>/dev/null && command -v ip >/dev/null; then
  unshare -rn sh -c 'ip link set lo up && exec node bench/lighthouse.mjs "$1"' sh "$work/dist-1"
else
  say "(no network namespace here: Lighthouse runs with the network, its requests are checked)"
  node bench/lighthouse.mjs "$work/dist-1"
fi

say "per keystroke at ${dirs[*]##*/}"
node bench/keystrokes.mjs "${dirs[@]}"

say "the peers (ItemsJS, MiniSearch, Pagefind) at ${dirs[*]##*/}"
node bench/peers.mjs "${dirs[@]}"

say "a trace of one load and one typing pass (where the time goes)"
if $quick; then node bench/trace.mjs "1=$work/dist-1"; else node bench/trace.mjs "1=$work/dist-1" "100=$work/dist-100"; fi

machine_json "$load_before" "$(load_average)"
node bench/report.mjs
say "raw figures in bench-out/"
