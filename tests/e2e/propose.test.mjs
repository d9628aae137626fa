// Propose a practice: a form checked by the core's own rules, that makes a file to download
// and a text to paste in an e-mail; nothing is sent. An empty submit names every required
// field (in a summary that takes focus, and next to each field); a proposal filled in like a
// person would passes, downloads, and the native `mflm-data check-proposal` accepts the file;
// a reload keeps the draft, and a corrupt store gives an empty form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, openApp, expectNoProblems } from './harness.mjs';

const env = setup();
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** axe's violations on the page as it is (rule, and where). */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const REQUIRED = [
  ['Title', 'textbox'],
  ['Summary', 'textbox'],
  ['Kind of practice', 'combobox'],
  ['Regions', 'group'],
  ['Sectors', 'group'],
  ['Period', 'textbox'],
  ['Actors', 'group'],
  ['Principles', 'group'],
  ['Title of the document', 'textbox'],
  ['Publisher, place and date', 'textbox'],
];

/** A complete draft as the page keeps it in session storage. */
const VALID_DRAFT = {
  title: 'Union-run advice desks for seasonal farm workers',
  summary: 'Unions run advice desks for seasonal farm workers.',
  kind: 'service',
  countries: ['PHL'],
  regions: ['asia-pacific'],
  sectors: ['agriculture'],
  period: '2019',
  actors: [{ type: 'workers', name: '' }],
  principles: ['10'],
  source_title: 'Annual report',
  source_citation: 'A union, Manila, 2020',
};

const TITLE = 'Seasonal farm workers’ welfare fund run with the unions';

