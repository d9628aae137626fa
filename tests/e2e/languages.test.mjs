// Languages: the explorer in six languages, as a reader meets it. Each language renders its
// own interface (<html lang dir>, the search box, the nav, the result count in its plural
// form, the language menu); lang= in the URL survives clicks, reloads and a fresh browser;
// without it the browser's preference, then the device's choice, decides; French and Spanish
// search their own texts, accent-insensitively, and English stays findable; untranslated
// content is marked EN; Arabic reads right to left and fits a phone; axe finds nothing; and
// the one-file edition speaks French from file:// without a single request.
//
// Every expected word is read from i18n/<lang>.ftl and data/i18n/<lang>.json (or
// data/framework.json for English), never typed in here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setup, openApp, expectNoProblems, watch, appResults } from './harness.mjs';
import { TOTAL, data, eventually, expectedDocs, fold, words, params } from './ui.mjs';

const env = setup();
const ONEFILE = process.env.MFLM_ONEFILE ?? 'dist-onefile/mflm-explorer.html';
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** The six languages, in the menu's order, each in its own name (core/src/lang.rs). */
const LANGUAGES = [
  ['en', 'English'], ['fr', 'Français'], ['es', 'Español'],
  ['ar', 'العربية'], ['zh', '中文'], ['ru', 'Русский'],
];
const NATIVE = Object.fromEntries(LANGUAGES);

// ---- The catalogues, read and formatted here -------------------------------------------------

const catalogues = new Map();

/** The messages of i18n/<lang>.ftl, id -> source text (continuation lines kept). */
function catalogue(lang) {
  if (!catalogues.has(lang)) {
    const source = readFileSync(new URL(`../../i18n/${lang}.ftl`, import.meta.url), 'utf8');
    const messages = new Map();
    let id = null;
    for (const line of source.split('\n')) {
      const start = line.match(/^([a-zA-Z][\w-]*)\s*=\s?(.*)$/);
      if (start) {
        id = start[1];
        messages.set(id, start[2]);
      } else if (id && (/^\s+\S/.test(line) || /^\s*\}\s*$/.test(line))) {
        // Indented continuation lines, and the closing brace of a select (often at column 0).
        messages.set(id, `${messages.get(id)}\n${line}`);
      } else {
        id = null;
      }
    }
    catalogues.set(lang, messages);
  }
  return catalogues.get(lang);
}

/**
 * A message formatted as Fluent does for the simple cases the catalogues use: `{ $name }`
 * placeables and one plural select (an exact number first, then the language's CLDR
 * category by Intl.PluralRules, then the default variant). No bidi isolation marks
 * (the app turns them off).
 */
function t(lang, id, args = {}) {
  const source = catalogue(lang).get(id);
  assert.ok(source !== undefined, `message ${id} in i18n/${lang}.ftl`);
  return formatPattern(lang, source.trim(), args);
}

function formatPattern(lang, pattern, args) {
  const select = pattern.match(/^\{\s*\$(\w+)\s*->\s*\n([\s\S]*)\n\s*\}$/);
  if (select) {
    const value = args[select[1]];
    const variants = [...select[2].matchAll(/^\s*(\*?)\[([^\]]+)\]\s*(.*)$/gm)]
      .map(([, star, key, text]) => ({ isDefault: star === '*', key: key.trim(), text }));
    const category = typeof value === 'number' ? new Intl.PluralRules(lang).select(value) : String(value);
    const chosen = variants.find((v) => v.key === String(value))
      ?? variants.find((v) => v.key === category)
      ?? variants.find((v) => v.isDefault);
    return formatPattern(lang, chosen.text.trim(), args);
  }
  return pattern.replace(/\{\s*\$(\w+)\s*\}/g, (_, name) => String(args[name]));
}

