// Hosting: the same dist/ works under a sub-path (/mflm/), the one-file edition works from
// file:// with no server at all, and no request ever leaves the page's origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, expectNoProblems, resultCount, searchFilterAndOpen, setup, watch, appResults } from './harness.mjs';
import { serve } from './server.mjs';
import { PRELOAD_LIMIT_BYTES } from '../../scripts/data-preload.mjs';

const ONEFILE = process.env.MFLM_ONEFILE ?? 'dist-onefile/mflm-explorer.html';
const env = setup();

/** Opens `url` in a fresh context, watching for problems as seen from `origin`. */
async function open(url, origin) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watch(page, origin);
  // On the context, so the service worker's own requests (the offline copy) count too.
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { context, page, problems, requests };
}

/** The main journey: search, filter by region, open an item, come back to the same list. */
async function mainJourney(page) {
  const { filtered, listUrl } = await searchFilterAndOpen(page);

  await page.goBack();
  await appResults(page);
  assert.equal(page.url(), listUrl);
  assert.equal(await page.getByRole('searchbox', { name: 'Search the Framework' }).inputValue(), 'recruitment');
  assert.equal(await resultCount(page), filtered);
}

/** The page's Content-Security-Policy, checked to allow no inline code by default, no eval, no host. */
async function checkedPolicy(page) {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.ok(policy, 'no Content-Security-Policy');
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", 'http:', 'https:', '*']) {
    assert.ok(!policy.split(/[\s;]+/).includes(unsafe), `the policy allows ${unsafe}: ${policy}`);
  }
  assert.match(policy, /script-src [^;]*'wasm-unsafe-eval'/);
  return policy;
}

/** The origins of all requests, with data: and blob: URLs (in-page content) left out. */
function originsOf(requests) {
  return [...new Set(requests.filter((u) => !/^(data|blob):/.test(u)).map((u) => new URL(u).origin))];
}

test('the same build works under a sub-path (/mflm/), asking only for files under it', async () => {
  const firstRequest = env.server.requests.length;
  const { context, page, problems, requests } = await open(`${env.server.origin}/mflm/`, env.server.origin);
  await mainJourney(page);
  assert.match(page.url(), /\/mflm\/\?/);
  assert.match(await checkedPolicy(page), /^default-src 'self'; /);
  // The offline copy too is fetched from under /mflm/.
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.ok(requests.includes(`${env.server.origin}/mflm/icons/icon-512.png`), 'the service worker\'s requests were not seen');
  const outside = env.server.requests.slice(firstRequest).filter((path) => !path.startsWith('/mflm/'));
  assert.deepEqual(outside, [], 'requests outside /mflm/');
  assert.deepEqual(originsOf(requests), [env.server.origin]);
  expectNoProblems(problems);
  await context.close();
});

test('the one-file edition runs from file:// with no server and no request at all', async () => {
  const url = pathToFileURL(resolve(ONEFILE)).href;
  const { context, page, problems, requests } = await open(url, 'file://');
  await mainJourney(page);
  assert.match(await checkedPolicy(page), /^default-src 'none'; /);
  const { manifests, workers } = await page.evaluate(() => ({
    manifests: document.querySelectorAll('link[rel=manifest]').length,
    workers: 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null,
  }));
  assert.equal(manifests, 0);
  assert.equal(workers, null);
  const network = requests.filter((u) => !u.startsWith('file://') && !/^(data|blob):/.test(u));
  assert.deepEqual(network, [], 'the one-file edition made requests');
  // The only file it reads is itself.
  assert.deepEqual([...new Set(requests.filter((u) => u.startsWith('file://')).map((u) => u.split('?')[0]))], [url]);
  expectNoProblems(problems);
  await context.close();
});

test('during a full journey through every page, every request goes to the page\'s own origin', async () => {
  const { context, page, problems, requests } = await open(`${env.server.origin}/`, env.server.origin);
  await mainJourney(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Framework', 'Instruments', 'Shortlist', 'About', 'Search']) {
    await nav.getByRole('link', { name, exact: false }).first().click();
    await page.waitForSelector('main h1');
  }
  // Let the service worker finish fetching the build for offline use, which it does in the
  // background; its requests count too.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await appResults(page);
  assert.ok(requests.includes(`${env.server.origin}/icons/icon-512.png`), 'the service worker\'s requests were not seen');
  assert.deepEqual(originsOf(requests), [env.server.origin]);
  expectNoProblems(problems);
  await context.close();
});

test('a small data file is fetched alongside the wasm; a big one once the wasm has arrived', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mflm-dist-'));
  await cp(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const dataPath = join(dir, 'data', 'framework.json');
  const preloaded = async () => /<link[^>]*rel="preload"[^>]*href="data\/framework\.json"/.test(await readFile(join(dir, 'index.html'), 'utf8'));
  try {
    assert.ok(await preloaded(), 'the real data file is not preloaded');
    // The same data padded past the limit: JSON allows trailing whitespace.
    const data = await readFile(dataPath, 'utf8');
    await writeFile(dataPath, data + ' '.repeat(PRELOAD_LIMIT_BYTES));
    execFileSync('node', ['scripts/postbuild.mjs', dir]);
    assert.ok(!(await preloaded()), 'a big data file is still preloaded');

    const { context, page, problems } = await open(server.origin + '/', server.origin);
    await appResults(page);
    const [wasmEnd, dataStart] = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      return [
        entries.find((e) => e.name.endsWith('.wasm')).responseEnd,
        entries.find((e) => e.name.endsWith('data/framework.json')).startTime,
      ];
    });
    assert.ok(dataStart >= wasmEnd, `the big data file was requested at ${dataStart} ms, before the wasm arrived (${wasmEnd} ms)`);
    expectNoProblems(problems);
    await context.close();

    await writeFile(dataPath, data);
    execFileSync('node', ['scripts/postbuild.mjs', dir]);
    assert.ok(await preloaded(), 'the preload did not come back once the file was small again');
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the build writes .gz and .br copies of its text and wasm files that decompress to the originals', async () => {
  const { gunzipSync, brotliDecompressSync } = await import('node:zlib');
  const { readdir } = await import('node:fs/promises');
  const names = (await readdir(DIST, { recursive: true })).map(String);
  const originals = names.filter((n) => /\.(html|js|wasm|css|json)$/.test(n));
  assert.ok(originals.some((n) => n.endsWith('.wasm')) && originals.includes('index.html'));
  for (const name of originals) {
    const body = await readFile(join(DIST, name));
    for (const [suffix, decompress] of [['.gz', gunzipSync], ['.br', brotliDecompressSync]]) {
      assert.ok(names.includes(name + suffix), `${name}${suffix} is missing`);
      const copy = await readFile(join(DIST, name + suffix));
      assert.ok(copy.length < body.length, `${name}${suffix} is smaller`);
      assert.ok(decompress(copy).equals(body), `${name}${suffix} decompresses to ${name}`);
    }
  }
});
