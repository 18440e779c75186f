#!/usr/bin/env node
// Build benchmark: sesref's full build against Hugo, and against Hugo followed by Pagefind, on the
// same generated corpus (bench/corpus.mjs).
//
//   node bench/build-bench.mjs [--pages 1000,5000,10000,20000] [--runs 3] [--seed 42] [--jar PATH]
//                              [--tools sesref,hugo,pagefind,floor] [--keep]
//
// For each page count N it writes (or reuses) the sesref corpus in bench/out/build/content-N and a
// Hugo site with the same pages in bench/out/build/hugo-N, then runs every tool --runs times,
// alternating the tools within each round and rotating which one goes first. Every run writes into
// a new, empty folder and is timed (wall clock) under GNU time, which also reports the peak RSS.
// Outputs are deleted only after the last timed run: on ext4, creating files and folders soon after
// many were deleted costs several times more kernel time (see bench/README.md, "Deletions").
// Prints a Markdown table and writes every run and the machine to bench/out/build-results.json.
// The tool "floor" (not run unless asked) is bench/floor/LibraryFloor.java: only the work of sesref's
// required libraries for each page, compiled against the jar, run with the same JVM flags.
// Method and fairness notes: bench/README.md, "Build benchmark: sesref vs Hugo and Pagefind".

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './corpus.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const OUT = path.join(BENCH, 'out', 'build');
const RESULTS = path.join(BENCH, 'out', 'build-results.json');
const HUGO_SITE = path.join(BENCH, 'hugo');
const PAGEFIND = path.join(BENCH, 'node_modules', '.bin', 'pagefind');
const GNU_TIME = '/usr/bin/time';
const FLOOR_SOURCE = path.join(BENCH, 'floor', 'LibraryFloor.java');
// Bump when convertToHugo() changes, so bench/out/build/hugo-N is rewritten.
const CONVERTER_VERSION = 1;

const TOOLS = {
  sesref: 'sesref',
  hugo: 'Hugo',
  pagefind: 'Hugo+Pagefind',
  floor: 'libraries only',
};

const log = (...a) => console.log(...a);
function die(msg) {
  console.error('\nbuild-bench: ' + msg);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Options

function usage() {
  return 'usage: node bench/build-bench.mjs [--pages 1000,5000,10000,20000] [--runs 3] [--seed 42]\n' +
    '                                  [--jar PATH] [--tools sesref,hugo,pagefind,floor] [--keep]\n' +
    '  --pages   page counts to build, comma-separated\n' +
    '  --runs    timed runs of each tool per page count\n' +
    '  --seed    corpus seed (bench/corpus.mjs)\n' +
    '  --jar     sesref jar (default $SESREF_JAR, else target/sesref.jar); JVM flags from $SESREF_JAVA_OPTS\n' +
    '  --tools   any of sesref, hugo, pagefind (pagefind = Hugo build then the Pagefind CLI), floor\n' +
    '            (bench/floor/LibraryFloor.java: only what the required libraries do for each page)\n' +
    '  --keep    keep the output of every run in bench/out/build/run/ (deleted at the end otherwise)';
}

function parseArgs(argv) {
  const o = { pages: [1000, 5000, 10000, 20000], runs: 3, seed: '42', jar: process.env.SESREF_JAR || '',
    tools: ['sesref', 'hugo', 'pagefind'], keep: false };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i], v;
    if (a === '--help' || a === '-h') { log(usage()); process.exit(0); }
    if (a === '--keep') { o.keep = true; continue; }
    if (a.includes('=')) [a, v] = a.split(/=(.*)/s); else v = argv[++i];
    if (v === undefined) throw new Error('missing value for ' + a);
    if (a === '--pages') {
      o.pages = v.split(',').map((s) => Number(s.trim()));
      if (!o.pages.length || o.pages.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--pages wants positive integers, e.g. 1000,5000');
    } else if (a === '--runs') {
      o.runs = Number(v);
      if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs wants a positive integer');
    } else if (a === '--seed') o.seed = v;
    else if (a === '--jar') o.jar = v;
    else if (a === '--tools') {
      o.tools = [...new Set(v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))];
      const bad = o.tools.filter((t) => !(t in TOOLS));
      if (bad.length || !o.tools.length) throw new Error('--tools wants some of sesref, hugo, pagefind, floor; got ' + v);
      o.tools.sort((x, y) => Object.keys(TOOLS).indexOf(x) - Object.keys(TOOLS).indexOf(y));
    } else throw new Error('unknown option ' + a);
  }
  o.jar = path.resolve(ROOT, o.jar || 'target/sesref.jar');
  o.javaOpts = (process.env.SESREF_JAVA_OPTS || '').trim().split(/\s+/).filter(Boolean);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Tools: Hugo from apt when missing, Pagefind from bench/node_modules, the sesref jar.