/** data/i18n/<lang>.json: our French and Spanish content. */
const content = Object.fromEntries(['fr', 'es'].map((lang) => [
  lang, JSON.parse(readFileSync(new URL(`../../data/i18n/${lang}.json`, import.meta.url), 'utf8')),
]));

const PROFILE = 'DB-005';
const english = data.profiles.find((p) => p.id === PROFILE);

// ---- Reading the page --------------------------------------------------------------------

function htmlLangDir(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

/** The result count status (the first status in main on the browse page). */
function countStatus(page) {
  return page.getByRole('main').getByRole('status').first();
}

async function statusText(page) {
  return (await countStatus(page).innerText()).trim();
}

function languageMenu(page, lang) {
  return page.getByRole('navigation', { name: t(lang, 'language-label'), exact: true });
}

/** The names of the language-menu links marked aria-current="true". */
function currentLanguages(page, lang) {
  return languageMenu(page, lang).locator('a[aria-current="true"]').allInnerTexts()
    .then((names) => names.map((n) => n.trim()));
}

/** The browse page speaks `lang`: document, search box, nav, count for the whole list, menu. */
async function expectInterface(page, lang, count = TOTAL) {
  await eventually(() => htmlLangDir(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, `<html lang dir> for ${lang}`);
  assert.equal(await page.getByRole('searchbox', { name: t(lang, 'search-label'), exact: true }).count(), 1,
    `the search box is named "${t(lang, 'search-label')}"`);
  const nav = page.getByRole('navigation', { name: t(lang, 'nav-label'), exact: true });
  assert.equal(await nav.getByRole('link', { name: t(lang, 'nav-browse'), exact: true }).count(), 1,
    `the nav shows "${t(lang, 'nav-browse')}"`);
  await eventually(() => statusText(page), t(lang, 'results-count', { count }), `the result count in ${lang}`);
  assert.deepEqual(await currentLanguages(page, lang), [NATIVE[lang]], 'the menu marks the current language');
}

/** The path and query of the page's URL (to open it again elsewhere). */
function pathOf(page) {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** axe's violations, one readable block each (as a11y.test.mjs reports them). */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`);
}

// ---- 1. Each language renders its interface ------------------------------------------------

for (const [lang, name] of LANGUAGES) {
  test(`?lang=${lang} renders the interface in ${name}`, async () => {
    assert.equal(TOTAL, 195, 'the whole list is 195 items');
    const { page, context, problems } = await openApp(env, `/?lang=${lang}`, { waitFor: 'article.result' });
    await expectInterface(page, lang);
    // Every language has its link, in its own name and marked with its own language.
    const links = languageMenu(page, lang).getByRole('link');
    assert.deepEqual((await links.allInnerTexts()).map((n) => n.trim()), LANGUAGES.map(([, n]) => n));
    assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.lang)), LANGUAGES.map(([l]) => l));
    expectNoProblems(problems);
    await context.close();
  });
}

// ---- 2. lang=fr survives clicks, reloads and a fresh browser --------------------------------

test('?lang=fr survives a click on an item, a reload and a fresh browser', async () => {
  const { page, context, problems } = await openApp(env, '/?lang=fr&type=practice', { waitFor: 'article.result' });
  const link = page.locator('article.result h3').first().getByRole('link');
  const title = (await link.innerText()).trim();
  const french = Object.values(content.fr.profiles).map((p) => p.title);
  assert.ok(french.includes(title), `the first practice is listed by its French title: "${title}"`);
  await link.click();

  await eventually(() => params(page).has('item'), true, 'the item page opened');
  assert.equal(params(page).get('lang'), 'fr', `lang=fr kept in ${page.url()}`);
  const ref = params(page).get('item');
  const id = ref.replace(/^profile:/, '');
  assert.equal(content.fr.profiles[id].title, title);
  const h1 = page.getByRole('heading', { level: 1 });
  const frenchPage = async (p) => {
    await eventually(() => htmlLangDir(p), { lang: 'fr', dir: 'ltr' }, '<html lang="fr">');
    await eventually(async () => (await p.getByRole('heading', { level: 1 }).innerText()).trim(), title, 'the French title');
    assert.equal(await p.getByRole('link', { name: t('fr', 'back-to-results'), exact: true }).count(), 1, 'the French way back');
    assert.equal(await p.getByRole('main').getByText(content.fr.profiles[id].summary, { exact: true }).count(), 1, 'the French summary');
  };
  await frenchPage(page);
  assert.equal(await h1.count(), 1);

  await page.reload();
  await page.waitForSelector('main h1');
  assert.equal(params(page).get('lang'), 'fr', 'lang=fr after reload');
  await frenchPage(page);

  // The same address in a brand-new context (no storage, an English browser).
  const fresh = await openApp(env, pathOf(page), { contextOptions: { locale: 'en-US' } });
  await frenchPage(fresh.page);
  expectNoProblems(problems);
  expectNoProblems(fresh.problems);
  await fresh.context.close();
  await context.close();
});

