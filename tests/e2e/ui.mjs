// Helpers shared by the journey tests (browse, navigation, hostile, a11y): the data file read
// in node, the expected answers computed from it (an independent, deliberately plain
// re-statement of what the explorer promises: OR within a facet, AND across facets, word
// prefix search that ignores case and accents), and a few role-based ways to reach the UI.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { watch } from './harness.mjs';

export const data = JSON.parse(readFileSync(new URL('../../data/framework.json', import.meta.url), 'utf8'));

/** Facet URL keys and their legends, in the order the panel shows them (strings.rs `facet()`). */
export const FACETS = [
  ['type', 'Type'],
  ['kind', 'What it is'],
  ['principle', 'Principle'],
  ['region', 'Region'],
  ['sector', 'Sector'],
  ['country', 'Country'],
  ['instrument', 'Instrument'],
  ['actor', 'Actor'],
  ['gcm', 'GCM objective'],
  ['sdg', 'SDG target'],
];
export const LEGEND = Object.fromEntries(FACETS);

/** Long facets show this many options until "Show all (N)" is pressed (facets.rs). */
export const SHORT_LIST = 8;
export const PER_PAGE = 25;

// ---- What the data says ------------------------------------------------------------------

const label = (terms, id) => terms.find((t) => t.id === id)?.label.en ?? id;
const vocab = data.vocabularies;
const TYPE_LABELS = { principle: 'Principle', guideline: 'Guideline', practice: 'Practice', activity: 'ILO activity' };

/** Folds case and accents the way a user expects: "Côte" finds "cote". */
export function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words of a text, folded: runs of letters and digits. */
export function words(text) {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The GCM objectives and SDG targets an item has through its principles (the crosswalk links
 * principles only; practices relate to objectives through their principles).
 */
export function throughPrinciples(numbers) {
  const links = (data.crosswalk ?? []).filter((l) => numbers.includes(l.principle));
  const gcm = [...new Set(links.filter((l) => l.gcm_objective !== undefined).map((l) => String(l.gcm_objective)))];
  const sdg = [...new Set(links.filter((l) => l.sdg_target !== undefined).map((l) => l.sdg_target))];
  return { gcm, sdg };
}

/** Every searchable item (principles, guidelines, practices, activities), in the list's default order. */
export const docs = buildDocs();

function buildDocs() {
  const out = [];
  for (const p of [...data.principles].sort((a, b) => a.number - b.number)) {
    out.push({
      ref: `principle:${p.number}`,
      title: `Principle ${p.number} ${p.title.en}`,
      heading: `Principle ${p.number} ${p.title.en}`,
      sortTitle: p.title.en,
      facets: {
        type: ['principle'],
        principle: [String(p.number)],
        instrument: data.instruments.filter((i) => (i.principles ?? []).includes(p.number)).map((i) => i.id),
        ...throughPrinciples([p.number]),
      },
      text: [p.title.en, p.summary.en, `Principle ${p.number}`],
    });
  }
  for (const g of data.guidelines) {
    out.push({
      ref: `guideline:${g.id}`,
      title: g.text.en,
      heading: g.text.en,
      sortTitle: g.text.en,
      facets: { type: ['guideline'], principle: [String(g.principle)], ...throughPrinciples([g.principle]) },
      text: [g.text.en, g.id, g.number ?? ''],
    });
  }
  // Practices first, then ILO activities, each in the data's order.
  const profiles = [...data.profiles.filter((p) => p.type === 'practice'), ...data.profiles.filter((p) => p.type !== 'practice')];
  for (const p of profiles) {
    out.push({
      ref: `profile:${p.id}`,
      profile: p,
      title: p.title.en,
      heading: p.title.en,
      sortTitle: p.title.en,
      facets: {
        type: [p.type],
        kind: [p.kind],
        principle: p.principles.map(String),
        region: p.regions,
        sector: p.sectors,
        country: p.countries,
        instrument: p.instruments,
        actor: p.actors.map((a) => a.type),
        ...throughPrinciples(p.principles),
      },
      text: [
        p.title.en, p.summary.en, ...p.countries.map((c) => label(vocab.countries, c)),
        ...(p.areas ?? []), ...p.tags, p.period, p.id, ...p.actors.map((a) => a.name ?? ''),
        label(vocab.profile_kinds, p.kind), ...p.instruments,
      ],
    });
  }
  for (const doc of out) doc.words = new Set(doc.text.flatMap(words));
  return out;
}

/** The options of each facet, as ids, in the order the panel lists them. */
export const OPTIONS = {
  type: ['principle', 'guideline', 'practice', 'activity'],
  kind: vocab.profile_kinds.map((t) => t.id),
  principle: data.principles.map((p) => p.number).sort((a, b) => a - b).map(String),
  region: vocab.regions.map((t) => t.id),
  sector: vocab.sectors.map((t) => t.id),
  country: vocab.countries
    .filter((c) => data.profiles.some((p) => p.countries.includes(c.id)))
    .sort((a, b) => (fold(a.label.en) < fold(b.label.en) ? -1 : 1))
    .map((c) => c.id),
  instrument: data.instruments.map((i) => i.id),
  actor: vocab.actor_types.map((t) => t.id),
  // Objectives (by number) and targets (in the data's order) that some principle links to.
  gcm: (data.gcm_objectives ?? []).map((o) => o.number).sort((a, b) => a - b)
    .filter((n) => (data.crosswalk ?? []).some((l) => l.gcm_objective === n)).map(String),
  sdg: (data.sdg_targets ?? []).map((t) => t.id)
    .filter((id) => (data.crosswalk ?? []).some((l) => l.sdg_target === id)),
};

/** The text of an option's checkbox label, without its count. */
export function optionLabel(facet, value) {
  switch (facet) {
    case 'type': return TYPE_LABELS[value];
    case 'kind': return label(vocab.profile_kinds, value);
    case 'principle': {
      const p = data.principles.find((x) => String(x.number) === value);
      return `${p.number}. ${p.title.en}`;
    }
    case 'region': return label(vocab.regions, value);
    case 'sector': return label(vocab.sectors, value);
    case 'country': return label(vocab.countries, value);
    // Lists show an instrument's short name where it has one (its page, the official name).
    case 'instrument': { const i = data.instruments.find((x) => x.id === value); return i.short_name ?? i.name; }
    case 'actor': return label(vocab.actor_types, value);
    case 'gcm': {
      const o = data.gcm_objectives.find((x) => String(x.number) === value);
      return `GCM objective ${o.number}: ${o.title.en}`;
    }
    case 'sdg': {
      const t = data.sdg_targets.find((x) => x.id === value);
      return `SDG ${t.level} ${t.id}: ${t.title.en}`;
    }
    default: throw new Error(`unknown facet ${facet}`);
  }
}

function matchesText(doc, text) {
  // The first 32 words count; a word longer than 64 letters cannot be meant, so it matches
  // nothing (a made-up word must not look like a match).
  const tokens = [...new Set(words(text).slice(0, 32))];
  if (tokens.some((t) => [...t].length > 64)) return false;
  return tokens.every((token) => [...doc.words].some((w) => w.startsWith(token)));
}

function matchesFacets(doc, selected, except) {
  return Object.entries(selected).every(([facet, values]) =>
    facet === except || values.length === 0 || values.some((v) => (doc.facets[facet] ?? []).includes(v)));
}

/** The docs a search text plus facet selections ({region: ['africa'], ...}) should list. */
export function expectedDocs({ text = '', selected = {} } = {}) {
  return docs.filter((doc) => matchesText(doc, text) && matchesFacets(doc, selected));
}

/** How many results an option's label should promise: all filters but its own facet's. */
export function expectedOptionCount(facet, value, { text = '', selected = {} } = {}) {
  return docs.filter((doc) => matchesText(doc, text) && matchesFacets(doc, selected, facet)
    && (doc.facets[facet] ?? []).includes(value)).length;
}

export const TOTAL = docs.length;

/** `list` in the order "Title (A–Z)" gives: folded title, then the default order. */
export function byTitle(list) {
  const key = (doc) => fold(doc.sortTitle);
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : docs.indexOf(a) - docs.indexOf(b)));
}

