// Accessibility and layout: an axe-core scan of every screen (no serious or
// critical violation), and screenshots at 360 px and 1280 px in light and dark
// with no sideways scrolling on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { appUnderTest } from './browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const app = await appUnderTest();

async function scan(page, screen) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${screen}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
}

/** Answers the current question wrongly, whatever its kind. */
async function answerWrong(page) {
  const box = page.getByRole('textbox', { name: 'Your answer' });
  if (await box.count()) {
    await box.fill('not this');
    await page.keyboard.press('Enter');
  } else {
    await page.getByRole('group', { name: 'Options' }).getByRole('button').last().click();
  }
  await page.locator('main').getByRole('status').filter({ hasText: /^(Right|Wrong)\./ }).waitFor();
}

for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`every screen at ${width} px, ${scheme}: accessible and fits`, async () => {
      const context = await app.browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${app.server.url}#seed=3`);
      const shot = (name) => page.screenshot({ path: `${ROOT}target/e2e/${name}-${width}-${scheme}.png`, fullPage: true });
      const fits = async (screen) => assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${screen} scrolls sideways at ${width} px`);

      await page.getByRole('button', { name: 'Start quiz' }).waitFor();
      await scan(page, 'deck');
      await fits('deck');
      await shot('deck');

      await page.getByRole('button', { name: 'Start quiz' }).click();
      await page.getByText('Question 1 of 10').waitFor();
      await scan(page, 'question');
      await fits('question');
      await answerWrong(page);
      await scan(page, 'feedback');
      await fits('feedback');
      await shot('feedback');

      for (let i = 1; i < 10; i++) {
        await page.getByRole('button', { name: 'Next question' }).click();
        await page.getByText(`Question ${i + 1} of 10`).waitFor();
        await answerWrong(page);
      }
      await page.getByRole('button', { name: 'See results' }).click();
      await page.getByRole('heading', { name: 'Your score' }).waitFor();
      await scan(page, 'results');
      await fits('results');
      await shot('results');
      await context.close();
    });
  }
}