// ---- 3. The browser's preference, then the device's choice ----------------------------------

test("without lang=, the browser's language decides, and a language chosen in the menu is remembered", async () => {
  const englishBrowser = await openApp(env, '/', { waitFor: 'article.result', contextOptions: { locale: 'en-US' } });
  assert.deepEqual(await englishBrowser.page.evaluate(() => navigator.languages), ['en-US']);
  await expectInterface(englishBrowser.page, 'en');
  expectNoProblems(englishBrowser.problems);
  await englishBrowser.context.close();

  const { page, context, problems } = await openApp(env, '/', { waitFor: 'article.result', contextOptions: { locale: 'fr-FR' } });
  assert.equal(await page.evaluate(() => navigator.languages[0]), 'fr-FR');
  await expectInterface(page, 'fr');
  assert.equal(params(page).get('lang'), null, 'no lang= in the address');

  await languageMenu(page, 'fr').getByRole('link', { name: NATIVE.es, exact: true }).click();
  await eventually(() => params(page).get('lang'), 'es', 'the address asks for Spanish');
  await appResults(page);
  await expectInterface(page, 'es');

  // A later visit without lang=, on the same device: Spanish, over the browser's French.
  await page.goto(`${env.server.origin}/`);
  await appResults(page);
  assert.equal(params(page).get('lang'), null);
  await expectInterface(page, 'es');
  const second = await context.newPage();
  problems.push(...watch(second, env.server.origin));
  await second.goto(`${env.server.origin}/`);
  await appResults(second);
  await expectInterface(second, 'es');
  expectNoProblems(problems);
  await context.close();
});

// ---- 4. Search in French and Spanish ----------------------------------------------------------

/** Every card on the page: its title and its highlighted words (title, summary, why it matched). */
function cards(page) {
  return page.locator('article.result').evaluateAll((articles) => articles.map((a) => ({
    title: a.querySelector('h3 a')?.textContent.trim(),
    titleMarks: [...a.querySelectorAll('h3 mark')].map((m) => m.textContent),
    marks: [...a.querySelectorAll('h3 mark, .result-summary mark, .match-context mark')].map((m) => m.textContent),
  })));
}

/** Texts (title and summary of profiles and principles, guideline texts) of a translation. */
function translatedTexts(lang) {
  const c = content[lang];
  return [
    ...Object.values(c.profiles).flatMap((p) => [p.title, p.summary]),
    ...Object.values(c.principles).flatMap((p) => [p.title, p.summary]),
    ...Object.values(c.guidelines),
  ].filter(Boolean);
}

const hasWordStarting = (text, prefix) => words(text).some((w) => w.startsWith(fold(prefix)));

async function search(page, lang, text) {
  await page.getByRole('searchbox', { name: t(lang, 'search-label'), exact: true }).fill(text);
  await eventually(() => params(page).get('q'), text, `the address holds q=${text}`);
  await page.waitForSelector('article.result mark');
}

