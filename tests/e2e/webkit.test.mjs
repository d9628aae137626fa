// The main journeys in WebKit: Debian's WebKitGTK (MiniBrowser) driven by its WebKitWebDriver
// over classic W3C WebDriver, on a private Xvfb display (WebKitGTK has no headless mode, and
// Debian's build offers no WebDriver BiDi, so neither Playwright nor puppeteer can drive it;
// the few WebDriver commands needed are plain HTTP, below). The same journeys as
// firefox.test.mjs, with expected values from the data (ui.mjs).
//
// Classic WebDriver sees no console and no network, so the checks for problems are made from
// inside the page: a recorder of errors, unhandled rejections, console.error and
// Content-Security-Policy violations (the app's policy blocks every other origin, so a request
// meant for one shows up here) is put in after every full page load (an error during start-up
// itself is therefore only caught if it keeps the list from appearing), and every URL in the
// page's resource timings must be on its origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, expectNoProblems } from './harness.mjs';
import { serve } from './server.mjs';
import { TOTAL, eventually, mainJourney } from './ui.mjs';

const ONEFILE = process.env.MFLM_ONEFILE ?? 'dist-onefile/mflm-explorer.html';
const DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

// ---- The driver: Xvfb, WebKitWebDriver, and the WebDriver commands the journeys use -------

const env = {};
before(async () => {
  env.server = await serve(DIST);
  env.xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise((ok, fail) => {
    env.xvfb.once('error', fail);
    env.xvfb.stdio[3].once('data', (d) => ok(`:${String(d).trim()}`));
  });
  env.display = display;
  await startDriver();
});

/** Starts WebKitWebDriver on a free port (again, after one stopped answering). */
async function startDriver() {
  env.driver?.kill();
  const port = await freePort();
  env.driver = spawn(DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: env.display }, stdio: 'ignore' });
  env.base = `http://127.0.0.1:${port}`;
  await eventually(() => fetch(`${env.base}/status`).then((r) => r.ok, () => false), true, 'WebKitWebDriver did not start', 10_000);
}
after(async () => {
  env.driver?.kill();
  env.xvfb?.kill();
  await env.server?.close();
});

