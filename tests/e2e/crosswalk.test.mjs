// The crosswalk: principles against GCM objectives and SDG targets. Opened from the site
// navigation, a cell leads to exactly the items the data puts behind it; the GCM facet counts
// what the data gives through the principles; an objective's page says its links are the
// editors' mapping and lists practices through their principles; the tables stay usable on a
// 360 px screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems } from './harness.mjs';
import {
  data, expectedDocs, expectedOptionCount, option, group, shownCount, expectCount, params,
  resultTitles, expectHeading, eventually, PER_PAGE, OPTIONS, assertPanelMatches,
} from './ui.mjs';

const env = setup();

/** Principle 13 (recruitment) and GCM objective 6 (fair recruitment): the mapping's anchor. */
const PRINCIPLE = 13;
const OBJECTIVE = 6;
const objective = data.gcm_objectives.find((o) => o.number === OBJECTIVE);
const principle = data.principles.find((p) => p.number === PRINCIPLE);
const objectiveName = `GCM objective ${OBJECTIVE}: ${objective.title.en}`;

function gcmTable(page) {
  return page.getByRole('table', { name: /GCM objectives 1 to 23/ });
}

test('the crosswalk opens from the navigation and a cell leads to exactly the items behind it', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Crosswalk' }).click();
  await expectHeading(page, 'Crosswalk: principles, GCM objectives and SDG targets');
  assert.equal(params(page).get('view'), 'crosswalk');
  assert.equal(await page.title(), 'Crosswalk: principles, GCM objectives and SDG targets · MFLM Explorer');
  await assert.doesNotReject(page.getByText(/every link here is the editors' mapping/).waitFor());

  // The tables: a caption, a column header per objective or target, a row header per principle.
  const table = gcmTable(page);
  assert.equal(await table.locator('thead th[scope=col]').count(), 1 + data.gcm_objectives.length);
  assert.equal(await table.locator('tbody th[scope=row]').count(), data.principles.length);
  const sdgTable = page.getByRole('table', { name: /SDG targets and indicators/ });
  assert.equal(await sdgTable.locator('thead th[scope=col]').count(), 1 + data.sdg_targets.length);

  // Exactly the data's links are linked cells, in both tables.
  const linkedCells = await page.locator('table.crosswalk td.linked').count();
  assert.equal(linkedCells, data.crosswalk.length);

  // The cell of principle 13 and objective 6.
  const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^Principle ${PRINCIPLE}:`) }) });
  const column = data.gcm_objectives.findIndex((o) => o.number === OBJECTIVE);
  const cell = row.locator('td').nth(column);
  const practicesOfPrinciple = data.profiles.filter((p) => p.principles.includes(PRINCIPLE));
  const link = cell.getByRole('link');
  assert.match(await link.innerText(), new RegExp(`^${practicesOfPrinciple.length}\\b`));
  assert.match(await link.textContent(), /editors' mapping/, 'the cell says its basis to screen readers');
  // An empty cell says so to screen readers.
  const empty = row.locator('td').nth(data.gcm_objectives.findIndex((o) => o.number === 8));
  assert.equal((await empty.textContent()).trim(), 'not linked');

  await link.click();
  const selected = { principle: [String(PRINCIPLE)], gcm: [String(OBJECTIVE)], type: ['practice', 'activity'] };
  const expected = expectedDocs({ selected });
  // By hand: every profile that lists principle 13, as many as the cell said.
  const byHand = practicesOfPrinciple.length;
  assert.equal(expected.length, byHand);
  await expectCount(page, byHand);
  assert.equal(params(page).get('principle'), String(PRINCIPLE));
  assert.equal(params(page).get('gcm'), String(OBJECTIVE));
  assert.deepEqual(params(page).get('type').split(',').sort(), ['activity', 'practice']);
  assert.deepEqual(await resultTitles(page), expected.slice(0, PER_PAGE).map((d) => d.heading));
  assert.equal(await option(page, 'gcm', String(OBJECTIVE)).isChecked(), true);
  expectNoProblems(problems);
  await context.close();
});

test('filtering the list by a GCM objective gives the count the data gives through the principles', async () => {
  const { page, context, problems } = await openApp(env, '/');
  const fieldset = group(page, 'gcm');
  await assert.doesNotReject(fieldset.getByText("Through the item's principles").waitFor());
  assert.ok(OPTIONS.gcm.length > 0);
  await assertPanelMatches(page, {});
  const box = option(page, 'gcm', String(OBJECTIVE));
  const selected = { gcm: [String(OBJECTIVE)] };
  const linked = data.crosswalk.filter((l) => l.gcm_objective === OBJECTIVE).map((l) => l.principle);
  const byHand = linked.length
    + data.guidelines.filter((g) => linked.includes(g.principle)).length
    + data.profiles.filter((p) => p.principles.some((n) => linked.includes(n))).length;
  assert.equal(expectedDocs({ selected }).length, byHand);
  assert.equal(await shownCount(box), byHand, 'the label promises the count');
  assert.equal(expectedOptionCount('gcm', String(OBJECTIVE)), byHand);
  await box.check();
  await expectCount(page, byHand);
  assert.equal(params(page).get('gcm'), String(OBJECTIVE));
  await assertPanelMatches(page, { selected });
  // And an SDG indicator on top: AND across facets.
  const both = { ...selected, sdg: ['10.7.1'] };
  await option(page, 'sdg', '10.7.1').check();
  await expectCount(page, expectedDocs({ selected: both }).length);
  expectNoProblems(problems);
  await context.close();
});

test('an objective page names its principles with their basis and lists practices through them', async () => {
  const { page, context, problems } = await openApp(env, `/?item=gcm:${OBJECTIVE}`);
  await expectHeading(page, objectiveName);
  const main = page.getByRole('main');
  await assert.doesNotReject(main.getByText(/linked here by the editors' mapping, not by a published source/).waitFor());
  await assert.doesNotReject(main.getByText('The title is our short wording', { exact: false }).waitFor());
  // Its principles, each marked as the editors' mapping.
  const linked = data.crosswalk.filter((l) => l.gcm_objective === OBJECTIVE).map((l) => l.principle).sort((a, b) => a - b);
  const principlesList = main.getByRole('heading', { name: 'Principles linked to it' }).locator('xpath=following-sibling::ul[1]');
  const items = principlesList.getByRole('listitem');
  assert.equal(await items.count(), linked.length);
  for (const [i, n] of linked.entries()) {
    const text = await items.nth(i).innerText();
    assert.match(text, new RegExp(`^Principle ${n}:`));
    assert.match(text, /Editors' mapping/);
  }
  // Practices, each saying the principle it comes through.
  const practices = data.profiles.filter((p) => p.type === 'practice' && p.principles.some((n) => linked.includes(n)));
  const practiceList = main.getByRole('heading', { name: 'Practices, through these principles' }).locator('xpath=following-sibling::ul[1]');
  assert.equal(await practiceList.getByRole('listitem').count(), practices.length);
  const recruitment = practices.find((p) => p.principles.includes(PRINCIPLE));
  const through = recruitment.principles.filter((n) => linked.includes(n)).sort((a, b) => a - b);
  const entry = practiceList.getByRole('listitem').filter({ hasText: recruitment.title.en });
  const words = through.length === 1 ? `through principle ${through[0]}` : `through principles ${through.join(', ')}`;
  assert.match(await entry.innerText(), new RegExp(words));
  // The source, by name: the GCM resolution, never its id.
  const source = main.locator('section.source');
  await assert.doesNotReject(source.getByText('Global Compact for Safe, Orderly and Regular Migration').waitFor());
  assert.doesNotMatch(await source.innerText(), /un-gcm/);
  assert.match(await source.innerText(), new RegExp(`paragraph 16, objective ${OBJECTIVE}`));

  // The practice's page relates it to the objective through the same principle.
  await entry.getByRole('link', { name: recruitment.title.en, exact: true }).click();
  await expectHeading(page, recruitment.title.en);
  const section = main.locator('section').filter({ has: page.getByRole('heading', { name: 'GCM objectives and SDG targets, through its principles' }) });
  const objectiveEntry = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: objectiveName, exact: true }) });
  assert.match(await objectiveEntry.innerText(), new RegExp(words));
  await page.goBack();
  await expectHeading(page, objectiveName);

  // The principle's own page lists its objectives and targets, and leads back.
  await main.getByRole('link', { name: `Principle ${PRINCIPLE}: ${principle.title.en}`, exact: true }).click();
  await expectHeading(page, `Principle ${PRINCIPLE}: ${principle.title.en}`);
  await page.getByRole('link', { name: objectiveName, exact: true }).waitFor();
  const indicator = data.sdg_targets.find((t) => t.id === '10.7.1');
  await page.getByRole('link', { name: `SDG indicator 10.7.1: ${indicator.title.en}`, exact: true }).click();
  await expectHeading(page, `SDG indicator 10.7.1: ${indicator.title.en}`);
  assert.equal(params(page).get('item'), 'sdg:10.7.1');
  expectNoProblems(problems);
  await context.close();
});

test('on a 360 px screen the table scrolls inside its region and the principles stay in view', async () => {
  const { page, context, problems } = await openApp(env, '/?view=crosswalk', {
    contextOptions: { viewport: { width: 360, height: 740 } },
  });
  await expectHeading(page, 'Crosswalk: principles, GCM objectives and SDG targets');
  // The page itself does not scroll sideways.
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(pageWidth <= 360, `the page is ${pageWidth}px wide`);
  const region = page.getByRole('region', { name: /GCM objectives 1 to 23/ });
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(scrollWidth > clientWidth, 'the table is wider than the screen, inside its region');
  // Scrolled to the far end, the principle column is still where it was.
  const rowHeader = region.getByRole('rowheader').first();
  const before = await rowHeader.boundingBox();
  await region.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  await eventually(async () => Math.round((await rowHeader.boundingBox()).x), Math.round(before.x), 'the sticky column stays put');
  // The last objective's column is now in view.
  const lastHeader = region.locator('thead th').last();
  const box = await lastHeader.boundingBox();
  assert.ok(box.x + box.width <= 360 + 1, 'the last column is reachable');
  // Scrolled down to the last principle, the objectives' numbers are still above the cells.
  const { scrollHeight, clientHeight } = await region.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  assert.ok(scrollHeight > clientHeight, 'on a phone the table is taller than its region, which scrolls down too');
  await region.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await eventually(
    () => region.evaluate((el) => {
      const header = el.querySelector('thead th:nth-child(2)').getBoundingClientRect();
      return Math.abs(header.top - el.getBoundingClientRect().top) <= 2;
    }),
    true,
    'the header row stays at the top of the region',
  );
  expectNoProblems(problems);
  await context.close();
});

test('an objective opened from the crosswalk leads back to the crosswalk, not to an empty list', async () => {
  const { page, context, problems } = await openApp(env, '/?view=crosswalk');
  await gcmTable(page).locator('thead th[scope=col] a').first().click();
  const back = page.getByRole('link', { name: 'Back to Crosswalk: principles, GCM objectives and SDG targets' });
  await back.waitFor();
  await back.click();
  await expectHeading(page, 'Crosswalk: principles, GCM objectives and SDG targets');
  assert.equal(params(page).get('view'), 'crosswalk');
  // From the results, the same link still says "Back to results".
  await page.goto(new URL('/?q=recruitment', page.url()).href);
  await page.locator('article.result h3 a').first().click();
  await page.getByRole('link', { name: 'Back to results' }).waitFor();
  expectNoProblems(problems);
  await context.close();
});

test('in Arabic, the principles the data has only in English are marked EN in the crosswalk; in English nothing is', async () => {
  const { page, context, problems } = await openApp(env, '/?lang=ar&view=crosswalk');
  const table = page.getByRole('table').first();
  await table.getByRole('rowheader').first().waitFor();
  const rows = await table.getByRole('rowheader').evaluateAll((cells) => cells.map((cell) => ({
    text: cell.textContent,
    marked: cell.querySelectorAll('abbr.lang-marker').length,
  })));
  assert.equal(rows.length, data.principles.length);
  for (const [i, row] of rows.entries()) {
    assert.ok(row.text.includes(data.principles[i].title.en), `row ${i + 1} shows the English title`);
    assert.equal(row.marked, 1, `row ${i + 1} is marked EN`);
  }
  await page.goto(`${env.server.origin}/?view=crosswalk`);
  await page.getByRole('table').first().getByRole('rowheader').first().waitFor();
  assert.equal(await page.locator('main abbr.lang-marker').count(), 0, 'nothing marked on the English page');
  expectNoProblems(problems);
  await context.close();
});
