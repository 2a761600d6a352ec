// End to end: every mode of the study app in the release build, in headless
// Chromium, found by role and accessible name; keyboard only where a student
// would use it so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './browser.mjs';
import { execFileSync } from 'node:child_process';
import { answer, answerWrong, cliTest, sessionLength, verdict, watchedPage } from './play.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const app = await appUnderTest();
const focused = (locator) => locator.evaluate((el) => el === document.activeElement);

test('a test, keyboard only: the CLI\'s questions, no feedback until the end, then every verdict', async () => {
  const SEED = 42;
  // (as many as the deck has worth showing, up to 10)
  const expected = cliTest(SEED);
  const n = expected.length;
  assert.ok(n >= 5 && n <= 10, `${n} questions`);
  const { page, problems } = await watchedPage(app);
  await page.goto(`${app.server.url}#/test?seed=${SEED}`);
  await page.getByRole('heading', { name: 'Test' }).waitFor();
  // Start test has focus, so Enter starts.
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'Start test');
  await page.keyboard.press('Enter');
  const rightOnes = new Set([0, 2, 3, 5, 6, 8]);
  for (let i = 0; i < n; i++) {
    await page.getByText(`Question ${i + 1} of ${n}`).waitFor();
    assert.equal(await page.locator('.question .prompt').innerText(), expected[i].prompt, `question ${i + 1} as the CLI makes it`);
    const q = expected[i];
    const first = q.type === 'choice' ? page.getByRole('group', { name: 'Options' }).getByRole('button').first()
      : q.type === 'true_false' ? page.getByRole('button', { name: 'True' }) : page.getByRole('textbox', { name: 'Your answer' });
    assert.ok(await focused(first), `the input has focus on question ${i + 1}`);
    await answer(page, q, rightOnes.has(i));
    // No verdict during a test.
    assert.equal(await page.getByText(/^(Right|Wrong)\./).count(), 0);
  }
  await page.getByRole('heading', { name: 'Test: your score' }).waitFor();
  const right = [...rightOnes].filter((i) => i < n).length;
  assert.match(await page.locator('.score').innerText(), new RegExp(`${right} / ${n}`));
  const answers = page.getByRole('list', { name: 'Your answers' }).getByRole('listitem');
  assert.equal(await answers.count(), n);
  const texts = await answers.allInnerTexts();
  for (let i = 0; i < n; i++) {
    assert.ok(texts[i].includes(rightOnes.has(i) ? 'Right' : 'Wrong'), `verdict of ${i + 1}: ${texts[i]}`);
    assert.ok(texts[i].includes(expected[i].answer));
  }
  assert.equal(await page.getByRole('table', { name: 'By source' }).getByRole('row').count() > 1, true);
  await page.getByRole('table', { name: 'By question type' }).waitFor();
  const pct = (100 * right) / n;
  await page.getByRole('img', { name: new RegExp(`Accuracy over your last 1 session: (${Math.floor(pct)}|${Math.ceil(pct)})%`) }).waitFor();
  await page.screenshot({ path: `${ROOT}target/e2e/test-results.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('practice, keyboard only: verdict with the source, "I was right", a miss comes back, progress survives a reload', async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await watchedPage(app, context);
  await page.goto(app.server.url);
  const start = page.getByRole('button', { name: 'Start practice' });
  await start.waitFor();
  assert.ok(await focused(start), 'Start practice has focus on Home');
  await page.keyboard.press('Enter');
  const n = await sessionLength(page);
  assert.match(page.url(), /#\/practice$/);
  await page.locator('.prompt').first().innerText();
  await answerWrong(page);
  let said = await verdict(page);
  if (said.startsWith('Right.')) {
    // The option pressed happened to be right: go on and miss the next one.
    await page.keyboard.press('Enter');
    await page.getByText(`Question 2 of ${n}`).waitFor();
    await answerWrong(page);
    said = await verdict(page);
  }
  assert.match(said, /^Wrong\./);
  await page.locator('.feedback mark').waitFor();
  await page.getByRole('link', { name: 'Read it in context' }).waitFor();
  const next = page.getByRole('button', { name: 'Next question' });
  assert.ok(await focused(next), 'Next has focus, so Enter goes on');
  await page.keyboard.press('Enter');
  await page.getByText(new RegExp(`Question \\d+ of ${n + 1}`)).waitFor(); // the miss is asked again later
  // The mistake is listed, and everything survives a reload.
  await page.getByRole('link', { name: 'Mistakes (1)' }).waitFor();
  const where = await page.locator('.progress').first().innerText();
  await page.reload();
  await page.getByText(where).waitFor();
  assert.match(page.url(), /#\/practice$/);
  await page.getByRole('link', { name: 'Mistakes (1)' }).waitFor();
  // "I was right" on a new miss is recorded as such.
  await answerWrong(page);
  if ((await verdict(page)).startsWith('Wrong.')) {
    await page.getByRole('button', { name: 'I was right' }).click();
    await page.getByText('Marked right by you').waitFor();
  }
  // Home offers to resume; the back button goes back.
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: /^Resume practice/ }).waitFor();
  await page.goBack();
  await page.getByText(new RegExp(`Question \\d+ of ${n + 1}`)).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('flashcards: Space flips, 1–4 grade, Again goes to Review mistakes, which is played through', async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await watchedPage(app, context);
  await page.goto(`${app.server.url}#/flashcards`);
  await page.getByRole('button', { name: 'Start flashcards' }).waitFor();
  await page.keyboard.press('Enter');
  const n = await sessionLength(page, 'Card');
  for (let i = 1; i <= n; i++) {
    await page.getByText(`Card ${i} of ${n}`).waitFor();
    await page.getByText('Question', { exact: true }).waitFor();
    await page.keyboard.press(' ');
    await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
    await page.locator('.card blockquote').waitFor(); // the source sentence on the back
    await page.keyboard.press(i === 1 ? '1' : '3');
  }
  await page.getByRole('heading', { name: 'Flashcards: your score' }).waitFor();
  assert.match(await page.locator('.score').innerText(), new RegExp(`${n - 1} / ${n}`));
  await page.getByRole('link', { name: 'Mistakes (1)' }).click();
  await page.getByRole('button', { name: 'Review mistakes' }).click();
  await page.getByText('Question 1 of 1').waitFor();
  await answerWrong(page);
  await verdict(page);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Review mistakes: your score' }).waitFor();
  // Progress shows the sessions.
  await page.getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('img', { name: /last 2 sessions: 90%, (0|100)%/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('read: facts are marked, a sentence offers "Quiz me on this", and a reload keeps the place', async () => {
  const { page, problems } = await watchedPage(app);
  await page.goto(`${app.server.url}#/read`);
  await page.getByRole('link', { name: 'What ISIS-K Means for Afghanistan' }).click();
  await page.getByRole('heading', { level: 1, name: 'What ISIS-K Means for Afghanistan' }).waitFor();
  assert.ok(await page.locator('article mark').count() > 10, 'facts are marked');
  // Only sentences that make a question fit to show are links.
  const links = page.locator('a.fact-sentence');
  const n = await links.count();
  assert.ok(n >= 1, `${n} sentences to quiz on`);
  const sentence = links.nth(Math.min(3, n - 1));
  const said = await sentence.innerText();
  await sentence.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Quiz me on this' }).waitFor();
  assert.match(page.url(), /#\/read\/2#\d+$/);
  await page.reload();
  await page.getByRole('button', { name: 'Quiz me on this' }).waitFor();
  assert.equal(await page.locator('a.fact-sentence[aria-current]').innerText(), said);
  await page.getByRole('button', { name: 'Quiz me on this' }).click();
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  assert.match(page.url(), /#\/practice$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a corrupt saved value: a notice, a backup, and an app that works', async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await watchedPage(app, context);
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Start practice' }).waitFor(); // the app has read storage
  await page.evaluate(() => localStorage.setItem('factquiz.progress', '{"version":1,"reviews":{"x":'));
  await page.reload();
  await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('factquiz.progress.backup')), '{"version":1,"reviews":{"x":');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await sessionLength(page);
  await answerWrong(page);
  await verdict(page);
  assert.ok(JSON.parse(await page.evaluate(() => localStorage.getItem('factquiz.progress'))).version === 1, 'saved again');
  assert.deepEqual(problems, []);
  await context.close();
});

test('progress exported from one browser imports in another', async () => {
  const a = await app.browser.newContext();
  const { page } = await watchedPage(app, a);
  await page.goto(`${app.server.url}#/flashcards`);
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  // three cards graded, each once it is on screen (keys pressed before a card is drawn are lost)
  for (let i = 0; i < 3; i++) {
    await page.getByText(new RegExp(`^Card ${i + 1} of \\d+`)).waitFor();
    await page.keyboard.press(' ');
    await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
    await page.keyboard.press('4');
  }
  await page.getByText(/^Card 4 of \d+/).waitFor();
  await page.goto(`${app.server.url}#/progress`);
  await page.locator('.stats').getByText(/^3$/).first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const file = `${ROOT}target/e2e/progress.json`;
  await download.saveAs(file);
  assert.equal(download.suggestedFilename(), 'factquiz-progress.json');

  const b = await app.browser.newContext();
  const other = await watchedPage(app, b);
  await other.page.goto(`${app.server.url}#/progress`);
  await other.page.getByText('0 of').waitFor();
  await other.page.locator('input[type=file]').setInputFiles(`${ROOT}e2e/play.mjs`);
  await other.page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).waitFor();
  await other.page.locator('input[type=file]').setInputFiles(file);
  await other.page.getByRole('alert').filter({ hasText: 'Progress imported' }).waitFor();
  // the figures of Progress's own summary (a bare "3" elsewhere on the page, say an
  // option of a hidden list, is not the count)
  await other.page.locator('.stats').getByText(/^3$/).first().waitFor();
  assert.ok((await other.page.locator('.stats').innerText()).includes('3 of'), 'three facts seen');
  assert.deepEqual(other.problems, []);
  await a.close();
  await b.close();
});

test('put in order with the keyboard and match pairs: a test of only those types, both right', async () => {
  const out = execFileSync(`${ROOT}target/release/factquiz`, ['questions', `${ROOT}seeds`, '--seed', '9', '--count', '1000', '--types', 'order,match', '--format', 'json'], { encoding: 'utf8' });
  const expected = JSON.parse(out);
  assert.ok(expected.some((q) => q.type === 'order') && expected.some((q) => q.type === 'match'));
  const context = await app.browser.newContext();
  const { page, problems } = await watchedPage(app, context);
  await page.goto(`${app.server.url}#/test?seed=9`);
  const types = page.getByRole('group', { name: 'Question types' });
  for (const t of ['Fill in the blank', 'Multiple choice', 'True or false', 'Numbers and dates']) await types.getByRole('checkbox', { name: t }).uncheck();
  for (const t of ['Put in order', 'Match pairs']) await types.getByRole('checkbox', { name: t }).check();
  await page.getByRole('radio', { name: 'All' }).check();
  await page.getByRole('button', { name: 'Start test' }).click();
  for (let i = 1; i <= expected.length; i++) {
    await page.getByText(`Question ${i} of ${expected.length}`).waitFor();
    const prompt = await page.locator('.question .prompt').innerText();
    const q = expected.find((x) => x.prompt === prompt);
    assert.ok(q, `a question the CLI makes: ${prompt}`);
    if (q.type === 'order') {
      const want = q.answer.split(' → ');
      const list = page.getByRole('list', { name: 'Order of events, earliest first' });
      for (let t = 0; t < want.length; t++) {
        const now = await list.locator('.order-text').allInnerTexts();
        const up = page.getByRole('button', { name: `Move ${want[t]} up` });
        await up.focus();
        for (let k = now.indexOf(want[t]); k > t; k--) await page.keyboard.press('Enter');
      }
      assert.deepEqual(await list.locator('.order-text').allInnerTexts(), want);
      await page.getByRole('button', { name: 'Check order' }).click();
    } else {
      for (const pair of q.answer.split('; ')) {
        const [term, partner] = pair.split(' = ');
        await page.getByLabel(term, { exact: true }).selectOption(partner);
      }
      await page.getByRole('button', { name: 'Check matches' }).click();
    }
  }
  await page.getByRole('heading', { name: 'Test: your score' }).waitFor();
  assert.match(await page.locator('.score').innerText(), new RegExp(`${expected.length} / ${expected.length}`));
  assert.deepEqual(problems, []);
  await context.close();
});
