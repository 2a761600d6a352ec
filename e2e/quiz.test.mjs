// End to end: the release build in headless Chromium, played with the keyboard only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appUnderTest } from './browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const SEED = 42;
const app = await appUnderTest();

/** The questions the native CLI makes for this seed: the browser must show the same ones. */
function expectedQuestions() {
  const out = execFileSync(`${ROOT}target/release/factquiz`,
    ['questions', `${ROOT}seeds`, '--seed', String(SEED), '--count', '10', '--types', 'cloze,numeric,choice,true_false', '--format', 'json'],
    { encoding: 'utf8' });
  return JSON.parse(out);
}

/** A page that fails the test on any console error, failed request or request to another origin. */
async function watchedPage() {
  const page = await app.browser.newPage();
  const problems = [];
  const origin = new URL(app.server.url).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  return { page, problems };
}

test('a whole quiz, keyboard only: right and wrong answers scored, score screen, same questions as the CLI', async () => {
  const expected = expectedQuestions();
  assert.equal(expected.length, 10);
  const kinds = new Set(expected.map((q) => q.type));
  assert.ok(kinds.has('choice') && kinds.has('true_false') && (kinds.has('cloze') || kinds.has('numeric')), `a mix of question types: ${[...kinds]}`);
  const { page, problems } = await watchedPage();
  await page.goto(`${app.server.url}#seed=${SEED}`);

  // The deck: five sources with their titles, and Start (focused, so Enter starts).
  const sources = page.getByRole('list', { name: 'Sources' }).getByRole('listitem');
  await sources.first().waitFor();
  assert.equal(await sources.count(), 5);
  await page.getByRole('heading', { name: 'What ISIS-K Means for Afghanistan' }).waitFor();
  const start = page.getByRole('button', { name: 'Start quiz' });
  await start.waitFor();
  // Keyboard only from here on: Start has focus on load, so Enter starts.
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'Start quiz');
  await page.keyboard.press('Enter');

  const rightOnes = new Set([0, 2, 3, 5, 6, 8]); // answer these right, the others wrong
  for (let i = 0; i < 10; i++) {
    await page.getByText(`Question ${i + 1} of 10`).waitFor();
    const prompt = await page.locator('.question .prompt').innerText();
    assert.equal(prompt, expected[i].prompt, `question ${i + 1} is the one the CLI makes for seed ${SEED}`);
    const q = expected[i];
    const right = rightOnes.has(i);
    if (q.type === 'choice') {
      const options = page.getByRole('group', { name: 'Options' }).getByRole('button');
      assert.ok(await options.first().evaluate((el) => el === document.activeElement), `the first option has focus on question ${i + 1}`);
      const names = await options.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
      const index = right ? names.indexOf(q.answer) : names.findIndex((n) => n !== q.answer);
      await page.keyboard.press(String(index + 1));
    } else if (q.type === 'true_false') {
      assert.ok(await page.getByRole('button', { name: 'True' }).evaluate((el) => el === document.activeElement));
      const truth = q.answer === 'true';
      await page.keyboard.press((right ? truth : !truth) ? 't' : 'f');
    } else {
      const box = page.getByRole('textbox', { name: 'Your answer' });
      assert.ok(await box.evaluate((el) => el === document.activeElement), `the answer box has focus on question ${i + 1}`);
      await page.keyboard.type(right ? q.answer : 'something else entirely');
      await page.keyboard.press('Enter');
    }
    const status = page.locator('main').getByRole('status');
    const verdict = rightOnes.has(i) ? 'Right.' : 'Wrong.';
    await page.waitForFunction((v) => document.querySelector('main [role=status]')?.textContent.startsWith(v), verdict);
    assert.ok((await status.innerText()).includes(expected[i].answer), 'the verdict names the answer');
    // The exact source sentence is shown with its source.
    await page.locator('blockquote').waitFor();
    if (i === 1) await page.screenshot({ path: `${ROOT}target/e2e/feedback.png`, fullPage: true });
    const next = page.getByRole('button', { name: i === 9 ? 'See results' : 'Next question' });
    assert.ok(await next.evaluate((el) => el === document.activeElement), 'Next has focus, so Enter goes on');
    await page.keyboard.press('Enter');
  }

  await page.getByRole('heading', { name: 'Your score' }).waitFor();
  assert.match(await page.locator('.score').innerText(), /6 \/ 10/);
  const misses = page.getByRole('list', { name: 'Missed questions' }).getByRole('listitem');
  assert.equal(await misses.count(), 4);
  for (const i of [1, 4, 7, 9]) {
    assert.ok((await misses.allInnerTexts()).some((t) => t.includes(expected[i].answer)), `miss ${i + 1} listed with its answer`);
  }
  await page.screenshot({ path: `${ROOT}target/e2e/results.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('"I was right" turns a reject into a right answer', async () => {
  const { page, problems } = await watchedPage();
  await page.goto(`${app.server.url}#seed=${SEED}`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const first = expectedQuestions()[0];
  if (first.type === 'choice') {
    await page.getByRole('group', { name: 'Options' }).getByRole('button').filter({ hasNotText: first.answer }).first().click();
  } else if (first.type === 'true_false') {
    await page.getByRole('button', { name: first.answer === 'true' ? 'False' : 'True' }).click();
  } else {
    await page.getByRole('textbox', { name: 'Your answer' }).fill('a typo-ridden guess');
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'I was right' }).click();
  await page.getByText('Marked right by you').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});
