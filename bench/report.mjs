// Reads the raw figures in bench-out/ and prints the benchmark table (Markdown), with each
// target next to its figure and PASS or MISS; also writes it to bench-out/table.md and the
// verdicts to bench-out/summary.json.
//
//   node bench/report.mjs
// Expects sizes.json, coldstart.json, keystrokes.json, engine.json and trace.json in
// bench-out/ (a missing one leaves its rows out, marked "not run").
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { OUT, readJson, describeSteps } from './lib.mjs';

const load = async (name) => (existsSync(join(OUT, name)) ? readJson(join(OUT, name)) : null);
const sizes = await load('sizes.json');
const cold = await load('coldstart.json');
const keys = await load('keystrokes.json');
const engine = await load('engine.json');
const machine = await load('machine.json');
const trace = await load('trace.json');

const KB = 1024;
const kb = (bytes) => (bytes == null ? '–' : `${(bytes / KB).toFixed(1)} KB`);
const ms = (v) => {
  if (v == null || !Number.isFinite(v)) return '–';
  if (v >= 100) return `${Math.round(v)} ms`;
  if (v >= 10) return `${v.toFixed(1)} ms`;
  if (v >= 1) return `${v.toFixed(2)} ms`;
  return `${Math.round(v * 1000)} µs`;
};
const ratio = (v) => (v == null || !Number.isFinite(v) ? '–' : `${v.toFixed(1)}×`);

const rows = [];
const verdicts = [];
const section = (title) => rows.push([`**${title}**`, '', '', '']);
const row = (measure, result, target = '', status = '') => rows.push([measure, result, target, status]);
/** A figure with a target: status PASS/MISS, and by how much when missed. */
function check(measure, result, value, limit, { atMost = true, unit = 'ms', target } = {}) {
  let status = 'not run';
  if (value != null && Number.isFinite(value)) {
    const pass = atMost ? value <= limit : value >= limit;
    const by = atMost ? value / limit : limit / value;
    status = pass ? 'PASS' : `MISS (${by.toFixed(1)}× ${atMost ? 'over' : 'short of it'})`;
  }
  const shown = target ?? `${atMost ? '≤' : '≥'} ${unit === 'KB' ? `${limit / KB} KB` : unit === '×' ? `${limit}×` : ms(limit)}`;
  row(measure, result, shown, status);
  verdicts.push({ measure, value, limit, atMost, status });
}

// 1. Sizes
section('1. Sizes of the release build (dist/): raw · gzip -9 · brotli 11');
if (sizes) {
  for (const f of sizes.files) {
    const note = f.role === 'other' ? ' (not in the first load)' : '';
    row(`\`${f.path}\`${note}`, `${kb(f.raw)} · ${kb(f.gzip)} · ${kb(f.brotli)}`);
  }
  const t = sizes.firstLoad;
  check('first load: index.html + js + wasm + css + data, gzip', `${kb(t.raw)} · **${kb(t.gzip)}** · ${kb(t.brotli)}`, t.gzip, 150 * KB, { unit: 'KB' });
  const s = sizes.shell;
  check('app shell (the same without the data), gzip', `${kb(s.raw)} · **${kb(s.gzip)}** · ${kb(s.brotli)}`, s.gzip, 100 * KB, { unit: 'KB' });
} else row('sizes', 'not run');

// 2. Cold start
section('2. Cold start, headless Chromium, fresh context per load: navigation → first result in the DOM (median)');
const profile = (name) => cold?.profiles?.[name];
for (const [name, label, limit] of [['desktop', 'unthrottled', 300], ['cpu4x', '4× CPU throttling', 1000]]) {
  const p = profile(name);
  const steps = p ? describeSteps(p.loads.filter((l) => l.error == null), ms) : null;
  const detail = p ? ` (first paint at ${ms(p.firstContentfulPaint?.median)}; the app's loading message at ${ms(p.loadingShown.median)}; p95 ${ms(p.firstResults.p95)}; ${p.firstResults.n} loads${p.errors.length ? `; ${p.errors.length} failed` : ''}${steps ? `; after the data arrived: ${steps}` : ''}${p.filtersListed?.n ? `; filter lists built by ${ms(p.filtersListed.median)}` : ''})` : '';
  check(`first results, ${label}`, `**${ms(p?.firstResults.median)}**${detail}`, p?.firstResults.median, limit);
}

