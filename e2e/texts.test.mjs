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
  await page.getByText('Question 1 of 10').waitFor();
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
  await page.locator('input[type=file]').setInputFiles(file);
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
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByText('Question 1 of 10').waitFor({ timeout: 30_000 });
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
  await page.locator('input[type=file]').setInputFiles(binary);
  await page.getByRole('alert').filter({ hasText: 'photo.txt: the file looks like binary data' }).waitFor();

  const huge = `${ROOT}target/e2e/huge.txt`;
  writeFileSync(huge, 'word '.repeat(4_200_001));
  await page.locator('input[type=file]').setInputFiles(huge);
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
