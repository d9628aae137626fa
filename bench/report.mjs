// Reads the raw figures in bench-out/ and prints the benchmark table (Markdown), with each
// target next to its figure and PASS or MISS; also writes it to bench-out/table.md and the
// verdicts to bench-out/summary.json.
//
//   node bench/report.mjs
// Expects sizes.json, coldstart.json, keystrokes.json, engine.json, peers.json, lighthouse.json and trace.json in
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
const peers = await load('peers.json');
const lighthouse = await load('lighthouse.json');

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
  const detail = p ? ` (first paint at ${ms(p.firstContentfulPaint?.median)}; index.html's first view of the results at ${ms(p.firstView?.median)}; the app's loading message at ${ms(p.loadingShown.median)}; p95 ${ms(p.firstResults.p95)}; ${p.firstResults.n} loads${p.errors.length ? `; ${p.errors.length} failed` : ''}${steps ? `; after the data arrived: ${steps}` : ''}${p.filtersListed?.n ? `; filter lists built by ${ms(p.filtersListed.median)}` : ''})` : '';
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

// 5. The peers: ItemsJS, MiniSearch, Pagefind (peers.mjs), against ours (keystrokes.mjs, engine.json)
const versions = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).devDependencies;
const PEERS = [['itemsjs', 'ItemsJS'], ['minisearch', 'MiniSearch'], ['pagefind', 'Pagefind']];
section(`5. The peers on the same documents and steps, each in a blank page of the same origin: ItemsJS ${versions.itemsjs}, MiniSearch ${versions.minisearch}, Pagefind ${versions.pagefind} (ours: ready = loading message → first results; per query = input → DOM updated, our rendering included; a peer's "rendered" = its search + the same 25 rows and facet counts built in the DOM)`);
for (const size of peers?.sizes ?? []) {
  const ourSize = keys?.sizes?.find((s) => s.scale === size.scale);
  const n = size.scale;
  if (!ourSize?.keystrokes) {
    row(`${n}×: the peers`, 'our app did not load at this size (row 3)', '', 'not run');
    continue;
  }
  const ok = PEERS.filter(([key]) => size.peers[key] && !size.peers[key].error);
  for (const [key, name] of PEERS) if (size.peers[key]?.error) row(`${n}×: ${name}`, `failed: ${size.peers[key].error}`, '', 'not run');
  const oursReady = ourSize.ready?.median;
  const steps = describeSteps(ourSize.loads ?? [], ms);
  const readyOf = (key, q) => {
    const last = q.readyParts.at(-1);
    if (key === 'pagefind') {
      const ix = size.pagefindIndex;
      return `import ${ms(median(q.readyParts.map((r) => r.import)))}, init ${ms(median(q.readyParts.map((r) => r.init)))}, first search ${ms(median(q.readyParts.map((r) => r.firstSearch)))}, ${q.requestsBeforeReady.length} files; index built at bench time in ${(ix.ms / 1000).toFixed(1)} s, ${ix.files} files, ${(ix.bytes / 2 ** 20).toFixed(1)} MB`;
    }
    return `fetch ${ms(median(q.readyParts.map((r) => r.fetch)))}, parse ${ms(median(q.readyParts.map((r) => r.parse)))}, build ${ms(median(q.readyParts.map((r) => r.build)))}`;
  };
  const readyParts = ok.map(([key, name]) => {
    const q = size.peers[key];
    return `${name} **${ms(q.ready.median)}** (${readyOf(key, q)}): ${ratio(q.ready.median / oursReady)}`;
  });
  const readyResult = `ours **${ms(oursReady)}** (data arrival → first results ${ms(ourSize.afterData?.median)}${steps ? `: ${steps}` : ''}); ${readyParts.join('; ')}`;
  const itemsjsReady = size.peers.itemsjs?.ready?.median;
  if (n === 100) check(`${n}×: time to ready, peer ÷ ours (target: ItemsJS)`, readyResult, itemsjsReady / oursReady, 10, { atMost: false, unit: '×' });
  else row(`${n}×: time to ready, peer ÷ ours`, readyResult);

  const ours = size.plan.every > 1 ? ourSize.keystrokes.domSubset : ourSize.keystrokes.dom;
  const fastest = ok.map(([key, name]) => ({ name, q: size.peers[key] })).sort((a, b) => a.q.rendered.median - b.q.rendered.median)[0];
  const queryParts = ok.map(([key, name]) => {
    const q = size.peers[key];
    const passes = key === 'pagefind' && q.renderedLaterPasses.n ? `; first pass ${ms(q.renderedFirstPass.median)}, later ${ms(q.renderedLaterPasses.median)}` : '';
    return `${name} ${ms(q.rendered.median)} / ${ms(q.rendered.p95)}${passes} (${ratio(q.rendered.median / ours.median)})`;
  });
  const queryRatio = fastest ? fastest.q.rendered.median / ours.median : null;
  const queryResult = `median / p95: ours ${ms(ours.median)} / ${ms(ours.p95)}; ${queryParts.join('; ')}; fastest peer ${fastest?.name ?? '–'}: **${ratio(queryRatio)}** at the median, ${fastest ? ratio(fastest.q.rendered.p95 / ours.p95) : '–'} at p95 (${size.steps} steps${size.plan.every > 1 ? `, every ${size.plan.every}th` : ''} × ${size.plan.passes} passes)`;
  if (n === 100) check(`${n}×: per query with rendering, fastest peer ÷ ours (median)`, queryResult, queryRatio, 3, { atMost: false, unit: '×' });
  else row(`${n}×: per query with rendering, peer ÷ ours (median)`, queryResult);

  const native = engine?.find((e) => e.scale === n);
  const bare = ok.map(([key, name]) => {
    const q = size.peers[key];
    return `${name} ${ms(q.search.median)} / ${ms(q.search.p95)}${native ? ` (${ratio(q.search.median / native.query_ms.median)})` : ''}`;
  });
  row(`${n}×: per query without rendering, peer ÷ our native engine (median)`, `median / p95: our engine natively (row 4) ${native ? `${ms(native.query_ms.median)} / ${ms(native.query_ms.p95)}` : 'not run'}; ${bare.join('; ')}${ok.some(([k]) => k === 'pagefind') ? ' (Pagefind: with its 25 rows\' data loaded)' : ''}`);

  const ourTotals = ourSize.keystrokes.samples.filter((s) => s.pass === 0 && s.step % size.plan.every === 0).map((s) => s.total);
  const agree = ok.map(([key, name]) => {
    const t = size.peers[key].totals;
    return `${name} ${t.filter((v, i) => v === ourTotals[i]).length} of ${t.length}`;
  });
  row(`${n}×: same result count as ours (steps)`, `${agree.join(', ')} (ItemsJS: lunr stems and drops stop words; Pagefind stems and matches a prefix of the last word only; MiniSearch matches prefixes, splits on punctuation, no accent folding; ours matches prefixes of folded words)`);
}
if (!peers) row('the peers', 'not run');
const failed = (keys?.sizes ?? []).filter((s) => s.loadFailed);
for (const size of failed) row(`${size.scale}×: the app`, `did not load: ${size.errors.join('; ')}`, '', 'MISS');
if (failed.length) {
  const loaded = (keys?.sizes ?? []).filter((s) => !s.loadFailed).map((s) => s.scale);
  row('largest size that loaded in the browser', loaded.length ? `${Math.max(...loaded)}×` : 'none');
}

