// Whatever arrives in the address bar or in local storage, the app renders something sensible
// and never throws: malformed escapes, unknown values, huge queries, impossible pages, markup,
// and a corrupted shortlist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems } from './harness.mjs';
import {
  TOTAL, PER_PAGE, docs, data, expectedDocs, searchBox, expectCount, resultTitles, ticked, expectHeading,
  openWithInit, eventually, params,
} from './ui.mjs';

const env = setup();
const SHORTLIST_KEY = 'mflm-explorer.shortlist.v1';

test('malformed percent escapes still render the list, read as the browser reads them', async () => {
  const query = '?q=%E0%A4%A&region=%zz';
  const { page, context, problems } = await openApp(env, `/${query}`);
  const text = new URLSearchParams(query).get('q');
  assert.equal(await searchBox(page).inputValue(), text, 'the broken escape is kept as text');
  await expectCount(page, expectedDocs({ text }).length);
  assert.deepEqual(await ticked(page), [], 'an unknown region ticks nothing');
  expectNoProblems(problems);
  await context.close();
});

test('unknown filter values and a missing item show "Not found", and its way back lists everything', async () => {
  const { page, context, problems } = await openApp(env, '/?region=atlantis&principle=99&item=profile:NOPE');
  await expectHeading(page, 'Not found');
  await page.getByText('This link points to an item that is not in the data.').waitFor();
  assert.equal(await page.title(), 'Not found · MFLM Explorer');
  await page.getByRole('link', { name: 'Back to results' }).click();
  await expectCount(page, TOTAL);
  assert.deepEqual(await ticked(page), []);
  expectNoProblems(problems);
  await context.close();
});

test('items that cannot exist show "Not found": principle 0, odd ids, markup in ids', async () => {
  const { page, context, problems } = await openApp(env, '/?item=principle:0');
  for (const item of ['principle:0', 'guideline:nope', 'instrument:C000', 'country:XXX', 'subdivision:XC',
    'profile:%3Cimg%20src%3Dx%3E']) {
    await page.goto(`${env.server.origin}/?item=${item}`);
    await expectHeading(page, 'Not found', `?item=${item}`);
    assert.equal(await page.locator('main img').count(), 0);
  }
  expectNoProblems(problems);
  await context.close();
});

test('unknown parameters and values are ignored: the default list shows', async () => {
  const { page, context, problems } = await openApp(env,
    '/?utm_source=mail&view=nowhere&sort=sideways&page=-3&type=&&=&foo&item=principle:999&item=martian:1');
  await expectCount(page, TOTAL);
  assert.deepEqual(await resultTitles(page), docs.slice(0, PER_PAGE).map((d) => d.heading));
  assert.equal(await page.getByRole('combobox', { name: 'Sort by' }).inputValue(), 'relevance');
  expectNoProblems(problems);
  await context.close();
});

test('a 10 kB search in the address bar renders and is cut to a sane length', async () => {
  const { page, context, problems } = await openApp(env, `/?q=${'a'.repeat(10000)}`);
  const value = await searchBox(page).inputValue();
  assert.ok(value.length <= 500 && /^a+$/.test(value), `search box holds ${value.length} characters`);
  await expectCount(page, expectedDocs({ text: value }).length);
  // And the same text typed into the box.
  await searchBox(page).fill('b'.repeat(10000));
  await expectCount(page, expectedDocs({ text: 'b'.repeat(10000) }).length);
  expectNoProblems(problems);
  await context.close();
});

test('markup in the search is shown as text, never run', async () => {
  const text = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const { page, context, problems } = await openApp(env, `/?q=${encodeURIComponent(text)}`);
  assert.equal(await searchBox(page).inputValue(), text);
  await expectCount(page, expectedDocs({ text }).length);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('main img, main script').count(), 0);
  expectNoProblems(problems);
  await context.close();
});

test('a page number past the end shows the last page', async () => {
  const { page, context, problems } = await openApp(env, '/?page=99999');
  await expectCount(page, TOTAL);
  const pages = Math.ceil(TOTAL / PER_PAGE);
  const first = (pages - 1) * PER_PAGE + 1;
  const pager = page.getByRole('navigation', { name: 'Result pages' });
  assert.equal(await pager.locator('p').innerText(), `Page ${pages} of ${pages} · Showing ${first}–${TOTAL} of ${TOTAL}`);
  assert.deepEqual(await resultTitles(page), docs.slice(first - 1).map((d) => d.heading));
  assert.equal(await pager.getByRole('link', { name: 'Next page' }).count(), 0);
  await pager.getByRole('link', { name: 'Previous page' }).click();
  await eventually(() => params(page).get('page'), String(pages - 1));
  assert.deepEqual(await resultTitles(page), docs.slice(first - 1 - PER_PAGE, first - 1).map((d) => d.heading));
  expectNoProblems(problems);
  await context.close();
});

test('a corrupted saved shortlist is reset with a notice, and the app keeps working', async () => {
  const { page, context, problems } = await openWithInit(env, '/?view=shortlist',
    (key) => localStorage.setItem(key, '{not json'), SHORTLIST_KEY);
  await expectHeading(page, 'Your shortlist');
  await page.getByRole('status').filter({ hasText: 'could not be read' }).waitFor();
  await page.getByText('Your shortlist is empty.').waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expectCount(page, TOTAL);
  // Shortlisting still works: the first practice in the list.
  const practice = docs.find((d) => d.profile?.type === 'practice');
  await searchBox(page).fill(practice.profile.id);
  const row = page.locator('article.result').filter({ hasText: practice.profile.title.en });
  await row.getByRole('button', { name: 'Add to shortlist' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shortlist (1)' }).click();
  await expectHeading(page, 'Your shortlist');
  await page.getByRole('main').getByRole('link', { name: practice.profile.title.en }).waitFor();
  // Saved again, in the current format (several named lists), under its own key.
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('mflm-explorer.shortlists.v2')));
  assert.equal(saved.version, 2);
  assert.deepEqual(saved.lists.map((l) => l.entries.map((e) => e.item)), [[practice.profile.id]]);
  expectNoProblems(problems);
  await context.close();
});

test('a shortlisted practice survives a reload', async () => {
  const practice = data.profiles.find((p) => p.type === 'practice');
  const { page, context, problems } = await openApp(env, `/?item=profile:${practice.id}`);
  await expectHeading(page, practice.title.en);
  const add = page.getByRole('button', { name: 'Add to shortlist' });
  assert.equal(await add.getAttribute('aria-pressed'), 'false');
  await add.click();
  const remove = page.getByRole('button', { name: 'Remove from shortlist' });
  assert.equal(await remove.getAttribute('aria-pressed'), 'true');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Shortlist (1)' }).waitFor();

  await page.reload();
  await expectHeading(page, practice.title.en);
  assert.equal(await remove.getAttribute('aria-pressed'), 'true');
  await nav.getByRole('link', { name: 'Shortlist (1)' }).click();
  await expectHeading(page, 'Your shortlist');
  await page.getByRole('main').getByRole('link', { name: practice.title.en }).waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: 'could not be read' }).count(), 0);

  await page.getByRole('main').getByRole('button', { name: 'Remove from shortlist' }).click();
  await page.getByText('Your shortlist is empty.').waitFor();
  await nav.getByRole('link', { name: 'Shortlist', exact: true }).waitFor();
  expectNoProblems(problems);
  await context.close();
});
