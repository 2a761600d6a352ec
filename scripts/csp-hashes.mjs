// Trunk post_build hook: hash every inline <script> of the built index.html
// and put the hashes into the Content-Security-Policy, so the page can keep a
// strict script-src (no 'unsafe-inline') and still run Trunk's loader.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hashes: TRUNK_STAGING_DIR is not set (run me from Trunk)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
if (!html.includes('TRUNK_INLINE_SCRIPT_HASHES')) {
  console.error('csp-hashes: no TRUNK_INLINE_SCRIPT_HASHES placeholder in index.html');
  process.exit(1);
}
html = html.replace('TRUNK_INLINE_SCRIPT_HASHES', hashes.join(' '));
writeFileSync(file, html);
console.log(`csp-hashes: ${hashes.length} inline script hash(es) added to the CSP`);
