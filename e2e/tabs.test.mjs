// End to end: two tabs of one browser study at once. Progress merges, never
// overwrites: after both, a reload shows the work of both, and each tab's
// Progress page shows the other's work without a reload, within a second.
// Elements are found by role and accessible name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './browser.mjs';
import { answerWrong, verdict, watchedPage } from './play.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const app = await appUnderTest();
const SOON = { timeout: 1000 }; // "within a second"

/** The Progress page's counts: facts seen, of how many, and sessions. */
async function counts(page) {
  const items = await page.getByRole('listitem').allInnerTexts();
  const seen = items.map((t) => t.match(/^(\d+) of (\d+) facts seen$/)).find(Boolean);
  const sessions = items.map((t) => t.match(/^(\d+) sessions$/)).find(Boolean);
  return { seen: Number(seen[1]), facts: Number(seen[2]), sessions: Number(sessions[1]) };
}

const stat = (page, text) => page.getByRole('listitem').filter({ hasText: new RegExp(`^${text}$`) });

/** Practice: answers the question on screen and goes on; true once the results show. */
async function practiceStep(page) {
  const where = await page.locator('.progress').first().innerText();
  await answerWrong(page); // a miss or, with options, maybe right: either is a review
  await verdict(page);
  await page.keyboard.press('Enter');
  await page.waitForFunction((w) => document.querySelector('h1')?.textContent === 'Practice: your score'
    || (document.querySelector('.progress')?.textContent ?? w) !== w, where);
  return (await page.getByRole('heading', { name: 'Practice: your score' }).count()) > 0;
}

/** Flashcards: flips card `i` of `n` and grades it (the first Again, the rest Good). */
async function card(page, i, n) {
  await page.getByText(`Card ${i} of ${n}`).waitFor();
  await page.keyboard.press(' ');
  await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
  await page.keyboard.press(i === 1 ? '1' : '3');
}

test('two tabs study at once (practice and flashcards): every review of both is kept, and each Progress page shows the other tab\'s work without a reload', async () => {
  const context = await app.browser.newContext();
  const one = await watchedPage(app, context);
  const two = await watchedPage(app, context);
  await one.page.goto(`${app.server.url}#/practice`);
  await two.page.goto(`${app.server.url}#/progress`);
  await stat(two.page, '0 sessions').waitFor();
  const { facts } = await counts(two.page);

  // Tab one practises three questions; tab two's Progress page follows.
  await one.page.getByRole('button', { name: 'Start practice' }).click();
  for (let i = 1; i <= 3; i++) {
    assert.equal(await practiceStep(one.page), false);
    await stat(two.page, `${i} of ${facts} facts seen`).waitFor(SOON);
  }

  // Tab two starts flashcards: only facts tab one has not reviewed yet.
  await two.page.getByRole('link', { name: 'Flashcards' }).click();
  await two.page.getByRole('button', { name: 'Start flashcards' }).click();
  const first = await two.page.getByText(/^Card 1 of \d+$/).innerText();
  const n = Number(first.match(/of (\d+)/)[1]);
  assert.ok(n >= 2, `${n} cards`);
  // Tab two's session is its own: tab one still plays its practice, and
  // goes on with it after a reload (not with tab two's flashcards).
  await two.page.getByText(/^Card 1 of \d+$/).waitFor();
  await one.page.getByText(/^Question 4 of \d+$/).waitFor();
  await one.page.waitForFunction(() => JSON.parse(localStorage.getItem('factquiz.progress')).current?.mode === 'flashcards');
  await one.page.reload();
  await one.page.getByText(/^Question 4 of \d+$/).waitFor();
  assert.match(one.page.url(), /#\/practice$/);

  // Interleaved: a question in tab one, a card in tab two; tab two keeps its
  // last card until tab one is done.
  let i = 1;
  let practiceDone = false;
  while (!practiceDone) {
    practiceDone = await practiceStep(one.page);
    if (i < n) await card(two.page, i++, n);
  }
  while (i < n) await card(two.page, i++, n);

  // Tab one looks at Progress: its session and tab two's cards so far.
  await one.page.getByRole('link', { name: 'Progress' }).click();
  await stat(one.page, '1 sessions').waitFor();
  const before = await counts(one.page);
  assert.ok(before.seen >= 3 + n - 1, `tab one sees tab two's cards: ${before.seen} seen`);
  // Tab two grades its last card: tab one's Progress page shows it at once.
  await card(two.page, n, n);
  await two.page.getByRole('heading', { name: 'Flashcards: your score' }).waitFor();
  await stat(one.page, '2 sessions').waitFor(SOON);
  const recent = one.page.getByRole('table', { name: 'Recent sessions' });
  await recent.getByRole('rowheader', { name: 'Flashcards' }).waitFor(SOON);
  await recent.getByRole('rowheader', { name: 'Practice' }).waitFor();
  const live = await counts(one.page);
  assert.ok(live.seen >= 3 + n, `every fact of both tabs: ${live.seen} seen (3 practised before ${n} cards)`);

  // Tab two's Progress page agrees; so does a reload of either tab.
  await two.page.getByRole('link', { name: 'Progress' }).click();
  await stat(two.page, '2 sessions').waitFor();
  assert.deepEqual(await counts(two.page), live);
  for (const tab of [one, two]) {
    await tab.page.reload();
    await stat(tab.page, '2 sessions').waitFor();
    assert.deepEqual(await counts(tab.page), live, 'a reload shows every review of both tabs');
    const rows = tab.page.getByRole('table', { name: 'Recent sessions' }).getByRole('rowheader');
    assert.deepEqual((await rows.allInnerTexts()).sort(), ['Flashcards', 'Practice']);
  }
  // The card graded Again in tab two and tab one's misses are all to review.
  const mistakes = await one.page.getByRole('link', { name: /^Mistakes \(\d+\)$/ }).innerText();
  assert.ok(Number(mistakes.match(/\d+/)[0]) >= 1, mistakes);
  await one.page.screenshot({ path: `${ROOT}target/e2e/two-tabs-progress.png`, fullPage: true });
  assert.deepEqual(one.problems, []);
  assert.deepEqual(two.problems, []);
  await context.close();
});

test('Progress says whether the browser keeps storage and when progress was last exported, and asks for an export when it may be cleared', async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await watchedPage(app, context);
  await page.goto(`${app.server.url}#/progress`);
  await page.getByText('Last exported: never').waitFor();
  await page.getByText(/^Persistent storage (not )?granted/).waitFor();
  assert.equal(await page.getByText('Export your progress: this browser may clear it.').count(), 0, 'nothing to lose yet');
  // Some progress, saved: persistence is asked for.
  await page.getByRole('link', { name: 'Flashcards' }).click();
  await page.getByRole('button', { name: 'Start flashcards' }).click();
  await card(page, 1, 10);
  await page.getByRole('link', { name: 'Progress' }).click();
  await stat(page, '1 of \\d+ facts seen').waitFor();
  const granted = (await page.getByText(/^Persistent storage granted/).count()) > 0;
  const nudge = page.getByText('Export your progress: this browser may clear it.');
  if (!granted) await nudge.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  assert.equal(download.suggestedFilename(), 'factquiz-progress.json');
  await page.getByText('Last exported: less than a day ago').waitFor();
  assert.equal(await nudge.count(), 0, 'exported just now: no nudge');
  // The export time is part of progress: a reload keeps it.
  await page.reload();
  await page.getByText('Last exported: less than a day ago').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