// 3. Per keystroke
section('3. Per keystroke / facet click in the app: input event → last DOM change (frame = → end of next frame)');
for (const size of keys?.sizes ?? []) {
  const k = size.keystrokes;
  if (!k) {
    row(`${size.scale}×: per keystroke`, `did not load: ${size.errors.join('; ')}`, '', 'not run');
    continue;
  }
  const limit = size.scale === 1 ? 16 : size.scale === 100 ? 50 : null;
  const result = `median ${ms(k.dom.median)}, **p95 ${ms(k.dom.p95)}** (typing p95 ${ms(k.typing.p95)}, clicks p95 ${ms(k.facetClicks.p95)}; frame median ${ms(k.frame.median)}, p95 ${ms(k.frame.p95)}; ${k.dom.n} samples${k.skipped.length ? `; ${k.skipped.length} skipped` : ''})`;
  if (limit) check(`${size.scale}×: input → DOM updated, p95`, result, k.dom.p95, limit);
  else row(`${size.scale}×: input → DOM updated, p95`, result);
}

// 4. Native engine
section('4. Native engine (cargo run --profile native --example bench_engine): per query = search with the first 25 hits and every facet count');
for (const e of engine ?? []) {
  const slowest = (e.slowest_steps ?? []).slice(0, 2).map((s) => `${s.query} ${ms(s.ms)}`).join(', ');
  const appLoad = e.app_load_ms != null ? `, as the app loads it ${ms(e.app_load_ms)} (typed parse ${ms(e.parse_ms)})` : '';
  const result = `load+validate ${ms(e.load_ms)}${appLoad}, Index::new ${ms(e.index_new_ms)}, query median ${ms(e.query_ms.median)}, **p95 ${ms(e.query_ms.p95)}** (${e.docs} docs; ${e.query_passes}×${e.steps} queries; slowest ${slowest})`;
  if (e.scale === 1000) check(`${e.scale}×: query with all facet counts, p95`, result, e.query_ms.p95, 5);
  else row(`${e.scale}×`, result);
}
if (!engine) row('native engine', 'not run');

