// Lighthouse (npm `lighthouse` 12.2.3, its CLI) on the release build served gzipped
// (bench/gzip-server.mjs, 127.0.0.1), with Debian's Chromium: mobile defaults (a Moto G
// Power screen, simulated throttling: 4x CPU, 150 ms RTT, 1.6 Mbps), all four categories.
//
//   node bench/lighthouse.mjs DIST     writes bench-out/lighthouse-N.json (the reports) and
//                                      bench-out/lighthouse.json (medians, failing audits)
// MFLM_BENCH_LIGHTHOUSE_RUNS (default 3) runs; the median of each score and metric is kept.
// Nothing should leave the machine: scripts/bench.sh runs this in a network namespace with
// only the loopback interface when it can (`unshare -rn`), and every request the page made
// (the report's network-requests audit) is checked to be to the server's origin.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { OUT, readJson, say, median, writeJson } from './lib.mjs';
import { serveGzip } from './gzip-server.mjs';
import { CHROMIUM } from '../tests/e2e/harness.mjs';

const dist = process.argv[2] ?? 'dist';
const RUNS = Number(process.env.MFLM_BENCH_LIGHTHOUSE_RUNS ?? 3);
const CLI = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['largest-contentful-paint', 'first-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift', 'interactive'];

await mkdir(OUT, { recursive: true });
const server = await serveGzip(dist);
const runs = [];
try {
  for (let i = 1; i <= RUNS; i++) {
    const path = join(OUT, `lighthouse-${i}.json`);
    await run(process.execPath, [
      CLI, `${server.origin}/`, '--output=json', `--output-path=${path}`, '--quiet',
      '--chrome-flags=--headless=new --no-sandbox',
    ], { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM });
    runs.push(summarise(await readJson(path), server.origin));
    say(`Lighthouse run ${i}: ${CATEGORIES.map((c) => `${c} ${runs.at(-1).scores[c]}`).join(', ')}; LCP ${Math.round(runs.at(-1).metrics['largest-contentful-paint'])} ms`);
  }
} finally {
  await server.close();
}

const pick = (f) => median(runs.map(f));
await writeJson('lighthouse.json', {
  version: runs[0]?.version,
  userAgent: runs[0]?.userAgent,
  formFactor: runs[0]?.formFactor,
  throttling: runs[0]?.throttling,
  runs: runs.length,
  scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])),
  metrics: Object.fromEntries(METRICS.map((m) => [m, pick((r) => r.metrics[m])])),
  // Audits below full marks in any run (id: title, and what they point at).
  failing: Object.values(Object.fromEntries(runs.flatMap((r) => r.failing).map((f) => [f.id, f]))),
  lcpElement: runs.map((r) => r.lcpElement),
  errored: Object.values(Object.fromEntries(runs.flatMap((r) => r.errored).map((e) => [e.id, e]))),
  warnings: [...new Set(runs.flatMap((r) => r.warnings))],
  offMachine: [...new Set(runs.flatMap((r) => r.offMachine))],
  requests: runs.map((r) => r.requests),
  perRun: runs.map(({ scores, metrics }) => ({ scores, metrics })),
});

function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}`))));
  });
}

/** Scores (0-100), metrics (ms; CLS unitless), failing audits and the requests of one report. */
function summarise(lhr, origin) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
  const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? null]));
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score == null || a.score >= 1 || ['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode)) continue;
      if (c === 'performance' && ref.weight === 0 && a.score >= 0.9) continue;
      const items = (a.details?.items ?? []).slice(0, 5).map((it) => it.node?.selector ?? it.node?.snippet ?? it.url ?? it.source?.url ?? it.label ?? JSON.stringify(it).slice(0, 120));
      failing.push({ category: c, id: a.id, title: a.title, score: a.score, weight: ref.weight, displayValue: a.displayValue ?? null, items });
    }
  }
  // Audits Lighthouse could not run (12.2.3 reads some of Chromium 156's trace wrongly).
  const errored = Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => ({ id: a.id, error: (a.errorMessage ?? '').slice(0, 200) }));
  const lcp = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const lcpElement = lcp ? `${lcp.selector ?? ''} ${lcp.snippet ?? ''}`.trim() : null;
  const requests = (lhr.audits['network-requests']?.details?.items ?? []).map((r) => r.url);
  const offMachine = requests.filter((u) => !u.startsWith(origin) && !/^(data|blob|chrome-extension|chrome):/.test(u));
  return {
    version: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent, formFactor: lhr.configSettings?.formFactor,
    throttling: lhr.configSettings?.throttlingMethod, scores, metrics, lcpElement, errored, warnings: lhr.runWarnings ?? [], failing, requests, offMachine,
  };
}
