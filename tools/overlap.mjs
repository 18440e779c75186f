#!/usr/bin/env node
// Lists runs of N words (default 12) that a content file shares with a reference text: the seeds the
// site began from, or a source an editor has read. Words are compared lower-cased, without punctuation
// or Markdown, so reformatting does not hide a copied sentence.
//
//   node tools/overlap.mjs [--words 12] CONTENT_PATH... -- REFERENCE_PATH...
//
// Paths may be files or folders (read recursively). Exit 1 when a run is shared.
import fs from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
let n = 12;
const wi = argv.indexOf('--words');
if (wi >= 0) { n = Number(argv[wi + 1]); argv.splice(wi, 2); }
const sep = argv.indexOf('--');
if (sep < 1 || sep === argv.length - 1) {
  console.error('usage: node tools/overlap.mjs [--words 12] CONTENT_PATH... -- REFERENCE_PATH...');
  process.exit(2);
}
const files = (p) => fs.statSync(p).isDirectory()
  ? fs.readdirSync(p).sort().flatMap((f) => files(path.join(p, f))) : [p];
const words = (text) => text.toLowerCase().replace(/[’']/g, '').match(/[a-z0-9]+/g) ?? [];

const reference = new Map();
for (const file of argv.slice(sep + 1).flatMap(files)) {
  const w = words(fs.readFileSync(file, 'utf8'));
  for (let i = 0; i + n <= w.length; i++) {
    const key = w.slice(i, i + n).join(' ');
    if (!reference.has(key)) reference.set(key, file);
  }
}
let found = 0;
for (const file of argv.slice(0, sep).flatMap(files)) {
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i, lines) => {
    // A window of this line and the next two, reported once at the line where the run starts.
    const w = words(lines.slice(i, i + 3).join(' '));
    const first = words(line).length;
    for (let j = 0; j < first && j + n <= w.length; j++) {
      const key = w.slice(j, j + n).join(' ');
      if (reference.has(key)) {
        console.log(`${file}:${i + 1}: "${key}" (also in ${reference.get(key)})`);
        found++;
        break;
      }
    }
  });
}
console.log(`${found} shared run(s) of ${n} words`);
process.exit(found ? 1 : 0);
