#!/usr/bin/env node
// Search benchmark: sesref's static search index against Pagefind, in headless Chromium.
//
//   node bench/search-bench.mjs [--pages 5000] [--queries 60] [--seed 42] [--jar PATH] [--reuse]
//
// 1. generates a corpus (bench/corpus.mjs) into bench/out/content and builds it with sesref into
//    bench/out/site; copies the site to bench/out/site-pf and indexes that copy with Pagefind;
// 2. serves both sites from one small Node HTTP server (two ports on 127.0.0.1, gzip when the
//    client accepts it, except for files that are already gzip streams);
// 3. for every query, in a fresh browser context per engine: opens a blank page that only loads
//    the engine, runs the query and fetches what the top 5 results need, counting the bytes of every
//    response and timing the query in the page; then runs every other query in the same page (warm);
// 4. prints a Markdown table and writes bench/out/search-results.json.
// See bench/README.md for what each number means.

import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import http from 'node:http';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus, makeRng, plural } from './corpus.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH);
const OUT = path.join(BENCH, 'out');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const o = { pages: 5000, queries: 60, seed: '42', jar: process.env.SESREF_JAR || '', reuse: false,
    chromium: process.env.CHROMIUM || '/usr/bin/chromium', warmContexts: 2 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { const v = argv[++i]; if (v === undefined) usage('missing value for ' + a); return v; };
    if (a === '--pages') o.pages = Number(val());
    else if (a === '--queries') o.queries = Number(val());
    else if (a === '--seed') o.seed = val();
    else if (a === '--jar') o.jar = val();
    else if (a === '--chromium') o.chromium = val();
    else if (a === '--warm-contexts') o.warmContexts = Number(val());
    else if (a === '--reuse') o.reuse = true;
    else if (a === '--help' || a === '-h') usage();
    else usage('unknown argument ' + a);
  }
  if (!Number.isInteger(o.pages) || o.pages < 10) usage('--pages must be an integer >= 10');
  if (!Number.isInteger(o.queries) || o.queries < 2) usage('--queries must be an integer >= 2');
  if (!o.jar) {
    const own = path.join(REPO, 'target', 'sesref.jar');
    if (fs.existsSync(own)) o.jar = own;
    else usage('no sesref jar: pass --jar PATH or set SESREF_JAR (or build target/sesref.jar)');
  }
  if (!Number.isInteger(o.warmContexts) || o.warmContexts < 0) usage('--warm-contexts must be an integer >= 0');
  o.warmContexts = Math.min(o.warmContexts, o.queries);
  return o;
}

