// Launches Debian's Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * For a test file: serves dist/ on 127.0.0.1 and launches Chromium before its
 * tests, closes both after. Returns an object whose `server` and `browser`
 * are set once the tests run.
 */
export async function appUnderTest() {
  const { before, after } = await import('node:test');
  const { mkdirSync } = await import('node:fs');
  const { serve } = await import('./server.mjs');
  const root = new URL('..', import.meta.url).pathname;
  const app = { root, server: null, browser: null };
  before(async () => {
    mkdirSync(`${root}target/e2e`, { recursive: true });
    app.server = await serve(`${root}dist`);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