// ---- Reaching the UI -------------------------------------------------------------------------

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function searchBox(page) {
  return page.getByRole('searchbox', { name: 'Search the Framework' });
}

export function group(page, facet) {
  return page.getByRole('group', { name: LEGEND[facet], exact: true });
}

/** An option's checkbox, by its exact label ("Africa (27)"), whatever its count. */
export function option(page, facet, value) {
  const name = new RegExp(`^${escapeRegExp(optionLabel(facet, value))} \\(\\d+\\)$`);
  return group(page, facet).getByRole('checkbox', { name });
}

/** The count an option's label shows: 27 for "Africa (27)". */
export async function shownCount(checkbox) {
  const name = await checkbox.evaluate((input) => input.closest('label').textContent);
  const match = name.match(/\((\d+)\)\s*$/);
  assert.ok(match, `no count in option label "${name}"`);
  return Number(match[1]);
}

/**
 * Every checkbox of the panel as the user sees it: {facet, label, count, checked, disabled},
 * keyed "facet:label". One round trip, for whole-panel comparisons.
 */
export async function panel(page) {
  const legends = Object.fromEntries(FACETS.map(([key, legend]) => [legend, key]));
  const rows = await page.locator('fieldset').evaluateAll((sets) => sets.flatMap((set) => {
    const legend = set.querySelector('legend')?.textContent.trim();
    return [...set.querySelectorAll('input[type=checkbox]')].map((input) => ({
      legend,
      text: input.closest('label').textContent.replace(/\s+/g, ' ').trim(),
      checked: input.checked,
      disabled: input.disabled,
    }));
  }));
  return rows.map(({ legend, text, checked, disabled }) => {
    const [, name, count] = text.match(/^(.*) \((\d+)\)$/);
    return { facet: legends[legend], label: name, count: Number(count), checked, disabled };
  });
}

