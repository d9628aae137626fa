// Moving around: item pages and their cross-links, back/forward, reload, shared links and
// result pages. The view lives in the address bar, so each of these must find it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems, watch, appResults } from './harness.mjs';
import {
  TOTAL, PER_PAGE, data, docs, expectedDocs, byTitle, searchBox, option, expectCount, eventually,
  resultTitles, params, ticked, heading, expectHeading, optionLabel,
} from './ui.mjs';

const env = setup();

/** Everything about the list a user would check on coming back to it. */
async function listView(page) {
  return {
    count: await page.getByRole('status').filter({ hasText: /result/i }).innerText(),
    search: await searchBox(page).inputValue(),
    ticked: await ticked(page),
    sort: await page.getByRole('combobox', { name: 'Sort by' }).inputValue(),
    titles: await resultTitles(page),
    pager: await page.getByRole('navigation', { name: 'Result pages' }).locator('p').allInnerTexts(),
  };
}

test('open a practice, follow its links to a principle and a guideline, and Back returns to the same list', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await searchBox(page).pressSequentially('recruit');
  // The tab's title follows the search once typing pauses (with the address).
  await eventually(() => page.title(), 'Search: recruit · MFLM Explorer', 'the title names the typed search');
  const query = { text: 'recruit', selected: { type: ['practice'] } };
  await option(page, 'type', 'practice').check();
  const expected = expectedDocs(query);
  await expectCount(page, expected.length);
  const before = await listView(page);

  // The first result, as listed (relevance order).
  const link = page.locator('article.result h3').first().getByRole('link');
  const title = (await link.innerText()).trim();
  const practice = expected.find((d) => d.heading === title);
  assert.ok(practice, `"${title}" is one of the expected practices`);
  const href = new URL(await link.getAttribute('href'), page.url()).searchParams;
  assert.equal(href.get('item'), practice.ref, 'the link is a real address for the item');
  assert.equal(href.get('q'), 'recruit', 'the link keeps the search');
  await link.click();
  await expectHeading(page, practice.profile.title.en);
  assert.equal(params(page).get('item'), practice.ref);
  assert.equal(await page.title(), `${practice.profile.title.en} · MFLM Explorer`);
  // Focus moves to the new page's heading, so a screen reader announces it.
  await eventually(() => page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the h1');

  // Practice -> its first principle.
  const number = practice.profile.principles[0];
  const principle = data.principles.find((p) => p.number === number);
  const principleName = `Principle ${number}: ${principle.title.en}`;
  await page.getByRole('link', { name: principleName, exact: true }).click();
  await expectHeading(page, principleName);
  assert.equal(params(page).get('item'), `principle:${number}`);

  // Principle -> one of its guidelines.
  const guideline = data.guidelines.find((g) => g.principle === number);
  await page.getByRole('main').getByRole('link', { name: guideline.text.en, exact: true }).click();
  await expectHeading(page, guideline.text.en);
  // The guideline links back to its principle.
  await page.getByRole('link', { name: principleName, exact: true }).waitFor();

  // Back, step by step, through the same pages to the same list.
  await page.goBack();
  await expectHeading(page, principleName);
  await page.goBack();
  await expectHeading(page, practice.profile.title.en);
  await page.goBack();
  await expectCount(page, expected.length);
  assert.deepEqual(await listView(page), before, 'the same list, search and filters');
  assert.equal(await page.title(), 'Search: recruit · Filters (1 on) · MFLM Explorer', 'the tab names the search, no longer the last item');
  assert.deepEqual(before.ticked, ['type:Practice']);
  assert.equal(before.search, 'recruit');

  // Forward works too, and "Back to results" is a link to the same list.
  await page.goForward();
  await expectHeading(page, practice.profile.title.en);
  await page.getByRole('link', { name: 'Back to results' }).click();
  await expectCount(page, expected.length);
  assert.deepEqual(await listView(page), before);
  expectNoProblems(problems);
  await context.close();
});

test('a principle page links to an instrument, and the instrument back to its practices', async () => {
  // Principle 13 rests on C181, which a practice cites.
  const instrument = data.instruments.find((i) => (i.principles ?? []).includes(13)
    && data.profiles.some((p) => p.instruments.includes(i.id)));
  assert.ok(instrument);
  const { page, context, problems } = await openApp(env, '/?item=principle:13');
  const principleName = `Principle 13: ${data.principles.find((p) => p.number === 13).title.en}`;
  await expectHeading(page, principleName);
  await page.getByRole('main').getByRole('link', { name: instrument.name, exact: true }).click();
  await expectHeading(page, instrument.name);
  const citing = data.profiles.filter((p) => p.instruments.includes(instrument.id));
  for (const p of citing) {
    await page.getByRole('main').getByRole('link', { name: p.title.en, exact: true }).waitFor();
  }
  await page.goBack();
  await expectHeading(page, principleName);
  expectNoProblems(problems);
  await context.close();
});