test('French and Spanish search their own texts, accent-insensitively, and English stays findable', async () => {
  // French: "recrutement" lists titles from fr.json with a word starting "recrut", marked.
  const { page, context, problems } = await openApp(env, '/?lang=fr', { waitFor: 'article.result' });
  await search(page, 'fr', 'recrutement');
  const frTitles = new Set([
    ...Object.values(content.fr.profiles).map((p) => p.title),
    ...Object.values(content.fr.guidelines),
  ]);
  const frExpected = translatedTexts('fr').filter((x) => hasWordStarting(x, 'recrutement'));
  assert.ok(frExpected.length > 0, 'fr.json has "recrutement"');
  const frCount = await statusText(page);
  const n = Number(frCount.match(/\d+/)?.[0]);
  assert.equal(frCount, t('fr', 'results-count', { count: n }));
  assert.ok(n > 0 && n < TOTAL, `French search lists ${n}`);
  let shown = await cards(page);
  const titled = shown.filter((c) => frTitles.has(c.title) && hasWordStarting(c.title, 'recrut'));
  assert.ok(titled.length > 0, `some listed titles are French and contain "recrut…": ${shown.map((c) => c.title).join(' | ')}`);
  for (const card of titled) {
    assert.ok(card.titleMarks.some((m) => fold(m).startsWith('recrut')), `"${card.title}" highlights its "recrut…": ${card.titleMarks}`);
  }
  assert.deepEqual(shown.filter((c) => c.marks.length === 0).map((c) => c.title), [], 'cards with nothing highlighted');
  assert.deepEqual(shown.flatMap((c) => c.marks).filter((m) => !fold(m).startsWith('recrut')), [], 'every highlight is "recrut…"');

  // English still finds, in French: as many as English finds.
  await search(page, 'fr', 'recruitment');
  const englishHits = expectedDocs({ text: 'recruitment' }).length;
  assert.ok(englishHits > 0);
  await eventually(() => statusText(page), t('fr', 'results-count', { count: englishHits }), '"recruitment" in French');
  shown = await cards(page);
  assert.ok(shown.some((c) => frTitles.has(c.title)), 'the results are listed by their French titles');
  assert.equal(await htmlLangDir(page).then((d) => d.lang), 'fr');
  // French typography: a no-break space before the colon, in labels and in fact rows.
  const source = await page.locator('.result-source').first().innerText();
  assert.ok(source.startsWith('Source\u00a0: '), `"${source}" has a no-break space before its colon`);
  const factColon = await page.locator('.facts dt').first().evaluate((dt) => getComputedStyle(dt, '::after').content);
  assert.equal(factColon, '"\u00a0:"');
  expectNoProblems(problems);
  await context.close();

  // Spanish: "proteccion" (no accent) finds "protección", highlighted as written.
  const es = await openApp(env, '/?lang=es', { waitFor: 'article.result' });
  await search(es.page, 'es', 'proteccion');
  const esTitles = new Set([
    ...Object.values(content.es.profiles).map((p) => p.title),
    ...Object.values(content.es.principles).map((p) => p.title),
    ...Object.values(content.es.guidelines),
  ]);
  assert.ok(translatedTexts('es').some((x) => /protección/i.test(x)), 'es.json has "protección"');
  const esCount = Number((await statusText(es.page)).match(/\d+/)?.[0]);
  assert.ok(esCount > 0, 'Spanish search finds something');
  assert.equal(await statusText(es.page), t('es', 'results-count', { count: esCount }));
  const esShown = await cards(es.page);
  const marks = esShown.flatMap((c) => c.marks);
  assert.ok(marks.some((m) => /^protección/i.test(m)), `a highlight reads "protección": ${marks.join(', ')}`);
  assert.deepEqual(marks.filter((m) => !fold(m).startsWith('proteccion')), [], 'every highlight is "protección…"');
  assert.ok(esShown.some((c) => esTitles.has(c.title) && /protección/i.test(c.title)),
    `a Spanish title with "protección" is listed: ${esShown.map((c) => c.title).join(' | ')}`);
  expectNoProblems(es.problems);
  await es.context.close();
});

