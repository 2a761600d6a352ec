// The classroom without a server: a teacher makes a quiz code, two students
// on separate browsers get the same questions from its link and hand in
// result codes, the class view reads them, and the worksheet and answer key
// print to PDF with every question and answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appUnderTest } from './browser.mjs';
import { answerWrong, sessionLength, watchedPage } from './play.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const app = await appUnderTest();
const squash = (s) => s.replace(/\s+/g, ' ').trim();
/** PDF text with lines joined (a word broken after its hyphen is joined back). */
const pdfText = (file) => squash(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/([-–—])\n\s*/g, '$1'));

/** The teacher's quiz: code and link, made in the builder. */
async function makeQuiz(page) {
  await page.goto(`${app.server.url}#/teach`);
  await page.getByLabel('Title').fill('Week 3: ISIS-K');
  await page.getByRole('button', { name: 'Make quiz code' }).click();
  const code = (await page.locator('.made .code').innerText()).trim();
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/, 'grouped, no I, L, O or U');
  const link = await page.locator('.made .link a').innerText();
  assert.ok(link.includes(`#/quiz/${code}?title=`), link);
  await page.getByRole('img', { name: 'QR code of the quiz link' }).waitFor();
  return { code, link };
}

/** A student takes the quiz from the link; returns what they saw and their result code. */
async function takeQuiz(context, link, name, answers) {
  const { page, problems } = await watchedPage(app, context);
  await page.goto(link);
  await page.getByRole('heading', { name: 'Week 3: ISIS-K' }).waitFor();
  await page.getByLabel('Your name').fill(name);
  await page.keyboard.press('Enter');
  const seen = [];
  const n = await sessionLength(page);
  for (let i = 1; i <= n; i++) {
    await page.getByText(`Question ${i} of ${n}`).waitFor();
    const prompt = await page.locator('.question .prompt').innerText();
    const options = await page.locator('.question .option span').allInnerTexts();
    seen.push({ prompt, options });
    await answers(page, i - 1, options);
  }
  await page.getByRole('heading', { name: 'Week 3: ISIS-K: your score' }).waitFor();
  const verdicts = (await page.getByRole('list', { name: 'Your answers' }).getByRole('listitem').allInnerTexts())
    .map((t) => t.includes('Right —'));
  await page.getByRole('img', { name: 'QR code of your result code' }).waitFor();
  const result = (await page.locator('.hand-in .code').innerText()).trim();
  assert.deepEqual(problems, []);
  return { seen, verdicts, result };
}