// 6. Phone
section('6. Phone profile: 4× CPU + Slow 4G (150 ms, 1.6 Mbps down, 750 kbps up), 412×823 screen');
const phone = profile('phone');
check('first results, served gzipped (as a static host does)', `**${ms(phone?.firstResults.median)}** (first paint at ${ms(phone?.firstContentfulPaint?.median)}; index.html's first view of the results at ${ms(phone?.firstView?.median)}; the app's loading message at ${ms(phone?.loadingShown.median)}; ${phone?.firstResults.n ?? 0} loads)`, phone?.firstResults.median, 2500);
const raw = profile('phone-raw');
if (raw) row('first results, served uncompressed (the tests\' server)', `${ms(raw.firstResults.median)} (${raw.firstResults.n} loads; for information)`);

// 8 (shown as 6b). Lighthouse
section(`6b. Lighthouse ${lighthouse?.version ?? versions.lighthouse}, mobile defaults (simulated throttling: 4× CPU, 150 ms RTT, 1.6 Mbps), the release build served gzipped; median of ${lighthouse?.runs ?? 0} runs`);
if (lighthouse) {
  const sc = lighthouse.scores;
  const m = lighthouse.metrics;
  const perRun = (c) => lighthouse.perRun.map((r) => r.scores[c]).join(', ');
  check('performance score', `**${sc.performance}** (runs: ${perRun('performance')}; FCP ${ms(m['first-contentful-paint'])}, SI ${ms(m['speed-index'])}, TBT ${ms(m['total-blocking-time'])}, CLS ${m['cumulative-layout-shift']?.toFixed(3)}, TTI ${ms(m.interactive)})`, sc.performance, 98, { atMost: false, target: '≥ 98' });
  check('largest contentful paint', `**${ms(m['largest-contentful-paint'])}** ${lighthouse.lcpElement?.[0] ? ` (the element: ${lighthouse.lcpElement[0]})` : ''}`, m['largest-contentful-paint'], 1500, { target: '≤ 1.5 s' });
  for (const [c, label] of [['accessibility', 'accessibility score'], ['best-practices', 'best practices score'], ['seo', 'SEO score']]) {
    check(label, `**${sc[c]}** (runs: ${perRun(c)})`, sc[c], 100, { atMost: false, target: '100' });
  }
  const failing = lighthouse.failing.filter((f) => f.weight > 0);
  row('audits below full marks (weight > 0)', failing.length ? failing.map((f) => `${f.category}: \`${f.id}\`${f.displayValue ? ` ${f.displayValue}` : ''}`).join('; ') : 'none');
  const unweighted = lighthouse.failing.filter((f) => !(f.weight > 0) && f.score < 0.9);
  if (unweighted.length) row('audits below 90 that do not count in a score', unweighted.map((f) => `${f.category}: \`${f.id}\`${f.displayValue ? ` ${f.displayValue}` : ''}`).join('; '));
  if (lighthouse.errored?.length) row('audits Lighthouse could not run', lighthouse.errored.map((e) => `\`${e.id}\``).join(', ') + ` (${lighthouse.errored[0].error})`);
  row('requests off the machine', lighthouse.offMachine.length ? lighthouse.offMachine.join(', ') : `none (${lighthouse.requests[0]?.length ?? 0} requests, all to 127.0.0.1)`);
} else row('Lighthouse', 'not run');

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
