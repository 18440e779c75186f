// Compares the browser engine's ranking with the Java engine's on the same exported index.
// Usage: node src/test/js/parity.mjs <siteSearchDir> <expected.json>
//   expected.json: [{"query": "...", "results": [{"doc": 12, "score": 1.2345}, ...]}] from the Java side.
// Prints one JSON line per query {"query", "top1Java", "top1Js", "overlap5"} and a summary line; exits 0
// when every top result is equal and the mean top-5 overlap is at least 0.9, else 1 (2: usage or input error).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [dir, expectedFile] = process.argv.slice(2);
if (!dir || !expectedFile) {
  console.error('usage: node parity.mjs <siteSearchDir> <expected.json>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
// The search.js the site publishes (comments and indentation dropped), not the theme's source.
const { createEngine } = require(join(resolve(dir), '../assets/search.js'));

let expected;
try {
  expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
} catch (e) {
  console.error(`cannot read ${expectedFile}: ${e.message}`);
  process.exit(2);
}
const engine = createEngine((name) => JSON.parse(readFileSync(join(resolve(dir), name + '.json'), 'utf8')));

const top5 = (list) => list.slice(0, 5).map((r) => r.doc);
let equalTop1 = 0;
let overlapSum = 0;
for (const { query, results = [] } of expected) {
  const js = await engine.search(query, { limit: Math.max(5, results.length) });
  const a = top5(results);
  const b = top5(js);
  const top1Java = a.length ? a[0] : null;
  const top1Js = b.length ? b[0] : null;
  const denominator = Math.max(a.length, b.length);
  const overlap5 = denominator === 0 ? 1 : a.filter((d) => b.includes(d)).length / denominator;
  if (top1Java === top1Js) equalTop1++;
  overlapSum += overlap5;
  console.log(JSON.stringify({ query, top1Java, top1Js, overlap5: Math.round(overlap5 * 1000) / 1000 }));
  if (top1Java !== top1Js || overlap5 < 1) {
    const show = (list) => list.slice(0, 5).map((r) => `${r.doc}:${r.score}`).join(' ');
    console.error(`  differs: ${JSON.stringify(query)}\n    java ${show(results)}\n    js   ${show(js)}`);
  }
}
const n = expected.length;
const mean = n ? overlapSum / n : 1;
console.log(`parity: ${n} queries, top1 equal ${equalTop1}, mean top-5 overlap ${mean.toFixed(3)}`);
process.exit(equalTop1 === n && mean >= 0.9 ? 0 : 1);