function usage(msg) {
  if (msg) console.error('search-bench: ' + msg);
  console.error('usage: node bench/search-bench.mjs [--pages 5000] [--queries 60] [--seed 42] [--jar sesref.jar]\n' +
    '                                 [--chromium /usr/bin/chromium] [--warm-contexts 2] [--reuse]');
  process.exit(msg ? 2 : 0);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const log = (...a) => console.error('[bench]', ...a);

function run(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${r.status}\n${(r.stdout || '').slice(-4000)}\n${(r.stderr || '').slice(-4000)}`);
  }
  return { ms, stdout: r.stdout || '', stderr: r.stderr || '' };
}

function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p)); else out.push(p);
  }
  return out;
}

function folderSize(dir, filter = () => true) {
  let bytes = 0, files = 0, gzip = 0;
  for (const f of walk(dir)) {
    if (!filter(f)) continue;
    const b = fs.readFileSync(f);
    bytes += b.length; files++;
    gzip += isGzip(b) ? b.length : zlib.gzipSync(b).length;
  }
  return { bytes, files, gzipBytes: gzip };
}

const isGzip = (b) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

function quantile(values, q) { // linear interpolation between closest ranks
  if (!values.length) return null;
  const s = values.slice().sort((a, b) => a - b), pos = (s.length - 1) * q, lo = Math.floor(pos);
  return lo + 1 < s.length ? s[lo] + (s[lo + 1] - s[lo]) * (pos - lo) : s[lo];
}
const stats = (v) => ({ n: v.length, median: quantile(v, 0.5), p95: quantile(v, 0.95), min: Math.min(...v), max: Math.max(...v) });

const kb = (b) => (b / 1024).toFixed(1) + ' KB';
const mb = (b) => (b / 1048576).toFixed(2) + ' MB';
const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + ' ms';

// ---------------------------------------------------------------------------------------------
// Queries: deterministic, drawn from the words the corpus actually uses.

export function makeQueries(meta, count, seed) {
  const rng = makeRng('sesref-bench-queries:' + seed);
  const V = meta.vocabulary, used = meta.wordCounts;
  const inCorpus = (w) => (used.get(w) || 0) >= 3;
  const nouns = V.nouns.filter(inCorpus), adjs = V.adjectives.filter(inCorpus);
  // weight ~ sqrt(frequency): common words come up often, rarer ones still appear
  const weighted = (list) => {
    const cum = []; let t = 0;
    for (const w of list) { t += Math.sqrt(used.get(w)); cum.push(t); }
    return () => {
      const x = rng.next() * t;
      let lo = 0, hi = cum.length - 1;
      while (lo < hi) { const m = (lo + hi) >> 1; if (cum[m] > x) hi = m; else lo = m + 1; }
      return list[lo];
    };
  };
  const noun = weighted(nouns), adj = weighted(adjs);
  const nounForm = () => { const n = noun(); return rng.chance(0.25) ? plural(n) : n; };
  const vocab = new Set([...V.nouns, ...V.verbs, ...V.adjectives, ...V.adverbs]);
  const misspell = () => {
    for (;;) {
      const w = rng.chance(0.6) ? noun() : adj();
      if (w.length < 6) continue;
      const i = rng.int(1, w.length - 2), kind = rng.int(0, 3);
      let m;
      if (kind === 0) m = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
      else if (kind === 1) m = w.slice(0, i) + w.slice(i + 1); // drop a letter
      else if (kind === 2) m = w.slice(0, i) + w[i] + w.slice(i); // double a letter
      else m = w.slice(0, i) + (/[aeiou]/.test(w[i]) ? 'aeiou'.replace(w[i], '')[rng.int(0, 3)] : w[i]) + w.slice(i + 1);
      if (m !== w && !vocab.has(m)) return { q: m, intended: w };
    }
  };
  const citation = () => {
    const c = rng.pick(meta.citations); // "5 U.S.C. 3132" or "5 CFR 317.903" or "5 CFR part 430"
    const r = rng.next();
    if (/U\.S\.C\./.test(c) && r < 0.25) return c.replace('U.S.C.', 'USC');
    if (/U\.S\.C\./.test(c) && r < 0.4) return c.replace('U.S.C.', 'U.S.C. §');
    return c;
  };
  const kinds = [[36, 'one word'], [30, 'two words'], [12, 'three words'], [10, 'citation'], [12, 'misspelled']];
  const out = [], seen = new Set();
  while (out.length < count) {
    const kind = rng.weighted(kinds);
    let q, intended;
    if (kind === 'one word') q = rng.chance(0.75) ? nounForm() : adj();
    else if (kind === 'two words') q = rng.chance(0.6) ? adj() + ' ' + nounForm() : noun() + ' ' + nounForm();
    else if (kind === 'three words') q = adj() + ' ' + noun() + ' ' + nounForm();
    else if (kind === 'citation') q = citation();
    else ({ q, intended } = misspell());
    if (seen.has(q)) continue;
    seen.add(q);
    out.push(intended ? { q, kind, intended } : { q, kind });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The blank pages: each loads only its engine and exposes benchQuery(q) -> {ms, total, urls}.

const SESREF_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>sesref search benchmark</title><link rel="icon" href="data:,"></head>
<body>
<script src="/assets/search.js"></script>
<script>
window.engine = SesrefSearch.createEngine(SesrefSearch.loader);
window.benchQuery = async function (q) {
  const t0 = performance.now();
  const r = await engine.search(q, { limit: 5 }); // the top 5 results with their fragments
  const t1 = performance.now();
  // every section found: those with all the words (total) and those with some (partial)
  return { ms: t1 - t0, total: r.total + (r.partial || 0), urls: r.map(function (x) { return x.url; }) };
};
window.benchReadyAt = performance.now();
window.benchReady = true;
</script>
</body></html>
`;

const PAGEFIND_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind search benchmark</title><link rel="icon" href="data:,"></head>
<body>
<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
window.benchQuery = async function (q) {
  const t0 = performance.now();
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data())); // fragments of the top 5
  const t1 = performance.now();
  return { ms: t1 - t0, total: search.results.length, urls: data.map((d) => d.url) };
};
window.benchReadyAt = performance.now();
window.benchReady = true;
</script>
</body></html>
`;

const BLANK = '__bench.html';

// ---------------------------------------------------------------------------------------------
// Static server: the same code serves both sites.

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm' };

function serve(root) {
  const cache = new Map(); // path -> {raw, gz}
  const server = http.createServer((req, res) => {
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    let file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    let entry = cache.get(file);
    if (!entry) {
      try {
        if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
        const raw = fs.readFileSync(file);
        entry = { raw, gz: isGzip(raw) ? null : zlib.gzipSync(raw), type: TYPES[path.extname(file)] || 'application/octet-stream' };
        cache.set(file, entry);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
    }
    const gzip = entry.gz && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const body = gzip ? entry.gz : entry.raw;
    const headers = { 'Content-Type': entry.type, 'Content-Length': body.length, Vary: 'Accept-Encoding' };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, cache, url: `http://127.0.0.1:${server.address().port}` })));
}

