// Shared steps for the end-to-end tests: a watched page, and answering the
// question on screen the way a person would (keyboard or click).
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';

const ROOT = new URL('..', import.meta.url).pathname;

/** A page that records any console error, failed request or request to another origin. */
export async function watchedPage(app, context) {
  const page = await (context ?? app.browser).newPage();
  const problems = [];
  const origin = new URL(app.server.url).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A reload or navigation cancels requests still in flight: not a failure.
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  return { page, problems };
}

/** The test the native CLI makes for this seed with the default settings. */
export function cliTest(seed, count = 10) {
  const out = execFileSync(`${ROOT}target/release/factquiz`,
    ['questions', `${ROOT}seeds`, '--seed', String(seed), '--count', String(count), '--types', 'cloze,numeric,choice,true_false', '--format', 'json'],
    { encoding: 'utf8' });
  return JSON.parse(out);
}

/** Answers the question on screen wrongly (any kind), with the keyboard. */
export async function answerWrong(page) {
  const box = page.getByRole('textbox', { name: 'Your answer' });
  if (await box.count()) {
    await box.fill('certainly not this');
    await page.keyboard.press('Enter');
    return;
  }
  const order = page.getByRole('button', { name: 'Check order' });
  if (await order.count()) return order.click();
  const match = page.getByRole('button', { name: 'Check matches' });
  if (await match.count()) {
    for (const s of await page.locator('main select').all()) await s.selectOption({ index: 1 });
    return match.click();
  }
  // Options: the last one, which may be right; callers check the verdict.
  const options = page.getByRole('group', { name: 'Options' }).getByRole('button');
  // True/false takes T/F; any other options (two for "which source said it") take their number.
  const tf = await page.getByRole('group', { name: 'Options' }).locator('button[aria-keyshortcuts="F"]').count();
  await page.keyboard.press(tf ? 'f' : String(await options.count()));
}

/** Answers `q` (a question of the CLI's JSON) right or wrong with the keyboard. */
export async function answer(page, q, right) {
  if (q.type === 'choice') {
    const options = page.getByRole('group', { name: 'Options' }).getByRole('button');
    const names = await options.evaluateAll((bs) => bs.map((b) => b.querySelector('span').textContent));
    const index = right ? names.indexOf(q.answer) : names.findIndex((n) => n !== q.answer);
    await page.keyboard.press(String(index + 1));
  } else if (q.type === 'true_false') {
    const truth = q.answer === 'true';
    await page.keyboard.press((right ? truth : !truth) ? 't' : 'f');
  } else {
    await page.keyboard.type(right ? q.answer : 'something else entirely');
    await page.keyboard.press('Enter');
  }
}

/** The text of the aria-live verdict once it is there. */
export async function verdict(page) {
  await page.waitForFunction(() => /^(Right|Wrong)\./.test(document.querySelector('main [role=status]')?.textContent ?? ''));
  return page.locator('main').getByRole('status').first().innerText();
}

/**
 * The length of the session on screen, read from "Question 1 of N" (or
 * "Card 1 of N"): a deck gives as many questions as it has worth showing, at
 * most the session's size, so tests follow the session rather than assume 10.
 */
export async function sessionLength(page, word = 'Question') {
  const first = page.getByText(new RegExp(`^${word} 1 of \\d+$`));
  await first.waitFor();
  const n = Number((await first.innerText()).match(/of (\d+)/)[1]);
  assert.ok(n >= 3 && n <= 10, `a session of ${n}`);
  return n;
}
