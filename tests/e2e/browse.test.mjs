// Browsing: filtering by each facet, combining facets, searching, and the keyboard, with every
// expected number computed from data/framework.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems } from './harness.mjs';
import {
  TOTAL, OPTIONS, SHORT_LIST, PER_PAGE, data, docs, expectedDocs, expectedOptionCount, optionLabel,
  searchBox, group, option, shownCount, assertPanelMatches, expectCount, eventually, statusCount,
  resultTitles, params, ticked, heading, LEGEND,
} from './ui.mjs';

const env = setup();

// One option per facet; for the long facets one beyond the first eight, so "Show all" is needed.
const PICKS = [
  ['type', 'practice'],
  ['kind', 'training'],
  ['principle', '13'],
  ['region', 'africa'],
  ['sector', 'domestic-work'],
  ['country', 'PHL'],
  ['instrument', 'C181'],
  ['actor', 'employers'],
];

for (const [facet, value] of PICKS) {
  const legend = LEGEND[facet];
  test(`ticking ${legend}: "${optionLabel(facet, value)}" lists exactly the items the data gives it, as its label promised`, async () => {
    const { page, context, problems } = await openApp(env, '/');
    await expectCount(page, TOTAL);
    const fieldset = group(page, facet);
    const boxes = fieldset.getByRole('checkbox');
    const all = OPTIONS[facet].length;
    const long = facet === 'country' || facet === 'instrument';
    const showAll = fieldset.getByRole('button', { name: `Show all (${all})` });
    // The option lists are built just after the results' first paint.
    await fieldset.getByRole('checkbox').first().waitFor();
    if (long) {
      assert.ok(OPTIONS[facet].indexOf(value) >= SHORT_LIST, 'the pick should be hidden until "Show all"');
      assert.equal(await boxes.count(), SHORT_LIST, `${legend} should show ${SHORT_LIST} options at first`);
      assert.equal(await option(page, facet, value).count(), 0);
      assert.equal(await showAll.getAttribute('aria-expanded'), 'false');
      await showAll.click();
      await eventually(() => boxes.count(), all, `${legend} should show all ${all} options`);
      assert.equal(await fieldset.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded'), 'true');
    } else {
      assert.equal(await boxes.count(), all, `${legend} should list all its ${all} options`);
      assert.equal(await fieldset.getByRole('button').count(), 0, `${legend} needs no "Show all" button`);
    }
    await assertPanelMatches(page, {});

    const selected = { [facet]: [value] };
    const expected = expectedDocs({ selected });
    const box = option(page, facet, value);
    assert.equal(await shownCount(box), expected.length, 'the label count before ticking');
    assert.equal(expectedOptionCount(facet, value), expected.length);
    await box.check();
    await expectCount(page, expected.length);
    assert.equal(await box.isChecked(), true);
    assert.equal(params(page).get(facet), value, 'the address bar holds the filter');
    // With nothing searched the list keeps the data's order.
    assert.deepEqual(await resultTitles(page), expected.slice(0, PER_PAGE).map((d) => d.heading));
    await assertPanelMatches(page, { selected });

    if (long) {
      // A ticked option stays in view when the list is folded again.
      await fieldset.getByRole('button', { name: 'Show fewer' }).click();
      await eventually(() => boxes.count(), SHORT_LIST + 1, 'the short list plus the ticked option');
      assert.equal(await box.isChecked(), true);
    }

    await box.uncheck();
    await expectCount(page, TOTAL);
    assert.equal(params(page).get(facet), null);
    if (long) {
      // Unticked, it stays where it was: the checkbox (and keyboard focus) does not vanish.
      assert.equal(await box.count(), 1, 'the unticked option is still listed');
      assert.equal(await boxes.count(), SHORT_LIST + 1);
    }
    expectNoProblems(problems);
    await context.close();
  });
}

test('facets combine: OR within a facet widens, AND across facets narrows, zero-count options are disabled, "Clear all filters" restores everything', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await expectCount(page, TOTAL);
  const clear = page.getByRole('button', { name: 'Clear all filters' });
  assert.equal(await clear.isDisabled(), true, 'nothing to clear yet');

  // Zero-count options are listed but cannot be ticked, from the start.
  const emptySector = OPTIONS.sector.find((v) => expectedOptionCount('sector', v) === 0);
  assert.ok(emptySector, 'the data has a sector no profile uses');
  assert.equal(await option(page, 'sector', emptySector).isDisabled(), true);

  const africa = expectedDocs({ selected: { region: ['africa'] } }).length;
  await option(page, 'region', 'africa').check();
  await expectCount(page, africa);
  // Regions belong to profiles only: principles and guidelines drop out.
  assert.equal(africa, data.profiles.filter((p) => p.regions.includes('africa')).length);

  const either = expectedDocs({ selected: { region: ['africa', 'arab-states'] } }).length;
  assert.ok(either > africa);
  assert.equal(await shownCount(option(page, 'region', 'arab-states')),
    expectedDocs({ selected: { region: ['arab-states'] } }).length,
    "another region's count ignores the region already ticked");
  await option(page, 'region', 'arab-states').check();
  await expectCount(page, either);

  const query = { selected: { region: ['africa', 'arab-states'], type: ['practice'] } };
  const both = expectedDocs(query).length;
  assert.ok(both < either && both > 0);
  assert.equal(await shownCount(option(page, 'type', 'practice')), both);
  await option(page, 'type', 'practice').check();
  await expectCount(page, both);
  assert.equal(params(page).get('region'), 'africa,arab-states');
  assert.equal(params(page).get('type'), 'practice');

  // Every visible option's count, tick and disabled state agree with the data; a few of them
  // are zero under this selection, and those must be disabled.
  await assertPanelMatches(page, query);
  const zero = OPTIONS.kind.filter((v) => expectedOptionCount('kind', v, query) === 0);
  assert.ok(zero.length > 0, 'some kinds have no practice in these regions');
  for (const value of zero) {
    const box = option(page, 'kind', value);
    assert.equal(await box.isDisabled(), true, `"${optionLabel('kind', value)}" has no results and is disabled`);
    assert.equal(await shownCount(box), 0);
  }
  // The ticked options stay enabled so they can be unticked, whatever the counts.
  for (const value of ['africa', 'arab-states']) assert.equal(await option(page, 'region', value).isEnabled(), true);

  await clear.click();
  await expectCount(page, TOTAL);
  assert.deepEqual(await ticked(page), []);
  assert.equal(await clear.isDisabled(), true);
  assert.equal(new URL(page.url()).search, '');
  expectNoProblems(problems);
  await context.close();
});

