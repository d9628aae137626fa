// Accessibility: axe-core finds no violations on any kind of page (light and dark), every page
// has exactly one h1 and a title that names it, and nothing scrolls sideways on a 360 px wide
// phone.
//
// axe is injected as a script, which the app's Content-Security-Policy (rightly) forbids; only
// these tests use a context with `bypassCSP`, so the CSP itself stays tested elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { setup, openApp, expectNoProblems, watch } from './harness.mjs';
import { data, eventually } from './ui.mjs';

const env = setup();
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

const practice = data.profiles.find((p) => p.type === 'practice');
const activity = data.profiles.find((p) => p.type === 'activity');
const country = data.profiles.find((p) => p.countries.length > 0).countries[0];
const PAGES = [
  ['browse', '/', 'article.result'],
  ['browse, filtered and searched', '/?q=migrant&region=africa,asia-pacific&type=practice&sort=title', 'article.result mark'],
  ['browse, page 2', '/?page=2', 'article.result'],
  ['browse, nothing matches', '/?q=qxzvjwk', '.empty-state'],
  ['a principle', '/?item=principle:8', 'main h1'],
  ['a guideline', `/?item=guideline:${data.guidelines[0].id}`, 'main h1'],
  ['a practice', `/?item=profile:${practice.id}`, 'main h1'],
  ['an ILO activity', `/?item=profile:${activity.id}`, 'main h1'],
  ['an instrument', `/?item=instrument:${data.instruments[0].id}`, 'main h1'],
  ['a sub-division', `/?item=subdivision:${data.subdivisions[0].id}`, 'main h1'],
  ['a country', `/?item=country:${country}`, 'main h1'],
  ['the overview', '/?view=overview', 'main h1'],
  ['the instruments', '/?view=instruments', 'main h1'],
  ['about', '/?view=about', 'main h1'],
  ['the shortlist', '/?view=shortlist', 'main h1'],
  ['open data', '/?view=open-data', 'table.open-data-files'],
  ['not found', '/?item=profile:NOPE', 'main h1'],
  ['the crosswalk', '/?view=crosswalk', 'main h1'],
  ['a GCM objective', '/?item=gcm:6', 'main h1'],
  ['an SDG indicator', '/?item=sdg:10.7.1', 'main h1'],
];

/**
 * Shows `path` in an already loaded app the way Back/Forward does (the URL changes, then
 * popstate), which renders the same view as loading it afresh without recompiling the wasm.
 */
async function visit(page, path, ready) {
  if (!page.url().startsWith(env.server.origin)) {
    await page.goto(env.server.origin + path);
  } else {
    await page.evaluate(async (to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
      // The view updates in microtasks; two frames later it is drawn.
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    }, path);
  }
  await page.waitForSelector(ready);
  await page.waitForSelector('main h1', { state: 'attached' });
}

/** axe's violations, one readable block each: rule, impact, what to fix, where. */
async function axeViolations(page, rules) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (rules) => {
    const options = { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) };
    const result = await window.axe.run(document, options);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
    }));
  }, rules);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`);
}

/** The list's expected tab title for a link: "Search: migrant · Filters (3 on) · MFLM Explorer". */
function listTitle(path) {
  const params = new URL(path, 'http://x').searchParams;
  const searched = params.get('q') ? [`Search: ${params.get('q')}`] : [];
  const facetKeys = [...params.keys()].filter((key) => !['q', 'page', 'sort', 'lang'].includes(key));
  const ticked = facetKeys.reduce((sum, key) => sum + params.get(key).split(',').length, 0);
  const filters = ticked > 0 ? [`Filters (${ticked} on)`] : [];
  return [...searched, ...filters, 'MFLM Explorer'].join(' · ');
}

async function h1Count(page) {
  return page.evaluate(() => document.querySelectorAll('h1').length);
}

/** Fails with every problem listed, one block each (no diff noise). */
function expectNone(found, what) {
  if (found.length > 0) assert.fail(`${what}:\n${found.join('\n')}`);
}

// Light: every axe rule. Dark: only colour contrast, the one thing the scheme changes.
for (const [scheme, rules] of [['light', undefined], ['dark', ['color-contrast']]]) {
  const what = rules ? 'no contrast violations' : 'no violations, and each page has one h1 and its own title';
  test(`axe finds ${what} (${scheme} scheme)`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, colorScheme: scheme });
    const page = await context.newPage();
    const problems = watch(page, env.server.origin);
    const found = [];
    for (const [name, path, ready] of PAGES) {
      await visit(page, path, ready);
      if (rules) {
        for (const v of await axeViolations(page, rules)) found.push(`${name} (${path}): ${v}`);
        continue;
      }
      const h1s = await h1Count(page);
      if (h1s !== 1) found.push(`${name} (${path}): ${h1s} h1 elements`);
      // The tab names the page: "<its h1> · MFLM Explorer"; on the list, what was searched and
      // how many filters are on, or just the app's name.
      const h1 = (await page.locator('h1').first().textContent()).trim();
      const title = name.startsWith('browse') ? listTitle(path) : `${h1} · MFLM Explorer`;
      if ((await page.title()) !== title) found.push(`${name} (${path}): title "${await page.title()}", expected "${title}"`);
      for (const v of await axeViolations(page, rules)) found.push(`${name} (${path}): ${v}`);
    }
    expectNone(found, 'accessibility problems');
    expectNoProblems(problems);
    await context.close();
  });
}

test('axe finds no violations with the filter panel opened on a phone', async () => {
  const { page, context, problems } = await openApp(env, '/?region=africa', {
    waitFor: 'article.result', contextOptions: { bypassCSP: true, viewport: { width: 360, height: 740 } },
  });
  const toggle = page.getByRole('button', { name: 'Show filters' });
  await toggle.click();
  assert.equal(await page.getByRole('button', { name: 'Hide filters' }).getAttribute('aria-expanded'), 'true');
  await page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: /^Africa/ }).waitFor();
  expectNone(await axeViolations(page), 'accessibility problems');
  // Deep in the long panel, the way back to the results is always on screen, with the count.
  await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox').first().scrollIntoViewIfNeeded();
  const done = page.getByRole('button', { name: /^Show the results \(\d+\)$/ });
  assert.ok(await done.isVisible(), 'the button is in view at the bottom');
  const count = Number((await done.innerText()).match(/\d+/)[0]);
  await done.click();
  assert.equal(await page.getByRole('button', { name: /^Show filters/ }).getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('article.result').count() > 0, true);
  assert.ok(await page.locator('article.result').first().isVisible(), 'the results are in view');
  assert.match(await page.getByRole('status').filter({ hasText: /result/i }).first().innerText(), new RegExp(`^${count} results?$`));
  expectNoProblems(problems);
  await context.close();
});

test('at 360 px wide no page scrolls sideways', async () => {
  const { page, context, problems } = await openApp(env, '/', { waitFor: 'article.result', contextOptions: { viewport: { width: 360, height: 740 } } });
  const wide = [];
  for (const [name, path, ready] of PAGES) {
    await visit(page, path, ready);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) {
      const culprits = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > 361)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).replace(/ /g, '.') : ''} (right ${Math.round(el.getBoundingClientRect().right)})`));
      wide.push(`${name} (${path}): scrollWidth ${width}; e.g. ${culprits.join(', ')}`);
    }
  }
  expectNone(wide, 'pages wider than the screen');
  await eventually(() => h1Count(page), 1);
  expectNoProblems(problems);
  await context.close();
});
