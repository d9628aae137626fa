// index.html's prerendered first view (the default page of results, written in by the build:
// `mflm-data prerender`, scripts/first-view.mjs): readable before the wasm has arrived, taken
// over by the app with no jump and nothing the visitor typed lost (src/ui/first_view.rs), and
// shown only for the view it is (public/first-view.js): elsewhere the page says "Loading".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, expectNoProblems, resultCount, watch } from './harness.mjs';

const env = setup();

/** A fresh page whose wasm download waits for `release()`. */
async function openHeld(path = '/', contextOptions = {}, initScript = null) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  // Every layout shift, from the first frame on (buffered), as Chromium reports them.
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const problems = watch(page, env.server.origin);
  await page.goto(env.server.origin + path, { waitUntil: 'domcontentloaded' });
  return { context, page, problems, release };
}

/** The visible result titles, in order, each with where it is on the page. */
async function visibleTitles(page) {
  return page.evaluate(() => [...document.querySelectorAll('article.result h3 a')]
    .filter((a) => a.getClientRects().length > 0)
    .map((a) => {
      const box = a.getBoundingClientRect();
      return { title: a.textContent.trim(), x: Math.round(box.x * 10) / 10, y: Math.round((box.y + scrollY) * 10) / 10 };
    }));
}

/** Markup of the first view's piece `selector` and of the app's, comparable: no Leptos markers, no print-only links back. */
async function markup(page, selector) {
  return page.evaluate((selector) => {
    return document.querySelector(selector)?.outerHTML.replace(/<!---->/g, '').replace(/<p class="print-only link-back">[^<]*<\/p>/g, '');
  }, selector);
}

async function takenOver(page) {
  await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('article.result'));
}

for (const [screen, viewport] of [['a wide screen', { width: 1280, height: 900 }], ['a phone', { width: 412, height: 823 }]]) test(`on ${screen}, with the wasm held back, the first page of results is already there, and the app shows the same in the same place`, async () => {
  const { context, page, problems, release } = await openHeld('/', { viewport });
  await page.locator('#boot article.result').first().waitFor();
  const before = await visibleTitles(page);
  assert.equal(before.length, 25, 'the first view shows one page of results');
  assert.match(before[0].title, /^Principle 1 /);
  const countBefore = await resultCount(page);
  const pieces = ['header.site-header', 'form.search', '.results-header', 'ol.result-list', 'nav.pager', 'footer.site-footer', '.filters-bar'];
  const prerendered = {};
  for (const piece of pieces) prerendered[piece] = await markup(page, `#boot .first-view ${piece}`);
  assert.equal(await page.locator('.boot-loading').isVisible(), false, 'the loading message shows beside the first view');

  release();
  await takenOver(page);
  const after = await visibleTitles(page);
  assert.deepEqual(after, before, 'the app shows other titles, or in other places');
  assert.equal(await resultCount(page), countBefore);
  for (const piece of pieces) assert.equal(await markup(page, piece), prerendered[piece], `the app's ${piece} differs from the first view's`);
  // The filter lists come a task later (as without a first view); then nothing has moved.
  await page.locator('fieldset.facet input[type=checkbox]').first().waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  assert.deepEqual(await visibleTitles(page), before, 'the titles moved once the filter lists came');
  const shifts = await page.evaluate(() => window.__shifts);
  assert.deepEqual(shifts, [], 'layout shifts');
  assert.equal(await page.locator('header.site-header').count(), 1, 'more than one site header');
  assert.equal(await page.locator('#search-input').count(), 1, 'more than one search box');
  expectNoProblems(problems);
  await context.close();
});

