// Web figures for the README: gzip size of every file a first visit
// downloads, and the time from navigation to the first question visible on a
// cold cache (median of 9 fresh browser contexts), on a local server.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const server = await serve(`${ROOT}dist`);
const browser = await launch();

// What a first visit downloads, as the browser requests it.
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(server.url);
await page.getByRole('button', { name: 'Start practice' }).waitFor();
// Count what the service worker fetches to precache, too.
await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 15000 });
await page.waitForLoadState('networkidle');
const files = [...new Set(server.requests)].map((p) => (p === '/' ? '/index.html' : p));
let total = 0;
console.log('first visit downloads (gzip -9):');
for (const f of files) {
  const raw = readFileSync(`${ROOT}dist${f}`);
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`  ${f.padEnd(44)} ${String(raw.length).padStart(9)} B  ${String(gz).padStart(8)} B gzip`);
}
console.log(`  total${' '.repeat(40)}  ${String(total).padStart(19)} B gzip (${(total / 1024).toFixed(1)} KiB; budget 250 KB)`);
await ctx.close();

// Navigation to the first question visible, cold cache each time. An init
// script clicks Start the moment it appears and notes the time the first
// question is on screen, so the figure is the page's own time, without the
// test driver's latency between steps.
const RUNS = 9;
const times = [];
for (let i = 0; i < RUNS; i++) {
  const c = await browser.newContext();
  const p = await c.newPage();
  await p.addInitScript(() => {
    const watch = new MutationObserver(() => {
      const start = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start practice');
      if (start && !window.__clicked) { window.__clicked = true; start.click(); }
      if (document.querySelector('.question .prompt') && !window.__firstQuestion) {
        window.__firstQuestion = performance.now();
        watch.disconnect();
      }
    });
    watch.observe(document, { childList: true, subtree: true });
  });
  await p.goto(server.url);
  await p.waitForFunction(() => window.__firstQuestion);
  times.push(Math.round(await p.evaluate(() => window.__firstQuestion)));
  await c.close();
}
times.sort((a, b) => a - b);
console.log(`navigation to first question visible (cold cache, ${RUNS} runs): median ${times[RUNS >> 1]} ms, min ${times[0]} ms, max ${times[RUNS - 1]} ms (budget 400 ms)`);

// Read the built-in deck (extracted at build time, data/seeds.deck.json) +
// generate in the browser, as the app does on load and on Start (the first
// practice session).
const c = await browser.newContext();
const p = await c.newPage();
await p.goto(server.url);
await p.getByRole('button', { name: 'Start practice' }).click();
await p.locator('.question .prompt').waitFor();
const [deck, quiz] = await p.evaluate(() => ['factquiz:deck', 'factquiz:quiz'].map((n) => performance.getEntriesByName(n)[0]?.duration ?? NaN));
console.log(`in the browser: read the built-in deck ${deck.toFixed(1)} ms + make the first practice session ${quiz.toFixed(1)} ms = ${(deck + quiz).toFixed(1)} ms (budget 50 ms)`);
await c.close();

await browser.close();
await server.close();
