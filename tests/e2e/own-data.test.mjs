// "Your own data file" (issue 16): a person opens a compilation file from their computer. A bad
// one gets its problems listed by item and field; a hostile one (not JSON, nested too deep,
// empty, not UTF-8) a clear sentence, and the page keeps working; a good one stands in for the
// bundled compilation on every page, with a banner and a way back; a 20 MB one is checked off
// the main thread, the page staying responsive (its longest long task is reported).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setup, openApp, expectNoProblems, watch } from './harness.mjs';
import { data, TOTAL, expectCount, eventually } from './ui.mjs';

const env = setup();

const copy = () => structuredClone(data);
const json = (value, indent) => Buffer.from(JSON.stringify(value, null, indent));
const file = (name, buffer) => ({ name, mimeType: 'application/json', buffer });

/** The own-data page, with long tasks recorded from the start (PerformanceObserver). */
async function openOwnData() {
  const opened = await openApp(env, '/?view=own-data', { waitFor: null });
  await opened.page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
  await opened.page.getByRole('heading', { level: 1, name: 'Your own data file' }).waitFor();
  return opened;
}

const chooser = (page) => page.getByLabel('Choose a data file');

/** Rows of the problems table: [item, field, what is wrong]. */
async function problemRows(page) {
  const rows = page.locator('table.own-data-problems tbody tr');
  const out = [];
  for (const row of await rows.all()) out.push(await row.locator('td').allInnerTexts());
  return out;
}

/** The explorer still answers: the browse page lists the bundled compilation. */
async function stillWorks(page, expected = TOTAL) {
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Search', exact: true }).click();
  await expectCount(page, expected);
}

test('a bad data file: its problems are listed by item and field, with their count', async () => {
  const { page, context, problems } = await openOwnData();
  const bad = copy();
  const [first, second] = bad.profiles;
  first.regions = ['atlantis'];
  second.title.en = '<b>bold</b> claim';
  await chooser(page).setInputFiles(file('bad.json', json(bad)));
  await page.getByRole('heading', { level: 2, name: '2 problems in bad.json' }).waitFor();
  const rows = await problemRows(page);
  assert.equal(rows.length, 2, JSON.stringify(rows));
  const atlantis = rows.find(([item]) => item === first.id);
  assert.ok(atlantis, `a row for ${first.id}: ${JSON.stringify(rows)}`);
  assert.match(atlantis[1], /^regions/);
  assert.match(atlantis[2], /atlantis/);
  const markup = rows.find(([item]) => item === second.id);
  assert.ok(markup, `a row for ${second.id}: ${JSON.stringify(rows)}`);
  assert.equal(markup[1], 'title.en');
  // The file's markup is never drawn as markup.
  assert.equal(await page.locator('table.own-data-problems b').count(), 0);
  // Nothing was swapped: no banner, the bundled counts.
  assert.equal(await page.getByRole('region', { name: 'Your own data file' }).count(), 0);
  await stillWorks(page);
  expectNoProblems(problems);
  await context.close();
});