function onPath(cmd) {
  const r = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', cmd], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function ensureHugo() {
  if (onPath('hugo')) return;
  log('hugo is not on PATH; installing it with apt-get (Debian 12 packages Hugo 0.111.3)');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    die('installing hugo needs root: run `apt-get install -y hugo` as root, or put a hugo binary on PATH');
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    log('$ apt-get ' + args.join(' '));
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.error) die('could not run apt-get: ' + r.error.message);
    return r.status;
  };
  if (apt(['install', '-y', 'hugo']) !== 0) {
    log('apt-get install failed; refreshing the package lists once and retrying');
    if (apt(['update']) !== 0) die('apt-get update failed; install Hugo yourself (apt-get install -y hugo) and run again');
    if (apt(['install', '-y', 'hugo']) !== 0) die('apt-get install -y hugo failed (see its output above); install Hugo yourself and run again');
  }
  if (!onPath('hugo')) die('apt-get reported success but hugo is still not on PATH');
  log('installed ' + firstLine(run('hugo', ['version']).stdout));
}

function ensurePagefind() {
  if (fs.existsSync(PAGEFIND)) return;
  log('bench/node_modules/.bin/pagefind is missing; running npm ci in bench/');
  let r = spawnSync('npm', ['ci'], { cwd: BENCH, stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(PAGEFIND)) {
    log('npm ci failed; installing the exact versions pinned in bench/package.json instead ' +
      '(npm install --no-save --no-package-lock, which leaves the lock file alone)');
    r = spawnSync('npm', ['install', '--no-save', '--no-package-lock'], { cwd: BENCH, stdio: 'inherit' });
    if (r.status !== 0 || !fs.existsSync(PAGEFIND)) die('could not install Pagefind into bench/node_modules (see the npm output above)');
  }
}

// Runs a command to completion and returns its output; used for versions and small helpers.
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) return { status: -1, stdout: '', stderr: r.error.message };
  return r;
}
const firstLine = (s) => String(s || '').trim().split('\n')[0];
const usesJar = (opt) => opt.tools.includes('sesref') || opt.tools.includes('floor');
const usesHugo = (opt) => opt.tools.includes('hugo') || opt.tools.includes('pagefind');

// Compiles bench/floor/LibraryFloor.java against the jar (javac beside java on PATH), before any timed run.
function compileFloor(opt) {
  const classes = path.join(OUT, 'floor-classes');
  fs.rmSync(classes, { recursive: true, force: true });
  const r = run('javac', ['-cp', opt.jar, '-d', classes, FLOOR_SOURCE]);
  if (r.status !== 0) die(`could not compile ${rel(FLOOR_SOURCE)} against ${rel(opt.jar)} (javac, a JDK's, must be on PATH):\n` +
    `${String(r.stderr || r.stdout).trim()}`);
  return classes;
}

// ---------------------------------------------------------------------------------------------
// The machine

function machineInfo(opt) {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = (cpuinfo.match(/^model name\s*:\s*(.+)$/m) || [])[1] || os.cpus()[0]?.model || 'unknown';
  const java = run('java', [...opt.javaOpts, '-version']);
  const info = {
    cpu: model.trim(),
    cores: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    ramGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    kernelVersion: os.version(),
    node: process.version,
    java: (java.stderr || java.stdout).trim().split('\n'),
    javaOpts: opt.javaOpts,
    jar: null,
    hugo: null,
    pagefind: null,
    repoCommit: firstLine(run('git', ['-C', ROOT, 'rev-parse', 'HEAD']).stdout) || null,
  };
  if (usesJar(opt)) {
    const st = fs.statSync(opt.jar);
    info.jar = { path: opt.jar, bytes: st.size, modified: st.mtime.toISOString(),
      sha256: crypto.createHash('sha256').update(fs.readFileSync(opt.jar)).digest('hex') };
  }
  if (usesHugo(opt)) info.hugo = firstLine(run('hugo', ['version']).stdout);
  if (opt.tools.includes('pagefind')) info.pagefind = firstLine(run(PAGEFIND, ['--version']).stdout);
  return info;
}

