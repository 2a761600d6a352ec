import { execFileSync } from 'node:child_process';
// Your own texts: pasted or opened (picker or drag and drop), built into a
// deck in a Web Worker with a progress bar, and studied. A 5 MB input keeps
// the page responsive (no main-thread task over 200 ms); bad input gets its
// message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { appUnderTest } from './browser.mjs';
import { verdict, watchedPage } from './play.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const app = await appUnderTest();
const FIXTURE = readFileSync(`${ROOT}tests/fixtures/eiffel_tower.txt`, 'utf8');

/** About `bytes` of varied article text: every paragraph states other numbers, names and years. */
function bigArticle(bytes) {
  const names = ['Ada Moreau', 'Bram Keller', 'Chiara Lind', 'Dmitri Osei', 'Elena Fabre', 'Farid Nolan'];
  const towns = ['Lyon', 'Ghent', 'Turin', 'Porto', 'Graz', 'Bergen', 'Split', 'Cork'];
  let out = 'A Century of River Bridges\n\nBy Test Writer\n\n12 May 2020\n\n';
  for (let i = 0; out.length < bytes; i++) {
    const n = names[i % names.length];
    const t = towns[(i * 7) % towns.length];
    out += `In ${1850 + (i % 150)}, the engineer ${n} completed bridge number ${i + 1} at ${t}, which carried ${(i * 37) % 9000 + 100} vehicles a day. `
      + `The crossing cost ${(i * 13) % 900 + 20} million francs and took ${(i % 9) + 2} years to build. `
      + `Local papers said the ${t} bridge was ${(i % 40) + 10} metres longer than any before it.\n\n`;
  }
  return out;
}

