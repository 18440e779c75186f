#!/usr/bin/env node
// Wall time of `./sesref build` from the launcher, the way an editor or operator runs it: a fresh JVM
// each time, with the class data archive the launcher keeps. With --baseline, a second checkout (for
// example `git worktree add /tmp/base <commit>`) is timed alternately with this one, so both see the
// same machine, and the two outputs are compared.
//
//   node bench/launcher-bench.mjs [--content content] [--runs 10] [--baseline DIR]
//
// Writes into a temporary folder. Run it from a clean tree (the launcher rebuilds the jar when the
// sources are newer, which would be timed too); the first, untimed build of each checkout makes its
// jar and archive.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const content = path.resolve(args.content ?? path.join(root, 'content'));
const runs = Number(args.runs ?? 10);
const checkouts = [['this checkout', root]];
if (args.baseline) checkouts.unshift(['baseline', path.resolve(args.baseline)]);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sesref-launcher-bench-'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

function build(dir, name) {
  // SESREF_DAEMON=0: a baseline from before the build server was removed builds in a fresh JVM too.
  const env = { ...process.env, SESREF_DAEMON: '0' };
  const target = path.join(out, name);
  fs.rmSync(target, { recursive: true, force: true });
  const t = performance.now();
  const r = spawnSync(path.join(dir, 'sesref'), ['build', '--content', content, '--themes', path.join(root, 'themes'),
    '--out', target], { cwd: dir, env, encoding: 'utf8' });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${dir}/sesref build failed (${r.status}):\n${r.stderr}`);
  return s;
}

try {
  checkouts.forEach(([, dir], i) => build(dir, `warm-up-${i}`));
  const times = checkouts.map(() => []);
  for (let r = 0; r < runs; r++) {
    checkouts.forEach(([, dir], i) => times[i].push(build(dir, `run-${i}`)));
  }
  console.log(`content: ${content}; ${runs} runs each, alternating; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
  checkouts.forEach(([name, dir], i) => console.log(`${name.padEnd(14)} median ${median(times[i]).toFixed(2)} s (${range(times[i])})  ${dir}`));
  if (checkouts.length === 2) {
    console.log(`ratio this / baseline: ${(median(times[1]) / median(times[0])).toFixed(3)}`);
    const diff = spawnSync('diff', ['-r', '-q', path.join(out, 'run-0'), path.join(out, 'run-1')], { encoding: 'utf8' });
    console.log(`outputs identical: ${diff.status === 0 ? 'yes' : `no\n${diff.stdout}`}`);
  }
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
