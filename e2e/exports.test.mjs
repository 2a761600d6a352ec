// The CLI's exports read back with real parsers: GIFT with gift-pegjs.
// (CSV is read back with Python's csv module in tests/cli.rs; Moodle XML,
// Kahoot's spreadsheet and Quizlet's text in tests/exports.rs.) The app's
// downloads are the CLI's files, byte for byte, and the new formats are read
// back here too: Moodle XML with Python's xml.etree, the spreadsheet with
// openpyxl, Quizlet's text by its separators.
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
      for (const t of ['MC', 'Short', 'Numerical']) assert.ok(types.has(t), `no ${t} question`);
      // True/false comes where a figure can be made false: asked for by type
      // when the default mix has none.
      const tf = parse(cli('questions', path, '--seed', '9', '--types', 'true_false', '--format', 'gift'));
      assert.ok(tf.length >= 1 && tf.every((g) => g.type === 'TF'), `${tf.length} true/false`);
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

// Reads a downloaded file with Python (xml.etree or openpyxl); prints JSON.
const py = (script, bytes) => JSON.parse(execFileSync('python3', ['-c', script], { input: bytes, encoding: 'utf8' }));
const MOODLE = `
import sys, json, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
qs = [q for q in root.findall('question') if q.get('type') != 'category']
print(json.dumps([{'type': q.get('type'), 'name': q.find('name/text').text,
  'right': [a.find('text').text for a in q.findall('answer') if float(a.get('fraction')) == 100]} for q in qs]))`;
const XLSX = `
import sys, json, io, openpyxl
ws = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read())).worksheets[0]
print(json.dumps([list(r) for r in ws.iter_rows(values_only=True)]))`;

test('a teacher downloads Moodle XML, Quizlet text and the Kahoot spreadsheet, and is told what was skipped', async () => {
  const { readFileSync } = await import('node:fs');
  const { serve } = await import('./server.mjs');
  const { launch } = await import('./browser.mjs');
  const questions = JSON.parse(cli('questions', 'seeds', '--seed', '0', '--format', 'json'));
  const server = await serve(`${ROOT}dist`);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}#/teach`);
    const download = async (label) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${label}` }).click()]);
      // The report is shown by the buttons (a live region), not at the top of the page.
      const status = page.locator('#export-status');
      await status.filter({ hasText: `${label} downloaded` }).waitFor();
      // …where the teacher is looking: on screen after the click.
      const box = await status.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= page.viewportSize().height, `report on screen: ${JSON.stringify(box)}`);
      const notice = (await status.textContent()).trim();
      return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()), notice };
    };

    const moodle = await download('Moodle XML');
    assert.equal(moodle.name, 'factquiz-questions-moodle.xml');
    assert.equal(moodle.bytes.toString('utf8'), cli('questions', 'seeds', '--seed', '0', '--format', 'moodle'));
    assert.match(moodle.notice, new RegExp(`Moodle XML downloaded: ${questions.length} questions exported, 0 skipped\\.`));
    const read = py(MOODLE, moodle.bytes);
    assert.deepEqual(read.map((q) => q.name), questions.map((q) => q.id));
    read.forEach((m, i) => {
      const q = questions[i];
      const type = { choice: 'multichoice', true_false: 'truefalse', cloze: 'shortanswer' }[q.type];
      if (type) assert.equal(m.type, type);
      if (q.type === 'numeric') assert.ok(['numerical', 'shortanswer'].includes(m.type));
      assert.ok(m.right.length >= 1, `${q.id} has a right answer`);
      if (q.type === 'choice' || q.type === 'true_false' || q.type === 'cloze') assert.equal(m.right[0], q.answer);
    });

    const quizlet = await download('Quizlet text');
    assert.equal(quizlet.name, 'factquiz-questions-quizlet.txt');
    const cards = quizlet.bytes.toString('utf8').trimEnd().split('\n').map((l) => l.split('\t'));
    assert.equal(cards.length, questions.length);
    cards.forEach(([term, definition, ...rest], i) => {
      assert.equal(rest.length, 0, 'a tab between term and definition, nothing else');
      assert.equal(term, questions[i].prompt);
      if (questions[i].type !== 'true_false') assert.equal(definition, questions[i].answer);
    });
    assert.match(quizlet.notice, /Quizlet text downloaded: \d+ questions exported \(\d+ cards\), 0 skipped\./);

    const kahoot = await download('Kahoot spreadsheet');
    assert.equal(kahoot.name, 'factquiz-questions-kahoot.xlsx');
    assert.deepEqual(kahoot.bytes, execFileSync(`${ROOT}target/release/factquiz`, ['questions', 'seeds', '--seed', '0', '--format', 'kahoot'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }));
    const [, kept, skipped] = kahoot.notice.match(/Kahoot spreadsheet downloaded: (\d+) questions? exported, (\d+) skipped/);
    assert.equal(Number(kept) + Number(skipped), questions.length);
    const rows = py(XLSX, kahoot.bytes);
    assert.equal(rows[7][1], 'Question - max 120 characters');
    const data = rows.slice(8);
    assert.equal(data.length, Number(kept), 'the notice counts the rows of the file');
    assert.ok(data.length >= 1);
    for (const [n, question, a1, a2, a3, a4, time, right] of data) {
      const q = questions.find((x) => x.prompt.endsWith(question));
      assert.ok(q && (q.type === 'choice' || q.type === 'true_false'), question);
      assert.ok(question.length <= 120);
      const answers = [a1, a2, a3, a4].filter((a) => a != null);
      assert.equal(q.type === 'true_false' ? answers[right - 1].toLowerCase() : answers[right - 1], q.answer);
      assert.ok(Number.isInteger(n) && [5, 10, 20, 30, 60, 90, 120, 240].includes(time));
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
