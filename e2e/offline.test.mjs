// Offline: once loaded, FactQuiz works with the server gone (service worker).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

test('after one visit the app loads and plays with the server stopped', async () => {
  const server = await serve(`${ROOT}dist`);
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}#seed=7`);
    // The page says when it is ready offline.
    await page.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await server.close();

    await page.reload();
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await page.getByText('Question 1 of 10').waitFor();
    await page.getByRole('textbox', { name: 'Your answer' }).fill('no idea');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Next question' }).waitFor();
    assert.match(await page.locator('main').getByRole('status').innerText(), /^(Wrong|Right)\./);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
  }
});
