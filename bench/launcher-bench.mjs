#!/usr/bin/env node
// Wall time of `./sesref build` from the launcher, the way an editor or operator runs it: in a fresh
// JVM each time (SESREF_DAEMON=0) against through the build server the launcher keeps for the
// folder, alternating, so both see the same machine. Also times the server's first (cold) build.
//
//   node bench/launcher-bench.mjs [--content content] [--runs 10]
//
// Writes into a temporary folder; stops the build server when done. Run it from a clean tree (the
// launcher rebuilds the jar when the sources are newer, which would be timed too).

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const launcher = path.join(root, 'sesref');
const content = path.resolve(args.content ?? path.join(root, 'content'));
const runs = Number(args.runs ?? 10);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sesref-launcher-bench-'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

function build(daemon, dir) {
  const env = { ...process.env, SESREF_DAEMON: daemon ? '1' : '0' };
  const t = performance.now();
  const r = spawnSync(launcher, ['build', '--content', content, '--out', path.join(out, dir)], { cwd: root, env, encoding: 'utf8' });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`./sesref build failed (${r.status}):\n${r.stderr}`);
  return s;
}

try {
  spawnSync(launcher, ['daemon', '--stop'], { cwd: root });
  build(false, 'warm-up');            // builds the jar and its class data archive if needed
  const first = build(true, 'server');  // starts the server, whose first build is a cold one
  const fresh = [];
  const server = [];
  for (let i = 0; i < runs; i++) {
    fresh.push(build(false, 'fresh'));
    server.push(build(true, 'server'));
  }
  const same = spawnSync('diff', ['-r', path.join(out, 'fresh'), path.join(out, 'server')]).status === 0;
  console.log(`content: ${content}; ${runs} runs each, alternating; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
  console.log(`fresh JVM (SESREF_DAEMON=0):    median ${median(fresh).toFixed(2)} s (${range(fresh)})`);
  console.log(`build server, first build:      ${first.toFixed(2)} s (starts the server)`);
  console.log(`build server, later builds:     median ${median(server).toFixed(2)} s (${range(server)})`);
  console.log(`ratio server / fresh:           ${(median(server) / median(fresh)).toFixed(2)}`);
  console.log(`outputs identical:              ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
} finally {
  execFileSync(launcher, ['daemon', '--stop'], { cwd: root, stdio: 'inherit' });
  fs.rmSync(out, { recursive: true, force: true });
}