test('a pasted article becomes a deck, studied like the built-in one', async () => {
  const { page, problems } = await watchedPage(app);
  await page.goto(`${app.server.url}#/texts`);
  await page.getByLabel('Paste an article').fill(FIXTURE);
  await page.getByRole('button', { name: 'Make a deck from this text' }).click();
  await page.getByRole('heading', { name: 'Your deck is ready' }).waitFor();
  await page.getByRole('heading', { name: 'How Paris Got Its Iron Tower' }).waitFor();
  await page.getByRole('button', { name: 'Study this deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'How Paris Got Its Iron Tower' }).waitFor();
  await page.getByRole('button', { name: 'Start practice' }).click();
  // a session of up to 10: as many as the article has fit questions
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  assert.match(await page.locator('.question .prompt').innerText(), /Claire Dubois/);
  const box = page.getByRole('textbox', { name: 'Your answer' });
  if (await box.count()) {
    await box.fill('no idea');
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('1');
  }
  await verdict(page);
  await page.locator('.feedback blockquote').waitFor();
  // Back to the deck that ships.
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Back to the built-in deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'ISIS-K and the Kabul airport attack' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('a 5 MB file: progress shown, the page stays responsive, the deck is playable', async () => {
  const file = `${ROOT}target/e2e/five-mb.txt`;
  writeFileSync(file, bigArticle(5_000_000));
  const { page, problems } = await watchedPage(app);
  await page.goto(`${app.server.url}#/texts`);
  await page.getByRole('heading', { name: 'Your own texts' }).waitFor();
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await page.getByLabel('Open files').setInputFiles(file);
  await page.locator('progress#build-progress').waitFor();
  const progressAt = Date.now() - t0;
  await page.getByRole('heading', { name: 'Your deck is ready' }).waitFor({ timeout: 120_000 });
  const builtIn = Date.now() - t0;
  const long = await page.evaluate(() => window.__long);
  console.log(`5 MB: progress after ${progressAt} ms, deck ready after ${builtIn} ms; long tasks ${JSON.stringify(long)}`);
  assert.ok(long.every((d) => d <= 200), `a main-thread task over 200 ms: ${long}`);
  const facts = Number((await page.locator('.built p').first().innerText()).match(/^(\d+) facts?/)[1]);
  assert.ok(facts > 1000, `${facts} facts`);
  await page.getByRole('button', { name: 'Study this deck' }).click();
  // Kept on the device if the browser's storage has room; if not, the page says so.
  await page.getByRole('heading', { level: 1, name: 'A Century of River Bridges' }).waitFor();
  const kept = await page.evaluate(() => (localStorage.getItem('factquiz.decks') ?? '').includes('River Bridges'));
  if (!kept) await page.getByRole('alert').filter({ hasText: 'too big for this browser' }).waitFor();
  console.log(`5 MB deck kept on the device: ${kept}`);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByText(/^Question 1 of \d+$/).waitFor({ timeout: 30_000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('empty, binary and oversized input get a clear message; drag and drop works', async () => {
  const { page, problems } = await watchedPage(app);
  await page.goto(`${app.server.url}#/texts`);
  await page.getByRole('button', { name: 'Make a deck from this text' }).click();
  await page.getByRole('alert').filter({ hasText: 'there is nothing to read yet' }).waitFor();

  const binary = `${ROOT}target/e2e/photo.txt`;
  writeFileSync(binary, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 97) % 256)));
  await page.getByLabel('Open files').setInputFiles(binary);
  await page.getByRole('alert').filter({ hasText: 'photo.txt: the file looks like binary data' }).waitFor();

  const huge = `${ROOT}target/e2e/huge.txt`;
  writeFileSync(huge, 'word '.repeat(4_200_001));
  await page.getByLabel('Open files').setInputFiles(huge);
  await page.getByRole('alert').filter({ hasText: 'huge.txt is 21 MB; the limit is 20 MB per file' }).waitFor();

  const dt = await page.evaluateHandle((text) => {
    const d = new DataTransfer();
    d.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
    return d;
  }, FIXTURE);
  await page.locator('.drop').dispatchEvent('drop', { dataTransfer: dt });
  await page.getByRole('heading', { name: 'Your deck is ready' }).waitFor();
  await page.getByRole('heading', { name: 'How Paris Got Its Iron Tower' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('decks are kept on the device: listed, renamed, deleted, and moved to another browser as a deck file', async () => {
  const a = await app.browser.newContext();
  const { page, problems } = await watchedPage(app, a);
  await page.goto(`${app.server.url}#/texts`);
  await page.getByLabel('Paste an article').fill(FIXTURE);
  await page.getByRole('button', { name: 'Make a deck from this text' }).click();
  await page.getByRole('button', { name: 'Study this deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'How Paris Got Its Iron Tower' }).waitFor();
  assert.ok(await page.evaluate(() => (localStorage.getItem('factquiz.decks') ?? '').includes('Iron Tower')), 'kept on the device');
  await page.goto(`${app.server.url}#/texts`);
  await page.reload();
  const saved = page.getByRole('list', { name: 'Saved decks' });
  await saved.getByRole('heading', { name: 'How Paris Got Its Iron Tower' }).waitFor();
  // as many facts as the extractor gives for the same text on the command line
  const count = Number((await saved.innerText()).match(/1 source · (\d+) facts/)?.[1]);
  const cliFacts = JSON.parse(execFileSync(`${ROOT}target/release/factquiz`, ['facts', `${ROOT}tests/fixtures/eiffel_tower.txt`], { encoding: 'utf8' })).facts.length;
  assert.equal(count, cliFacts);
  await page.getByLabel('New name for How Paris Got Its Iron Tower').fill('Paris tower');
  await page.getByRole('button', { name: 'Rename How Paris Got Its Iron Tower' }).click();
  await saved.getByRole('heading', { name: 'Paris tower' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the deck file of Paris tower' }).click()]);
  assert.equal(download.suggestedFilename(), 'Paris tower.factquiz.json');
  const file = `${ROOT}target/e2e/Paris tower.factquiz.json`;
  await download.saveAs(file);
  const deckFile = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(deckFile.kind, 'factquiz-deck');
  assert.equal(deckFile.version, 1);
  assert.equal(deckFile.files[0].text, FIXTURE, 'the text as it was pasted');
  assert.equal(deckFile.settings.count, 10, 'with the test settings');
  await page.getByRole('button', { name: 'Study Paris tower' }).click();
  await page.getByRole('heading', { level: 1, name: 'Paris tower' }).waitFor();
  await page.goto(`${app.server.url}#/texts`);
  await page.getByRole('button', { name: 'Delete Paris tower' }).click();
  await page.getByText('None yet').waitFor();

  // Another browser opens the deck file.
  const b = await app.browser.newContext();
  const other = await watchedPage(app, b);
  await other.page.goto(`${app.server.url}#/texts`);
  await other.page.getByLabel('Open a deck file').setInputFiles(`${ROOT}e2e/play.mjs`);
  await other.page.getByRole('alert').filter({ hasText: 'Nothing was opened' }).waitFor();
  await other.page.getByLabel('Open a deck file').setInputFiles(file);
  await other.page.getByRole('heading', { name: 'Your deck is ready' }).waitFor();
  await other.page.getByRole('button', { name: 'Study this deck' }).click();
  await other.page.getByRole('button', { name: 'Start practice' }).click();
  await other.page.getByText(/^Question 1 of \d+$/).waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
  await a.close();
  await b.close();
});

test('a quiz code from an own deck names the deck file a student lacks; with it, the same questions', async () => {
  const teacher = await app.browser.newContext();
  const { page } = await watchedPage(app, teacher);
  await page.goto(`${app.server.url}#/texts`);
  await page.getByLabel('Paste an article').fill(FIXTURE);
  await page.getByRole('button', { name: 'Make a deck from this text' }).click();
  await page.getByRole('button', { name: 'Study this deck' }).click();
  await page.goto(`${app.server.url}#/teach`);
  await page.getByRole('button', { name: 'Make quiz code' }).click();
  const link = await page.locator('.made .link a').innerText();
  assert.match(link, /deck=How%20Paris/);
  await page.goto(link.replace(/^.*#/, `${app.server.url}#`).replace('#/quiz/', '#/print/') + '&key');
  const key = await page.locator('.sheet-answer').allInnerTexts();
  await page.goto(`${app.server.url}#/texts`);
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the deck file of How Paris Got Its Iron Tower' }).click()]);
  const file = `${ROOT}target/e2e/teacher.factquiz.json`;
  await download.saveAs(file);

  const student = await app.browser.newContext();
  const s = await watchedPage(app, student);
  await s.page.goto(link);
  await s.page.getByRole('alert').filter({ hasText: 'How Paris Got Its Iron Tower.factquiz.json' }).waitFor();
  await s.page.goto(`${app.server.url}#/texts`);
  await s.page.getByLabel('Open a deck file').setInputFiles(file);
  await s.page.getByRole('button', { name: 'Study this deck' }).click();
  await s.page.getByRole('heading', { level: 1, name: 'How Paris Got Its Iron Tower' }).waitFor();
  await s.page.goto(link);
  await s.page.getByLabel('Your name').fill('Sam');
  await s.page.keyboard.press('Enter');
  await s.page.getByText(/^Question 1 of \d+$/).waitFor();
  const total = Number((await s.page.locator('#q-heading').innerText()).match(/of (\d+)/)[1]);
  assert.equal(total, key.length, 'the same number of questions as the teacher\'s key');
  assert.deepEqual(s.problems, []);
  await teacher.close();
  await student.close();
});