// ---- 5. Content: translated in French, marked English in Russian -----------------------------

test(`${PROFILE} shows French content in French, and English marked EN (notice once) in Russian`, async () => {
  const fr = content.fr.profiles[PROFILE];
  const { page, context, problems } = await openApp(env, `/?lang=fr&item=profile:${PROFILE}`);
  const h1 = page.getByRole('heading', { level: 1 });
  await eventually(async () => (await h1.innerText()).trim(), fr.title, 'the French title');
  assert.equal((await page.locator('main .item-summary').innerText()).trim(), fr.summary);
  assert.equal(await h1.locator('.lang-marker').count(), 0, 'the title is not marked as English');
  assert.equal(await page.locator('main .item-summary .lang-marker').count(), 0, 'nor the summary');
  // What the data holds in English only (keywords, the place in the source) is marked EN,
  // with lang="en", and nothing else is.
  for (const english_only of [english.tags.join(', '), english.source.locator]) {
    const value = page.locator('main dd').filter({ hasText: english_only });
    assert.equal((await value.locator('[lang="en"]').innerText()).trim(), english_only);
    assert.equal(await value.locator('abbr.lang-marker').count(), 1, `"${english_only}" is marked EN`);
  }
  assert.equal(await page.locator('main .lang-marker').count(), 2, 'only those two are marked');
  assert.equal(await page.locator('.content-language').count(), 0, 'no "content in English" notice');
  assert.equal(await page.title(), t('fr', 'page-title', { heading: fr.title }));
  expectNoProblems(problems);
  await context.close();

  const ru = await openApp(env, `/?lang=ru&item=profile:${PROFILE}`);
  const ruH1 = ru.page.getByRole('heading', { level: 1 });
  await ru.page.locator('main h1 .lang-marker').waitFor();
  assert.equal((await ruH1.locator('[lang="en"]').innerText()).trim(), english.title.en, 'the English title, marked lang="en"');
  const marker = ruH1.locator('abbr.lang-marker');
  assert.equal((await marker.innerText()).trim(), t('ru', 'lang-marker'));
  assert.equal(await marker.getAttribute('title'), t('ru', 'lang-marker-title'));
  assert.equal((await ruH1.innerText()).trim(), `${english.title.en} ${t('ru', 'lang-marker')}`);
  const summary = ru.page.locator('main .item-summary');
  assert.equal((await summary.locator('[lang="en"]').innerText()).trim(), english.summary.en);
  assert.equal(await summary.locator('.lang-marker').count(), 1, 'the summary is marked EN too');
  const notice = ru.page.getByRole('note').filter({ hasText: t('ru', 'content-in-english') });
  assert.equal(await ru.page.locator('.content-language').count(), 1, 'one notice');
  assert.equal(await notice.count(), 1);
  assert.equal((await notice.innerText()).trim(), t('ru', 'content-in-english'));
  // Still once after moving to the list within the app.
  await ru.page.getByRole('navigation', { name: t('ru', 'nav-label'), exact: true })
    .getByRole('link', { name: t('ru', 'nav-browse'), exact: true }).click();
  await appResults(ru.page);
  assert.equal(await ru.page.locator('.content-language').count(), 1, 'one notice on the list too');
  assert.equal(params(ru.page).get('lang'), 'ru');
  expectNoProblems(ru.problems);
  await ru.context.close();
});

// ---- 6. Arabic: right to left, and fits a phone ----------------------------------------------

