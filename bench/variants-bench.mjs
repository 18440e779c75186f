#!/usr/bin/env node
// Fresh-JVM builds of several checkouts side by side, e.g. one build with a speed-only piece switched
// off per checkout (issue 23): each DIR holds ./sesref and its built target/sesref.jar. The checkouts
// rotate within each round so every one sees the same machine; prints each median and its ratio to
// the first DIR. Each checkout builds with its own themes/.
//
//   node bench/variants-bench.mjs --content DIR --runs N CHECKOUT_DIR...
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(name); return i < 0 ? fallback : argv.splice(i, 2)[1]; };
const content = path.resolve(opt('--content', 'content'));
const runs = Number(opt('--runs', '5'));
const dirs = argv.map((d) => path.resolve(d));
if (dirs.length < 2) {
  console.error('usage: node bench/variants-bench.mjs --content DIR --runs N CHECKOUT_DIR CHECKOUT_DIR...');
  process.exit(2);
}
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sesref-variants-'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

function build(dir, i) {
  const target = path.join(out, String(i));
  fs.rmSync(target, { recursive: true, force: true });
  const t = performance.now();
  const r = spawnSync(path.join(dir, 'sesref'), ['build', '--content', content, '--themes', path.join(dir, 'themes'), '--out', target],
    { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${dir} failed:\n${r.stderr}`);
  return (performance.now() - t) / 1000;
}

try {
  dirs.forEach(build); // untimed: makes each launcher's class data archive
  const times = dirs.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < dirs.length; k++) {
      const i = (k + r) % dirs.length;
      times[i].push(build(dirs[i], i));
    }
  }
  const base = median(times[0]);
  console.log(`content: ${content}; ${runs} rounds; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
  dirs.forEach((d, i) => console.log(`${median(times[i]).toFixed(3)} s  ratio ${(median(times[i]) / base).toFixed(3)}  `
    + `(${times[i].map((x) => x.toFixed(2)).join(' ')})  ${d}`));
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