const loadavg = () => os.loadavg().map((x) => +x.toFixed(2));

// ---------------------------------------------------------------------------------------------
// Inputs: the sesref corpus and the same pages as a Hugo site

const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const readJson = (f) => { try { return JSON.parse(fs.readFileSync(f, 'utf8')); } catch { return null; } };
const sameStamp = (a, b) => a && JSON.stringify(a) === JSON.stringify(b);

function prepare(n, opt) {
  const content = path.join(OUT, `content-${n}`), hugo = path.join(OUT, `hugo-${n}`);
  const contentStampFile = path.join(OUT, `content-${n}.stamp.json`), hugoStampFile = path.join(OUT, `hugo-${n}.stamp.json`);
  const corpusStamp = { pages: n, seed: String(opt.seed), corpus: sha256(fs.readFileSync(path.join(BENCH, 'corpus.mjs'))) };
  const hugoStamp = { ...corpusStamp, converter: CONVERTER_VERSION };
  fs.mkdirSync(OUT, { recursive: true });

  let fresh = false;
  if (sameStamp(readJson(contentStampFile), corpusStamp) && fs.existsSync(path.join(content, 'site.yml'))) {
    log(`corpus: reusing ${rel(content)} (same pages, seed and corpus.mjs)`);
  } else {
    fs.rmSync(contentStampFile, { force: true });
    const t0 = Date.now();
    const { files, meta } = generateCorpus({ pages: n, seed: opt.seed });
    const count = writeCorpus(content, files);
    const words = meta.pages.reduce((a, p) => a + p.words, 0);
    fs.writeFileSync(contentStampFile, JSON.stringify(corpusStamp, null, 2) + '\n');
    log(`corpus: wrote ${count} files to ${rel(content)} in ${((Date.now() - t0) / 1000).toFixed(1)} s ` +
      `(${n} pages, ${Math.round(words / n)} words on average, ${meta.faqs} FAQs)`);
    fresh = true;
  }

  if (!fresh && sameStamp(readJson(hugoStampFile), hugoStamp) && fs.existsSync(path.join(hugo, 'content'))) {
    log(`hugo site: reusing the converted content in ${rel(hugo)}`);
  } else {
    fs.rmSync(hugoStampFile, { force: true });
    const t0 = Date.now();
    const stats = convertToHugo(content, hugo);
    fs.writeFileSync(hugoStampFile, JSON.stringify(hugoStamp, null, 2) + '\n');
    log(`hugo site: converted ${stats.pages} pages and ${stats.data} data files into ${rel(hugo)} in ` +
      `${((Date.now() - t0) / 1000).toFixed(1)} s (left out: ${stats.dropped.join(', ') || 'nothing'})`);
  }
  // The configuration, layouts and static files always come from bench/hugo, so edits there count.
  for (const name of ['hugo.toml', 'layouts', 'static']) {
    fs.rmSync(path.join(hugo, name), { recursive: true, force: true });
    fs.cpSync(path.join(HUGO_SITE, name), path.join(hugo, name), { recursive: true });
  }
  for (const junk of ['public', 'resources', '.hugo_build.lock']) fs.rmSync(path.join(hugo, junk), { recursive: true, force: true });
  return { content, hugo };
}

// Front-matter keys carried over to Hugo (renamed where Hugo has its own name); others are dropped.
const KEEP_KEYS = { title: 'title', description: 'description', updated: 'date', order: 'weight', sources: 'sources', related: 'related' };

