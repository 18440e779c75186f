#!/usr/bin/env node
// File-creation probe: how long writing a built site's tree takes on this file system, depending on
// how long ago a tree of the same size was deleted.
//
//   node bench/inode-probe.mjs --tree DIR [--waits 0,0,75,400]
//
// Copies the shape of DIR (every folder, and every file with its size, filled with one byte) into
// bench/out/inode-probe/, on one thread, and times it; then, for each wait W in --waits, deletes the
// copy, runs sync, sleeps W seconds and copies again. The first copy's time depends on what the
// machine did before. Prints wall and CPU (user + system) seconds per copy. Finding and method:
// bench/README.md, "Deletions before a run".

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const COPY = path.join(BENCH, 'out', 'inode-probe');

function parseArgs(argv) {
  const o = { tree: null, waits: [0, 0, 75, 400] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--tree' && v) { o.tree = path.resolve(v); i++; }
    else if (a === '--waits' && v) { o.waits = v.split(',').map(Number); i++; }
    else throw new Error(`unknown or incomplete option ${a}`);
  }
  if (!o.tree || !fs.statSync(o.tree, { throwIfNoEntry: false })?.isDirectory()) throw new Error('--tree wants a built site folder');
  if (o.waits.some((w) => !Number.isFinite(w) || w < 0)) throw new Error('--waits wants seconds, e.g. 0,75,400');
  return o;
}

// Folders first (parents before children, as a walk finds them), then files with their sizes.
function shape(root) {
  const dirs = [''], files = [];
  for (const e of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    const rel = path.relative(root, path.join(e.parentPath ?? e.path, e.name));
    if (e.isDirectory()) dirs.push(rel);
    else if (e.isFile()) files.push([rel, fs.statSync(path.join(root, rel)).size]);
  }
  dirs.sort((a, b) => a.split(path.sep).length - b.split(path.sep).length);
  return { dirs, files };
}

function copy(tree) {
  const cpu0 = process.cpuUsage(), t0 = process.hrtime.bigint();
  let fill = Buffer.alloc(0);
  for (const d of tree.dirs) fs.mkdirSync(path.join(COPY, d), { recursive: true });
  for (const [rel, size] of tree.files) {
    if (fill.length < size) fill = Buffer.alloc(size, 120);
    fs.writeFileSync(path.join(COPY, rel), fill.subarray(0, size));
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9, cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6, sys: cpu.system / 1e6 };
}

function removeCopy() {
  fs.rmSync(COPY, { recursive: true, force: true });
  spawnSync('sync');
}

function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) {
    console.error(e.message + '\nusage: node bench/inode-probe.mjs --tree DIR [--waits 0,0,75,400]');
    process.exit(2);
  }
  const tree = shape(o.tree);
  console.log(`${tree.dirs.length} folders and ${tree.files.length} files from ${o.tree}`);
  removeCopy();
  const show = (what, r) => console.log(`${what.padEnd(44)} wall ${r.wall.toFixed(2)} s, CPU ${r.cpu.toFixed(2)} s (system ${r.sys.toFixed(2)} s)`);
  show('first copy', copy(tree));
  for (const w of o.waits) {
    removeCopy();
    if (w) spawnSync('sleep', [String(w)]);
    show(`copy ${w} s after deleting the previous one`, copy(tree));
  }
  removeCopy();
}

main();
