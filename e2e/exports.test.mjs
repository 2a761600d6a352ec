// The CLI's exports read back with real parsers: GIFT with gift-pegjs.
// (CSV is read back with Python's csv module in tests/cli.rs.) The app's
// downloads are the CLI's files, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parse } = require('gift-pegjs');
const ROOT = new URL('..', import.meta.url).pathname;
const cli = (...args) => execFileSync(`${ROOT}target/release/factquiz`, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 << 20 });

for (const [name, path] of [['the seeds', 'seeds'], ['an article on another topic', 'tests/fixtures/eiffel_tower.txt']]) {
  test(`GIFT export of ${name} parses back with the same answers`, () => {
    const questions = JSON.parse(cli('questions', path, '--seed', '9', '--format', 'json'));
    const gift = parse(cli('questions', path, '--seed', '9', '--format', 'gift'));
    // Fewer, better: only questions fit to show, still enough for a quiz.
    assert.ok(questions.length >= (path === 'seeds' ? 10 : 4), `${questions.length} questions`);
    assert.equal(gift.length, questions.length, 'one GIFT question per question');
    const types = new Set();
    gift.forEach((g, i) => {
      const q = questions[i];
      assert.equal(g.title, q.id);
      types.add(g.type);
      const correct = (cs) => cs.filter((c) => c.isCorrect).map((c) => c.text.text);
      switch (q.type) {
        case 'choice':
          assert.equal(g.type, 'MC');
          assert.deepEqual(correct(g.choices), [q.answer]);
          assert.equal(g.choices.length, q.choices.length);
          break;
        case 'true_false':
          assert.equal(g.type, 'TF');
          assert.equal(g.isTrue, q.answer === 'true');
          break;
        case 'numeric':
          if (g.type === 'Numerical') assert.equal(g.choices.number, Number(q.answer.replaceAll(',', '')));
          else assert.equal(correct(g.choices)[0], q.answer);
          break;
        case 'cloze':
          assert.equal(g.type, 'Short');
          assert.equal(correct(g.choices)[0], q.answer);
          break;
        case 'match':
        case 'order':
          assert.equal(g.type, 'Matching');
          assert.ok(g.matchPairs.length >= 3);
          break;
        default:
          assert.fail(`unexpected type ${q.type}`);
      }
    });
    if (path === 'seeds') {
      for (const t of ['MC', 'TF', 'Short', 'Numerical']) assert.ok(types.has(t), `no ${t} question`);
      // Order and match questions are made when asked for by type.
      const pairs = parse(cli('questions', path, '--seed', '9', '--types', 'order,match', '--format', 'gift'));
      assert.ok(pairs.length >= 2 && pairs.every((g) => g.type === 'Matching' && g.matchPairs.length >= 3));
    }
  });
}

test('the app downloads the same CSV, Anki and GIFT files as the CLI', async () => {
  const { readFileSync } = await import('node:fs');
  const { serve } = await import('./server.mjs');
  const { launch } = await import('./browser.mjs');
  const server = await serve(`${ROOT}dist`);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}#/teach`);
    for (const [label, format] of [['CSV', 'csv'], ['Anki text', 'anki'], ['Moodle GIFT', 'gift']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${label}` }).click()]);
      const text = readFileSync(await download.path(), 'utf8');
      assert.equal(text, cli('questions', 'seeds', '--seed', '0', '--format', format), `${format} as the CLI writes it`);
      if (format === 'gift') assert.ok(parse(text).length >= 10);
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