test('hostile files (not JSON, nested too deep, empty, not UTF-8) each get a clear sentence, and the page still works', async () => {
  const { page, context, problems } = await openOwnData();
  const cases = [
    ['photo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /photo\.json is not UTF-8 text/],
    ['page.json', Buffer.from('<html><body>not data</body></html>'), /page\.json is not a JSON file \(line 1, column 1/],
    ['deep.json', Buffer.from('['.repeat(200_000)), /deep\.json nests lists or objects more than 128 levels deep/],
    ['deep-inside.json', Buffer.from(`{"meta": ${'{"a":'.repeat(50_000)}1`), /more than 128 levels deep/],
    ['empty.json', Buffer.alloc(0), /empty\.json is empty/],
    ['blank.json', Buffer.from('  \n  '), /blank\.json is empty/],
    ['latin1.json', Buffer.from('{"meta": "caf\xe9"}', 'latin1'), /not UTF-8 text \(byte 13 is not\)/],
  ];
  for (const [name, buffer, expected] of cases) {
    await chooser(page).setInputFiles(file(name, buffer));
    const alert = page.getByRole('alert').filter({ hasText: name });
    await alert.waitFor();
    assert.match(await alert.innerText(), expected, name);
  }
  // JSON of the wrong shape is listed like any other problem, naming the field.
  await chooser(page).setInputFiles(file('list.json', Buffer.from('{"schema_version": "one"}')));
  await page.getByRole('heading', { level: 2, name: /problems? in list\.json/ }).waitFor();
  const rows = await problemRows(page);
  assert.ok(rows.some(([item, field]) => item === 'file' && field === 'schema_version'), JSON.stringify(rows));
  await stillWorks(page);
  expectNoProblems(problems);
  await context.close();
});

test('a good file stands in for the bundled compilation on every page, with a banner and a way back', async () => {
  const { page, context, problems } = await openOwnData();
  const good = copy();
  good.profiles = good.profiles.slice(0, 10);
  const expected = good.principles.length + good.guidelines.length + good.profiles.length;
  assert.notEqual(expected, TOTAL);
  await chooser(page).setInputFiles(file('revised.json', json(good, 2)));
  await page.getByRole('heading', { level: 2, name: `revised.json passes every check: ${expected} items to browse.` }).waitFor();
  await page.getByRole('button', { name: 'Explore this file for this visit' }).click();
  const banner = page.getByRole('region', { name: 'Your own data file' });
  await banner.waitFor();
  // The offline copy finishes setting up after the swap (first visit): its events reach the
  // redrawn explorer without a panic (they once hit the old explorer's disposed signals).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 500)));
  assert.equal(await banner.count(), 1, 'still the own data after the offline copy is ready');
  assert.match(await banner.innerText(), new RegExp(`You are viewing your own data file revised\\.json: ${expected} items\\.`));
  assert.match(await banner.innerText(), /Links you share from here open the bundled compilation/);
  // "Explore" opens the file's whole list, with the banner, as a new history entry...
  await page.getByRole('heading', { level: 1, name: 'Search', exact: true }).waitFor();
  assert.equal(new URL(page.url()).search, '', 'the default list, nothing carried over');
  assert.ok(!page.url().endsWith('?'), `the address ends in a bare "?": ${page.url()}`);
  await expectCount(page, expected);
  assert.equal(await banner.count(), 1, 'the banner is on the browse page too');
  // ...and Back returns to the page that checked it, still on the file.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Your own data file' }).waitFor();
  assert.equal(await banner.count(), 1, 'Back keeps the file');
  await stillWorks(page, expected);
  // The downloads stay the bundled compilation's, and the Open data page says so.
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Open data' }).click();
  await page.getByText("these files are still the bundled compilation's, not your file's").waitFor();
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'About' }).click();
  await page.getByRole('heading', { level: 1, name: 'About' }).waitFor();
  assert.equal(await banner.count(), 1, 'and on the About page');
  // The way back keeps the view: still About, with the bundled data.
  await banner.getByRole('button', { name: 'Back to the bundled compilation' }).click();
  await eventually(() => banner.count(), 0, 'the banner goes');
  assert.equal(new URL(page.url()).searchParams.get('view'), 'about');
  await page.getByRole('heading', { level: 1, name: 'About' }).waitFor();
  await stillWorks(page, TOTAL);
  expectNoProblems(problems);
  await context.close();
});

test('a 20 MB file is checked in a worker; the page stays responsive', async () => {
  const { page, context, problems } = await openOwnData();
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const big = copy();
  const perCopy = json(data.profiles, 2).length;
  const profiles = [];
  for (let i = 0; (i + 1) * perCopy < 20.5 * 1048576; i++) {
    for (const p of data.profiles) profiles.push({ ...p, id: i === 0 ? p.id : `${p.id}-x${i}` });
  }
  big.profiles = profiles;
  const buffer = json(big, 2);
  const megabytes = buffer.length / 1048576;
  assert.ok(megabytes > 19 && megabytes < 30, `${megabytes} MB`);
  const expected = big.principles.length + big.guidelines.length + profiles.length;

  // From a file on disk, as a person opens it: with a buffer, Playwright itself would decode
  // 20 MB of base64 in the page, a long task of its own before the app sees the file.
  const dir = await mkdtemp(join(tmpdir(), 'own-data-'));
  const path = join(dir, 'big.json');
  await writeFile(path, buffer);
  await page.evaluate(() => {
    window.__longTasks = [];
    document.addEventListener('change', () => { window.__chosenAt = performance.now(); }, { capture: true, once: true });
  });
  const started = Date.now();
  await chooser(page).setInputFiles(path);
  // While it is checked, the page answers: a frame is drawn within a few hundred ms.
  const frame = await page.evaluate(() => new Promise((done) => {
    const t = performance.now();
    requestAnimationFrame(() => done(performance.now() - t));
  }));
  await page.getByRole('heading', { level: 2, name: /big\.json passes every check/ }).waitFor({ timeout: 120_000 });
  const checkMs = Date.now() - started;
  // Long tasks from the moment the app was given the file (any earlier one is the test's own).
  const duringCheck = await page.evaluate(() => window.__longTasks.splice(0).filter((t) => t.start + t.duration > window.__chosenAt));
  assert.ok(workers.some((url) => url.endsWith('/own-data-worker.js')), `a worker checked it: ${workers}`);

  const swapStarted = Date.now();
  await page.getByRole('button', { name: 'Explore this file for this visit' }).click();
  await page.getByRole('region', { name: 'Your own data file' }).waitFor({ timeout: 120_000 });
  const swapMs = Date.now() - swapStarted;
  const duringSwap = await page.evaluate(() => window.__longTasks.splice(0));
  await stillWorks(page, expected);
  await rm(dir, { recursive: true, force: true });

  const longest = (tasks) => Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
  console.log(`# ${megabytes.toFixed(1)} MB, ${profiles.length} profiles: check ${checkMs} ms (first frame after choosing it: ${Math.round(frame)} ms), ` +
    `long tasks during the check: ${duringCheck.length}, longest ${longest(duringCheck)} ms; ` +
    `swap (parse + index + redraw on the main thread) ${swapMs} ms, long tasks ${duringSwap.map((t) => Math.round(t.duration)).join(', ')} ms`);
  // The check itself runs in the worker: nothing near a freeze on the main thread.
  assert.ok(longest(duringCheck) <= 100, `longest long task during the check: ${longest(duringCheck)} ms`);
  expectNoProblems(problems);
  await context.close();
});

