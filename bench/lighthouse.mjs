#!/usr/bin/env node
// Lighthouse benchmark: the built site's mobile scores, against the targets of the web-quality issue
// (performance >= 98; accessibility, best practices and SEO 100).
//
//   node bench/lighthouse.mjs [--site DIR] [--pages /,/overview/,/faq/,/glossary/] [--runs 3]
//                             [--chromium /usr/bin/chromium] [--json OUT] [--check]
//
// 1. serves DIR (default site/) from a small Node HTTP server on 127.0.0.1 (ephemeral port): gzip when
//    the client accepts it, index.html for folders, the site's 404.html with status 404, and
//    `Cache-Control: max-age=600` as a static host such as GitHub Pages sends;
// 2. runs the `lighthouse` npm package on every page --runs times, each run in a fresh headless
//    Chromium (chrome-launcher), with Lighthouse's default settings: mobile form factor, simulated
//    throttling; categories performance, accessibility, best-practices and seo;
// 3. prints a Markdown table of the median score per category and page (with the range over the
//    runs) and, for every median under its target, the audits that lost points in the median run;
//    --json OUT also writes every run's scores and those audits.
// It is a report: the exit code is 0 unless the script itself fails, or 1 with --check when a target
// is missed. See bench/README.md, "Lighthouse".

import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import http from 'node:http';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH);
const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best practices', seo: 'SEO' };
// A performance audit outside the metrics counts as failed under Lighthouse's own pass mark.
const PASS_SCORE = 0.9;

// ---------------------------------------------------------------------------------------------
// Arguments

function usage(msg) {
  if (msg) console.error('error: ' + msg);
  console.error('usage: node bench/lighthouse.mjs [--site DIR] [--pages /,/overview/,/faq/,/glossary/] [--runs 3]\n' +
    '                                [--chromium /usr/bin/chromium] [--json OUT] [--check]');
  process.exit(msg ? 2 : 0);
}

function parseArgs(argv) {
  const o = { site: path.join(REPO, 'site'), pages: ['/', '/overview/', '/faq/', '/glossary/'], runs: 3,
    chromium: process.env.CHROMIUM || '/usr/bin/chromium', json: '', check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { const v = argv[++i]; if (v === undefined) usage('missing value for ' + a); return v; };
    if (a === '--site') o.site = path.resolve(val());
    else if (a === '--pages') o.pages = val().split(',').map((p) => p.trim()).filter(Boolean);
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--chromium') o.chromium = val();
    else if (a === '--json') o.json = path.resolve(val());
    else if (a === '--check') o.check = true;
    else if (a === '--help' || a === '-h') usage();
    else usage('unknown argument ' + a);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) usage('--runs must be an integer >= 1');
  if (!o.pages.length || o.pages.some((p) => !p.startsWith('/'))) usage('--pages takes paths starting with /');
  if (!fs.existsSync(path.join(o.site, 'index.html'))) usage('no index.html in ' + o.site);
  if (!fs.existsSync(o.chromium)) usage('no Chromium at ' + o.chromium + ' (apt-get install chromium, or --chromium PATH)');
  return o;
}

// ---------------------------------------------------------------------------------------------
// Static server. Files are read again when they change on disk, since the site may be rebuilt
// while the benchmark runs.

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2' };
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.ico']);
const CACHE_CONTROL = 'max-age=600';

function fileEntry(cache, file) {
  const st = fs.statSync(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
  const raw = fs.readFileSync(file);
  const ext = path.extname(file).toLowerCase();
  const entry = { mtimeMs: st.mtimeMs, size: st.size, raw, gz: COMPRESSIBLE.has(ext) ? zlib.gzipSync(raw) : null,
    type: TYPES[ext] || 'application/octet-stream' };
  cache.set(file, entry);
  return entry;
}

// Maps a URL path to a file under root: {file}, {redirect} for a folder without its slash, or {}.
function resolvePath(root, pathname) {
  const file = path.join(root, path.normalize(pathname));
  if (file !== root && !file.startsWith(root + path.sep)) return {};
  let st;
  try { st = fs.statSync(file); } catch { return {}; }
  if (!st.isDirectory()) return { file };
  if (!pathname.endsWith('/')) return { redirect: pathname + '/' };
  const index = path.join(file, 'index.html');
  return fs.existsSync(index) ? { file: index } : {};
}

function send(req, res, status, entry) {
  const gzip = entry.gz && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
  const body = gzip ? entry.gz : entry.raw;
  const headers = { 'Content-Type': entry.type, 'Content-Length': body.length, 'Cache-Control': CACHE_CONTROL };
  if (entry.gz) headers.Vary = 'Accept-Encoding';
  if (gzip) headers['Content-Encoding'] = 'gzip';
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function handle(root, cache, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, { Allow: 'GET, HEAD' }).end(); return; }
  let url, pathname;
  try { url = new URL(req.url, 'http://localhost'); pathname = decodeURIComponent(url.pathname); }
  catch { res.writeHead(400).end(); return; }
  const { file, redirect } = resolvePath(root, pathname);
  if (redirect) { res.writeHead(301, { Location: encodeURI(redirect) + url.search }).end(); return; }
  try {
    if (file) { send(req, res, 200, fileEntry(cache, file)); return; }
  } catch { /* vanished between stat and read: a 404 */ }
  const notFound = path.join(root, '404.html');
  if (fs.existsSync(notFound)) send(req, res, 404, fileEntry(cache, notFound));
  else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
}

