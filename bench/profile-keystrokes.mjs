// Where a keystroke's time goes inside the wasm: a CPU profile of the typing steps of
// bench/sequence.json, self time summed by function. Needs a build whose wasm keeps its
// function names (no wasm-opt), e.g.
//   sed 's/data-wasm-opt="z"/data-wasm-opt="0"/' index.html > index.prof.html
//   env "${WASM_RELEASE_ENV[@]}" trunk build --release --dist /tmp/prof index.prof.html
//   node bench/profile-keystrokes.mjs /tmp/prof [DATA.json] [PASSES]
// The same code as the release build (same profile and toolchain), only unoptimized by
// wasm-opt, so read the shares, not the absolute times. Prints the top functions.
// MFLM_PROFILE_CLICKS=1 profiles facet clicks (each region option ticked and unticked)
// instead; MFLM_PROFILE_OUT=FILE also writes the raw profile (Chrome DevTools can open it).
import { readFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, serve, VIEWPORT } from './lib.mjs';

const [dir, dataFile, passesArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/profile-keystrokes.mjs DIST [DATA.json] [PASSES]');
  process.exit(2);
}
if (dataFile) await copyFile(dataFile, join(dir, 'data', 'framework.json'));
const passes = Number(passesArg ?? 3);
const { steps } = JSON.parse(await readFile(new URL('./sequence.json', import.meta.url), 'utf8'));
const texts = steps.filter((s) => s.action !== 'tick' && s.action !== 'untick' && Object.keys(s.filters).length === 0).map((s) => s.text);

const browser = await launch();
const server = await serve(dir);
try {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('article.result'), null, { timeout: 300_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const wall = await page.evaluate(async ({ texts, passes, clicks }) => {
    const box = document.querySelector('#search-input');
    const channel = new MessageChannel();
    const task = () => new Promise((resolve) => { channel.port1.onmessage = () => resolve(); channel.port2.postMessage(null); });
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    let busy = 0;
    let count = 0;
    if (clicks) {
      // Facet clicks instead: tick and untick each region option in turn.
      for (let pass = 0; pass < passes * 4; pass++) {
        for (const box of document.querySelectorAll('fieldset[data-facet="region"] input[type=checkbox]')) {
          for (let twice = 0; twice < 2; twice++) {
            await frame();
            await task();
            const t = performance.now();
            box.click();
            await task();
            busy += performance.now() - t;
            count++;
          }
        }
      }
      return { busy, steps: count };
    }
    for (let pass = 0; pass < passes; pass++) {
      for (const text of texts) {
        await frame();
        await task();
        const t = performance.now();
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await task();
        busy += performance.now() - t;
      }
    }
    return { busy, steps: texts.length * passes };
  }, { texts, passes, clicks: process.env.MFLM_PROFILE_CLICKS === '1' });
  const { profile } = await cdp.send('Profiler.stop');
  if (process.env.MFLM_PROFILE_OUT) await (await import('node:fs/promises')).writeFile(process.env.MFLM_PROFILE_OUT, JSON.stringify(profile));
  // Self time per node: samples × interval (timeDeltas give the real spacing).
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const name = node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'anonymous'})`;
    if (name === '(idle)' || name === '(program)') continue;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${wall.steps} ${process.env.MFLM_PROFILE_CLICKS === '1' ? 'facet clicks' : 'typing steps'}: ${(wall.busy / wall.steps).toFixed(2)} ms each (input to the end of its microtasks, unoptimized wasm); sampled ${total.toFixed(0)} ms of work`);
  const clean = (name) => name.replace(/::h[0-9a-f]{16}$/, '').replace(/<[^<>]*>/g, '').slice(0, 140);
  for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) {
    console.log(`${(100 * ms / total).toFixed(1).padStart(5)} %  ${ms.toFixed(1).padStart(7)} ms  ${clean(name)}`);
  }
  await context.close();
} finally {
  await server.close();
  await browser.close();
}
