// Cold start: from navigation start to the first result in the DOM (`article.result`), each
// load in a fresh browser context (empty cache, no service worker yet), in headless Chromium
// launched as the browser tests launch it.
//
// Profiles:
//   desktop   no throttling, served by the browser tests' server (uncompressed)
//   cpu4x     4x CPU slowdown (CDP Emulation.setCPUThrottlingRate), same server
//   phone     4x CPU and "Slow 4G" (CDP Network.emulateNetworkConditions: 150 ms latency,
//             1.6 Mbps down, 750 kbps up), phone screen, served with gzip as a real host does
//   phone-raw the phone profile against the tests' server, which does not compress: shown for
//             information, since no real host sends a wasm file uncompressed
//
//   node bench/coldstart.mjs DIST      writes bench-out/coldstart.json
// MFLM_BENCH_LOADS=10 (desktop, cpu4x) and MFLM_BENCH_PHONE_LOADS=5 (phone; phone-raw gets 3)
// set the number of loads; the median is reported.
import { launch, serve, say, stats, writeJson, withTimeout, VIEWPORT, MARK_FIRST_RESULTS, READ_STARTUP_MARKS, startupSteps } from './lib.mjs';
import { serveGzip } from './gzip-server.mjs';

const dist = process.argv[2] ?? 'dist';
const LOADS = Number(process.env.MFLM_BENCH_LOADS ?? 10);
const PHONE_LOADS = Number(process.env.MFLM_BENCH_PHONE_LOADS ?? 5);

const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000, // bytes/s: 1.6 Mbps
  uploadThroughput: 93_750, // bytes/s: 750 kbps
};
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

const plain = await serve(dist);
const gzip = await serveGzip(dist);
const browser = await launch();
const results = { dist, browser: browser.version(), profiles: {} };
try {
  const profiles = [
    { name: 'desktop', origin: plain.origin, cpu: 1, network: null, context: { viewport: VIEWPORT }, loads: LOADS },
    { name: 'cpu4x', origin: plain.origin, cpu: 4, network: null, context: { viewport: VIEWPORT }, loads: LOADS },
    { name: 'phone', origin: gzip.origin, cpu: 4, network: SLOW_4G, context: PHONE, loads: PHONE_LOADS },
    { name: 'phone-raw', origin: plain.origin, cpu: 4, network: SLOW_4G, context: PHONE, loads: Math.min(3, PHONE_LOADS) },
  ];
  // One load first, not counted: the browser's own files are then in the OS cache.
  await load(profiles[0]);
  for (const profile of profiles) {
    const loads = [];
    for (let i = 0; i < profile.loads; i++) loads.push(await load(profile));
    const ok = loads.filter((l) => l.error == null);
    results.profiles[profile.name] = {
      cpu: profile.cpu,
      network: profile.network,
      loads,
      firstResults: stats(ok.map((l) => l.results)),
      firstView: stats(ok.map((l) => l.firstView)),
      loadingShown: stats(ok.map((l) => l.loading)),
      firstContentfulPaint: stats(ok.map((l) => l.fcp)),
      resultsFrame: stats(ok.map((l) => l.resultsFrame)),
      filtersListed: stats(ok.map((l) => l.filters).filter((v) => v != null)),
      errors: loads.filter((l) => l.error != null).map((l) => l.error),
    };
    const s = results.profiles[profile.name].firstResults;
    const firstView = results.profiles[profile.name].firstView;
    say(`cold start ${profile.name}: first results median ${s.median?.toFixed(0)} ms over ${s.n} loads (index.html's first view at ${firstView.median?.toFixed(0)} ms)`);
  }
} finally {
  await browser.close();
  await plain.close();
  await gzip.close();
}
await writeJson('coldstart.json', results);

/** One load in a fresh context; times are ms from navigation start (performance.now()). */
async function load({ origin, cpu, network, context: contextOptions }) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.addInitScript(MARK_FIRST_RESULTS);
    const cdp = await context.newCDPSession(page);
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin + '/', { waitUntil: 'commit' });
    await withTimeout(
      page.waitForFunction(() => (window.__mflmBench?.resultsFrame != null && window.__mflmBench?.filters != null) || window.__mflmBench?.failed != null, null, { polling: 50, timeout: 0 }),
      60_000,
      'first results',
    );
    const figures = await page.evaluate(() => {
      const marks = window.__mflmBench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource').map((r) => ({
        name: new URL(r.name).pathname.split('/').pop(),
        start: r.startTime,
        end: r.responseEnd,
        transfer: r.transferSize,
        body: r.decodedBodySize,
      }));
      return { ...marks, fcp, htmlEnd: nav?.responseEnd ?? null, domContentLoaded: nav?.domContentLoadedEventEnd ?? null, resources };
    });
    figures.startup = await page.evaluate(READ_STARTUP_MARKS);
    figures.steps = startupSteps({ ...figures.startup, results: figures.results, loading: figures.loading });
    if (figures.failed != null) figures.error = 'the app showed its load-failed page';
    if (errors.length) figures.error = errors.join('; ');
    return figures;
  } catch (error) {
    return { error: error.message };
  } finally {
    await context.close();
  }
}
