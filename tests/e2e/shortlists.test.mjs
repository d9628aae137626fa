// Shortlists: several named lists; two tabs adding at once keep both additions; a share link
// carries the list itself (name, items, order) and opens it anywhere, read-only, with "Keep a
// copy"; its QR code decodes to that link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readQr } from './qr-read.mjs';
import { setup, openApp, expectNoProblems, appResults } from './harness.mjs';
import { data, eventually } from './ui.mjs';

const env = setup();
const titleOf = (id) => data.profiles.find((p) => p.id === id).title.en;
const practices = data.profiles.filter((p) => p.type === 'practice').map((p) => p.id);

async function add(page, id) {
  await page.goto(new URL(`?item=profile:${id}`, page.url()).href);
  await page.getByRole('main').getByRole('button', { name: 'Add to shortlist', exact: true }).click();
  await page.getByRole('main').getByRole('button', { name: 'Remove from shortlist', exact: true }).waitFor();
}

async function listed(page) {
  await page.goto(new URL('?view=shortlist', page.url()).href);
  await page.getByRole('heading', { level: 1, name: 'Your shortlist' }).waitFor();
  return page.locator('main ol.result-list article h2').allInnerTexts();
}

test('two tabs adding to the shortlist at once keep both additions', async () => {
  const { page: one, context, problems } = await openApp(env, '/');
  const two = await context.newPage();
  await two.goto(one.url());
  await appResults(two);
  await add(one, practices[0]);
  await add(two, practices[1]);
  await eventually(() => listed(one), [titleOf(practices[0]), titleOf(practices[1])], 'tab one sees both');
  await eventually(() => listed(two), [titleOf(practices[0]), titleOf(practices[1])], 'tab two sees both');
  expectNoProblems(problems);
  await context.close();
});

test('a named list is shared by a link (and its QR code) that opens it anywhere, read-only, with "Keep a copy"', async () => {
  const { page, context, problems } = await openApp(env, '/');
  const ids = [practices[2], practices[3], practices[4]];
  await page.goto(new URL('?view=shortlist', page.url()).href);
  await page.getByLabel("New list's name").fill('Manila course, day 2');
  await page.getByRole('button', { name: 'Make a new list' }).click();
  for (const id of ids) await add(page, id);
  const titles = await listed(page);
  assert.deepEqual(titles, ids.map(titleOf));
  // Reorder: the last one up.
  await page.locator('main ol.result-list li').nth(2).getByRole('button', { name: 'Move up' }).click();
  const order = [ids[0], ids[2], ids[1]];
  await eventually(() => page.locator('main ol.result-list article h2').allInnerTexts(), order.map(titleOf));
  // The ends cannot move further, and each button names its practice.
  const entries = page.locator('main ol.result-list li');
  assert.ok(await entries.first().getByRole('button', { name: `Move up: ${titleOf(order[0])}` }).isDisabled());
  assert.ok(await entries.last().getByRole('button', { name: `Move down: ${titleOf(order[2])}` }).isDisabled());
  assert.ok(await entries.first().getByRole('button', { name: `Move down: ${titleOf(order[0])}` }).isEnabled());

  const link = await page.locator('input.share-link').inputValue();
  assert.match(link, /view=shortlist&list=Manila\+course%2C\+day\+2&items=/);
  await page.getByText('QR code of this view').click();
  const image = page.locator('section.share img.qr');
  await image.waitFor();
  assert.equal(await readQr(page, await image.getAttribute('src')), link, 'the QR code is the link');

  // A fresh browser: the same list, read-only, then a copy of one's own.
  const other = await env.browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await fresh.getByRole('heading', { level: 2, name: 'Manila course, day 2' }).waitFor();
  assert.deepEqual(await fresh.locator('main ol.result-list article h2').allInnerTexts(), order.map(titleOf));
  assert.equal(await fresh.getByRole('button', { name: 'Move up' }).count(), 0, 'read-only');
  await fresh.getByRole('button', { name: 'Keep a copy' }).click();
  await fresh.getByLabel('Name of this list').waitFor();
  assert.equal(await fresh.getByLabel('Name of this list').inputValue(), 'Manila course, day 2');
  assert.deepEqual(await fresh.locator('main ol.result-list article h2').allInnerTexts(), order.map(titleOf));
  await other.close();
  expectNoProblems(problems);
  await context.close();
});