test('Arabic reads right to left: no sideways scroll at 360 px, filters on the right when wide', async () => {
  const { page, context, problems } = await openApp(env, '/?lang=ar', {
    waitFor: 'article.result', contextOptions: { viewport: { width: 360, height: 800 } },
  });
  const wide = [];
  for (const [name, path, ready] of [
    ['browse', '/?lang=ar', 'article.result'],
    ['an item', `/?lang=ar&item=profile:${PROFILE}`, 'main h1'],
    ['the overview', '/?lang=ar&view=overview', 'main h1'],
  ]) {
    if (pathOf(page) !== path) {
      await page.goto(env.server.origin + path);
      await page.waitForSelector(ready);
    }
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' }, `${name}: <html lang="ar" dir="rtl">`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) {
      const culprits = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.right > 361 || r.left < -1; })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).replace(/ /g, '.') : ''} (left ${Math.round(el.getBoundingClientRect().left)}, right ${Math.round(el.getBoundingClientRect().right)})`));
      wide.push(`${name} (${path}): scrollWidth ${width}; e.g. ${culprits.join(', ')}`);
    }
  }
  assert.deepEqual(wide, [], 'Arabic pages wider than a 360 px screen');

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${env.server.origin}/?lang=ar`);
  await appResults(page);
  const filters = await page.getByRole('complementary', { name: t('ar', 'filters-heading'), exact: true }).boundingBox();
  const results = await page.locator('section.results').boundingBox();
  assert.ok(filters && results, 'both the filter panel and the results are shown');
  assert.ok(filters.x > results.x, `filters at x=${filters.x}, results at x=${results.x}: the filters should be on the right`);
  assert.ok(filters.x >= results.x + results.width - 1, 'the filters sit wholly to the right of the results');
  expectNoProblems(problems);
  await context.close();
});

// ---- 7. axe, in Arabic and French ---------------------------------------------------------------

for (const [lang, name] of [['ar', 'Arabic'], ['fr', 'French']]) {
  test(`axe finds no violations in ${name} (browse and an item page)`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const problems = watch(page, env.server.origin);
    const found = [];
    for (const [path, ready] of [[`/?lang=${lang}`, 'article.result'], [`/?lang=${lang}&item=profile:${PROFILE}`, 'main h1']]) {
      await page.goto(env.server.origin + path);
      await page.waitForSelector(ready);
      assert.equal((await htmlLangDir(page)).lang, lang);
      for (const v of await axeViolations(page)) found.push(`${path}: ${v}`);
    }
    if (found.length > 0) assert.fail(`accessibility problems:\n${found.join('\n')}`);
    expectNoProblems(problems);
    await context.close();
  });
}

// ---- 8. The one-file edition, in French ---------------------------------------------------------

test('the one-file edition opened from file:// with ?lang=fr is French and makes no request', async () => {
  const file = pathToFileURL(resolve(ONEFILE)).href;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems = watch(page, 'file://');
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(`${file}?lang=fr`);
  await appResults(page);
  await expectInterface(page, 'fr');
  const first = (await page.locator('article.result h3').first().innerText()).trim();
  const principle = data.principles.reduce((a, b) => (a.number < b.number ? a : b));
  assert.equal(first, `${t('fr', 'principle-short', { number: principle.number })} ${content.fr.principles[principle.number].title}`,
    'the first result is the first principle, in French');

  // Open a practice: its French title, still nothing fetched.
  await page.goto(`${file}?lang=fr&item=profile:${PROFILE}`);
  await eventually(async () => (await page.getByRole('heading', { level: 1 }).innerText()).trim(), content.fr.profiles[PROFILE].title);
  assert.equal((await htmlLangDir(page)).lang, 'fr');

  const network = requests.filter((u) => !u.startsWith('file://') && !/^(data|blob):/.test(u));
  assert.deepEqual(network, [], 'the one-file edition made requests');
  assert.deepEqual([...new Set(requests.filter((u) => u.startsWith('file://')).map((u) => u.split('?')[0]))], [file],
    'the only file it reads is itself');
  expectNoProblems(problems);
  await context.close();
});