test('what is typed into the first view carries over into the app, with focus and caret', async () => {
  const { context, page, problems, release } = await openHeld('/');
  const box = page.locator('#boot #search-input');
  await box.click();
  await box.pressSequentially('fees');
  release();
  await takenOver(page);
  await page.waitForFunction(() => location.search.includes('q=fees'));
  const state = await page.evaluate(() => {
    const active = document.activeElement;
    return { id: active?.id, value: active?.value, caret: [active?.selectionStart, active?.selectionEnd] };
  });
  assert.deepEqual(state, { id: 'search-input', value: 'fees', caret: [4, 4] });
  const titles = (await visibleTitles(page)).map((t) => t.title);
  // The same as a visit straight to ?q=fees.
  const direct = await context.newPage();
  await direct.goto(env.server.origin + '/?q=fees');
  await direct.waitForSelector('article.result');
  const expected = await direct.locator('article.result h3 a').allInnerTexts();
  assert.ok(expected.length > 0 && expected.length < 25, `fees: ${expected.length} results`);
  assert.deepEqual(titles, expected.map((t) => t.trim()));
  // Typing goes on in the app.
  await page.keyboard.type(' migrant');
  await page.waitForFunction(() => location.search.includes('q=fees+migrant'));
  expectNoProblems(problems);
  await context.close();
});

test('before the app has arrived, Enter and the first view\'s buttons say it is still loading; nothing is lost or logged', async () => {
  const { context, page, problems, release } = await openHeld('/', { viewport: { width: 412, height: 823 } });
  const status = page.locator('#boot .first-view-waiting');
  assert.equal(await status.isVisible(), false, 'the notice shows before anything was tried');
  await page.locator('#boot').getByRole('button', { name: 'Show filters' }).click();
  await status.filter({ hasText: 'Still loading' }).waitFor();
  assert.equal(await status.getAttribute('role'), 'status', 'the notice is announced');
  const box = page.locator('#boot #search-input');
  await box.click();
  await box.pressSequentially('fees');
  await box.press('Enter');
  assert.equal(new URL(page.url()).search, '', 'Enter did not navigate');
  release();
  await takenOver(page);
  await page.waitForFunction(() => location.search.includes('q=fees'));
  assert.equal(await page.locator('.first-view-waiting').count(), 0, 'the notice left with the first view');
  assert.equal(await page.getByRole('searchbox', { name: 'Search the Framework' }).inputValue(), 'fees');
  // No "form-action" refusal, no error of any kind (watch() collects console errors).
  expectNoProblems(problems);
  await context.close();
});

for (const [name, path, options, init] of [
  ['a search in the address (?q=fees)', '/?q=fees', {}, null],
  ['an item page', '/?item=principle:3', {}, null],
  ['English asked in the address (?lang=en)', '/?lang=en', {}, null],
  ['a browser that prefers French', '/', { locale: 'fr-FR' }, null],
  ['a language chosen before on this device', '/', {}, () => localStorage.setItem('mflm-explorer.language', 'es')],
]) {
  test(`for ${name}, the page says it is loading instead of showing the first view, then the app shows the right view`, async () => {
    const { context, page, problems, release } = await openHeld(path, options, init);
    await page.locator('.boot-loading').waitFor({ state: 'visible' });
    assert.equal(await page.getByRole('status').filter({ hasText: 'Loading the Framework' }).count(), 1);
    assert.deepEqual(await visibleTitles(page), [], 'the default results show for another view');
    release();
    await page.waitForSelector('main h1');
    assert.equal(await page.locator('#boot').count(), 0, 'the placeholder is still in the page');
    if (path === '/?q=fees') {
      assert.equal(await page.locator('#search-input').inputValue(), 'fees');
    }
    if (path.includes('item=')) assert.match(await page.locator('main h1').innerText(), /^Principle 3/);
    expectNoProblems(problems);
    await context.close();
  });
}

test('a result link in the first view works before the app has arrived', async () => {
  const { context, page, problems, release } = await openHeld('/');
  const link = page.locator('#boot article.result h3 a').nth(2);
  const title = (await link.innerText()).trim();
  await link.click();
  await page.waitForURL(/\?item=principle:3$/);
  // A new page: not the default view, so it waits for the app (which is still held back).
  await page.locator('.boot-loading').waitFor({ state: 'visible' });
  release();
  // (index.html's hidden first view has a heading too, until the app removes it.)
  await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('main h1'));
  // "Principle 3 Knowledge…" in the list, "Principle 3: Knowledge…" as the page's heading.
  assert.equal((await page.locator('main h1').innerText()).trim().replace(':', ''), title);
  expectNoProblems(problems);
  await context.close();
});