/** What the panel should show for the visible options, computed from the data. */
export function expectedPanelRow(facet, value, query) {
  const count = expectedOptionCount(facet, value, query);
  const checked = (query.selected?.[facet] ?? []).includes(value);
  return { facet, label: optionLabel(facet, value), count, checked, disabled: count === 0 && !checked };
}

/** Asserts every visible checkbox's label, count, state and disabled-ness against the data. */
export async function assertPanelMatches(page, query) {
  const shown = await panel(page);
  assert.ok(shown.length > 0, 'no checkboxes in the filter panel');
  const byLabel = new Map();
  for (const [facet] of FACETS) {
    for (const value of OPTIONS[facet]) byLabel.set(`${facet}:${optionLabel(facet, value)}`, value);
  }
  const wrong = [];
  for (const row of shown) {
    const value = byLabel.get(`${row.facet}:${row.label}`);
    if (value === undefined) {
      wrong.push(`unexpected option ${row.facet}: "${row.label}"`);
      continue;
    }
    const expected = expectedPanelRow(row.facet, value, query);
    for (const key of ['count', 'checked', 'disabled']) {
      if (row[key] !== expected[key]) {
        wrong.push(`${row.facet} "${row.label}": ${key} is ${row[key]}, expected ${expected[key]}`);
      }
    }
  }
  assert.deepEqual(wrong, [], `filter panel disagrees with the data:\n${wrong.join('\n')}`);
}

/** Polls `read` until it deep-equals `expected` (the UI updates asynchronously). */
export async function eventually(read, expected, message, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    try {
      assert.deepEqual(last, expected);
      return;
    } catch {
      if (Date.now() > deadline) assert.deepEqual(last, expected, message);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
}

/** The result-count status as a number ("No results" is 0). */
export async function statusCount(page) {
  const text = (await page.getByRole('status').filter({ hasText: /result/i }).first().innerText()).trim();
  if (/^no results/i.test(text)) return 0;
  const match = text.match(/^(\d+) results?$/);
  assert.ok(match, `unexpected status "${text}"`);
  return Number(match[1]);
}

export function expectCount(page, expected, message) {
  return eventually(() => statusCount(page), expected, message ?? `result count should be ${expected}`);
}

/** The titles of the results on the current page, as their links read. */
export function resultTitles(page) {
  // Text content, not rendered text: rows below the fold are not rendered until scrolled to
  // (content-visibility), though screen readers and find-in-page still see them.
  return page.locator('article.result h3').allTextContents().then((titles) => titles.map((t) => t.trim()));
}

/** The view the address bar describes, as URLSearchParams. */
export function params(page) {
  return new URL(page.url()).searchParams;
}

/** Names of the ticked checkboxes, "facet:label", sorted. */
export async function ticked(page) {
  return (await panel(page)).filter((r) => r.checked).map((r) => `${r.facet}:${r.label}`).sort();
}

/**
 * Like harness `openApp`, but runs `init` (a function, with `arg`) in the page before any
 * of the app's scripts, e.g. to tamper with local storage.
 */
export async function openWithInit(env, path, init, arg, { waitFor = 'main h1', contextOptions = {} } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  await context.addInitScript(init, arg);
  const page = await context.newPage();
  const problems = watch(page, env.server.origin);
  await page.goto(env.server.origin + path);
  if (waitFor) await page.waitForSelector(waitFor);
  return { page, context, problems };
}

/** The main heading's text (exactly one h1 is expected on every page). */
export async function heading(page) {
  const h1 = page.locator('main h1');
  await eventually(() => h1.count(), 1, 'exactly one h1 in main');
  return (await h1.innerText()).trim();
}

/** Waits until the page's one h1 reads `text`. */
export function expectHeading(page, text, message) {
  return eventually(() => heading(page), text, message ?? `the page heading should be "${text}"`);
}

/**
 * The main journey the Firefox and WebKit tests share: a search, the region that narrows it
 * the least while still narrowing it, and the first page of the default list.
 */
export function mainJourney(text = 'recruit') {
  const searched = expectedDocs({ text });
  const region = OPTIONS.region
    .map((id) => ({ id, docs: expectedDocs({ text, selected: { region: [id] } }) }))
    .filter((r) => r.docs.length > 0 && r.docs.length < searched.length)
    .sort((a, b) => b.docs.length - a.docs.length)[0];
  return {
    TEXT: text,
    searched,
    REGION: region,
    REGION_LABEL: optionLabel('region', region.id),
    filtered: region.docs,
    FIRST_PAGE: docs.slice(0, PER_PAGE).map((d) => d.heading),
  };
}

/** RFC 4180 CSV (after an optional byte order mark): rows of fields, quotes doubled inside quoted fields. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false, i = text.startsWith('\uFEFF') ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
