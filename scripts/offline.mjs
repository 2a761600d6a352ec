// Trunk post_build hook: writes sw.js from web/sw-template.js with the list of
// every file of the build and a version derived from their contents, so the
// service worker precaches exactly this build and drops older caches.
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
const list = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
const sw = readFileSync(new URL('../web/sw-template.js', import.meta.url), 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__FILES__', JSON.stringify(list))
  .split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n');
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`offline: sw.js precaches ${list.length} files, version ${version}`);
