// Where the browser's time goes: a Chrome trace of one cold load of the app (navigation to
// first results) and of one pass of the keystroke sequence, summed by kind of work on the
// page's main thread (self time, so nested work is not counted twice).
//
//   node bench/trace.mjs SCALE=DIR [SCALE=DIR ...]     writes bench-out/trace.json
// Kinds: script (JS and wasm: event handlers, the wasm start, microtasks, where Leptos runs its
// effects), compile (V8 compiling wasm functions lazily on first call, and JS), gc, url
// (history.replaceState/pushState), html (parsing), style, layout, paint (pre-paint, paint,
// layerize, commit), network (handing response bodies over), other (the rest of each task).
import { readFile } from 'node:fs/promises';
import { launch, serve, sizesFromArgs, say, writeJson, withTimeout, VIEWPORT, MARK_FIRST_RESULTS } from './lib.mjs';

const sizes = sizesFromArgs('trace.mjs');
const { steps } = JSON.parse(await readFile(new URL('./sequence.json', import.meta.url), 'utf8'));

/** The kind of work a trace event is (its self time counts under it). */
function kind(name) {
  if (/^(FunctionCall|EvaluateScript|v8\.callFunction|v8\.run|v8\.evaluateModule|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|TimerFire|FireAnimationFrame|EventDispatch|AsyncTask Run)$/.test(name)) return 'script';
  if (/^(v8\.)?wasm\.|^v8\.compile|^V8\.Compile/.test(name)) return 'compile';
  if (/GC/.test(name)) return 'gc';
  if (name === 'FrameLoader::updateForSameDocumentNavigation') return 'url';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|Document::updateStyle|Document::recalcStyle|Blink\.Style)/.test(name)) return 'style';
  if (/^(Layout|LocalFrameView::(layout|performLayout|UpdateStyleAndLayout)|InlineNode::|Blink\.Layout)/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|LocalFrameView::RunPaintLifecyclePhase|Blink\.Paint)/.test(name)) return 'paint';
  if (/^(ParseHTML|HTMLDocumentParser::)/.test(name)) return 'html';
  if (/^(ResponseBodyLoader::|ResourceFetcher::)/.test(name)) return 'network';
  return 'other';
}
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'toplevel', 'blink'];

const browser = await launch();
const out = { sizes: [] };
try {
  for (const { scale, dir } of sizes) {
    const server = await serve(dir);
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.addInitScript(MARK_FIRST_RESULTS);
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(server.origin + '/', { waitUntil: 'commit' });
      await withTimeout(page.waitForFunction(() => window.__mflmBench?.resultsFrame != null, null, { polling: 100, timeout: 0 }), 300_000, 'first results');
      const load = summarise(JSON.parse(await browser.stopTracing()));
      load.firstResults = await page.evaluate(() => window.__mflmBench.results);

      await browser.startTracing(page, { categories: CATEGORIES });
      await page.evaluate(async (steps) => {
        const box = document.querySelector('#search-input');
        for (const step of steps.filter((s) => !s.facet)) {
          box.value = step.text;
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
      }, steps);
      const typing = summarise(JSON.parse(await browser.stopTracing()));
      typing.keystrokes = steps.filter((s) => !s.facet).length;
      out.sizes.push({ scale, load, typing });
      say(`trace ${scale}x: load ${fmt(load.kinds)}; typing ${fmt(typing.kinds)}`);
    } finally {
      await context.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
}
await writeJson('trace.json', out);

function fmt(kinds) {
  return Object.entries(kinds).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
}

/** Self time (ms) per kind of work on the renderer's main thread, and its top events. */
function summarise(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && hasWork(events, e));
  const mine = events
    .filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const kinds = {};
  const byName = {};
  const stack = [];
  const selfOf = new Map();
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) selfOf.set(parent, (selfOf.get(parent) ?? parent.dur) - e.dur);
    selfOf.set(e, e.dur);
    stack.push(e);
  }
  for (const [e, self] of selfOf) {
    const k = kind(e.name);
    kinds[k] = (kinds[k] ?? 0) + self / 1000;
    byName[e.name] = (byName[e.name] ?? 0) + self / 1000;
  }
  const top = Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, msSelf]) => ({ name, ms: msSelf }));
  return { kinds: Object.fromEntries(Object.entries(kinds).sort((a, b) => b[1] - a[1])), top };
}

/** Pages other than ours (about:blank) have a main thread too: pick the one that did work. */
function hasWork(events, thread) {
  return events.some((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'FunctionCall');
}