// Compresses every file under the given folders up front, so no query pays for compression.
function preload(srv, root, dirs) {
  for (const d of dirs) {
    for (const f of walk(path.join(root, d))) {
      const raw = fs.readFileSync(f);
      srv.cache.set(f, { raw, gz: isGzip(raw) ? null : zlib.gzipSync(raw), type: TYPES[path.extname(f)] || 'application/octet-stream' });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// One engine, one fresh browser context: the first query (bytes, cold time), then warm queries.

async function measureContext(browser, baseUrl, first, rest) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const requests = [], phaseOf = new Map(); // the phase in which each request started
  let inflight = 0, lastActivity = Date.now(), phase = 'first', failed = 0;
  ctx.on('request', (req) => { phaseOf.set(req, phase); inflight++; lastActivity = Date.now(); });
  ctx.on('requestfinished', (req) => {
    requests.push({ url: req.url(), phase: phaseOf.get(req), sizes: req.sizes() });
    inflight--; lastActivity = Date.now();
  });
  ctx.on('requestfailed', (req) => {
    failed++; inflight--; lastActivity = Date.now();
    requests.push({ url: req.url(), phase: phaseOf.get(req), failed: true });
  });
  const settle = async () => {
    while (inflight > 0 || Date.now() - lastActivity < 150) await new Promise((r) => setTimeout(r, 25));
  };

  await page.goto(baseUrl + '/' + BLANK);
  await page.waitForFunction(() => window.benchReady === true);
  const readyAt = await page.evaluate(() => window.benchReadyAt);
  const cold = await page.evaluate((q) => window.benchQuery(q), first.q);
  await settle();
  phase = 'warm';
  const warm = rest.length ? await page.evaluate(async (qs) => {
    const out = [];
    for (const q of qs) out.push(await window.benchQuery(q));
    return out;
  }, rest.map((x) => x.q)) : [];
  // Repeat: the same queries again in the same page, their data already loaded: the engine's own time.
  const repeat = rest.length ? await page.evaluate(async (qs) => {
    const out = [];
    for (const q of qs) out.push(await window.benchQuery(q));
    return out;
  }, [first.q, ...rest.map((x) => x.q)]) : [];
  await settle();

  const sized = await Promise.all(requests.map(async (r) => {
    if (r.failed) return { ...r, body: 0, headers: 0 };
    const s = await r.sizes;
    return { url: r.url, phase: r.phase, body: s.responseBodySize, headers: s.responseHeadersSize };
  }));
  await ctx.close();
  const firstReqs = sized.filter((r) => r.phase === 'first');
  const sum = (list, k) => list.reduce((a, r) => a + r[k], 0);
  return {
    readyMs: readyAt,
    cold,
    firstBytes: sum(firstReqs, 'body') + sum(firstReqs, 'headers'),
    firstBodyBytes: sum(firstReqs, 'body'),
    firstRequests: firstReqs.length,
    firstFiles: firstReqs.map((r) => ({ path: new URL(r.url).pathname, bytes: r.body + r.headers })),
    warm,
    repeat,
    warmBytes: sum(sized.filter((r) => r.phase === 'warm'), 'body') + sum(sized.filter((r) => r.phase === 'warm'), 'headers'),
    warmRequests: sized.filter((r) => r.phase === 'warm').length,
    failed,
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  const started = Date.now(), loadAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  fs.mkdirSync(OUT, { recursive: true });
  const contentDir = path.join(OUT, 'content'), siteDir = path.join(OUT, 'site'), pfDir = path.join(OUT, 'site-pf');
  const stampFile = path.join(OUT, 'bench-stamp.json');
  const stamp = { pages: opt.pages, seed: opt.seed, jar: path.resolve(opt.jar) };

  log(`generating corpus: ${opt.pages} pages, seed ${opt.seed}`);
  const corpus = generateCorpus({ pages: opt.pages, seed: opt.seed });
  const queries = makeQueries(corpus.meta, opt.queries, opt.seed);

  let build;
  const old = fs.existsSync(stampFile) ? JSON.parse(fs.readFileSync(stampFile, 'utf8')) : null;
  if (opt.reuse && old && old.pages === stamp.pages && old.seed === stamp.seed && old.jar === stamp.jar &&
      fs.existsSync(path.join(pfDir, 'pagefind'))) {
    log('--reuse: keeping bench/out/site and bench/out/site-pf from the last run');
    build = old.build;
  } else {
    fs.rmSync(stampFile, { force: true });
    writeCorpus(contentDir, corpus.files);
    log(`building with sesref (${opt.jar})`);
    const sb = run('java', ['-jar', opt.jar, 'build', '--content', contentDir, '--themes', path.join(REPO, 'themes'), '--out', siteDir]);
    const warnings = /(\d+) warning\(s\)/.exec(sb.stdout + sb.stderr);
    log((sb.stdout + sb.stderr).trim().split('\n').filter((l) => /^built |error\(s\)/.test(l)).join(' / '));
    log(`copying the site and indexing it with Pagefind`);
    fs.rmSync(pfDir, { recursive: true, force: true });
    fs.cpSync(siteDir, pfDir, { recursive: true });
    const pfBin = path.join(BENCH, 'node_modules', '.bin', 'pagefind');
    if (!fs.existsSync(pfBin)) throw new Error('Pagefind is not installed: run `npm ci` in bench/');
    const pf = run(pfBin, ['--site', pfDir]);
    const pfVersion = run(pfBin, ['--version']).stdout.trim();
    const pfOwn = /Finished in ([\d.]+) seconds/.exec(pf.stdout);
    const pfPages = /Indexed (\d+) pages/.exec(pf.stdout), pfWords = /Indexed (\d+) words/.exec(pf.stdout);
    build = {
      sesrefBuildMs: sb.ms, sesrefWarnings: warnings ? Number(warnings[1]) : 0,
      pagefindMs: pf.ms, pagefindReportedMs: pfOwn ? Number(pfOwn[1]) * 1000 : null, pagefindVersion: pfVersion,
      pagefindPages: pfPages ? Number(pfPages[1]) : null, pagefindWords: pfWords ? Number(pfWords[1]) : null,
    };
    fs.writeFileSync(stampFile, JSON.stringify({ ...stamp, build }, null, 2) + '\n');
  }
  // the blank pages are written after indexing, so Pagefind never sees them
  fs.writeFileSync(path.join(siteDir, BLANK), SESREF_PAGE);
  fs.writeFileSync(path.join(pfDir, BLANK), PAGEFIND_PAGE);

  // sizes
  const searchJs = fs.readFileSync(path.join(siteDir, 'assets', 'search.js'));
  const pfJs = fs.readFileSync(path.join(pfDir, 'pagefind', 'pagefind.js'));
  const pfWasm = fs.readdirSync(path.join(pfDir, 'pagefind')).filter((f) => /^wasm\..*\.pagefind$/.test(f));
  const sizes = {
    searchJs: { bytes: searchJs.length, gzipBytes: zlib.gzipSync(searchJs).length, gzip9Bytes: zlib.gzipSync(searchJs, { level: 9 }).length },
    pagefindJs: { bytes: pfJs.length, gzipBytes: zlib.gzipSync(pfJs).length },
    pagefindWasm: Object.fromEntries(pfWasm.map((f) => [f, fs.statSync(path.join(pfDir, 'pagefind', f)).size])),
    sesrefIndex: folderSize(path.join(siteDir, 'search')),
    sesrefIndexJson: folderSize(path.join(siteDir, 'search'), (f) => f.endsWith('.json')),
    pagefindIndex: folderSize(path.join(pfDir, 'pagefind')),
    pagefindIndexData: folderSize(path.join(pfDir, 'pagefind'), (f) => !/pagefind-(component-|modular-)?(ui|highlight)\.(js|css)$/.test(f)),
  };
  const manifest = JSON.parse(fs.readFileSync(path.join(siteDir, 'search', 'manifest.json'), 'utf8'));

  // servers and browser
  const sesSrv = await serve(siteDir), pfSrv = await serve(pfDir);
  preload(sesSrv, siteDir, ['search', 'assets']);
  preload(pfSrv, pfDir, ['pagefind', 'assets']);
  let chromium;
  try { ({ chromium } = await import('playwright-core')); } catch { throw new Error('playwright-core is not installed: run `npm ci` in bench/'); }
  const browser = await chromium.launch({ executablePath: opt.chromium, args: CHROMIUM_ARGS });
  const browserVersion = browser.version();
  log(`Chromium ${browserVersion}; ${queries.length} queries x 2 engines (sesref ${sesSrv.url}, Pagefind ${pfSrv.url})`);

  const engines = { sesref: { url: sesSrv.url, runs: [] }, pagefind: { url: pfSrv.url, runs: [] } };
  // one untimed run per engine first, so that both start with a warmed-up browser and server
  const easy = queries.filter((q) => q.kind === 'one word').slice(0, 3);
  for (const e of Object.values(engines)) await measureContext(browser, e.url, easy[0] || queries[0], easy.slice(1));
  for (let i = 0; i < queries.length; i++) {
    const rest = i < opt.warmContexts ? queries.filter((_, j) => j !== i) : [];
    const order = i % 2 === 0 ? ['sesref', 'pagefind'] : ['pagefind', 'sesref'];
    for (const name of order) {
      const r = await measureContext(browser, engines[name].url, queries[i], rest);
      r.query = i;
      r.warmQueries = rest.map((q) => queries.indexOf(q));
      engines[name].runs.push(r);
    }
    if ((i + 1) % 10 === 0 || i + 1 === queries.length) log(`  ${i + 1}/${queries.length} queries`);
  }
  await browser.close();
  sesSrv.server.close(); pfSrv.server.close();

  // results
  const summary = {};
  for (const [name, e] of Object.entries(engines)) {
    e.runs.sort((a, b) => a.query - b.query);
    const warmAll = e.runs.flatMap((r) => r.warm.map((w) => w.ms));
    const warmQ = e.runs.reduce((a, r) => a + r.warm.length, 0);
    summary[name] = {
      firstQueryBytes: stats(e.runs.map((r) => r.firstBytes)),
      firstQueryBodyBytes: stats(e.runs.map((r) => r.firstBodyBytes)),
      firstQueryRequests: stats(e.runs.map((r) => r.firstRequests)),
      coldMs: stats(e.runs.map((r) => r.cold.ms)),
      engineReadyMs: stats(e.runs.map((r) => r.readyMs)),
      warmMs: stats(warmAll),
      repeatMs: stats(e.runs.flatMap((r) => (r.repeat || []).map((w) => w.ms))),
      warmBytesPerQuery: warmQ ? e.runs.reduce((a, r) => a + r.warmBytes, 0) / warmQ : null,
      warmRequestsPerQuery: warmQ ? e.runs.reduce((a, r) => a + r.warmRequests, 0) / warmQ : null,
      noResults: e.runs.filter((r) => r.cold.total === 0).map((r) => queries[r.query].q),
      coldOver1s: e.runs.filter((r) => r.cold.ms > 1000).map((r) => ({ query: queries[r.query].q, ms: Math.round(r.cold.ms) })),
      warmQueriesTimed: warmAll.length,
      failedRequests: e.runs.reduce((a, r) => a + r.failed, 0),
    };
  }
  // per query: results and the pages both engines put in their top 5
  const pageOf = (u) => '/' + u.replace(/^\//, '').replace(/#.*$/, '');
  const perQuery = queries.map((q, i) => {
    const s = engines.sesref.runs[i], p = engines.pagefind.runs[i];
    const sp = [...new Set(s.cold.urls.map(pageOf))], pp = [...new Set(p.cold.urls.map(pageOf))];
    return {
      query: q.q, kind: q.kind, ...(q.intended ? { intended: q.intended } : {}),
      sesref: { results: s.cold.total, top5: s.cold.urls, firstBytes: s.firstBytes, requests: s.firstRequests, coldMs: round(s.cold.ms),
        warmMedianMs: round(quantile(engines.sesref.runs.flatMap((r) => r.warm.filter((_, k) => r.warmQueries[k] === i).map((w) => w.ms)), 0.5)) },
      pagefind: { results: p.cold.total, top5: p.cold.urls, firstBytes: p.firstBytes, requests: p.firstRequests, coldMs: round(p.cold.ms),
        warmMedianMs: round(quantile(engines.pagefind.runs.flatMap((r) => r.warm.filter((_, k) => r.warmQueries[k] === i).map((w) => w.ms)), 0.5)) },
      sharedTopPages: sp.filter((u) => pp.includes(u)).length,
    };
  });
  const firstFiles = Object.fromEntries(Object.entries(engines).map(([n, e]) => [n, e.runs[0].firstFiles]));

  const machine = {
    cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version, chromium: browserVersion,
    java: (spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr || '').split('\n')[0],
    loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
  const result = {
    generatedBy: 'bench/search-bench.mjs',
    config: { pages: opt.pages, queries: opt.queries, seed: opt.seed, warmContexts: opt.warmContexts, jar: path.basename(opt.jar) },
    machine,
    corpus: { pages: opt.pages, sesrefDocuments: manifest.docs, faqs: corpus.meta.faqs, citedAuthorities: corpus.meta.citations.length,
      averageWords: Math.round(corpus.meta.pages.reduce((a, p) => a + p.words, 0) / opt.pages) },
    build, sizes, summary, firstQueryFiles: firstFiles, queries: perQuery,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  fs.writeFileSync(path.join(OUT, 'search-results.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(table(result));
  log(`wrote ${path.relative(process.cwd(), path.join(OUT, 'search-results.json'))} in ${result.totalSeconds} s`);
}

const round = (x) => (x == null ? null : Math.round(x * 100) / 100);

function table(r) {
  const s = r.summary.sesref, p = r.summary.pagefind, z = r.sizes, b = r.build;
  const two = (st, f) => `${f(st.median)} / ${f(st.p95)}`;
  const rows = [
    ['first-query bytes, median / p95', two(s.firstQueryBytes, kb), two(p.firstQueryBytes, kb)],
    ['first-query requests, median / p95', two(s.firstQueryRequests, (x) => x.toFixed(1)), two(p.firstQueryRequests, (x) => x.toFixed(1))],
    ['cold query time, median / p95', two(s.coldMs, ms), two(p.coldMs, ms)],
    [`warm query time, median / p95 (${s.warmQueriesTimed} / ${p.warmQueriesTimed} timed)`, two(s.warmMs, ms), two(p.warmMs, ms)],
    ['warm query bytes, mean per query', kb(s.warmBytesPerQuery ?? 0), kb(p.warmBytesPerQuery ?? 0)],
    ['repeated query time (its data already loaded), median / p95', two(s.repeatMs, ms), two(p.repeatMs, ms)],
    ['engine JS, gzipped', `${kb(z.searchJs.gzipBytes)} (search.js)`,
      `${kb(z.pagefindJs.gzipBytes)} (pagefind.js) + ${kb(Object.values(z.pagefindWasm)[0] || 0)} (wasm)`],
    ['index folder, total (files)', `${mb(z.sesrefIndex.bytes)} (${z.sesrefIndex.files})`, `${mb(z.pagefindIndex.bytes)} (${z.pagefindIndex.files})`],
    ['index data served over HTTP (gzipped)', `${mb(z.sesrefIndexJson.bytes)} JSON (${mb(z.sesrefIndexJson.gzipBytes)})`,
      `${mb(z.pagefindIndexData.bytes)} (already gzip)`],
    ['indexing time', `${(b.sesrefBuildMs / 1000).toFixed(1)} s (whole sesref build)`, `${(b.pagefindMs / 1000).toFixed(1)} s (pagefind CLI)`],
    ['queries with no results', `${s.noResults.length}`, `${p.noResults.length}`],
  ];
  let t = `Search benchmark: ${r.corpus.pages} pages (${r.corpus.sesrefDocuments} sesref documents), ${r.config.queries} queries, ` +
    `seed ${r.config.seed}; ${r.machine.cpus} cores, ${r.machine.cpuModel}; Chromium ${r.machine.chromium}; ${b.pagefindVersion}; ` +
    `load average ${r.machine.loadAverageAtStart[0]} at start, ${r.machine.loadAverageAtEnd[0]} at end\n\n`;
  t += '| metric | sesref | Pagefind |\n|---|---|---|\n';
  for (const row of rows) t += `| ${row.join(' | ')} |\n`;
  if (s.noResults.length || p.noResults.length || s.coldOver1s.length || p.coldOver1s.length) t += '\n';
  if (s.noResults.length) t += `sesref found nothing for: ${s.noResults.map((q) => JSON.stringify(q)).join(', ')}\n`;
  if (p.noResults.length) t += `Pagefind found nothing for: ${p.noResults.map((q) => JSON.stringify(q)).join(', ')}\n`;
  for (const [name, x] of [['sesref', s], ['Pagefind', p]]) {
    if (x.coldOver1s.length) t += `${name} cold queries over 1 s: ${x.coldOver1s.map((c) => `${JSON.stringify(c.query)} ${ms(c.ms)}`).join(', ')}\n`;
  }
  return t;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
}