test('searching narrows the list, highlights the typed prefix, ignores case', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await expectCount(page, TOTAL);
  const expected = expectedDocs({ text: 'recruit' });
  assert.ok(expected.length > 0 && expected.length < PER_PAGE);
  await searchBox(page).pressSequentially('Recruit');
  await expectCount(page, expected.length);
  // The address bar catches up once typing pauses (not on every letter).
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'Recruit', null, { timeout: 3000 });
  assert.deepEqual((await resultTitles(page)).sort(), expected.map((d) => d.heading).sort());

  const marks = await page.locator('article.result mark').allTextContents();
  assert.ok(marks.length > 0, 'matches are highlighted');
  assert.deepEqual([...new Set(marks.map((m) => m.toLowerCase()))], ['recruit'],
    `each highlight is the typed prefix of a word, got ${JSON.stringify(marks)}`);

  // The facet counts follow the search.
  await assertPanelMatches(page, { text: 'recruit' });
  expectNoProblems(problems);
  await context.close();
});

test('search ignores accents: "cote d\'ivoire" finds the Côte d\'Ivoire profile', async () => {
  const { page, context, problems } = await openApp(env, '/');
  const civ = docs.filter((d) => d.profile?.countries.includes('CIV'));
  assert.ok(civ.length > 0, "the data has a profile in Côte d'Ivoire");
  const expected = expectedDocs({ text: "cote d'ivoire" });
  assert.ok(civ.every((d) => expected.includes(d)));
  for (const typed of ["cote d'ivoire", "CÔTE D'IVOIRE", "Côte d’Ivoire"]) {
    await searchBox(page).fill(typed);
    await expectCount(page, expected.length, `searching "${typed}"`);
    assert.deepEqual((await resultTitles(page)).sort(), expected.map((d) => d.heading).sort());
  }
  expectNoProblems(problems);
  await context.close();
});

test('a search that matches nothing shows "Nothing matches" and its button brings the list back', async () => {
  const { page, context, problems } = await openApp(env, '/?region=africa');
  await searchBox(page).fill('qxzvjwk');
  await expectCount(page, 0);
  assert.match(await page.getByRole('status').filter({ hasText: /result/i }).innerText(), /^No results$/);
  const empty = page.getByRole('heading', { name: 'Nothing matches' });
  await empty.waitFor();
  assert.equal(await page.locator('article.result').count(), 0);
  // The empty state offers its own way back (the panel keeps one too).
  const back = page.locator('.empty-state').getByRole('button', { name: 'Clear all filters' });
  await back.click();
  await expectCount(page, TOTAL);
  assert.equal(await searchBox(page).inputValue(), '');
  assert.deepEqual(await ticked(page), []);
  assert.equal(await empty.count(), 0);
  expectNoProblems(problems);
  await context.close();
});

test('keyboard: Tab reaches the first filter, Space toggles it and focus stays on it', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await expectCount(page, TOTAL);
  await searchBox(page).focus();
  let role = '';
  for (let presses = 0; presses < 6 && role !== 'checkbox'; presses++) {
    await page.keyboard.press('Tab');
    role = await page.evaluate(() => document.activeElement?.type ?? '');
  }
  assert.equal(role, 'checkbox', 'a checkbox is reachable by Tab from the search box');
  const box = option(page, 'type', 'principle');
  const isFocused = () => box.evaluate((el) => el === document.activeElement);
  assert.equal(await isFocused(), true, 'the first filter is Type: Principle');

  await page.keyboard.press('Space');
  await expectCount(page, expectedDocs({ selected: { type: ['principle'] } }).length);
  assert.equal(await box.isChecked(), true);
  assert.equal(await isFocused(), true, 'focus stays on the checkbox after ticking');

  await page.keyboard.press('Space');
  await expectCount(page, TOTAL);
  assert.equal(await box.isChecked(), false);
  assert.equal(await isFocused(), true, 'focus stays on the checkbox after unticking');
  assert.equal(await statusCount(page), TOTAL);
  assert.ok((await heading(page)).length > 0);
  expectNoProblems(problems);
  await context.close();
});