function serve(root) {
  const cache = new Map();
  const server = http.createServer((req, res) => handle(root, cache, req, res));
  return new Promise((resolve) => server.listen(0, '127.0.0.1',
    () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

// One Lighthouse run in its own Chromium; returns the report (LHR).
async function audit(url, chromium) {
  const chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error('Lighthouse returned no result for ' + url);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

function scores(lhr) {
  return Object.fromEntries(CATEGORIES.map((c) => {
    const s = lhr.categories[c]?.score;
    return [c, s == null ? null : Math.round(s * 100)];
  }));
}

// The audits that cost a category points: performance metrics under 1 and other scored
// performance audits under Lighthouse's pass mark; in the other categories, any scored audit under 1.
function lostAudits(lhr, category) {
  const out = [];
  for (const ref of lhr.categories[category].auditRefs) {
    if (ref.group === 'hidden') continue;
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score === undefined) continue;
    if (!['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) continue;
    const limit = category === 'performance' && ref.weight === 0 ? PASS_SCORE : 1;
    if (a.score >= limit) continue;
    out.push({ id: a.id, title: a.title, score: a.score, weight: ref.weight, displayValue: a.displayValue || '',
      items: itemsOf(a) });
  }
  return out.sort((x, y) => y.weight - x.weight || x.score - y.score);
}

// A short description of what an audit flagged (the elements or URLs of its details table).
function itemsOf(a) {
  const items = a.details?.items;
  if (!Array.isArray(items)) return [];
  return items.slice(0, 5).map((it) => {
    const what = it.node?.snippet || it.node?.selector || (it.url && shortUrl(it.url)) ||
      (it.source?.url && shortUrl(it.source.url)) || it.description || '';
    return it.statistic ? `${it.statistic}: ${it.value?.value ?? it.value} ${what}` : what;
  }).filter(Boolean).map((s) => String(s).replace(/\s+/g, ' ').slice(0, 160));
}

// Where a performance run spent the main thread (Total Blocking Time comes from its long tasks).
function mainThread(lhr) {
  const ms = (v) => Math.round(v) + ' ms';
  const work = lhr.audits['mainthread-work-breakdown'];
  const tasks = lhr.audits['long-tasks'];
  const lines = [];
  if (work?.details?.items) {
    lines.push(`main thread ${work.displayValue}: ` +
      work.details.items.map((i) => `${i.groupLabel} ${ms(i.duration)}`).join(', '));
  }
  if (tasks?.details?.items?.length) {
    lines.push(`${tasks.displayValue}: ` +
      tasks.details.items.slice(0, 6).map((i) => `${ms(i.duration)} ${shortUrl(i.url)}`).join(', '));
  }
  return lines;
}

// A URL of the local server without its ephemeral origin; any other URL (or "Unattributable") as it is.
function shortUrl(u) {
  try {
    const url = new URL(u);
    return url.hostname === '127.0.0.1' ? url.pathname + url.search : url.href;
  } catch { return String(u); }
}

// The median of the runs' values, and the run whose value is the (lower) median, for its audits.
function median(runs, category) {
  const sorted = runs.filter((r) => r.scores[category] !== null)
    .sort((a, b) => a.scores[category] - b.scores[category]);
  if (!sorted.length) return { score: null, run: runs[0] };
  const mid = (sorted.length - 1) / 2;
  const lo = sorted[Math.floor(mid)], hi = sorted[Math.ceil(mid)];
  return { score: (lo.scores[category] + hi.scores[category]) / 2, run: lo };
}

async function measurePage(base, page, opts) {
  const url = new URL(page, base).href;
  const runs = [];
  for (let i = 0; i < opts.runs; i++) {
    const lhr = await audit(url, opts.chromium);
    runs.push({ lhr, scores: scores(lhr) });
    console.error(`  ${page} run ${i + 1}/${opts.runs}: ` + CATEGORIES.map((c) => `${SHORT[c]} ${runs[i].scores[c]}`).join(', '));
  }
  const categories = {};
  for (const c of CATEGORIES) {
    const { score, run } = median(runs, c);
    const values = runs.map((r) => r.scores[c]);
    const missed = score === null || score < TARGETS[c];
    categories[c] = { median: score, runs: values, target: TARGETS[c], missed,
      lost: missed && score !== null ? lostAudits(run.lhr, c) : [],
      mainThread: missed && c === 'performance' ? mainThread(run.lhr) : [] };
  }
  const first = runs[0].lhr;
  return { page, url, categories, environment: { lighthouseVersion: first.lighthouseVersion,
    userAgent: first.environment.hostUserAgent, benchmarkIndex: runs.map((r) => r.lhr.environment.benchmarkIndex),
    formFactor: first.configSettings.formFactor, throttlingMethod: first.configSettings.throttlingMethod } };
}

// ---------------------------------------------------------------------------------------------
// Report

function range(values) {
  const known = values.filter((v) => v !== null && v !== undefined);
  if (!known.length) return 'n/a';
  const lo = Math.min(...known), hi = Math.max(...known);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

function cell(c) {
  if (c.median === null) return 'n/a';
  const spread = range(c.runs);
  const text = (Number.isInteger(c.median) ? c.median : c.median.toFixed(1)) + (spread.includes('–') ? ` (${spread})` : '');
  return c.missed ? `**${text}** ✗` : text;
}

function table(results) {
  const head = ['page', ...CATEGORIES.map((c) => `${SHORT[c]} (≥ ${TARGETS[c]})`)];
  const rows = results.map((r) => [`\`${r.page}\``, ...CATEGORIES.map((c) => cell(r.categories[c]))]);
  return [head, head.map(() => '---'), ...rows].map((r) => '| ' + r.join(' | ') + ' |').join('\n');
}

function lostList(results) {
  const lines = [];
  for (const r of results) {
    for (const c of CATEGORIES) {
      const cat = r.categories[c];
      if (!cat.missed) continue;
      lines.push(`- \`${r.page}\` ${SHORT[c]} ${cat.median} (target ${cat.target}), median run:`);
      if (!cat.lost.length) lines.push('  - no single audit under its mark (the score is the weighted metrics)');
      for (const a of cat.lost) {
        const weight = c === 'performance' ? `, weight ${a.weight}` : '';
        lines.push(`  - \`${a.id}\` ${a.title}: score ${a.score}${weight}${a.displayValue ? ', ' + a.displayValue : ''}`);
        for (const it of a.items) lines.push(`    - ${it}`);
      }
      for (const m of cat.mainThread) lines.push(`  - ${m}`);
    }
  }
  return lines.length ? lines.join('\n') : 'Every median meets its target.';
}

// "Chromium 150.0.7871.100 built on Debian ..." -> "Chromium 150.0.7871.100" (the user agent says 150.0.0.0).
function chromiumVersion(chromium) {
  const r = spawnSync(chromium, ['--version'], { encoding: 'utf8' });
  return (r.stdout || '').replace(/ built on .*/s, '').trim() || 'Chromium (version unknown)';
}

// One line on what was measured, how and when (Lighthouse's simulation scales the CPU time it observes,
// so the machine's load and benchmark index matter).
function header(results, opts, browser, started, loadStart) {
  const env = results[0].environment;
  const bench = results.flatMap((r) => r.environment.benchmarkIndex);
  return `Lighthouse ${env.lighthouseVersion}, ${env.formFactor}, ${env.throttlingMethod} throttling, ${browser} ` +
    `(${CHROMIUM_FLAGS.join(' ')}); ${opts.runs} runs per page, medians (range); started ${started.toISOString()}; ` +
    `${os.cpus().length} CPUs, load average ${loadStart[0].toFixed(1)} → ${os.loadavg()[0].toFixed(1)}, ` +
    `Lighthouse benchmark index ${range(bench)}`;
}

function machine() {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version, loadavg: os.loadavg() };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = new Date();
  const loadStart = os.loadavg();
  const { server, url: base } = await serve(opts.site);
  console.error(`serving ${opts.site} at ${base}; ${opts.pages.length} pages × ${opts.runs} runs`);
  const results = [];
  try {
    for (const page of opts.pages) results.push(await measurePage(base, page, opts));
  } finally {
    server.close();
  }
  const browser = chromiumVersion(opts.chromium);
  const missed = results.some((r) => CATEGORIES.some((c) => r.categories[c].missed));
  console.log(header(results, opts, browser, started, loadStart) + '\n');
  console.log(table(results) + '\n');
  console.log(lostList(results));
  if (opts.json) {
    fs.mkdirSync(path.dirname(opts.json), { recursive: true });
    fs.writeFileSync(opts.json, JSON.stringify({ started: started.toISOString(), finished: new Date().toISOString(),
      site: opts.site, runs: opts.runs, targets: TARGETS, chromium: opts.chromium, chromiumVersion: browser,
      chromiumFlags: CHROMIUM_FLAGS,
      machine: { ...machine(), loadavgStart: loadStart }, results }, null, 1) + '\n');
    console.error('wrote ' + opts.json);
  }
  if (opts.check && missed) process.exitCode = 1;
}

main().catch((e) => { console.error(e?.stack || e); process.exit(2); });
