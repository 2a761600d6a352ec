// The teacher's and the student's hands on the questions (issue 14): a
// student hides a wrong question from its feedback, finds it on Progress,
// does not get it again, and restores it; a teacher reviews the quiz in
// Teach, drops two questions (and undoes a third drop), makes the code, and
// a student on another browser gets exactly the reviewed quiz, as do the
// worksheet, the answer key and the class results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './browser.mjs';
import { answerWrong, cliTest, verdict, watchedPage } from './play.mjs';

const app = await appUnderTest();
const ROOT = new URL('..', import.meta.url).pathname;
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The prompt of the question on screen. */
const promptOf = async (page) => squash(await page.locator('.question .prompt').innerText());

test('a student hides a wrong question: listed on Progress, never asked again, back once restored', async () => {
  const { page, problems } = await watchedPage(app);
  await page.goto(`${app.server.url}#/practice`);
  await page.getByRole('button', { name: 'Start practice' }).click();

  // Two questions answered wrong: the first is found wrong and hidden.
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  const hidden = await promptOf(page);
  await answerWrong(page);
  await verdict(page);
  await page.getByRole('button', { name: 'This question is wrong' }).click();
  await page.getByRole('status').filter({ hasText: 'Hidden: this question will not be asked again.' }).waitFor();
  // The button pressed is gone: focus is back on Next, so Enter goes on.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Next question');
  await page.keyboard.press('Enter');
  await page.getByText(/^Question 2 of \d+$/).waitFor();
  const kept = await promptOf(page);
  await answerWrong(page);
  await verdict(page);
  await page.keyboard.press('Enter');
  await page.getByText(/^Question 3 of \d+$/).waitFor();
  await page.getByRole('button', { name: 'Stop this session' }).click();

  // On Progress, after a reload: the hidden question with a Restore button.
  await page.goto(`${app.server.url}#/progress`);
  await page.reload();
  const list = page.getByRole('list', { name: 'Hidden questions' });
  // (wait for the page to show it: allInnerTexts does not wait, and a busy
  // machine renders the list after the first look)
  await list.getByRole('button', { name: `Restore: ${hidden}` }).waitFor();
  assert.deepEqual((await list.locator('.hidden-prompt').allInnerTexts()).map(squash), [hidden]);

  // The progress file carries it: imported in another browser, it is hidden there too.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const file = `${ROOT}target/e2e/progress-hidden.json`;
  await download.saveAs(file);
  const other = await watchedPage(app, await app.browser.newContext());
  await other.page.goto(`${app.server.url}#/progress`);
  await other.page.getByText('None. A question you find wrong can be hidden').waitFor();
  await other.page.locator('input[type=file]').setInputFiles(file);
  await other.page.getByRole('alert').filter({ hasText: 'Progress imported' }).waitFor();
  assert.deepEqual((await other.page.getByRole('list', { name: 'Hidden questions' }).locator('.hidden-prompt').allInnerTexts()).map(squash), [hidden]);
  await other.page.getByRole('link', { name: /^Mistakes/ }).click();
  await other.page.getByText('1 question to review.').waitFor();
  assert.deepEqual(other.problems, []);

  // Review mistakes asks only the other miss (without the hide: both, hidden first).
  await page.getByRole('link', { name: /^Mistakes/ }).click();
  await page.getByText('1 question to review.').waitFor();
  await page.getByRole('button', { name: 'Review mistakes' }).click();
  await page.getByText('Question 1 of 1').waitFor();
  assert.equal(await promptOf(page), kept);
  await page.getByRole('button', { name: 'Stop this session' }).click();

  // A new test of the whole deck never asks it: one question fewer than the
  // CLI's test of the same seed (one question per fact in a test).
  const every = cliTest(3, 100).map((q) => squash(q.prompt));
  await page.goto(`${app.server.url}#/test?seed=3`);
  await page.getByRole('radio', { name: 'All' }).check();
  await page.getByRole('button', { name: 'Start test' }).click();
  const total = Number((await page.getByText(/^Question 1 of \d+$/).innerText()).match(/of (\d+)/)[1]);
  const asked = [];
  for (let i = 1; i <= total; i++) {
    await page.getByText(`Question ${i} of ${total}`).waitFor();
    asked.push(await promptOf(page));
    await answerWrong(page);
  }
  await page.getByRole('heading', { name: 'Test: your score' }).waitFor();
  assert.equal(asked.length, every.length - 1, 'its fact is left out of the test');
  assert.ok(!asked.includes(hidden), 'the hidden question is not in the test');
  assert.ok(asked.every((p) => every.includes(p)));

  // Restored: off the list, and Review mistakes asks it again, first.
  await page.goto(`${app.server.url}#/progress`);
  await page.getByRole('button', { name: `Restore: ${hidden}` }).click();
  await page.getByText('None. A question you find wrong can be hidden').waitFor();
  assert.equal(await page.getByRole('list', { name: 'Hidden questions' }).count(), 0);
  await page.goto(`${app.server.url}#/mistakes`);
  await page.getByRole('button', { name: 'Review mistakes' }).click();
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  assert.equal(await promptOf(page), hidden);
  assert.deepEqual(problems, []);
});

