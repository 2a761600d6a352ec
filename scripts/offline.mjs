// Trunk post_build hook: writes sw.js from web/sw-template.js with the list of
// every file of the build and a version derived from their contents, so the
// service worker precaches exactly this build (less the text builder, kept on
// first use) and drops older caches.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('offline: TRUNK_STAGING_DIR is not set (run me from Trunk)');
  process.exit(1);
}
const files = readdirSync(dir).filter((f) => !f.startsWith('.') && f !== 'sw.js').sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
// The text builder (Trunk's worker output, builder.js and builder_bg.wasm) is
// not precached: only someone who opens Your texts downloads it, and the
// service worker keeps it then (LAZY).
const lazy = (f) => /^builder[._]/.test(f);
const list = ['./', ...files.filter((f) => f !== 'index.html' && !lazy(f)).map((f) => `./${f}`)];
const later = files.filter(lazy).map((f) => `./${f}`);
const sw = readFileSync(new URL('../web/sw-template.js', import.meta.url), 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__FILES__', JSON.stringify(list))
  .replace('__LAZY__', JSON.stringify(later))
  .split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n');
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`offline: sw.js precaches ${list.length} files and keeps ${later.length} on first use, version ${version}`);
