// Offline: once loaded, FactQuiz works with the server gone (service worker).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { answerWrong, sessionLength } from './play.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

test('after one visit the app loads and plays a whole test with the server stopped', async () => {
  const server = await serve(`${ROOT}dist`);
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    // The page says when it is ready offline.
    await page.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await server.close();

    await page.reload();
    await page.getByRole('navigation', { name: 'Modes' }).getByRole('link', { name: 'Test' }).click();
    await page.getByRole('button', { name: 'Start test' }).click();
    const n = await sessionLength(page);
    for (let i = 1; i <= n; i++) {
      await page.getByText(`Question ${i} of ${n}`).waitFor();
      await answerWrong(page);
    }
    await page.getByRole('heading', { name: 'Test: your score' }).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Your answers' }).getByRole('listitem').count(), n);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('served from a folder, a deep link opens its place and the back button works', async () => {
  // The repository root is served, so the app lives under /dist/.
  const server = await serve(ROOT);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
    await page.goto(`${server.url}dist/#/read/3`);
    await page.getByRole('heading', { level: 1, name: 'Interview with Andrew Mines' }).waitFor();
    await page.getByRole('navigation', { name: 'Modes' }).getByRole('link', { name: 'Practice' }).click();
    await page.getByRole('button', { name: 'Start practice' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Interview with Andrew Mines' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the text builder is downloaded only for Your texts, and then works offline', async () => {
  const server = await serve(`${ROOT}dist`);
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    assert.deepEqual(server.requests.filter((r) => r.includes('builder')), [], 'not part of a first visit');
    // Opening Your texts loads the builder, and the service worker keeps it.
    await page.goto(`${server.url}#/texts`);
    await page.getByRole('heading', { name: 'Your own texts' }).waitFor();
    // (page.waitForFunction does not wait for an async predicate: poll.)
    const kept = () => page.evaluate(async () => {
      for (const k of await caches.keys()) if (await (await caches.open(k)).match('./builder_bg.wasm')) return true;
      return false;
    });
    for (let t = 0; !(await kept()); t++) {
      assert.ok(t < 300, 'the service worker keeps the text builder within 30 s');
      await page.waitForTimeout(100);
    }
    await server.close();

    await page.reload();
    await page.getByLabel('Paste an article').fill(readFileSync(`${ROOT}tests/fixtures/eiffel_tower.txt`, 'utf8'));
    await page.getByRole('button', { name: 'Make a deck from this text' }).click();
    await page.getByRole('button', { name: 'Study this deck' }).click();
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.locator('.question .prompt').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('an update keeps the text builder on a device that used it', async () => {
  // A copy of the build, so its service worker can become a new version.
  const dir = `${ROOT}target/e2e/dist-update`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(`${ROOT}dist`, dir, { recursive: true });
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const kept = () => page.evaluate(async () => {
      const out = {};
      for (const k of await caches.keys()) out[k] = !!(await (await caches.open(k)).match('./builder_bg.wasm'));
      return out;
    });
    const poll = async (ok, what) => {
      for (let t = 0; !ok(await kept()); t++) {
        assert.ok(t < 300, what);
        await page.waitForTimeout(100);
      }
    };
    await page.goto(server.url);
    await page.getByRole('status').filter({ hasText: 'Ready offline' }).waitFor();
    await page.goto(`${server.url}#/texts`);
    await poll((c) => Object.values(c).some(Boolean), 'the builder is kept');
    const sw = readFileSync(`${dir}/sw.js`, 'utf8');
    writeFileSync(`${dir}/sw.js`, sw.replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "0000000000000000"'));
    await page.goto(`${server.url}#/`);
    await page.reload();
    await poll((c) => Object.keys(c).join() === 'factquiz-0000000000000000', 'the new version replaces the old');
    assert.deepEqual(await kept(), { 'factquiz-0000000000000000': true });
  } finally {
    await browser.close();
    await server.close();
  }
});
