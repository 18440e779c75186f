#!/usr/bin/env node
// Edit-to-reload time of `sesref serve`: starts the preview, listens to its reload events, appends a
// paragraph to one page N times, and reports how long each edit took to reach the browser event.
//
//   node bench/serve-bench.mjs [--content content] [--page overview.md] [--edits 10] [--gap 1500]
//                              [--jar JAR] [--port 8124]
//
// Without --jar (or $SESREF_JAR) it runs the launcher, `./sesref serve`, with the JVM flags an editor
// gets; with a jar it runs `java $SESREF_JAVA_OPTS -jar JAR serve` (to compare builds side by side).
//
// The page is restored afterwards. --gap is the pause between edits in ms; on a large corpus give the
// background search index time to finish (e.g. --gap 12000) or the edits compete with it for the cores.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const content = args.content ?? 'content';
const page = path.join(content, args.page ?? 'overview.md');
const edits = Number(args.edits ?? 10);
const gap = Number(args.gap ?? 1500);
const port = Number(args.port ?? 8124);
const jar = args.jar ?? process.env.SESREF_JAR;
const javaOpts = (process.env.SESREF_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const serveArgs = ['serve', '--port', String(port), '--content', content];
const server = jar
  ? spawn('java', [...javaOpts, '-jar', jar, ...serveArgs], { stdio: ['ignore', 'pipe', 'inherit'] })
  : spawn(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'sesref'), serveArgs,
    { stdio: ['ignore', 'pipe', 'inherit'] });
const logs = [];
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => {
    logs.push(...d.toString().split('\n').filter(Boolean));
    if (logs.some((l) => l.startsWith('serving '))) resolve();
  });
  server.on('exit', (code) => reject(new Error('serve exited with ' + code)));
});

const events = [];
http.get({ host: '127.0.0.1', port, path: '/__sesref/events' }, (res) => {
  res.setEncoding('utf8');
  res.on('data', (chunk) => {
    for (const line of chunk.split('\n')) if (line.startsWith('event:')) events.push([performance.now(), line.slice(6).trim()]);
  });
});
await sleep(1000);

const original = fs.readFileSync(page, 'utf8');
const times = [];
try {
  for (let i = 0; i < edits; i++) {
    const before = events.length;
    const t0 = performance.now();
    fs.writeFileSync(page, original + `\n\nBenchmark paragraph ${i}: the Senior Executive Service.\n`);
    while (events.length === before && performance.now() - t0 < 60000) await sleep(1);
    const [t1, kind] = events[events.length - 1];
    if (kind !== 'reload') throw new Error('expected a reload event, got ' + kind);
    times.push(Math.round(t1 - t0));
    await sleep(gap);
  }
} finally {
  fs.writeFileSync(page, original);
  await sleep(300);
  server.kill();
}
console.log(`edit-to-reload (ms) for ${page}, ${edits} edits: ${times.join(', ')}`);
console.log(`median ${median(times)} ms, min ${Math.min(...times)} ms, max ${Math.max(...times)} ms`);
console.log(logs.filter((l) => l.startsWith('rebuilt')).join('\n'));