function convertToHugo(contentDir, hugoDir) {
  for (const d of ['content', 'data', 'static']) fs.rmSync(path.join(hugoDir, d), { recursive: true, force: true });
  const stats = { pages: 0, data: 0, dropped: new Set() };
  const write = (f, text) => { fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, text); };
  for (const name of fs.readdirSync(contentDir, { recursive: true }).map(String).sort()) {
    const src = path.join(contentDir, name);
    if (!fs.statSync(src).isFile()) continue;
    const posix = name.split(path.sep).join('/');
    if (posix === 'site.yml') { stats.dropped.add('site.yml (hugo.toml instead)'); continue; }
    if (posix.startsWith('data/')) {
      // sources.yml feeds each page's source list, faqs.yml the FAQ page; Hugo has no citations.
      if (posix === 'data/sources.yml' || posix === 'data/faqs.yml') { write(path.join(hugoDir, posix), fs.readFileSync(src)); stats.data++; }
      else stats.dropped.add(posix);
      continue;
    }
    if (!posix.endsWith('.md')) { write(path.join(hugoDir, 'static', posix), fs.readFileSync(src)); continue; }
    // index.md is a section's (or the home) page: _index.md in Hugo; every other page keeps its path.
    const target = posix.replace(/(^|\/)index\.md$/, '$1_index.md');
    write(path.join(hugoDir, 'content', target), hugoPage(fs.readFileSync(src, 'utf8'), posix, stats.dropped));
    stats.pages++;
  }
  stats.dropped = [...stats.dropped].sort();
  return stats;
}

function hugoPage(text, name, dropped) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) die(`${name}: no front matter`);
  const out = [];
  let keep = false;
  for (const line of m[1].split('\n')) {
    const kv = /^([A-Za-z][A-Za-z0-9_]*):\s*(.*)$/.exec(line);
    if (!kv) { if (keep) out.push(line); continue; } // continuation of the previous key
    const [, key, value] = kv;
    keep = false;
    if (key === 'layout') {
      // The FAQ keeps its layout (bench/hugo/layouts/_default/faq.html renders data/faqs.yml);
      // other sesref layouts (home) map to Hugo's own page kinds.
      if (value.trim() === 'faq') { out.push(line); keep = true; } else dropped.add('layout: ' + value.trim());
      continue;
    }
    if (!(key in KEEP_KEYS)) { dropped.add('front matter ' + key); continue; }
    out.push(KEEP_KEYS[key] + ': ' + value);
    keep = true;
  }
  return '---\n' + out.join('\n') + '\n---\n' + text.slice(m[0].length);
}

// ---------------------------------------------------------------------------------------------
// Timed runs

const rel = (p) => path.relative(ROOT, p) || '.';

// Runs' outputs: bench/out/build/run/TOOL-N-ROUND, all kept until the last timed run is over.
const RUNS_DIR = path.join(OUT, 'run');

// A leftover run folder (an interrupted or --keep benchmark) is moved aside, not deleted, so no
// deletion lands just before the timed runs; it goes with the rest at the end.
function setAsideOldRuns() {
  if (!fs.existsSync(RUNS_DIR)) return null;
  const aside = path.join(OUT, `run.old-${process.pid}`);
  fs.renameSync(RUNS_DIR, aside);
  return aside;
}

// KB a page that a run's output takes on disk, a quarter above what 5,000 pages took (bytes plus
// about 2 KB of the last block per file): sesref 23.5, Hugo 10.2, Hugo+Pagefind 16.
// The floor writes the pages only: 12 KB a page on disk at 5,000.
const KB_PER_PAGE = { sesref: 30, hugo: 13, pagefind: 20, floor: 15 };

// The kept outputs must fit on the disk: stop before the first run rather than fill it.
function checkFreeSpace(opt) {
  const perPage = opt.tools.reduce((a, t) => a + KB_PER_PAGE[t], 0);
  const need = opt.pages.reduce((a, n) => a + n, 0) * opt.runs * perPage * 1024;
  const st = fs.statfsSync(OUT);
  const free = st.bavail * st.bsize;
  if (free < need) {
    die(`the runs' outputs are kept until the end and need about ${(need / 2 ** 30).toFixed(1)} GB; ` +
      `${(free / 2 ** 30).toFixed(1)} GB is free under ${rel(OUT)}: free some space, or pass fewer --pages or --runs`);
  }
}

