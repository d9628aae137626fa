// Search and everyday use (issue 13): what a person meets when searching day to day. A made-up
// word finds nothing (and says so), every hit shows why it matched, typing mistakes get a
// "Did you mean", Back returns to the same place in the list, clearing never drops focus on
// the page body, printing is light even in dark mode, the search box takes right-to-left
// text, and sources are named by their titles, never by internal ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, expectNoProblems } from './harness.mjs';
import {
  TOTAL, PER_PAGE, data, docs, expectedDocs, searchBox, option, expectCount, eventually,
  statusCount, params, expectHeading,
} from './ui.mjs';

const env = setup();

/** The focused element, as "tag#id" ("BODY" when focus has fallen to the page). */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName}${el.id ? `#${el.id}` : ''}` : 'none';
  });
}

/** The result card (article) whose title link reads exactly `title`. */
function card(page, title) {
  return page.locator('article.result').filter({
    has: page.getByRole('link', { name: title, exact: true }),
  });
}

/** The source document's title, by its internal id, from the data file. */
function sourceTitle(id) {
  const source = data.sources.find((s) => s.id === id);
  assert.ok(source, `source ${id} in the data`);
  return source.title.en;
}

// ---- Colours: WCAG relative luminance and contrast, from computed CSS colours -----------

/** [r, g, b, a] (0–255, alpha 0–1) from a computed "rgb(…)" / "rgba(…)" / "color(srgb …)". */
function parseColor(css) {
  let m = css.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  m = css.match(/^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\s*\)$/);
  if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : Number(m[4])];
  throw new Error(`unparsed colour "${css}"`);
}

function luminance([r, g, b]) {
  const channel = (v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

const WHITE = [255, 255, 255, 1];
const BLACK = [0, 0, 0, 1];

/** Computed colours of the page's body and of the first result card's title link and summary. */
function colours(page) {
  return page.evaluate(() => {
    const style = (el) => getComputedStyle(el);
    const link = document.querySelector('article.result h3 a');
    const summary = document.querySelector('article.result .result-summary');
    return {
      body: style(document.body).color,
      bodyBackground: style(document.body).backgroundColor,
      rootBackground: style(document.documentElement).backgroundColor,
      link: link && style(link).color,
      summary: summary && style(summary).color,
    };
  });
}

function isWhiteOrTransparent(css) {
  const [r, g, b, a] = parseColor(css);
  return a === 0 || (r === 255 && g === 255 && b === 255);
}

// ---- 2. A made-up word finds nothing -------------------------------------------------------

test('a made-up word of 60+ letters finds nothing and shows the empty state, not the whole list', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await expectCount(page, TOTAL);
  // 62 letters (within the engine's word limit) and 70 letters (past it): both made up.
  for (const word of ['zq'.repeat(31), 'xylophonequasarblimp'.repeat(3) + 'zzzzzzzzzz']) {
    assert.ok(word.length >= 60);
    // (Not `expectedDocs`: its model drops words past 64 letters, where the engine matches nothing.)
    assert.ok(docs.every((d) => ![...d.words].some((w) => w.startsWith(word))), 'the word is in no item');
    const box = searchBox(page);
    await box.fill('');
    await expectCount(page, TOTAL);
    await box.pressSequentially(word);
    await eventually(() => box.inputValue(), word);
    await expectCount(page, 0, `"${word.slice(0, 12)}…" (${word.length} letters) gives 0 results`);
    assert.equal(
      (await page.getByRole('status').filter({ hasText: /result/i }).first().innerText()).trim(),
      'No results',
    );
    const empty = page.locator('.empty-state');
    await empty.waitFor();
    assert.equal((await empty.getByRole('heading', { level: 3 }).innerText()).trim(), 'Nothing matches');
    assert.equal((await empty.locator('p').innerText()).trim(), 'Try fewer words or remove a filter.');
    assert.equal(await page.locator('article.result').count(), 0, 'no result cards listed');
    assert.equal(await page.getByRole('navigation', { name: 'Result pages' }).count(), 0, 'no pager');
    await eventually(() => params(page).get('q'), word, 'the address holds the word');
  }
  expectNoProblems(problems);
  await context.close();
});

// ---- 3. Every hit shows why it matched -------------------------------------------------------

test('every hit shows why it matched: DB-028 lists "recruit" in its keywords, highlighted', async () => {
  const practice = data.profiles.find((p) => p.id === 'DB-028');
  const title = practice.title.en;
  assert.ok(!/recruit/i.test(title) && !/recruit/i.test(practice.summary.en), 'recruit is in neither title nor summary');
  const keyword = practice.tags.find((t) => /^recruit/i.test(t));
  assert.equal(keyword, 'recruitment agencies');

  const { page, context, problems } = await openApp(env, '/');
  await searchBox(page).pressSequentially('recruit');
  const expected = expectedDocs({ text: 'recruit' });
  await expectCount(page, expected.length);
  await eventually(() => params(page).get('q'), 'recruit');
  assert.ok(expected.some((d) => d.ref === 'profile:DB-028'), 'DB-028 is an expected hit');

  // Every card on the first page shows at least one highlighted "recruit…".
  const cards = page.locator('article.result');
  assert.equal(await cards.count(), Math.min(PER_PAGE, expected.length));
  const marks = await cards.evaluateAll((articles) => articles.map((a) => ({
    title: a.querySelector('h3')?.textContent.trim(),
    marks: [...a.querySelectorAll('h3 mark, .result-summary mark, .match-context mark')].map((m) => m.textContent),
  })));
  const unmarked = marks.filter((c) => c.marks.length === 0).map((c) => c.title);
  assert.deepEqual(unmarked, [], 'cards with no highlighted match');
  const notRecruit = marks.flatMap((c) => c.marks).filter((m) => !/^recruit/i.test(m));
  assert.deepEqual(notRecruit, [], 'every highlight starts with "recruit"');

  // Page on, as a person would, until DB-028's card shows up.
  const pages = Math.ceil(expected.length / PER_PAGE);
  let shown = 1;
  while ((await card(page, title).count()) === 0) {
    assert.ok(shown < pages, `DB-028 "${title}" not found on any of ${pages} pages`);
    await page.getByRole('link', { name: 'Next page' }).click();
    shown += 1;
    await eventually(() => params(page).get('page'), String(shown));
  }
  const jordan = card(page, title);
  assert.equal(await jordan.locator('h3 mark').count(), 0, 'nothing to highlight in the title');
  assert.equal(await jordan.locator('.result-summary mark').count(), 0, 'nothing to highlight in the summary');
  const context1 = jordan.locator('.match-context');
  assert.equal(await context1.count(), 1, 'one line says why it matched');
  assert.equal((await context1.textContent()).trim(), `Keywords: ${keyword}`);
  assert.equal((await context1.locator('.match-field').textContent()).trim(), 'Keywords:');
  assert.deepEqual(await context1.locator('mark').allTextContents(), ['recruit']);
  assert.ok(await context1.locator('mark').isVisible(), 'the highlight is visible');
  expectNoProblems(problems);
  await context.close();
});

// ---- 4. Typing mistakes ------------------------------------------------------------------------

test('a typing mistake offers "Did you mean", and its link searches for the correction', async () => {
  const { page, context, problems } = await openApp(env, '/');
  const box = searchBox(page);
  await box.pressSequentially('recruitement');
  await expectCount(page, expectedDocs({ text: 'recruitement' }).length);
  const line = page.locator('.did-you-mean');
  await eventually(async () => (await line.count()) && (await line.innerText()).replace(/\s+/g, ' ').trim(),
    'Did you mean: recruitment');
  const link = line.getByRole('link', { name: 'recruitment', exact: true });
  assert.equal(new URL(await link.getAttribute('href'), page.url()).searchParams.get('q'), 'recruitment');
  await link.click();

  const expected = expectedDocs({ text: 'recruitment' }).length;
  assert.ok(expected > 0);
  await eventually(() => box.inputValue(), 'recruitment', 'the search box holds the correction');
  await expectCount(page, expected);
  assert.ok((await statusCount(page)) > 0);
  await eventually(() => params(page).get('q'), 'recruitment', 'the address holds the correction');
  await eventually(() => line.count(), 0, 'no more suggestion once the search finds plenty');
  assert.equal(await page.locator('article.result').count(), Math.min(PER_PAGE, expected));

  for (const [typo, fixed] of [['trafiking', 'trafficking'], ['migarnt', 'migrant']]) {
    await box.fill('');
    await expectCount(page, TOTAL);
    await box.pressSequentially(typo);
    await expectCount(page, expectedDocs({ text: typo }).length);
    await eventually(async () => (await line.count()) && (await line.innerText()).replace(/\s+/g, ' ').trim(),
      `Did you mean: ${fixed}`, `"${typo}" suggests "${fixed}"`);
    await line.getByRole('link', { name: fixed, exact: true }).waitFor();
    assert.ok(expectedDocs({ text: fixed }).length > 0, `"${fixed}" finds something`);
  }
  expectNoProblems(problems);
  await context.close();
});

// ---- 5. Back restores where you were ----------------------------------------------------------

// The list's history entry records where it is scrolled once scrolling pauses, or at the
// click if it has not paused yet: both ways.
for (const [when, pause] of [['at once', 0], ['after a pause in scrolling', 400]]) test(`Back from an item returns to the list scrolled to the result that was opened (clicked ${when})`, async () => {
  const { page, context, problems } = await openApp(env, '/');
  await expectCount(page, TOTAL);
  const twentieth = docs[19];
  const link = page.locator('article.result').nth(19).locator('h3').getByRole('link');
  assert.equal((await link.innerText()).trim(), twentieth.heading);
  await link.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 0, 'the 20th result is below the fold');
  await page.waitForTimeout(pause);
  await link.click();
  await expectHeading(page, twentieth.heading);
  assert.equal(params(page).get('item'), twentieth.ref);

  await page.goBack();
  await expectCount(page, TOTAL);
  await eventually(() => params(page).get('item'), null);
  const again = page.locator('article.result').nth(19).locator('h3').getByRole('link');
  assert.equal((await again.innerText()).trim(), twentieth.heading);
  const inView = () => again.evaluate((a) => {
    const box = a.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
  await eventually(inView, true, 'the 20th result is in view again after Back');
  const y = await page.evaluate(() => window.scrollY);
  assert.ok(y > 0, `window.scrollY is ${y} after Back`);
  expectNoProblems(problems);
  await context.close();
});

// ---- 6. Focus never falls to the page body ------------------------------------------------------

test('clearing filters (panel button or empty state) leaves focus in the search box', async () => {
  const { page, context, problems } = await openApp(env, '/');
  await expectCount(page, TOTAL);
  await option(page, 'region', 'africa').check();
  await expectCount(page, expectedDocs({ selected: { region: ['africa'] } }).length);
  const clear = page.getByRole('complementary', { name: 'Filters' })
    .getByRole('button', { name: 'Clear all filters', exact: true });
  await clear.click();
  await expectCount(page, TOTAL);
  assert.ok(await clear.isDisabled(), 'nothing left to clear');
  assert.equal(await option(page, 'region', 'africa').isChecked(), false);
  await eventually(() => focused(page), 'INPUT#search-input', 'focus moves to the search box, not the body');

  // The empty state's own button, pressed from the keyboard.
  const word = 'qwertzuiopasdfghjklyxcvbnm'.repeat(3);
  await searchBox(page).pressSequentially(word);
  await expectCount(page, 0);
  const emptyClear = page.locator('.empty-state').getByRole('button', { name: 'Clear all filters', exact: true });
  await emptyClear.focus();
  await page.keyboard.press('Enter');
  await expectCount(page, TOTAL);
  assert.equal(await page.locator('.empty-state').count(), 0);
  assert.equal(await searchBox(page).inputValue(), '');
  await eventually(() => focused(page), 'INPUT#search-input', 'focus moves to the search box after the empty state goes');

  // And by mouse.
  await searchBox(page).pressSequentially(word);
  await expectCount(page, 0);
  await emptyClear.click();
  await expectCount(page, TOTAL);
  await eventually(() => focused(page), 'INPUT#search-input', 'focus in the search box after a click too');
  assert.equal(params(page).get('q'), null);
  expectNoProblems(problems);
  await context.close();
});

// ---- 7. Printing uses the light palette ---------------------------------------------------------

test('printing uses the light palette, also for a reader in dark mode', async () => {
  const { page, context, problems } = await openApp(env, '/?q=recruitment', {
    contextOptions: { colorScheme: 'dark' },
  });
  await page.waitForSelector('article.result .result-summary');

  // On screen, dark mode is dark: light text on a dark page.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const screen = await colours(page);
  const screenBg = parseColor(screen.rootBackground);
  assert.ok(luminance(parseColor(screen.body)) > 0.5, `screen body text ${screen.body} is light`);
  assert.ok(contrast(parseColor(screen.body), BLACK) >= 4.5, `screen body text ${screen.body} is light`);
  assert.ok(luminance(screenBg) < 0.05, `screen page background ${screen.rootBackground} is dark`);
  assert.ok(contrast(parseColor(screen.body), screenBg) >= 4.5);

  // On paper: dark text on white.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const print = await colours(page);
  for (const [what, css] of [['body text', print.body], ['result title link', print.link], ['result summary', print.summary]]) {
    assert.ok(css, `${what} found`);
    const ratio = contrast(parseColor(css), WHITE);
    assert.ok(ratio >= 4.5, `printed ${what} ${css} has contrast ${ratio.toFixed(2)}:1 against white`);
  }
  assert.ok(isWhiteOrTransparent(print.bodyBackground), `printed body background ${print.bodyBackground}`);
  assert.ok(isWhiteOrTransparent(print.rootBackground), `printed page background ${print.rootBackground}`);
  assert.equal(print.body, 'rgb(0, 0, 0)', 'printed text is black');

  // Back on screen, dark again (the emulation is not stuck).
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  assert.deepEqual(await colours(page), screen);
  expectNoProblems(problems);
  await context.close();
});

// ---- 8. Right-to-left queries ----------------------------------------------------------------

test('the search box is dir="auto" and takes an Arabic query', async () => {
  const { page, context, problems } = await openApp(env, '/');
  const box = searchBox(page);
  assert.equal(await box.getAttribute('dir'), 'auto');
  const before = await box.evaluate((input) => ({ direction: getComputedStyle(input).direction, rtl: input.matches(':dir(rtl)') }));
  assert.deepEqual(before, { direction: 'ltr', rtl: false }, 'empty box reads left to right');

  const arabic = 'عمال';
  await box.pressSequentially(arabic);
  await eventually(() => box.inputValue(), arabic);
  await expectCount(page, expectedDocs({ text: arabic }).length);
  await eventually(() => params(page).get('q'), arabic, 'the address holds the Arabic query');
  assert.equal(await box.getAttribute('dir'), 'auto', 'still dir=auto');
  // With dir=auto, the input's direction follows its text: Arabic is right to left.
  const after = await box.evaluate((input) => ({ direction: getComputedStyle(input).direction, rtl: input.matches(':dir(rtl)') }));
  assert.deepEqual(after, { direction: 'rtl', rtl: true }, 'Arabic text reads right to left');

  // Mixed text still searches (the English word is found).
  await box.fill('');
  await box.pressSequentially(`${arabic} migrant`);
  await expectCount(page, expectedDocs({ text: `${arabic} migrant` }).length);
  expectNoProblems(problems);
  await context.close();
});

// ---- 9. Citations a person can read ----------------------------------------------------------

test('sources are cited by title and place, on the card, the item page and the shortlist', async () => {
  const practice = data.profiles.find((p) => p.id === 'DB-005');
  assert.equal(practice.source.document, 'ilo-migpractice');
  assert.equal(practice.source.locator, 'practice 5');
  const docTitle = sourceTitle(practice.source.document);
  assert.match(docTitle, /ILO good practices database/);
  const citation = `Source: ${docTitle}, practice 5`;
  const internalIds = data.sources.map((s) => s.id);
  const noInternalIds = (text, where) => {
    for (const id of internalIds) assert.ok(!text.includes(id), `${where} shows the internal id "${id}": ${text}`);
  };

  const { page, context, problems } = await openApp(env, '/');
  // Every card of the whole list names its source by title, never by id.
  await expectCount(page, TOTAL);
  const lines = await page.locator('article.result .result-source').allTextContents();
  assert.equal(lines.length, PER_PAGE, 'each card on the page has a source line');
  for (const line of lines) {
    assert.match(line, /^Source: .+, .+$/);
    noInternalIds(line, 'a card');
    assert.ok(!line.includes('Unnamed source'), `unnamed source: ${line}`);
  }

  // DB-005's card.
  await searchBox(page).pressSequentially('CGTP');
  const expected = expectedDocs({ text: 'CGTP' });
  assert.deepEqual(expected.map((d) => d.ref), ['profile:DB-005']);
  await expectCount(page, 1);
  const title = practice.title.en;
  const cardSource = card(page, title).locator('.result-source');
  assert.equal((await cardSource.innerText()).trim(), citation);
  noInternalIds(await card(page, title).innerText(), 'the card');
  await card(page, title).getByRole('link', { name: title, exact: true }).click();

  // The item page's Source section.
  await expectHeading(page, title);
  const section = page.locator('main section').filter({
    has: page.getByRole('heading', { name: 'Source', exact: true }),
  });
  assert.equal(await section.count(), 1);
  assert.equal((await section.locator('cite').innerText()).trim(), docTitle);
  const sectionText = await section.innerText();
  assert.ok(sectionText.includes('practice 5'), `the section names the place: ${sectionText}`);
  noInternalIds(sectionText, 'the Source section');
  const address = section.getByRole('link', { name: practice.source.url, exact: true });
  assert.equal(await address.getAttribute('href'), practice.source.url);
  assert.match(practice.source.url, /^https:\/\//);

  // Add it to the shortlist from its page, then read the shortlist.
  const add = page.getByRole('main').getByRole('button', { name: 'Add to shortlist', exact: true });
  await add.click();
  const remove = page.getByRole('main').getByRole('button', { name: 'Remove from shortlist', exact: true });
  await eventually(() => remove.getAttribute('aria-pressed'), 'true');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Shortlist/ }).click();
  await expectHeading(page, 'Your shortlist');
  const entry = page.locator('main article.result').filter({
    has: page.getByRole('link', { name: title, exact: true }),
  });
  assert.equal(await entry.count(), 1);
  // The shortlist lists each practice's facts as a handout does; the source is one of them.
  const facts = entry.locator('dl.handout-facts');
  assert.equal((await facts.locator('dt', { hasText: 'Source' }).locator('xpath=following-sibling::dd[1]').innerText()).trim(),
    citation.replace(/^Source: /, ''));
  noInternalIds(await page.getByRole('main').innerText(), 'the shortlist page');
  expectNoProblems(problems);
  await context.close();
});