function freePort() {
  return new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

async function command(method, path, body, timeout = 60_000) {
  let response;
  try {
    response = await fetch(env.base + path, {
      // A driver that stops answering fails the test instead of holding up the whole run.
      signal: AbortSignal.timeout(timeout),
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new Error(`WebDriver ${method} ${path}: no answer in ${timeout / 1000} s (${error.name})`);
  }
  const { value } = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}

/** Installed after each full page load: what harness.mjs's `watch` sees in Chromium. */
function recordProblems() {
  if (window.__problems) return;
  window.__problems = [];
  addEventListener('error', (e) => window.__problems.push(`page error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => window.__problems.push(`page error: ${e.reason}`));
  addEventListener('securitypolicyviolation', (e) => window.__problems.push(`blocked by the policy: ${e.blockedURI}`));
  const original = console.error;
  console.error = (...args) => {
    window.__problems.push(`console error: ${args.join(' ')}`);
    original.apply(console, args);
  };
}

/** One browser (a fresh MiniBrowser with nothing stored) and the commands the journeys need. */
class Browser {
  static async open(origin) {
    const capabilities = { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } };
    // Starting a browser seldom hangs, but on a loaded machine it has (a fresh-clone run:
    // the whole test went by in the 60 s wait for a session). Once, the driver is restarted
    // and asked again; what is tested only starts after this.
    for (let attempt = 1; ; attempt++) {
      try {
        const { sessionId } = await command('POST', '/session', { capabilities }, 45_000);
        return new Browser(sessionId, origin);
      } catch (error) {
        if (attempt === 2 || !/no answer/.test(error.message)) throw error;
        await startDriver();
      }
    }
  }

  constructor(id, origin) {
    this.id = id;
    this.origin = origin;
    this.problems = [];
    this.resources = [];
  }

  cmd(method, path, body) {
    return command(method, `/session/${this.id}${path}`, body);
  }

  /** Runs `fn(...args)` in the page; elements come back as WebDriver references. */
  run(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Takes what the page recorded before it is left, and starts recording in the next one. */
  async collect() {
    const { problems, resources } = await this.run(() => ({
      problems: window.__problems ?? [],
      resources: performance.getEntriesByType('resource').map((e) => e.name),
    }));
    this.problems.push(...problems);
    this.resources.push(...resources);
  }

  async afterLoad() {
    await this.run(recordProblems);
  }

  async goto(url) {
    if (this.url) await this.collect();
    await this.cmd('POST', '/url', { url });
    this.url = url;
    await this.afterLoad();
  }

  async back() {
    await this.cmd('POST', '/back', {});
  }

  async reload() {
    await this.collect();
    await this.cmd('POST', '/refresh', {});
    await this.afterLoad();
  }

  currentUrl() {
    return this.cmd('GET', '/url');
  }

  /**
   * Waits until `fn(...args)`, run in the page, is truthy; returns its value. The 60 s allowance
   * only matters on failure: the first page in a cold WebKit on CI's 2 loaded cores took over 10 s
   * to compile the wasm (Playwright and Puppeteer wait 30 s by default).
   */
  async waitFor(fn, ...args) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await this.run(fn, ...args).catch(() => null);
      if (value) return value;
      assert.ok(Date.now() < deadline, `timed out waiting for ${fn}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }

  async element(css) {
    const found = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return found[ELEMENT];
  }

  async click(reference) {
    await this.cmd('POST', `/element/${reference}/click`, {});
  }

  async type(css, text) {
    await this.cmd('POST', `/element/${await this.element(css)}/value`, { text });
  }

  /** Every problem seen, and every resource the page loaded that is not on its origin. */
  async problemsSoFar() {
    await this.collect();
    const foreign = [...new Set(this.resources)]
      .filter((u) => !u.startsWith(this.origin) && !/^(data|blob):/.test(u))
      .map((u) => `request left the origin: ${u}`);
    return [...new Set(this.problems), ...foreign];
  }

  async close() {
    await this.cmd('DELETE', '');
  }
}

// ---- Reading the page (the same reading as the Firefox tests) -----------------------------

const SEARCH = '#search-input';

async function statusCount(browser) {
  const text = (await browser.run(() => document.querySelector('.result-count[role=status]')?.textContent ?? '')).trim();
  if (/^no results/i.test(text)) return 0;
  const match = text.match(/^(\d+) results?$/);
  assert.ok(match, `unexpected status "${text}"`);
  return Number(match[1]);
}

function expectCount(browser, expected) {
  return eventually(() => statusCount(browser).catch((e) => e.message), expected, `result count should be ${expected}`);
}

function resultTitles(browser) {
  return browser.run(() => [...document.querySelectorAll('article.result h3')].map((h) => h.textContent.trim()));
}

function heading(browser) {
  return browser.run(() => [...document.querySelectorAll('main h1')].map((h) => h.textContent.trim()));
}

function listView(browser) {
  return browser.run(() => ({
    count: document.querySelector('.result-count[role=status]').textContent.trim(),
    search: document.querySelector('#search-input').value,
    ticked: [...document.querySelectorAll('fieldset')].flatMap((set) => {
      const legend = set.querySelector('legend')?.textContent.trim();
      return [...set.querySelectorAll('input[type=checkbox]:checked')]
        .map((i) => `${legend}:${i.closest('label').textContent.replace(/\s+/g, ' ').trim().replace(/ \(\d+\)$/, '')}`);
    }).sort(),
    titles: [...document.querySelectorAll('article.result h3')].map((h) => h.textContent.trim()),
  }));
}

// ---- The journeys --------------------------------------------------------------------------

const { TEXT, searched, REGION, REGION_LABEL, filtered, FIRST_PAGE } = mainJourney();
const param = (url, key) => new URL(url).searchParams.get(key);

async function expectWholeList(browser) {
  // Not index.html's prerendered first view: the app's list (the app removes the first view).
  await browser.waitFor(() => !document.getElementById('boot') && document.querySelector('article.result'));
  await expectCount(browser, TOTAL);
  assert.deepEqual(await resultTitles(browser), FIRST_PAGE);
}

async function searchAndFilter(browser) {
  await browser.type(SEARCH, TEXT);
  await eventually(async () => param(await browser.currentUrl(), 'q'), TEXT, 'q= in the address');
  await expectCount(browser, searched.length);
  const label = await browser.run((legend, label) => {
    const set = [...document.querySelectorAll('fieldset')].find((s) => s.querySelector('legend')?.textContent.trim() === legend);
    return [...(set?.querySelectorAll('label') ?? [])]
      .find((l) => l.textContent.replace(/\s+/g, ' ').trim().replace(/ \(\d+\)$/, '') === label) ?? null;
  }, 'Region', REGION_LABEL);
  assert.ok(label, `no option "${REGION_LABEL}"`);
  await browser.click(label[ELEMENT]);
  await eventually(async () => param(await browser.currentUrl(), 'region'), REGION.id, 'region= in the address');
  await expectCount(browser, filtered.length);
}

async function openFirstResult(browser) {
  const [title] = await resultTitles(browser);
  const doc = filtered.find((d) => d.heading === title);
  assert.ok(doc, `"${title}" is one of the expected results`);
  await browser.click(await browser.element('article.result h3 a'));
  await eventually(() => heading(browser), [doc.profile ? doc.profile.title.en : doc.heading], 'the item\'s h1');
  assert.equal(param(await browser.currentUrl(), 'item'), doc.ref);
}

async function waitForOfflineCopy(browser) {
  await browser.waitFor(() => navigator.serviceWorker.controller !== null);
  await browser.waitFor(() => [...document.querySelectorAll('.update-notice[role=status]')]
    .some((n) => n.textContent.includes('Ready to use offline')));
}

/** Runs `journey` in a fresh browser at `url`, then checks for problems and closes it. */
async function inBrowser(url, origin, journey) {
  const browser = await Browser.open(origin);
  try {
    await browser.goto(url);
    await journey(browser);
    expectNoProblems(await browser.problemsSoFar());
  } finally {
    await browser.close();
  }
}

test('WebKit: load shows the whole list, its first page in the data\'s order', { timeout: 180_000 }, () =>
  inBrowser(`${env.server.origin}/`, env.server.origin, expectWholeList));

test(`WebKit: search "${TEXT}", then a region filter, give exactly the expected counts`, { timeout: 180_000 }, () =>
  inBrowser(`${env.server.origin}/`, env.server.origin, async (browser) => {
    await browser.waitFor(() => !document.getElementById('boot') && document.querySelector('article.result'));
    await searchAndFilter(browser);
    const view = await listView(browser);
    assert.deepEqual(view.ticked, [`Region:${REGION_LABEL}`]);
    assert.equal(view.search, TEXT);
    assert.deepEqual([...view.titles].sort(), filtered.map((d) => d.heading).sort());
  }));

test('WebKit: open an item, Back to the same list, reload, and the link in a new browser', { timeout: 180_000 }, async () => {
  let url;
  let view;
  await inBrowser(`${env.server.origin}/`, env.server.origin, async (browser) => {
    await browser.waitFor(() => !document.getElementById('boot') && document.querySelector('article.result'));
    await searchAndFilter(browser);
    url = await browser.currentUrl();
    view = await listView(browser);
    await openFirstResult(browser);
    await browser.back();
    await expectCount(browser, filtered.length);
    assert.equal(await browser.currentUrl(), url);
    await eventually(() => listView(browser).catch((e) => e.message), view, 'Back: the same list, search and filter');
    await browser.reload();
    await browser.waitFor(() => !document.getElementById('boot') && document.querySelector('article.result'));
    await expectCount(browser, filtered.length);
    await eventually(() => listView(browser).catch((e) => e.message), view, 'reload: the same view');
  });
  await inBrowser(url, env.server.origin, async (browser) => {
    await browser.waitFor(() => !document.getElementById('boot') && document.querySelector('article.result'));
    await expectCount(browser, filtered.length);
    await eventually(() => listView(browser).catch((e) => e.message), view, 'a shared link shows the same view');
  });
});

test('WebKit: after one visit, a reload with the server gone still shows the list and searches', { timeout: 180_000 }, async () => {
  const server = await serve(DIST);
  try {
    await inBrowser(`${server.origin}/`, server.origin, async (browser) => {
      await browser.waitFor(() => !document.getElementById('boot') && document.querySelector('article.result'));
      await waitForOfflineCopy(browser);
      await server.close(); // classic WebDriver cannot switch the network off; nothing answers
      const requestsBefore = server.requests.length;
      await browser.reload();
      await expectWholeList(browser);
      await searchAndFilter(browser);
      assert.equal(server.requests.length, requestsBefore, 'a request reached the (closed) server');
    });
  } finally {
    await server.close();
  }
});

test('WebKit: the same build under a sub-path (/mflm/) runs the journey and asks only for files under it', { timeout: 180_000 }, async () => {
  const firstRequest = env.server.requests.length;
  await inBrowser(`${env.server.origin}/mflm/`, env.server.origin, async (browser) => {
    await expectWholeList(browser);
    // "Ready to use offline" is on screen for 6 s only: looked for now, not after the
    // journey, which a loaded machine's WebKit can stretch past that.
    await waitForOfflineCopy(browser);
    await searchAndFilter(browser);
    const listUrl = await browser.currentUrl();
    assert.match(listUrl, /\/mflm\/\?/);
    await openFirstResult(browser);
    await browser.back();
    await expectCount(browser, filtered.length);
    assert.equal(await browser.currentUrl(), listUrl);
  });
  const seen = env.server.requests.slice(firstRequest);
  assert.ok(seen.includes('/mflm/icons/icon-512.png'), 'the service worker\'s requests were not seen');
  assert.deepEqual(seen.filter((path) => !path.startsWith('/mflm/')), [], 'requests outside /mflm/');
});

test('WebKit: the one-file edition from file:// lists, searches and filters with no network request', { timeout: 180_000 }, async () => {
  const url = pathToFileURL(resolve(ONEFILE)).href;
  await inBrowser(url, 'file://', async (browser) => {
    await expectWholeList(browser);
    await searchAndFilter(browser);
    assert.equal(await browser.run(() => document.querySelectorAll('link[rel=manifest]').length), 0);
    const resources = await browser.run(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.deepEqual(resources.filter((u) => !/^(data|blob):/.test(u) && u.split('?')[0] !== url), [], 'resources other than the file itself');
  });
});