function newRunDir(tool, n, round) {
  const dir = path.join(RUNS_DIR, `${tool}-${n}-${round}`);
  if (fs.existsSync(dir)) die(`${rel(dir)} already exists`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// Runs cmd under GNU time: wall clock from this process (high resolution), peak RSS from GNU time
// (%M: the largest resident set of the command or any descendant it waited for, in KB), and the CPU
// time of the process tree (%U user + %S system), which another busy process disturbs less than wall time.
function timed(what, cmd, args) {
  const timeFile = path.join(OUT, '.gnu-time.txt');
  fs.rmSync(timeFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(GNU_TIME, ['-f', '%e %M %U %S', '-o', timeFile, cmd, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const tail = (s) => String(s || '').trim().split('\n').slice(-25).join('\n');
  if (r.error) die(`${what}: could not start ${GNU_TIME}: ${r.error.message}`);
  if (r.status !== 0) {
    die(`${what} failed with exit code ${r.status}\n$ ${[cmd, ...args].join(' ')}\n` +
      `--- stdout (tail) ---\n${tail(r.stdout)}\n--- stderr (tail) ---\n${tail(r.stderr)}`);
  }
  const lines = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8').trim().split('\n') : [];
  const [e, kb, user, sys] = (lines[lines.length - 1] || '').split(/\s+/).map(Number);
  if (!Number.isFinite(sys)) die(`${what}: could not read GNU time's output (${timeFile})`);
  return { wallMs: +wallMs.toFixed(1), timeS: e, cpuS: +(user + sys).toFixed(2), maxRssKB: kb, stdout: r.stdout, stderr: r.stderr };
}

// HTML files, all files and their bytes under dir.
function outputStats(dir) {
  const o = { html: 0, files: 0, bytes: 0 };
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    o.files++;
    o.bytes += fs.statSync(path.join(e.path ?? e.parentPath, e.name)).size;
    if (e.name.endsWith('.html')) o.html++;
  }
  return o;
}

function checkOutput(what, dir, n) {
  const o = outputStats(dir);
  // N pages plus a handful of section, home, FAQ, 404, search and index pages.
  if (o.html < n || o.html > n + 50) die(`${what}: expected about ${n} HTML files in ${rel(dir)}, found ${o.html}`);
  return o;
}

function runTool(tool, n, round, input, opt) {
  const dir = newRunDir(tool, n, round);
  spawnSync('sync'); // write back the previous run's files before the clock starts
  const rec = { tool, load1: os.loadavg()[0] };
  if (tool === 'sesref' || tool === 'floor') {
    const entry = tool === 'sesref' ? ['-jar', opt.jar, 'build'] : ['-cp', opt.jar + path.delimiter + opt.floorClasses, 'LibraryFloor'];
    const t = timed(`${TOOLS[tool]} (${n} pages)`, 'java', [...opt.javaOpts, ...entry, '--content', input.content, '--out', dir]);
    const said = /in (\d+) ms/.exec(t.stdout);
    Object.assign(rec, { wallMs: t.wallMs, timeS: t.timeS, cpuS: t.cpuS, maxRssKB: t.maxRssKB, reportedMs: said ? +said[1] : null,
      output: firstLine(t.stdout) });
  } else {
    const h = timed(`hugo (${n} pages)`, 'hugo', ['--source', input.hugo, '--destination', dir, '--quiet']);
    Object.assign(rec, { wallMs: h.wallMs, timeS: h.timeS, cpuS: h.cpuS, maxRssKB: h.maxRssKB });
    if (tool === 'pagefind') {
      const p = timed(`pagefind (${n} pages)`, PAGEFIND, ['--site', dir]);
      const indexed = /Indexed (\d+) pages?/i.exec(p.stdout);
      rec.parts = { hugo: { wallMs: h.wallMs, timeS: h.timeS, cpuS: h.cpuS, maxRssKB: h.maxRssKB },
        pagefind: { wallMs: p.wallMs, timeS: p.timeS, cpuS: p.cpuS, maxRssKB: p.maxRssKB, indexedPages: indexed ? +indexed[1] : null } };
      rec.wallMs = +(h.wallMs + p.wallMs).toFixed(1);
      rec.timeS = +(h.timeS + p.timeS).toFixed(2);
      rec.cpuS = +(h.cpuS + p.cpuS).toFixed(2);
      rec.maxRssKB = Math.max(h.maxRssKB, p.maxRssKB);
      if (!indexed || +indexed[1] < n) die(`pagefind (${n} pages): expected it to index about ${n} pages; it said:\n${p.stdout.trim()}`);
    }
  }
  const o = checkOutput(`${TOOLS[tool]} (${n} pages)`, dir, n);
  Object.assign(rec, { html: o.html, files: o.files, bytes: o.bytes });
  return rec;
}

// ---------------------------------------------------------------------------------------------
// Statistics and the table

function median(xs) {
  const a = xs.slice().sort((x, y) => x - y), m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

function summarise(runs, tool) {
  const rs = runs.filter((r) => r.tool === tool);
  if (!rs.length) return null;
  const w = rs.map((r) => r.wallMs);
  const s = { runs: rs.length, wallMs: { median: median(w), min: Math.min(...w), max: Math.max(...w) },
    cpuS: { median: median(rs.map((r) => r.cpuS)) },
    maxRssKB: { median: median(rs.map((r) => r.maxRssKB)), max: Math.max(...rs.map((r) => r.maxRssKB)) },
    html: median(rs.map((r) => r.html)), files: median(rs.map((r) => r.files)), bytes: median(rs.map((r) => r.bytes)) };
  if (tool === 'pagefind') {
    s.hugoWallMs = median(rs.map((r) => r.parts.hugo.wallMs));
    s.pagefindWallMs = median(rs.map((r) => r.parts.pagefind.wallMs));
    s.pagefindIndexedPages = median(rs.map((r) => r.parts.pagefind.indexedPages));
  }
  return s;
}

const secs = (ms) => (ms / 1000).toFixed(ms < 10000 ? 2 : 1);
const cellTime = (s) => (s ? `${secs(s.wallMs.median)} (${secs(s.wallMs.min)}–${secs(s.wallMs.max)})` : '–');
const mb = (kb) => String(Math.round(kb / 1024));

function table(results, tools) {
  const has = (t) => tools.includes(t);
  const head = ['pages'];
  if (has('sesref')) head.push('sesref s');
  if (has('hugo')) head.push('Hugo s');
  if (has('pagefind')) head.push('Hugo+Pagefind s');
  if (has('sesref') && has('hugo')) head.push('sesref / Hugo');
  if (has('sesref') && has('pagefind')) head.push('sesref / (Hugo+Pagefind)');
  if (has('floor')) head.push('libraries only s');
  if (has('floor') && has('hugo')) head.push('libraries only / Hugo');
  if (has('sesref') && has('floor')) head.push('sesref / libraries only');
  if (has('sesref')) head.push('sesref ms/page');
  head.push('CPU s: ' + tools.map((t) => TOOLS[t]).join(' / '));
  head.push('peak RSS MB: ' + tools.map((t) => TOOLS[t]).join(' / '));
  head.push('HTML files: ' + tools.map((t) => TOOLS[t]).join(' / '));
  const lines = ['| ' + head.join(' | ') + ' |', '|' + head.map(() => '---:').join('|') + '|'];
  for (const r of results) {
    const s = r.summary, row = [r.pages.toLocaleString('en-US')];
    if (has('sesref')) row.push(cellTime(s.sesref));
    if (has('hugo')) row.push(cellTime(s.hugo));
    if (has('pagefind')) row.push(cellTime(s.pagefind));
    if (has('sesref') && has('hugo')) row.push((s.sesref.wallMs.median / s.hugo.wallMs.median).toFixed(1) + '×');
    if (has('sesref') && has('pagefind')) row.push((s.sesref.wallMs.median / s.pagefind.wallMs.median).toFixed(1) + '×');
    if (has('floor')) row.push(cellTime(s.floor));
    if (has('floor') && has('hugo')) row.push((s.floor.wallMs.median / s.hugo.wallMs.median).toFixed(1) + '×');
    if (has('sesref') && has('floor')) row.push((s.sesref.wallMs.median / s.floor.wallMs.median).toFixed(1) + '×');
    if (has('sesref')) row.push((s.sesref.wallMs.median / r.pages).toFixed(2));
    row.push(tools.map((t) => s[t].cpuS.median.toFixed(1)).join(' / '));
    row.push(tools.map((t) => mb(s[t].maxRssKB.max)).join(' / '));
    row.push(tools.map((t) => s[t].html).join(' / '));
    lines.push('| ' + row.join(' | ') + ' |');
  }
  const notes = [];
  for (const r of results) {
    const p = r.summary.pagefind;
    let note = `${r.pages.toLocaleString('en-US')} pages: output ` +
      tools.map((t) => `${TOOLS[t]} ${r.summary[t].files} files, ${(r.summary[t].bytes / 2 ** 20).toFixed(1)} MB`).join('; ');
    if (p) note += `. Hugo+Pagefind medians: Hugo ${secs(p.hugoWallMs)} s + Pagefind ${secs(p.pagefindWallMs)} s; ` +
      `Pagefind indexed ${p.pagefindIndexedPages} pages`;
    notes.push(note + '.');
  }
  return lines.join('\n') + (notes.length ? '\n\n' + notes.join('\n') : '');
}

// ---------------------------------------------------------------------------------------------

function main() {
  let opt;
  try { opt = parseArgs(process.argv.slice(2)); } catch (e) { console.error(e.message + '\n' + usage()); process.exit(2); }
  if (!fs.existsSync(GNU_TIME)) die(`${GNU_TIME} (GNU time) is needed for peak RSS: apt-get install -y time`);
  if (usesJar(opt)) {
    if (!fs.existsSync(opt.jar)) die(`no sesref jar at ${opt.jar}: build it with \`mvn -q -B -DskipTests package\` or pass --jar PATH`);
    if (!onPath('java')) die('java is not on PATH');
  }
  if (usesHugo(opt)) ensureHugo();
  if (opt.tools.includes('pagefind')) ensurePagefind();

  fs.mkdirSync(OUT, { recursive: true });
  checkFreeSpace(opt);
  const aside = setAsideOldRuns();
  const started = new Date();
  const machine = machineInfo(opt);
  const loadStart = loadavg();
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM, ${machine.kernel}; load ${loadStart.join(' ')}`);
  log(`tools: ${[machine.java[0], machine.hugo, machine.pagefind].filter(Boolean).join('; ')}` +
    (opt.javaOpts.length ? `; SESREF_JAVA_OPTS=${opt.javaOpts.join(' ')}` : ''));
  log(`pages ${opt.pages.join(', ')}; ${opt.runs} run(s) of ${opt.tools.map((t) => TOOLS[t]).join(', ')}; seed ${opt.seed}` +
    (usesJar(opt) ? `; jar ${rel(opt.jar)}` : ''));
  if (opt.tools.includes('floor')) opt.floorClasses = compileFloor(opt);

  const doc = { command: 'node bench/build-bench.mjs ' + process.argv.slice(2).join(' '),
    options: { pages: opt.pages, runs: opt.runs, seed: opt.seed, jar: opt.jar, tools: opt.tools, keep: opt.keep },
    startedAt: started.toISOString(), finishedAt: null, machine, loadavg: { start: loadStart, end: null }, results: [] };
  const save = () => { fs.mkdirSync(path.dirname(RESULTS), { recursive: true }); fs.writeFileSync(RESULTS, JSON.stringify(doc, null, 2) + '\n'); };

  for (const n of opt.pages) {
    log(`\n== ${n.toLocaleString('en-US')} pages`);
    const input = prepare(n, opt);
    const runs = [];
    for (let round = 0; round < opt.runs; round++) {
      const k = round % opt.tools.length;
      const order = [...opt.tools.slice(k), ...opt.tools.slice(0, k)];
      for (const tool of order) {
        const rec = { round: round + 1, ...runTool(tool, n, round + 1, input, opt) };
        runs.push(rec);
        const extra = rec.parts ? ` (Hugo ${secs(rec.parts.hugo.wallMs)} s + Pagefind ${secs(rec.parts.pagefind.wallMs)} s)` : '';
        log(`  round ${round + 1}: ${TOOLS[tool].padEnd(14)} ${secs(rec.wallMs).padStart(7)} s${extra}, CPU ${rec.cpuS.toFixed(1)} s, ` +
          `peak RSS ${mb(rec.maxRssKB)} MB, ${rec.html} HTML files, load ${rec.load1.toFixed(2)}`);
      }
    }
    const summary = Object.fromEntries(opt.tools.map((t) => [t, summarise(runs, t)]));
    doc.results.push({ pages: n, seed: opt.seed, content: rel(input.content), hugoSite: rel(input.hugo), runs, summary });
    save();
  }
  if (aside) fs.rmSync(aside, { recursive: true, force: true });
  if (!opt.keep) fs.rmSync(RUNS_DIR, { recursive: true, force: true });

  doc.finishedAt = new Date().toISOString();
  doc.loadavg.end = loadavg();
  save();
  log(`\nload average at start ${loadStart.join(' ')}, at end ${doc.loadavg.end.join(' ')}; ` +
    `run time ${((Date.now() - started) / 60000).toFixed(1)} min; every run in ${rel(RESULTS)}` +
    (opt.keep ? `; every run's output kept in ${rel(RUNS_DIR)}` : '') + '\n');
  log(table(doc.results, opt.tools));
}

main();