// 5. ItemsJS
section('5. ItemsJS 2.4.4 in the same page, same data and query sequence (ours: ready = loading message → first results; per query = input → DOM updated, rendering included)');
for (const size of (keys?.sizes ?? []).filter((s) => s.itemsjs)) {
  const it = size.itemsjs;
  if (it.error || !size.keystrokes) {
    row(`${size.scale}×: ItemsJS`, it.error ?? 'our app did not load', '', 'not run');
    continue;
  }
  const oursReady = size.ready?.median;
  const readyRatio = it.ready.median / oursReady;
  const steps = describeSteps(size.loads ?? [], ms);
  const readyResult = `ours **${ms(oursReady)}** (data arrival → first results ${ms(size.afterData?.median)}${steps ? `: ${steps}` : ''}), ItemsJS **${ms(it.ready.median)}** (build ${ms(median(it.readyParts.map((r) => r.build)))}): **${ratio(readyRatio)}**`;
  const ours = it.every > 1 ? size.keystrokes.domSubset : size.keystrokes.dom;
  const queryRatio = it.query.median / ours.median;
  const native = engine?.find((e) => e.scale === size.scale);
  const nativeRatio = native ? it.query.median / native.query_ms.median : null;
  const queryResult = `ours median ${ms(ours.median)} / p95 ${ms(ours.p95)}; ItemsJS median ${ms(it.query.median)} / p95 ${ms(it.query.p95)}: **${ratio(queryRatio)}** at the median, ${ratio(it.query.p95 / ours.p95)} at p95 (ItemsJS vs our native engine: ${ratio(nativeRatio)}; ${it.steps} steps${it.every > 1 ? `, every ${it.every}th` : ''})`;
  if (size.scale === 100) {
    check(`${size.scale}×: time to ready, ItemsJS ÷ ours`, readyResult, readyRatio, 10, { atMost: false, unit: '×' });
    check(`${size.scale}×: per query, ItemsJS ÷ ours (median)`, queryResult, queryRatio, 3, { atMost: false, unit: '×' });
  } else {
    row(`${size.scale}×: time to ready, ItemsJS ÷ ours`, readyResult);
    row(`${size.scale}×: per query, ItemsJS ÷ ours (median)`, queryResult);
  }
  const agree = it.totals.filter((t, i) => t === it.ourTotals[i]).length;
  row(`${size.scale}×: same result count as ours`, `${agree} of ${it.totals.length} steps (lunr stems and drops stop words; ours matches word prefixes)`);
}
if (!keys) row('ItemsJS', 'not run');
const failed = (keys?.sizes ?? []).filter((s) => s.loadFailed);
for (const size of failed) row(`${size.scale}×: the app`, `did not load: ${size.errors.join('; ')}`, '', 'MISS');
if (failed.length) {
  const loaded = (keys?.sizes ?? []).filter((s) => !s.loadFailed).map((s) => s.scale);
  row('largest size that loaded in the browser', loaded.length ? `${Math.max(...loaded)}×` : 'none');
}

// 6. Phone
section('6. Phone profile: 4× CPU + Slow 4G (150 ms, 1.6 Mbps down, 750 kbps up), 412×823 screen');
const phone = profile('phone');
check('first results, served gzipped (as a static host does)', `**${ms(phone?.firstResults.median)}** (first paint at ${ms(phone?.firstContentfulPaint?.median)}; the app's loading message at ${ms(phone?.loadingShown.median)}; ${phone?.firstResults.n ?? 0} loads)`, phone?.firstResults.median, 2500);
const raw = profile('phone-raw');
if (raw) row('first results, served uncompressed (the tests\' server)', `${ms(raw.firstResults.median)} (${raw.firstResults.n} loads; for information)`);

// 7. Where the main thread's time goes (not a target: what to look at for the misses)
section('7. Main-thread self time by kind of work, from a Chrome trace (tracing slows everything a little)');
const kinds = (k, per = 1) => Object.entries(k).map(([name, v]) => `${name} ${ms(v / per)}`).join(', ');
for (const t of trace?.sizes ?? []) {
  row(`${t.scale}×: one cold load, to first results (${ms(t.load.firstResults)})`, kinds(t.load.kinds));
  row(`${t.scale}×: per keystroke (mean of ${t.typing.keystrokes})`, kinds(t.typing.kinds, t.typing.keystrokes));
}
if (!trace) row('trace', 'not run');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1];
}

const header = [
  `MFLM Explorer benchmark, ${machine?.date ?? new Date().toISOString()}`,
  `machine: ${machine?.nproc ?? cpus().length} cores (${machine?.cpu ?? cpus()[0]?.model}), ${Math.round((machine?.memoryBytes ?? totalmem()) / 2 ** 30)} GB, ` +
    `load average ${machine?.loadBefore ?? '?'} before / ${machine?.loadAfter ?? '?'} after; ${cold?.browser ? `Chromium ${cold.browser}` : ''}`,
  '',
];
const table = [
  '| measure | result | target | |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];
const passed = verdicts.filter((v) => v.status === 'PASS').length;
const text = [...header, ...table, '', `targets: ${passed} PASS, ${verdicts.length - passed} MISS or not run, of ${verdicts.length}`].join('\n');
console.log(text);
await writeFile(join(OUT, 'table.md'), text + '\n');
await writeFile(join(OUT, 'summary.json'), JSON.stringify({ verdicts }, null, 2) + '\n');