/** The text of the elements an element's aria-describedby names. */
async function description(locator) {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
      .join(' | '));
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** `mflm-data check-proposal FILE`: its exit status and output. */
function checkProposal(file) {
  const run = spawnSync('cargo', ['run', '-q', '-p', 'mflm-core', '--features', 'schema', '--bin', 'mflm-data', '--', 'check-proposal', file], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

test('an empty proposal names every required field, in the summary (focused) and next to the field', async () => {
  const { page, context, problems } = await openApp(env, '/?view=propose');
  await page.getByRole('heading', { level: 1, name: 'Propose a practice' }).waitFor();
  await page.getByRole('button', { name: 'Check and make the file' }).click();

  const summary = page.locator('#propose-errors');
  await summary.getByRole('heading', { name: `Problems to fix: ${REQUIRED.length}` }).waitFor();
  assert.equal(await focusedId(page), 'propose-errors', 'focus moves to the error summary');
  const links = await summary.getByRole('link').allTextContents();
  assert.deepEqual(links, REQUIRED.map(([name]) => `${name}: This is required.`));

  for (const [name, role] of REQUIRED) {
    const field = page.getByRole(role, { name, exact: true });
    assert.equal(await field.count(), 1, `one ${role} named ${name}`);
    assert.match(await description(field), /This is required\./, `${name}'s own error is next to it`);
    if (role !== 'group') assert.equal(await field.getAttribute('aria-invalid'), 'true', name);
  }
  // Optional fields say nothing.
  assert.equal(await page.getByRole('textbox', { name: 'Web address of the document' }).getAttribute('aria-invalid'), null);

  // A summary link takes the reader to its field; fixing the field clears its error.
  await summary.getByRole('link', { name: 'Period: This is required.' }).click();
  assert.equal(await focusedId(page), 'propose-period');
  await page.keyboard.type('2019');
  await summary.getByRole('heading', { name: `Problems to fix: ${REQUIRED.length - 1}` }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Period' }).getAttribute('aria-invalid'), null);

  // Markup is refused, by name, next to the field.
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('<b>Bold</b> title');
  assert.match(await description(page.getByRole('textbox', { name: 'Title', exact: true })), /Write plain text: “<b>Bold<” looks like markup\./);
  await context.close();
  expectNoProblems(problems);
});

test('a proposal filled in like a person downloads a file that check-proposal accepts, with the e-mail text; a reload keeps the draft', async () => {
  const { page, context, problems } = await openApp(env, '/?view=propose', {
    contextOptions: { acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] },
  });
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
  await page.getByRole('textbox', { name: 'Summary' }).fill(
    'A fund run jointly by the labour ministry and farm workers’ unions pays for housing inspections\nand legal advice for seasonal workers.');
  await page.getByLabel('Kind of practice').selectOption({ label: 'Programme or project' });
  await page.getByLabel('Countries').selectOption({ label: 'Philippines' });
  await page.getByRole('button', { name: 'Add the country' }).click();
  await page.getByRole('button', { name: 'Remove Philippines' }).waitFor();
  assert.ok(await page.getByRole('checkbox', { name: 'Asia and the Pacific' }).isChecked(), 'adding a country ticks its region');
  await page.getByRole('checkbox', { name: 'Agriculture' }).check();
  await page.getByRole('textbox', { name: 'Period' }).fill('2019 onwards');
  await page.getByLabel('Type of actor 1').selectOption({ label: 'Government' });
  await page.getByLabel('Name of actor 1').fill('Department of Labor and Employment');
  await page.getByRole('button', { name: 'Add another actor' }).click();
  await page.getByLabel('Type of actor 2').selectOption({ label: 'Workers’ organizations'.replace('’', "'") });
  await page.getByRole('checkbox', { name: /^9\. / }).check();
  await page.getByLabel('Instruments').selectOption({ label: 'Migration for Employment Convention (Revised), 1949 (No. 97)' });
  await page.getByRole('button', { name: 'Add the instrument' }).click();
  await page.getByRole('textbox', { name: 'Keywords' }).fill('seasonal work, housing, legal advice');
  await page.getByRole('textbox', { name: 'Title of the document' }).fill('Annual report on seasonal work');
  await page.getByRole('textbox', { name: 'Publisher, place and date' }).fill('Department of Labor and Employment, Manila, 2021');
  await page.getByRole('textbox', { name: 'Where in it' }).fill('pages 12-14');
  await page.getByRole('textbox', { name: 'Web address of the document' }).fill('https://example.org/report.pdf');
  await page.getByRole('button', { name: 'Check and make the file' }).click();

  await page.getByRole('heading', { name: 'Your proposal is ready' }).waitFor();
  assert.equal(await focusedId(page), 'propose-done-heading', 'focus moves to the result');
  assert.equal(await page.locator('#propose-errors').count(), 0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the proposal file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^mflm-proposal-\d{4}-\d{2}-\d{2}\.json$/);
  const json = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(json);
  assert.equal(file.format, 'mflm-proposal');
  assert.equal(file.profile.title.en, TITLE);
  assert.deepEqual(file.profile.countries, ['PHL']);
  assert.deepEqual(file.profile.principles, [9]);
  assert.deepEqual(file.profile.instruments, ['C097']);
  const dir = await mkdtemp(join(tmpdir(), 'mflm-proposal-'));
  const saved = join(dir, download.suggestedFilename());
  await writeFile(saved, json);
  const checked = checkProposal(saved);
  assert.equal(checked.status, 0, checked.out);
  assert.match(checked.out, /^ok: /m);

  const email = await page.getByLabel('Text for your e-mail').inputValue();
  assert.match(email, new RegExp(`^Subject: Practice proposed for MFLM Explorer: ${TITLE}$`, 'm'));
  assert.match(email, /^Countries: Philippines \(PHL\)$/m);
  await page.getByRole('button', { name: 'Copy the text' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), email, 'the copy button copies the e-mail text');

  // A reload keeps the draft: text, choices, lists.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Propose a practice' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue(), TITLE);
  assert.ok(await page.getByRole('checkbox', { name: /^9\. / }).isChecked());
  await page.getByRole('button', { name: 'Remove Philippines' }).waitFor();
  assert.equal(await page.getByLabel('Name of actor 1').inputValue(), 'Department of Labor and Employment');
  assert.equal(await page.getByLabel('Kind of practice').inputValue(), 'programme');
  assert.equal(await page.getByLabel('Type of actor 2').inputValue(), 'workers');

  // "Clear the form" empties every field, the selects included, and what is kept.
  await page.getByRole('button', { name: 'Clear the form' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue(), '');
  assert.equal(await page.getByLabel('Kind of practice').inputValue(), '');
  assert.equal(await page.getByLabel('Type of actor 1').inputValue(), '');
  assert.equal(await page.getByLabel('Type of actor 2').count(), 0, 'one actor row again');
  assert.equal(await page.getByRole('checkbox', { name: /^9\. / }).isChecked(), false);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Propose a practice' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue(), '');
  await context.close();
  expectNoProblems(problems);
});

test('the altered file fails check-proposal, naming what is wrong', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mflm-proposal-'));
  const bad = join(dir, 'bad.json');
  await writeFile(bad, JSON.stringify({ format: 'mflm-proposal', version: 1, submitted: '2026-11-30' }));
  const checked = checkProposal(bad);
  assert.equal(checked.status, 1, checked.out);
  assert.match(checked.out, /missing field `profile`/);
});

test('a corrupt saved draft gives an empty form; the form fits a 360 px screen and speaks French', async () => {
  const { page, context, problems } = await openApp(env, '/?view=propose&lang=fr', {
    waitFor: null,
    contextOptions: { viewport: { width: 360, height: 740 } },
  });
  await page.addInitScript(() => sessionStorage.setItem('mflm-explorer.proposal-draft', '{"title": [1, {'));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Proposer une pratique' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Titre', exact: true }).inputValue(), '');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 360 px (${overflow} px too wide)`);
  await page.getByRole('button', { name: 'Vérifier et préparer le fichier' }).click();
  await page.locator('#propose-errors').getByRole('link', { name: 'Titre\u00a0: Ce champ est obligatoire.' }).waitFor();
  await context.close();
  expectNoProblems(problems);
});

test('axe finds no violations on the form (empty, with its errors, finished) in both schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, problems } = await openApp(env, '/?view=propose', { contextOptions: { bypassCSP: true, colorScheme } });
    await page.getByRole('heading', { level: 1, name: 'Propose a practice' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}: the empty form`);
    await page.getByRole('button', { name: 'Check and make the file' }).click();
    await page.locator('#propose-errors').waitFor();
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}: the form with its errors`);
    // A complete draft kept in this tab, submitted: the finished proposal.
    await page.evaluate((draft) => sessionStorage.setItem('mflm-explorer.proposal-draft', JSON.stringify(draft)), VALID_DRAFT);
    await page.reload();
    await page.getByRole('button', { name: 'Check and make the file' }).click();
    await page.getByRole('heading', { name: 'Your proposal is ready' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}: the finished proposal`);
    await context.close();
    expectNoProblems(problems);
  }
});
