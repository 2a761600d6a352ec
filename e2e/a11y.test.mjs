// Accessibility and layout: an axe-core scan of every screen (no serious or
// critical violation), and screenshots at 360 px and 1280 px in light and dark
// with no sideways scrolling on a phone. Screenshots go to target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { appUnderTest } from './browser.mjs';
import { answerWrong, sessionLength, verdict } from './play.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const app = await appUnderTest();

async function scan(page, screen) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${screen}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
}

for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`every screen at ${width} px, ${scheme}: accessible and fits`, async () => {
      const context = await app.browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const check = async (screen) => {
        await scan(page, screen);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${screen} scrolls sideways at ${width} px`);
        await page.screenshot({ path: `${ROOT}target/e2e/${screen}-${width}-${scheme}.png`, fullPage: true });
      };
      await page.goto(app.server.url);
      await page.getByRole('button', { name: 'Start practice' }).waitFor();
      await check('home');

      await page.getByRole('navigation', { name: 'Modes' }).getByRole('link', { name: 'Practice' }).click();
      await page.getByRole('button', { name: 'Start practice' }).click();
      await sessionLength(page);
      await check('practice-question');
      await answerWrong(page);
      await verdict(page);
      await check('practice-feedback');
      await page.getByRole('button', { name: 'This question is wrong' }).click();
      await page.getByRole('status').filter({ hasText: 'Hidden: this question will not be asked again.' }).waitFor();
      await check('practice-hidden');

      await page.goto(`${app.server.url}#/test?seed=5`);
      const types = page.getByRole('group', { name: 'Question types' });
      await types.getByRole('checkbox', { name: 'Put in order' }).check();
      await types.getByRole('checkbox', { name: 'Match pairs' }).check();
      await page.getByRole('radio', { name: 'All' }).check();
      await check('test-setup');
      await page.getByRole('radio', { name: '10' }).check();
      await page.getByRole('button', { name: 'Start test' }).click();
      const inTest = await sessionLength(page);
      await check('test-question');
      for (let i = 0; i < inTest; i++) {
        await page.getByText(`Question ${i + 1} of ${inTest}`).waitFor();
        await answerWrong(page);
      }
      await page.getByRole('heading', { name: 'Test: your score' }).waitFor();
      await check('test-results');

      await page.goto(`${app.server.url}#/flashcards`);
      await page.getByRole('button', { name: 'Start flashcards' }).click();
      // as many cards as the deck has new facts with a question, up to 10
      await page.getByText(/^Card 1 of \d+$/).waitFor();
      await check('flashcard-front');
      await page.keyboard.press(' ');
      await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
      await check('flashcard-back');

      await page.goto(`${app.server.url}#/read`);
      await page.getByRole('heading', { name: 'Read' }).waitFor();
      await check('read');
      await page.goto(`${app.server.url}#/read/4`);
      await page.locator('a.fact-sentence').first().click();
      await page.getByRole('button', { name: 'Quiz me on this' }).waitFor();
      await check('read-source');

      await page.getByRole('link', { name: /^Mistakes/ }).click();
      await page.getByRole('button', { name: 'Review mistakes' }).waitFor();
      await check('mistakes');
      await page.getByRole('link', { name: 'Progress' }).click();
      await page.getByRole('heading', { name: 'Progress', exact: true }).waitFor();
      await check('progress');
      await page.goto(`${app.server.url}#/teach`);
      await page.getByRole('button', { name: 'Make quiz code' }).click();
      await page.getByRole('img', { name: 'QR code of the quiz link' }).waitFor();
      await check('teach');
      const code = (await page.locator('.made .code').innerText()).trim();
      await page.getByRole('button', { name: 'Drop question 1', exact: true }).click();
      await page.getByRole('button', { name: /^Undo drop: / }).waitFor();
      await check('teach-review-dropped');
      await page.goto(`${app.server.url}#/print/${code}`);
      await page.locator('.sheet-prompt').first().waitFor();
      await check('worksheet');
      await page.goto(`${app.server.url}#/quiz/${code}`);
      await page.getByLabel('Your name').fill('Ada');
      await check('shared-quiz');
      await page.keyboard.press('Enter');
      const inQuiz = await sessionLength(page);
      for (let i = 1; i <= inQuiz; i++) {
        await page.getByText(`Question ${i} of ${inQuiz}`).waitFor();
        await answerWrong(page);
      }
      await page.getByRole('img', { name: 'QR code of your result code' }).waitFor();
      await check('shared-results');
      const result = (await page.locator('.hand-in .code').innerText()).trim();
      await page.goto(`${app.server.url}#/class`);
      await page.getByLabel('Result codes, one per line').fill(`${result}\nnot a code`);
      await page.getByRole('button', { name: 'Show results' }).click();
      await page.getByRole('table', { name: '1 student' }).waitFor();
      await check('class');
      await page.goto(`${app.server.url}#/texts`);
      await page.getByLabel('Paste an article').fill('The Tower of Pisa in Italy began to lean in 1178. It took 199 years to build. Its bells were added in 1372.');
      await page.getByRole('button', { name: 'Make a deck from this text' }).click();
      await page.getByRole('heading', { name: 'Your deck is ready' }).waitFor();
      await check('texts');
      await page.getByRole('button', { name: 'Study this deck' }).click();
      await page.goto(`${app.server.url}#/texts`);
      await page.getByRole('list', { name: 'Saved decks' }).getByRole('listitem').first().waitFor();
      await check('texts-saved');
      await page.goto(`${app.server.url}#/no/such/place`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await check('not-found');
      await context.close();
    });
  }
}