/** The prompts of the review list, in order. */
const reviewed = async (page) => (await page.getByRole('list', { name: 'Questions of the quiz' }).locator('.review-prompt').allInnerTexts()).map(squash);

test('a teacher drops two questions in review; another browser gets exactly that quiz, on paper and in the class results too', async () => {
  const teacher = await watchedPage(app, await app.browser.newContext());
  const page = teacher.page;
  await page.goto(`${app.server.url}#/teach`);
  await page.getByLabel('Title').fill('Reviewed quiz');
  await page.getByRole('heading', { name: 'Review the quiz: 10 questions' }).waitFor();
  const before = await reviewed(page);
  assert.equal(before.length, 10);
  // Every question is there in full: answer, options where it has them, source.
  const first = page.getByRole('listitem', { name: before[0] });
  for (const term of ['Answer', 'Source']) await first.getByText(term, { exact: true }).waitFor();

  // Drop question 2 by keyboard: the next best question takes its place,
  // focus goes to it, and the quiz keeps its length.
  await page.getByRole('button', { name: 'Drop question 2' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Dropped (1)' }).waitFor();
  const once = await reviewed(page);
  assert.equal(once.length, 10, 'replaced, not shortened');
  assert.ok(!once.includes(before[1]));
  assert.deepEqual([once[0], ...once.slice(2)], [before[0], ...before.slice(2)], 'the others stay in place');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'review-2');

  // A drop undone brings the question back in its place.
  await page.getByRole('button', { name: 'Drop question 4' }).click();
  await page.getByRole('button', { name: `Undo drop: ${before[3]}` }).click();
  await page.getByRole('list', { name: 'Dropped (1)' }).waitFor();
  assert.deepEqual(await reviewed(page), once);

  // A second drop: the deck has no question left to spare, so the quiz is shorter.
  await page.getByRole('button', { name: 'Drop question 7' }).click();
  await page.getByRole('heading', { name: /^Review the quiz: \d+ questions$/ }).waitFor();
  const final = await reviewed(page);
  assert.ok(!final.includes(before[1]) && !final.includes(once[6]), 'both dropped questions are out');
  const n = final.length;
  assert.ok(n === 9 || n === 10, `${n}`);
  await page.getByRole('heading', { name: `Review the quiz: ${n} questions` }).waitFor();

  await page.getByRole('button', { name: 'Make quiz code' }).click();
  const code = (await page.locator('.made .code').innerText()).trim();
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
  const link = await page.locator('.made .link a').innerText();

  // A student on another browser: exactly the reviewed quiz, in order.
  const student = await watchedPage(app, await app.browser.newContext());
  await student.page.goto(link);
  await student.page.getByRole('heading', { name: 'Reviewed quiz' }).waitFor();
  await student.page.getByText(`${n} questions`).waitFor();
  await student.page.getByLabel('Your name').fill('Rosa');
  await student.page.keyboard.press('Enter');
  const asked = [];
  for (let i = 1; i <= n; i++) {
    await student.page.getByText(`Question ${i} of ${n}`).waitFor();
    asked.push(await promptOf(student.page));
    await answerWrong(student.page);
  }
  assert.deepEqual(asked, final);
  await student.page.getByRole('img', { name: 'QR code of your result code' }).waitFor();
  const result = (await student.page.locator('.hand-in .code').innerText()).trim();
  assert.deepEqual(student.problems, []);

  // The worksheet and the answer key are the reviewed quiz.
  await page.getByRole('link', { name: 'Worksheet to print' }).click();
  await page.locator('.sheet-prompt').first().waitFor();
  assert.deepEqual((await page.locator('.sheet-prompt').allInnerTexts()).map(squash), final);
  await page.goBack();
  await page.getByRole('link', { name: 'Answer key to print' }).click();
  await page.getByRole('heading', { name: 'Reviewed quiz: answer key' }).waitFor();
  assert.equal(await page.locator('.sheet-answer').count(), n);

  // The class results read the student's code with the reviewed quiz's length.
  await page.goto(`${app.server.url}#/class`);
  await page.getByLabel('Result codes, one per line').fill(result);
  await page.getByRole('button', { name: 'Show results' }).click();
  const rows = await page.getByRole('table', { name: '1 student' }).getByRole('row').allInnerTexts();
  assert.ok(rows.some((r) => new RegExp(`^Rosa \\d+ / ${n}$`).test(squash(r))), rows.join(' | '));
  assert.equal(await page.getByRole('table', { name: 'Right per question' }).getByRole('row').count(), n + 1);
  assert.deepEqual(teacher.problems, []);
});