test('reload and a shared link restore search, filters, sort and page number', async () => {
  const { page, context, problems } = await openApp(env, '/');
  const query = { text: 'labour', selected: { region: ['asia-pacific', 'global'] } };
  const expected = byTitle(expectedDocs(query));
  assert.ok(expected.length > PER_PAGE && expected.length <= 2 * PER_PAGE, 'two pages of results');

  await searchBox(page).fill('labour');
  await option(page, 'region', 'asia-pacific').check();
  await option(page, 'region', 'global').check();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title (A–Z)' });
  await expectCount(page, expected.length);
  assert.deepEqual(await resultTitles(page), expected.slice(0, PER_PAGE).map((d) => d.heading));
  await page.getByRole('link', { name: 'Next page' }).click();
  await eventually(() => resultTitles(page), expected.slice(PER_PAGE).map((d) => d.heading), 'page 2, by title');
  const view = await listView(page);
  assert.deepEqual(view.pager, [`Page 2 of 2 · Showing 26–${expected.length} of ${expected.length}`]);
  assert.equal(view.search, 'labour');
  assert.equal(view.sort, 'title');
  assert.deepEqual(view.ticked, [`region:${optionLabel('region', 'asia-pacific')}`, `region:${optionLabel('region', 'global')}`].sort());
  const url = page.url();
  const p = params(page);
  assert.equal(p.get('q'), 'labour');
  assert.equal(p.get('region'), 'asia-pacific,global');
  assert.equal(p.get('sort'), 'title');
  assert.equal(p.get('page'), '2');

  await page.reload();
  await appResults(page);
  await expectCount(page, expected.length);
  assert.deepEqual(await listView(page), view, 'reload shows the same view');
  assert.equal(page.url(), url);

  // Someone else opens the same link in a fresh browser.
  const other = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const shared = await other.newPage();
  const sharedProblems = watch(shared, env.server.origin);
  await shared.goto(url);
  await appResults(shared);
  await expectCount(shared, expected.length);
  assert.deepEqual(await listView(shared), view, 'a shared link shows the same view');
  expectNoProblems(sharedProblems);
  await other.close();
  expectNoProblems(problems);
  await context.close();
});

test('Back and Forward step through filter changes', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await expectCount(page, TOTAL);
  const africa = expectedDocs({ selected: { region: ['africa'] } }).length;
  const both = expectedDocs({ selected: { region: ['africa'], type: ['practice'] } }).length;
  await option(page, 'region', 'africa').check();
  await expectCount(page, africa);
  await option(page, 'type', 'practice').check();
  await expectCount(page, both);

  await page.goBack();
  await expectCount(page, africa);
  assert.deepEqual(await ticked(page), ['region:Africa']);
  await page.goBack();
  await expectCount(page, TOTAL);
  assert.deepEqual(await ticked(page), []);
  await page.goForward();
  await expectCount(page, africa);
  assert.deepEqual(await ticked(page), ['region:Africa']);
  await page.goForward();
  await expectCount(page, both);
  assert.deepEqual(await ticked(page), ['region:Africa', 'type:Practice']);
  expectNoProblems(problems);
  await context.close();
});

test('with every item listed, "Next page" shows the second page and puts page=2 in the address', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await expectCount(page, TOTAL);
  const pages = Math.ceil(TOTAL / PER_PAGE);
  const pager = page.getByRole('navigation', { name: 'Result pages' });
  assert.equal(await pager.locator('p').innerText(), `Page 1 of ${pages} · Showing 1–${PER_PAGE} of ${TOTAL}`);
  assert.equal(await pager.getByRole('link', { name: 'Previous page' }).count(), 0);
  assert.deepEqual(await resultTitles(page), docs.slice(0, PER_PAGE).map((d) => d.heading));

  await pager.getByRole('link', { name: 'Next page' }).click();
  await eventually(() => pager.locator('p').innerText(), `Page 2 of ${pages} · Showing ${PER_PAGE + 1}–${2 * PER_PAGE} of ${TOTAL}`);
  assert.equal(params(page).get('page'), '2');
  assert.deepEqual(await resultTitles(page), docs.slice(PER_PAGE, 2 * PER_PAGE).map((d) => d.heading));
  await expectCount(page, TOTAL);

  await pager.getByRole('link', { name: 'Previous page' }).click();
  await eventually(() => params(page).get('page'), null);
  assert.deepEqual(await resultTitles(page), docs.slice(0, PER_PAGE).map((d) => d.heading));
  expectNoProblems(problems);
  await context.close();
});