test('one quiz code: the same questions on two browsers, result codes into the class view, CSV out', async () => {
  const teacher = await app.browser.newContext();
  const { page } = await watchedPage(app, teacher);
  const { code, link } = await makeQuiz(page);

  // The answer key, read as the teacher prints it.
  await page.getByRole('link', { name: 'Answer key to print' }).click();
  await page.getByRole('heading', { name: 'Week 3: ISIS-K: answer key' }).waitFor();
  const key = await page.locator('.sheet-answer').allInnerTexts();
  // (as many as the deck has worth showing, up to the 10 asked for)
  const n = key.length;
  assert.ok(n >= 6 && n <= 10, `${n} questions`);

  // Student A answers by the key (the first five right), student B wrongly throughout.
  const byKey = async (p, i, options) => {
    if (i >= 5) return answerWrong(p);
    const k = key[i];
    if (k === 'True' || k === 'False') return p.keyboard.press(k[0].toLowerCase());
    if (options.length) return p.keyboard.press(String('ABCD'.indexOf(k[0]) + 1));
    await p.keyboard.type(k);
    await p.keyboard.press('Enter');
  };
  const a = await takeQuiz(await app.browser.newContext(), link, 'Amélie B.', byKey);
  const b = await takeQuiz(await app.browser.newContext(), link, 'Ben', (p) => answerWrong(p));
  assert.deepEqual(a.seen, b.seen, 'both students get the same questions with the same options');
  assert.equal(a.seen.length, n, 'the quiz is the answer key\'s');
  assert.deepEqual(a.verdicts.slice(0, 5), [true, true, true, true, true], 'answers from the key are right');

  // The class view reads both codes and skips a typo with a message.
  await page.goto(`${app.server.url}#/class`);
  const typo = a.result.slice(0, 3) + (a.result[3] === 'A' ? 'B' : 'A') + a.result.slice(4);
  await page.getByLabel('Result codes, one per line').fill(`${a.result}\n${typo}\n${b.result}`);
  await page.getByRole('button', { name: 'Show results' }).click();
  await page.getByRole('alert').filter({ hasText: 'Line 2: This code has a typo' }).waitFor();
  const rows = await page.getByRole('table', { name: '2 students' }).getByRole('row').allInnerTexts();
  const score = (v) => v.filter(Boolean).length;
  assert.ok(rows.some((r) => squash(r) === `Amélie B. ${score(a.verdicts)} / ${n}`), rows.join(' | '));
  assert.ok(rows.some((r) => squash(r) === `Ben ${score(b.verdicts)} / ${n}`), rows.join(' | '));
  const perQuestion = await page.getByRole('table', { name: 'Right per question' }).getByRole('row').allInnerTexts();
  for (let k = 0; k < n; k++) {
    const pct = Math.floor(((a.verdicts[k] ? 1 : 0) + (b.verdicts[k] ? 1 : 0)) * 100 / 2);
    assert.equal(squash(perQuestion[k + 1]), `Question ${k + 1} ${pct}%`);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^name,score,q1,/);
  assert.ok(csv.includes(`Amélie B.,${score(a.verdicts)},`));
  assert.equal(code.length > 0, true);
  await teacher.close();
});

test('a mistyped quiz code is caught; the right one typed loosely opens the quiz', async () => {
  const { page, problems } = await watchedPage(app);
  const { code } = await makeQuiz(page);
  await page.goto(app.server.url);
  const swapped = code.replace(/^(.)(.)/, (_, x, y) => (x === y ? `${x}${y}` : `${y}${x}`));
  const typo = swapped === code ? code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) : swapped;
  await page.getByLabel('Quiz code from your teacher').fill(typo.toLowerCase());
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'typo' }).waitFor();
  // The right code, typed in lower case with spaces, opens the quiz.
  await page.goto(app.server.url);
  await page.getByLabel('Quiz code from your teacher').fill(code.toLowerCase().replaceAll('-', ' '));
  await page.keyboard.press('Enter');
  await page.getByLabel('Your name').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('the worksheet and the answer key print to PDF (A4 and Letter) with every question and answer', async () => {
  const { page, problems } = await watchedPage(app);
  const { link } = await makeQuiz(page);
  const code = link.split('#/quiz/')[1].split('?')[0];
  await page.goto(`${app.server.url}#/print/${code}?title=Week%203`);
  await page.getByRole('heading', { name: 'Week 3', exact: true }).waitFor();
  const prompts = await page.locator('.sheet-prompt').allInnerTexts();
  assert.ok(prompts.length >= 6 && prompts.length <= 10, `${prompts.length} questions`);
  await page.emulateMedia({ media: 'print' });
  const sheet = `${ROOT}target/e2e/worksheet.pdf`;
  await page.pdf({ path: sheet, format: 'A4' });
  const text = pdfText(sheet);
  assert.ok(text.includes('Name:'), 'a name line');
  for (const p of prompts) assert.ok(text.includes(squash(p)), `the worksheet has: ${p}`);
  assert.ok(!text.includes('Back to the quiz builder'), 'no screen controls on paper');

  await page.goto(`${app.server.url}#/print/${code}?title=Week%203&key`);
  await page.getByRole('heading', { name: 'Week 3: answer key' }).waitFor();
  const answers = await page.locator('.sheet-answer').allInnerTexts();
  const keyPdf = `${ROOT}target/e2e/answer-key.pdf`;
  await page.pdf({ path: keyPdf, format: 'Letter' });
  const keyText = pdfText(keyPdf);
  for (const a of answers) assert.ok(keyText.includes(squash(a)), `the key has: ${a}`);
  assert.deepEqual(problems, []);
  await page.close();
});