test('the one-file edition (file://, no worker) checks small files on the page and says why it refuses big ones', async () => {
  const url = `${pathToFileURL(resolve(process.env.MFLM_ONEFILE ?? 'dist-onefile/mflm-explorer.html')).href}?view=own-data`;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watch(page, 'file://');
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Your own data file' }).waitFor();

  const bad = copy();
  bad.profiles[0].regions = ['atlantis'];
  await chooser(page).setInputFiles(file('bad.json', json(bad)));
  await page.getByRole('heading', { level: 2, name: '1 problem in bad.json' }).waitFor();
  assert.equal((await problemRows(page))[0][0], bad.profiles[0].id);

  const big = copy();
  while (json(big).length < 3 * 1048576) big.profiles.push(...data.profiles.map((p) => ({ ...p, id: `${p.id}-${big.profiles.length}` })));
  await chooser(page).setInputFiles(file('big.json', json(big)));
  const alert = page.getByRole('alert').filter({ hasText: 'big.json' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /checks files of up to 2 MB only/);

  const good = copy();
  good.profiles = good.profiles.slice(0, 5);
  await chooser(page).setInputFiles(file('good.json', json(good)));
  await page.getByRole('button', { name: 'Explore this file for this visit' }).click();
  await page.getByRole('region', { name: 'Your own data file' }).waitFor();
  await stillWorks(page, good.principles.length + good.guidelines.length + 5);
  assert.deepEqual(workers, [], 'no worker in the one-file edition');
  expectNoProblems(problems);
  await context.close();
});

test('the page, its problems table and the banner have no accessibility violations (axe, light and dark)', async () => {
  const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    // axe is injected as a script, which the app's CSP forbids: this context bypasses it.
    const { page, context, problems } = await openApp(env, '/?view=own-data', { waitFor: 'main h1', contextOptions: { bypassCSP: true, colorScheme } });
    const axe = async (what) => {
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
        .violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`));
      found.push(...violations.map((v) => `${colorScheme}, ${what}: ${v}`));
    };
    await axe('empty page');
    const bad = copy();
    bad.profiles[0].regions = ['atlantis'];
    await chooser(page).setInputFiles(file('bad.json', json(bad)));
    await page.locator('table.own-data-problems').waitFor();
    await axe('problems listed');
    await chooser(page).setInputFiles(file('page.json', Buffer.from('<html>')));
    await page.getByRole('alert').waitFor();
    await axe('not JSON');
    const good = copy();
    good.profiles = good.profiles.slice(0, 5);
    await chooser(page).setInputFiles(file('good.json', json(good)));
    await page.getByRole('button', { name: 'Explore this file for this visit' }).click();
    await page.getByRole('region', { name: 'Your own data file' }).waitFor();
    await axe('banner');
    expectNoProblems(problems);
    await context.close();
  }
  assert.deepEqual(found, []);
});

test('the About page leads to it, and its file input is labelled and reachable by keyboard', async () => {
  const { page, context, problems } = await openApp(env, '/?view=about');
  await page.getByRole('main').getByRole('link', { name: 'Your own data file' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your own data file' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('view'), 'own-data');
  assert.match(await page.title(), /^Your own data file/);
  // Tab from the heading reaches the file input (the drop zone is an extra, not the control).
  await page.locator('main h1').focus();
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'own-data-file');
  }
  assert.ok(reached, 'Tab reaches the file input');
  expectNoProblems(problems);
  await context.close();
});

test('the page fits a 360 px screen: no sideways scroll, the file input inside its drop zone', async () => {
  const { page, context, problems } = await openApp(env, '/?view=own-data', { contextOptions: { viewport: { width: 360, height: 740 } } });
  await page.getByRole('heading', { level: 1, name: 'Your own data file' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'the page is wider than the screen');
  const [zone, input] = await Promise.all([page.locator('.drop-zone').boundingBox(), chooser(page).boundingBox()]);
  assert.ok(input.x >= zone.x && input.x + input.width <= zone.x + zone.width + 0.5, `the file input (${input.x}+${input.width}) leaves its drop zone (${zone.x}+${zone.width})`);
  expectNoProblems(problems);
  await context.close();
});
