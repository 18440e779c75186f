#!/usr/bin/env node
// Generates a synthetic sesref content folder for the search benchmark.
//
//   node bench/corpus.mjs --pages N --seed S --out DIR
//
// Writes DIR/site.yml, DIR/index.md, DIR/faq.md, DIR/section-K/index.md, N article pages
// DIR/section-K/page-NNNNN.md (~600 words each) and DIR/data/{sources,faqs,authorities}.yml.
// Everything comes from one seeded pseudo-random generator and the vocabulary embedded at the end
// of this file, so the same --pages and --seed give byte-identical files on any machine.
// Also importable: generateCorpus({pages, seed}) returns the files and metadata (page URLs,
// cited authorities, word counts) that search-bench.mjs uses to draw its queries.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// Pseudo-random numbers: a 32-bit counter run through a murmur-style integer mixer.

export function makeRng(seed) {
  let state = hashString(String(seed));
  const next = () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    // weighted pick from [[weight, value], ...]
    weighted(pairs) {
      let total = 0;
      for (const [w] of pairs) total += w;
      let x = next() * total;
      for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
      return pairs[pairs.length - 1][1];
    },
    shuffle(arr) {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return rng;
}

function hashString(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

// Zipf-Mandelbrot ranks: P(rank r) ~ 1 / (r + q)^s, r = 1..n.
export class Zipf {
  constructor(n, s = 1.0, q = 2.7) {
    this.cum = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) { total += 1 / Math.pow(r + 1 + q, s); this.cum[r] = total; }
    this.total = total;
  }
  sample(u) { // u in [0,1) -> index 0..n-1
    const x = u * this.total, c = this.cum;
    let lo = 0, hi = c.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (c[mid] > x) hi = mid; else lo = mid + 1; }
    return lo;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (defined at the end of the file) and English inflection.

const words = (s) => s.trim().split(/\s+/);

export function vocabulary() {
  return { nouns: words(NOUNS), verbs: words(VERBS), adjectives: words(ADJECTIVES), adverbs: words(ADVERBS) };
}

const IRREGULAR_PLURALS = { criterion: 'criteria', person: 'people', staff: 'staff', personnel: 'personnel',
  analysis: 'analyses', hypothesis: 'hypotheses', thesis: 'theses', basis: 'bases', memorandum: 'memoranda',
  curriculum: 'curricula', headquarters: 'headquarters', corps: 'corps', series: 'series', data: 'data',
  logistics: 'logistics', ethics: 'ethics', affairs: 'affairs', means: 'means', manpower: 'manpower',
  leadership: 'leadership', knowledge: 'knowledge', equipment: 'equipment', software: 'software',
  information: 'information', money: 'money', advice: 'advice', guidance: 'guidance', welfare: 'welfare',
  machinery: 'machinery', paperwork: 'paperwork', oversight: 'oversight', feedback: 'feedback',
  attorney: 'attorneys', civics: 'civics', economics: 'economics', earnings: 'earnings', news: 'news' };

const COUNTABLE_ING = new Set(['meeting', 'finding', 'hearing', 'briefing', 'posting', 'ruling', 'proceeding',
  'filing', 'reading', 'setting', 'heading', 'opening', 'building', 'listing', 'saving', 'earning']);

export function plural(n) {
  if (IRREGULAR_PLURALS[n]) return IRREGULAR_PLURALS[n];
  if (/(ness|ism|ware|ledge|ity)$/.test(n) && !/(authority|ability|facility|activity|responsibility|entity|capability|quality|priority|opportunity|minority|majority|city|utility)$/.test(n)) return n;
  if (/ing$/.test(n) && !COUNTABLE_ING.has(n)) return n;
  if (/man$/.test(n)) return n.slice(0, -3) + 'men';
  if (/(s|x|z|ch|sh)$/.test(n)) return n + 'es';
  if (/[^aeiou]y$/.test(n)) return n.slice(0, -1) + 'ies';
  if (/[^aeiou]o$/.test(n)) return n + 'es';
  return n + 's';
}

function third(v) { // third person singular present
  if (v === 'have') return 'has';
  if (v === 'be') return 'is';
  if (/(s|x|z|ch|sh|[^aeiou]o)$/.test(v)) return v + 'es';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
  return v + 's';
}

const article = (w) => (/^(?:[aeio]|u(?!ni|s[aeiu]|r[aeiou])|hono)/i.test(w) ? 'an' : 'a');
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const AGENCIES = [
  'OPM', 'the Office of Personnel Management', 'the Merit Systems Protection Board', 'MSPB', 'OMB',
  'the Office of Management and Budget', 'the Government Accountability Office', 'GAO',
  'the Department of Defense', 'the Department of Veterans Affairs', 'the Department of the Treasury',
  'the Federal Labor Relations Authority', 'the Office of Special Counsel', 'the Department of Homeland Security',
  'the Department of Agriculture', 'the Department of Energy', 'the Department of Commerce',
  'the Social Security Administration', 'the General Services Administration', 'the Department of Justice',
  'the Department of State', 'the Environmental Protection Agency', 'the Executive Resources Board',
  'the Qualifications Review Board', 'the Performance Review Board', 'the Chief Human Capital Officers Council',
  'the agency head', 'the appointing authority', 'the Senate', 'Congress', 'the President',
];
const PREPS = [[10, 'of'], [6, 'for'], [6, 'in'], [4, 'under'], [3, 'within'], [3, 'across'], [2, 'after'],
  [2, 'before'], [2, 'during'], [2, 'through'], [4, 'with'], [3, 'by'], [3, 'from'], [3, 'to'], [2, 'among'],
  [1, 'without'], [1, 'beyond']];
const MODALS = [[5, 'must'], [5, 'may'], [3, 'should'], [3, 'can'], [2, 'will'], [1, 'might'], [1, 'cannot'],
  [1, 'must not'], [1, 'does not'], [1, 'need not']];
const DET_SG = [[50, 'the'], [20, 'A'], [8, 'each'], [8, 'this'], [4, 'every'], [5, 'that'], [5, 'any'], [3, 'no']];
const DET_PL = [[45, 'the'], [25, ''], [8, 'some'], [7, 'most'], [5, 'all'], [5, 'these'], [5, 'many'], [3, 'few']];
const GRADES = ['GS-13', 'GS-14', 'GS-15', 'ES-1', 'SL', 'ST', 'EX-IV', 'EX-V'];

// ---------------------------------------------------------------------------------------------
// Citations: pools of plausible sections and parts, drawn with a Zipf over a seeded order.

function citationPool() {
  const usc = [];
  const run = (title, lo, hi) => { for (let s = lo; s <= hi; s++) usc.push({ title, section: s }); };
  run(5, 2101, 2108); run(5, 2301, 2305); run(5, 3101, 3111); run(5, 3131, 3136); run(5, 3301, 3330);
  run(5, 3341, 3349); run(5, 3391, 3397); run(5, 3591, 3596); run(5, 4101, 4121); run(5, 4301, 4315);
  run(5, 4501, 4509); run(5, 5101, 5115); run(5, 5301, 5318); run(5, 5371, 5385); run(5, 5541, 5550);
  run(5, 5701, 5711); run(5, 5721, 5739); run(5, 6301, 6312); run(5, 7101, 7135); run(5, 7321, 7326);
  run(5, 7501, 7514); run(5, 8331, 8351); run(31, 1341, 1353); run(44, 3101, 3107);
  const cfr = [];
  for (const part of [213, 300, 315, 317, 330, 335, 351, 359, 410, 412, 430, 451, 531, 534, 550, 575, 610, 630,
    731, 752, 831, 842, 890]) {
    for (const base of [100, 200, 300, 400, 500, 900]) {
      for (let k = 1; k <= 8; k++) cfr.push({ title: 5, part, section: base + k });
    }
  }
  for (let s = 400; s <= 475; s++) cfr.push({ title: 2, part: 200, section: s });
  return { usc, cfr };
}

// ---------------------------------------------------------------------------------------------
// The generator.

export function generateCorpus({ pages, seed }) {
  if (!(pages >= 1)) throw new Error('pages must be >= 1');
  const rng = makeRng('sesref-bench:' + seed);
  const V = vocabulary();
  const zN = new Zipf(V.nouns.length), zV = new Zipf(V.verbs.length), zA = new Zipf(V.adjectives.length);
  const zD = new Zipf(V.adverbs.length, 0.9);
  const counts = new Map();
  const use = (w) => { counts.set(w, (counts.get(w) || 0) + 1); return w; };
  const noun = () => use(V.nouns[zN.sample(rng.next())]);
  const verb = () => use(V.verbs[zV.sample(rng.next())]);
  const adj = () => use(V.adjectives[zA.sample(rng.next())]);
  const adv = () => use(V.adverbs[zD.sample(rng.next())]);

  // noun phrases
  const nounSg = () => (rng.chance(0.35) ? adj() + ' ' : '') + noun();
  const nounPl = () => (rng.chance(0.35) ? adj() + ' ' : '') + plural(noun());
  const npSg = () => {
    let d = rng.weighted(DET_SG), n = nounSg();
    if (d === 'A') d = article(n);
    return d + ' ' + n;
  };
  const npPl = () => { const d = rng.weighted(DET_PL), n = nounPl(); return (d ? d + ' ' : '') + n; };
  const np = () => (rng.chance(0.55) ? npSg() : npPl());
  const pp = () => rng.weighted(PREPS) + ' ' + (rng.chance(0.6) ? 'the ' + nounSg() : npPl());
  const object = () => {
    const o = np();
    return rng.chance(0.35) ? o + ' of ' + (rng.chance(0.5) ? 'the ' + noun() : plural(noun())) : o;
  };
  // subject + verb agreement
  const clause = () => {
    const r = rng.next();
    if (r < 0.12) { return rng.pick(AGENCIES) + ' ' + use(third(verb())) + ' ' + object(); }
    if (r < 0.45) {
      const s = npSg();
      return s + ' ' + (rng.chance(0.6) ? third(verb()) : rng.weighted(MODALS) + ' ' + verb()) + ' ' + object();
    }
    const s = npPl();
    return s + ' ' + (rng.chance(0.6) ? verb() : rng.weighted(MODALS) + ' ' + verb()) + ' ' + object();
  };
  const sentence = () => {
    const t = rng.next();
    let s;
    if (t < 0.38) s = clause() + (rng.chance(0.55) ? ' ' + pp() : '');
    else if (t < 0.50) s = cap(adv()) + ', ' + clause();
    else if (t < 0.60) s = 'When ' + clause() + ', ' + clause();
    else if (t < 0.68) s = clause() + ', and ' + clause();
    else if (t < 0.75) s = npSg() + ' is ' + (rng.chance(0.3) ? adv() + ' ' : '') + adj() + ' ' + pp();
    else if (t < 0.80) s = npPl() + ' are ' + adj() + ' ' + (rng.chance(0.5) ? 'when ' + clause() : pp());
    else if (t < 0.85) s = 'About ' + rng.int(2, 95) + ' percent of ' + nounPl() + ' ' + verb() + ' ' + object() + ' each year';
    else if (t < 0.89) s = clause() + ' within ' + rng.pick([10, 14, 30, 45, 60, 90, 120, 180, 365]) + ' days';
    else if (t < 0.92) s = 'In ' + rng.int(1978, 2024) + ', ' + clause();
    else if (t < 0.95) s = 'A ' + rng.pick(GRADES) + ' ' + noun() + ' ' + third(verb()) + ' ' + object();
    else s = 'Not every ' + nounSg() + ' ' + third(verb()) + ' ' + object() + '; ' + clause();
    return cap(s) + '.';
  };
  const sentenceWords = (s) => s.split(/\s+/).length;

  // citations
  const pool = citationPool();
  const uscOrder = rng.shuffle(pool.usc.map((_, i) => i)), cfrOrder = rng.shuffle(pool.cfr.map((_, i) => i));
  const zUsc = new Zipf(pool.usc.length, 0.9), zCfr = new Zipf(pool.cfr.length, 0.9);
  const cited = new Map(); // id -> {id, text, kind}
  const cite = (id, text) => { if (!cited.has(id)) cited.set(id, { id, text }); };
  const citation = () => {
    const r = rng.next();
    if (r < 0.62) {
      const c = pool.usc[uscOrder[zUsc.sample(rng.next())]];
      if (r < 0.44) {
        cite(`usc/${c.title}/${c.section}`, `${c.title} U.S.C. ${c.section}`);
        return `${c.title} U.S.C. ${c.section}`;
      }
      if (r < 0.50) {
        cite(`usc/${c.title}/${c.section}`, `${c.title} U.S.C. ${c.section}`);
        return `${c.title} U.S.C. § ${c.section}`;
      }
      // a range of consecutive pool sections, 2 to 5 long
      const idx = pool.usc.indexOf(c), len = rng.int(2, 5);
      let end = idx;
      while (end + 1 < pool.usc.length && end - idx + 1 < len && pool.usc[end + 1].title === c.title &&
        pool.usc[end + 1].section === pool.usc[end].section + 1) end++;
      if (end === idx) { cite(`usc/${c.title}/${c.section}`, `${c.title} U.S.C. ${c.section}`); return `${c.title} U.S.C. ${c.section}`; }
      for (let k = idx; k <= end; k++) cite(`usc/${c.title}/${pool.usc[k].section}`, `${c.title} U.S.C. ${pool.usc[k].section}`);
      return `${c.title} U.S.C. §§ ${c.section}\u2013${pool.usc[end].section}`;
    }
    const c = pool.cfr[cfrOrder[zCfr.sample(rng.next())]];
    if (r < 0.93) {
      cite(`cfr/${c.title}/${c.part}.${c.section}`, `${c.title} CFR ${c.part}.${c.section}`);
      return `${c.title} CFR ${c.part}.${c.section}`;
    }
    cite(`cfr/${c.title}/${c.part}`, `${c.title} CFR part ${c.part}`);
    return `${c.title} CFR part ${c.part}`;
  };
  const citationSentence = () => {
    const c = citation(), t = rng.next();
    if (t < 0.35) return 'Under ' + c + ', ' + clause() + '.';
    if (t < 0.60) return cap(clause()) + ', as ' + c + ' ' + rng.pick(['requires', 'provides', 'allows', 'sets out', 'describes']) + '.';
    if (t < 0.80) return cap(clause()) + ' (see ' + c + ').';
    return c + ' ' + rng.pick(['governs', 'covers', 'limits', 'describes', 'sets']) + ' ' + object() + '.';
  };

  // structure: sections and pages
  const SECTIONS = [
    'Appointments and hiring', 'Pay and compensation', 'Performance management', 'Mobility and reassignment',
    'Conduct and discipline', 'Workforce planning',
  ];
  const nSections = Math.min(SECTIONS.length, Math.max(1, Math.ceil(pages / 5)));
  const width = Math.max(5, String(pages).length);
  const pageList = [];
  for (let i = 1; i <= pages; i++) {
    const sec = Math.floor(((i - 1) * nSections) / pages) + 1;
    const slug = 'page-' + String(i).padStart(width, '0');
    pageList.push({ n: i, sec, slug, url: `/section-${sec}/${slug}/`, file: `section-${sec}/${slug}.md` });
  }
  const titleOf = () => {
    const t = rng.next();
    if (t < 0.25) return cap(adj()) + ' ' + plural(noun()) + ' and ' + plural(noun());
    if (t < 0.45) return cap(noun()) + ' ' + plural(noun()) + ' in ' + adj() + ' ' + plural(noun());
    if (t < 0.60) return 'How ' + npPl() + ' ' + verb() + ' ' + plural(noun());
    if (t < 0.80) return cap(noun()) + ' of ' + adj() + ' ' + plural(noun());
    return cap(adj()) + ' ' + noun() + ' ' + plural(noun()) + ' for ' + plural(noun());
  };
  for (const p of pageList) p.title = titleOf();

  const headingOf = () => {
    const t = rng.next();
    if (t < 0.3) return cap(adj()) + ' ' + plural(noun());
    if (t < 0.5) return cap(noun()) + ' and ' + noun();
    if (t < 0.65) return 'How ' + plural(noun()) + ' ' + verb();
    if (t < 0.85) return cap(noun()) + ' ' + plural(noun());
    return 'When ' + npSg() + ' ' + third(verb());
  };
  const descriptionOf = () => {
    for (let k = 0; k < 50; k++) {
      const s = sentence();
      if (s.length >= 50 && s.length <= 160) return s;
    }
    let s = sentence();
    while (s.length < 50) { const more = sentence(); s = s.replace(/\.$/, '') + ' and ' + more.charAt(0).toLowerCase() + more.slice(1); }
    if (s.length > 160) s = s.slice(0, 159).replace(/\s+\S*$/, '') + '.';
    return s;
  };
  const baseDay = Date.UTC(2021, 0, 1);
  const dateOf = () => new Date(baseDay + rng.int(0, 1460) * 86400000).toISOString().slice(0, 10);
  // Front matter dates: a page that cites the law says when it was reviewed (the same day it was updated).
  const dated = () => { const d = dateOf(); return `updated: ${d}\nreviewed: ${d}`; };

  const SOURCES = [
    { id: 'workforce-handbook-2019', title: 'Federal Workforce Handbook', publisher: 'Bench Publications Office', date: '2019-05-01' },
    { id: 'executive-digest-2021', title: 'Executive Personnel Digest', publisher: 'Bench Institute of Public Administration', date: '2021-09-15' },
    { id: 'merit-review-2018', title: 'Merit Principles Review', publisher: 'Bench Review Board', date: '2018-03-20' },
    { id: 'pay-tables-2022', title: 'Pay Tables and Notes', publisher: 'Bench Compensation Office', date: '2022-01-10' },
    { id: 'appraisal-guide-2020', title: 'Appraisal Systems Guide', publisher: 'Bench Performance Council', date: '2020-11-02' },
    { id: 'staffing-survey-2023', title: 'Staffing and Mobility Survey', publisher: 'Bench Statistics Unit', date: '2023-06-30' },
  ];
  const sourceIds = SOURCES.map((s) => s.id);

  const otherPage = (self) => {
    if (pageList.length < 2) return null;
    let p;
    do { p = rng.pick(pageList); } while (p === self);
    return p;
  };
  const lowerTitle = (t) => t.charAt(0).toLowerCase() + t.slice(1);
  const linkSentence = (self) => {
    const p = otherPage(self);
    if (!p) return sentence();
    const t = rng.next(), a = `[${lowerTitle(p.title)}](${p.url})`;
    if (t < 0.4) return 'For more on ' + nounPl() + ', see ' + a + '.';
    if (t < 0.7) return 'The page on ' + a + ' ' + third(verb()) + ' ' + object() + '.';
    return cap(clause()) + ', as explained in ' + a + '.';
  };
  const tableOf = () => {
    const cols = [cap(noun()), cap(noun()), cap(noun())];
    const rows = rng.int(3, 5);
    const out = ['| ' + cols.join(' | ') + ' |', '|-|-|-|'];
    for (let r = 0; r < rows; r++) {
      const c3 = rng.chance(0.4) ? rng.pick(GRADES) : rng.chance(0.5) ? String(rng.int(1, 500)) : adj() + ' ' + noun();
      out.push('| ' + cap(adj()) + ' ' + noun() + ' | ' + cap(nounPl()) + ' | ' + c3 + ' |');
    }
    if (rng.chance(0.5)) out.push('[' + cap(plural(noun())) + ' by ' + noun() + ']');
    return out.join('\n');
  };

  const files = new Map();
  for (const p of pageList) {
    const desc = descriptionOf(), updated = dateOf();
    const sources = [rng.pick(sourceIds)];
    if (rng.chance(0.2)) { const s2 = rng.pick(sourceIds); if (s2 !== sources[0]) sources.push(s2); }
    const related = [];
    if (rng.chance(0.5)) for (let k = rng.int(1, 2); k > 0; k--) { const o = otherPage(p); if (o && !related.includes(o.url)) related.push(o.url); }
    // the body: a lead and 3-5 headed sections; paragraphs are lists of sentences
    const nHead = rng.int(3, 5), target = rng.int(500, 580);
    const blocks = [{ heading: null, paras: [] }];
    const used = new Set();
    for (let h = 0; h < nHead; h++) {
      let text;
      do { text = headingOf(); } while (used.has(text.toLowerCase()));
      used.add(text.toLowerCase());
      const level = h === 0 || rng.chance(0.7) ? 2 : 3;
      blocks.push({ heading: '#'.repeat(level) + ' ' + text, paras: [] });
    }
    // placeholders for links and citations, placed in random blocks
    const nLinks = rng.int(2, 4), nCites = rng.int(2, 4);
    const specials = [];
    for (let k = 0; k < nLinks; k++) specials.push(['link', rng.int(0, blocks.length - 1)]);
    for (let k = 0; k < nCites; k++) specials.push(['cite', rng.int(0, blocks.length - 1)]);
    // words: lead ~ 1/8 of the page, the rest spread over the sections
    let words = sentenceWords(p.title);
    const quota = blocks.map((b, i) => (i === 0 ? Math.round(target / 8) : Math.round((target * 7) / 8 / nHead)));
    blocks.forEach((b, i) => {
      let have = 0, para = [];
      const mine = specials.filter((s) => s[1] === i).map((s) => s[0]);
      while (have < quota[i] || mine.length) {
        let s;
        if (mine.length && (have >= quota[i] || rng.chance(0.3))) s = mine.shift() === 'link' ? linkSentence(p) : citationSentence();
        else s = sentence();
        para.push(s);
        have += sentenceWords(s);
        if (para.length >= rng.int(3, 6)) { b.paras.push(para.join(' ')); para = []; }
      }
      if (para.length) b.paras.push(para.join(' '));
      words += have;
    });
    if (rng.chance(0.3)) {
      const b = blocks[rng.int(1, blocks.length - 1)];
      b.paras.splice(Math.min(1, b.paras.length), 0, tableOf());
    }
    let md = '---\n';
    md += 'title: ' + yamlStr(p.title) + '\n';
    md += 'description: ' + yamlStr(desc) + '\n';
    md += 'updated: ' + updated + '\nreviewed: ' + updated + '\n';
    md += 'order: ' + p.n + '\n';
    md += 'sources: [' + sources.join(', ') + ']\n';
    if (related.length) md += 'related: [' + related.join(', ') + ']\n';
    md += '---\n';
    for (const b of blocks) {
      if (b.heading) md += '\n' + b.heading + '\n';
      for (const para of b.paras) md += '\n' + para + '\n';
    }
    p.words = words;
    files.set(p.file, md);
  }

  // section landing pages and the home page
  for (let s = 1; s <= nSections; s++) {
    const lead = [sentence(), sentence(), sentence()].join(' ');
    files.set(`section-${s}/index.md`, '---\ntitle: ' + SECTIONS[s - 1] + '\ndescription: ' +
      yamlStr('Generated benchmark pages about ' + SECTIONS[s - 1].toLowerCase() + ' in the federal civil service.') +
      '\n' + dated() + '\norder: ' + s + '\n---\n\n## About this section\n\n' + lead + '\n');
  }
  let home = '---\ntitle: Benchmark reference\ndescription: ' +
    yamlStr('A generated reference site used to benchmark the sesref search index against other static search engines.') +
    '\n' + dated() + '\nlayout: home\nsources: [' + sourceIds[0] + ']\n---\n\n## About this site\n\n' +
    'Every page on this site is generated text for a search benchmark. ' + [sentence(), sentence()].join(' ') + '\n\n## Sections\n\n';
  for (let s = 1; s <= nSections; s++) home += `- [${SECTIONS[s - 1]}](/section-${s}/)\n`;
  home += '- [Frequently asked questions](/faq/)\n';
  files.set('index.md', home);

  // FAQs
  const CATEGORIES = [
    ['hiring', 'Hiring and appointments'], ['pay', 'Pay and awards'], ['performance', 'Performance and appraisal'],
    ['mobility', 'Mobility and details'], ['conduct', 'Conduct and removal'],
  ];
  const nFaq = Math.max(1, Math.floor(pages / 10));
  const qWidth = Math.max(4, String(nFaq).length);
  const byCat = CATEGORIES.map(() => []);
  const questionOf = () => {
    const t = rng.next();
    if (t < 0.25) return 'How does ' + npSg() + ' ' + verb() + ' ' + object() + '?';
    if (t < 0.45) return 'Can ' + npPl() + ' ' + verb() + ' ' + object() + '?';
    if (t < 0.60) return 'When must ' + npSg() + ' ' + verb() + ' ' + object() + '?';
    if (t < 0.75) return 'Who ' + third(verb()) + ' ' + object() + '?';
    return 'What happens to ' + npPl() + ' ' + pp() + '?';
  };
  for (let i = 1; i <= nFaq; i++) {
    const id = 'question-' + String(i).padStart(qWidth, '0');
    const paras = [];
    let para = [];
    for (let k = rng.int(3, 6); k > 0; k--) para.push(sentence());
    if (rng.chance(0.4)) para.splice(rng.int(0, para.length), 0, citationSentence());
    if (rng.chance(0.2)) para.push(linkSentence(null));
    paras.push(para.join(' '));
    if (rng.chance(0.4)) paras.push([sentence(), sentence()].join(' '));
    byCat[rng.int(0, CATEGORIES.length - 1)].push({ id, question: cap(questionOf()), answer: paras.join('\n\n'), source: rng.pick(sourceIds) });
  }
  let faqs = '# Generated by bench/corpus.mjs (seed ' + seed + '): FAQ entries rendered by faq.md.\ncategories:\n';
  CATEGORIES.forEach(([cid, ctitle], c) => {
    if (!byCat[c].length) return;
    faqs += `  - id: ${cid}\n    title: ${ctitle}\n    questions:\n`;
    for (const q of byCat[c]) {
      faqs += `      - id: ${q.id}\n        question: ${yamlStr(q.question)}\n        answer: |\n`;
      faqs += q.answer.split('\n').map((l) => (l ? '          ' + l : '')).join('\n') + '\n';
      faqs += `        sources: [${q.source}]\n`;
    }
  });
  files.set('data/faqs.yml', faqs);
  files.set('faq.md', '---\ntitle: Frequently asked questions\ndescription: ' +
    yamlStr('Generated questions and answers about appointments, pay, appraisal, mobility and conduct.') +
    '\n' + dated() + '\nlayout: faq\nsources: [' + sourceIds.join(', ') + ']\n---\n\n## About these questions\n\n' +
    [sentence(), sentence(), sentence()].join(' ') + '\n');

  // sources, authorities, site.yml
  let src = '# Generated by bench/corpus.mjs: sources for the benchmark corpus (not real publications).\nsources:\n';
  for (const s of SOURCES) {
    src += `  - id: ${s.id}\n    title: ${s.title}\n    publisher: ${s.publisher}\n    url: https://example.org/sources/${s.id}/\n    date: ${s.date}\n    note: Invented for the search benchmark.\n`;
  }
  files.set('data/sources.yml', src);

  const hr = makeRng('sesref-bench-headings:' + seed);
  const authorities = [...cited.values()].sort((a, b) => cmpId(a.id, b.id));
  let auth = '# Generated by bench/corpus.mjs: every authority the corpus cites, with invented headings (verified: false).\nauthorities:\n';
  for (const a of authorities) {
    const h = cap(V.nouns[zN.sample(hr.next())]) + ' of ' + V.adjectives[zA.sample(hr.next())] + ' ' + plural(V.nouns[zN.sample(hr.next())]);
    auth += `  - {id: ${a.id}, heading: ${JSON.stringify(h)}, verified: false}\n`;
  }
  files.set('data/authorities.yml', auth);

  let site = '# Generated by bench/corpus.mjs (pages ' + pages + ', seed ' + seed + ').\n';
  site += 'title: Benchmark Reference\ntagline: Generated pages for the sesref search benchmark\n';
  site += 'description: A generated civil-service reference used to measure static search engines.\n';
  site += 'baseUrl: https://example.org/bench/\nlanguage: en\ntheme: default\nnav:\n';
  for (let s = 1; s <= Math.min(nSections, 4); s++) site += `  - {title: ${SECTIONS[s - 1]}, path: /section-${s}/}\n`;
  site += '  - {title: FAQ, path: /faq/}\n';
  files.set('site.yml', site);

  return {
    files,
    meta: {
      pages: pageList.map(({ url, title, words }) => ({ url, title, words })),
      sections: nSections,
      faqs: nFaq,
      citations: authorities.map((a) => a.text),
      wordCounts: counts,
      vocabulary: V,
    },
  };
}

function cmpId(a, b) {
  const pa = a.split(/([0-9]+)/), pb = b.split(/([0-9]+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = Number(pa[i]), nb = Number(pb[i]);
    if (i % 2 === 1 && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
    return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}

// A YAML scalar: plain when safe, else a double-quoted (JSON) string.
function yamlStr(s) {
  return /^[A-Za-z][A-Za-z0-9 ,.'()\u2013§-]*[A-Za-z0-9.)]$/.test(s) && !/: | #/.test(s) ? s : JSON.stringify(s);
}

// Writes the files into dir, replacing an earlier generated corpus there.
export function writeCorpus(dir, files) {
  if (fs.existsSync(dir)) {
    const entries = fs.readdirSync(dir);
    if (entries.length && !(entries.includes('site.yml') && fs.existsSync(path.join(dir, 'data')))) {
      throw new Error(`${dir} exists and does not look like a content folder; refusing to overwrite it`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const names = [...files.keys()].sort();
  for (const name of names) {
    const f = path.join(dir, name);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, files.get(name));
  }
  return names.length;
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error('unexpected argument ' + a);
    const [k, v] = a.includes('=') ? a.slice(2).split(/=(.*)/s) : [a.slice(2), argv[++i]];
    if (v === undefined) throw new Error('missing value for --' + k);
    out[k] = v;
  }
  return out;
}

function main() {
  let args;
  try { args = parseArgs(process.argv.slice(2)); } catch (e) { console.error(e.message); process.exit(2); }
  const pages = Number(args.pages ?? 1000), seed = args.seed ?? '42', out = args.out;
  if (!out || !Number.isInteger(pages) || pages < 1) {
    console.error('usage: node bench/corpus.mjs --pages N --seed S --out DIR');
    process.exit(2);
  }
  const { files, meta } = generateCorpus({ pages, seed });
  const n = writeCorpus(out, files);
  const words = meta.pages.reduce((a, p) => a + p.words, 0);
  console.log(`wrote ${n} files to ${out}: ${pages} pages (${Math.round(words / pages)} words on average), ` +
    `${meta.faqs} FAQs, ${meta.citations.length} cited authorities, ${meta.wordCounts.size} distinct words`);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary, most frequent first within each part of speech (base forms; plurals and verb
// endings are added by the generator). Single words only: the common ones were collected from the
// words used in sesref's own content/ pages, the rest written for this benchmark.

const NOUNS = `
career agency position appointment job performance term appointee title level law answer service
overview article statute time system definition date reference question percent government
leadership program authority year removal rule reassignment person day appraisal history policy
workforce source home ceiling band office development candidate people part range management head
description comparison approval number merit allocation section experience certification cap top
period case step side member example retirement name salary employee corps regulation organization
accountability contact branch board supervisor personnel mobility criteria credit competition role
research preference confirmation way vacancy selection order later expansion effect announcement
account view type travel subchapter help guidance competency sit pool pleasure notice information
graduate grade chapter advice administration transportation premium figure expertise director
summary subpart situation selectee protection kind insignia impartiality floor enforcement duty
dollar copy competence assignment agenda value union structure right rest quality project progress
probation power interest guarantee group end bar award association volunteer vision misconduct
matter label form flexibility fact aim action success station statement stack route risk
responsiveness responsibility requirement procedure private oversight middle mastery language
hearing edge direction debate confidence completion common cause arrangement area activity act
ability unit trigger target talent strategy story small skill size shape scenario room register
reason protocol problem preview practice picture pause party package nature nation material line
liability leader layer knowledge intelligence insurance house half function fit field extra expert
error entry edition discussion difference designation deputy delivery data cycle course cost
cooperation contrast content concern compression citation calendar business argument applicant
analysis advance window weight veteran version turn tool thousand tenure team task talk successor
subject stress strength stay status shift sector search scope scale relocation redrawn recruitment
purpose publication profile procurement prerequisite placement pipeline past participation officer
month money mission million leave judge index independence idea holder guard grievance goal
generalist gap gain front framework force feature explanation expectation drive division diversity
difficulty default decision deal customer culture cross criticism criterion coordination convenes
control contract consent conflict concurrence claim city choice bureaucracy break bottom blur
assistant alignment access absence winner trust transformation trait tradition topic ties tier
threshold switch surprise sum stake stability spot split specialist specialism span space shields
sense security scan sample safe round rotate rise retiree result response reservation representation
repeat regulator regard recognition reclassification reality qualification promise planning
perspective percentage payment pattern passage panel overlap output outlook outcome option openness
nonprofit model mistake mirror maximum low location limitation labor inclusion improvement
implementation ideology identity hierarchy headquarters favor exclusion employment emphasis
eligibility efficiency duplication drift discipline directory detailee delay curb counterpoint
correction correct continuity context consultation consultant configuration condition compliance
complexity compensation commitment command clause class channel chance center category care campaign
bridge boundary body bill basis base bare background assessment art arrival archive application
analyst amount ambiguity aggregate adviser accountant abstract accommodation accreditation
acquisition adjudication administrator advisory affairs allowance amendment annuity apportionment
appropriation arbitration attorney auditor authorization backlog benchmark beneficiary bonus
briefing bureau cabinet capacity caseload certificate chairman charter chief citizen claimant
classification clearance coalition commission commissioner committee comptroller conduct conference
congress constituency contingency contractor controller coordinator counsel counselor court coverage
credential curriculum custody cybersecurity database deadline deduction deficit delegation
department designee directive disability disclosure discretion dispute district docket doctrine
domain earnings economy election employer endorsement enrollment entitlement equity estimate ethics
evaluation evidence examiner exemption expenditure facility fellowship fiduciary finding fleet
forecast foundation fraud fund funding governance governor grant guideline handbook incentive
incumbent initiative inquiry inspection inspector installation integrity inventory investigation
jurisdiction justification ledger legislation liaison license litigation locality logistics mandate
manpower manual mediation memorandum mentor mentorship methodology metric milestone ministry
modernization negotiation nomination nominee notification obligation ombudsman operation ordinance
outreach partnership payroll penalty pension permit petition pilot portfolio precedent priority
privacy productivity proficiency promotion proposal prosecutor provision purchase quorum
ratification rating readiness recipient recommendation reconciliation referral refund region
registry reimbursement reinstatement remedy renewal reorganization representative requisition
residency resolution resource retention revenue revision roster safeguard sanction secretary
seniority settlement severance solicitation sponsor stakeholder stipend subcommittee subsidy
succession supplement survey suspension tariff taxpayer telework testimony timeline treasury
tribunal trustee turnover undersecretary vendor waiver warrant welfare whistleblower workload
workplace workshop accomplishment achievement agreement allegation apprenticeship archivist
assurance attendance attrition baseline capability census checklist clerk collaboration
communication community complaint component consensus constraint contribution convention
correspondence counterpart credibility crisis deployment deposit documentation downsizing engagement
enterprise environment equivalence execution expense feedback furlough hiring holiday indicator
innovation input instruction integration intern internship interview investment layoff lesson
manager measure meeting memo merger monitoring morale network objective obstacle onboarding
opportunity orientation outlay overtime paperwork participant pathway posting presidency principle
projection prospect quota rank rationale reduction registration relationship reserve restructuring
rotation segment seminar session shortage study submission subordinate superior supply support
technology training transition transparency trend upgrade usage wage workgroup council secretariat
clerkship inspectorate auditorium allotment accrual annuitant arbitrator bargaining bylaw caucus
chancellor charterer circular codification commendation comptrollership conferee consultancy
contracting counteroffer debarment decree deferral delegate demotion deputyship directorate
disbursement dismissal docketing earmark emolument enactment examination executor exception
federation franchise gazette grantee grantor honorarium impeachment incumbency indemnity injunction
interpretation interregnum jurisprudence legislature lobbyist mandamus ministerial moratorium
nameplate notary oath observer officeholder paygrade plenary postmaster precinct preclearance
probationer proclamation promulgation provost proviso quartermaster reappointment recusal
redelegation reemployment referendum regent registrar reprimand rescission revocation rulemaking
sinecure solicitor statehood stenographer subpoena subrogation subsection successorship
superintendent supervisee tenureship treasurer trusteeship underspend veto viceroy warrantee accord
acknowledgment adjustment admission adoption advancement adversary advocate affidavit aftermath
agent aid aide alert alternative ambassador anniversary annex anomaly appendix appellant
applicability appointing arbiter architecture arena aspect assembly asset assignee assumption
attache attainment attestation attribute audience authenticity autonomy awareness balance ballot
bankruptcy bargain barrier batch behavior belief bench bias blueprint bond bookkeeping borrower
bracket breach breakdown brevity broadcast bulletin burden capital capitol caretaker cargo carrier
cash catalog ceremony chamber charge chart cheque circuit circumstance civics clarity closure code
cohort collection column combination commerce compact competitor compilation composition compromise
concept concession conclusion consequence conservation consideration consistency consolidation
constituent constitution consumer contest controversy conversion conviction core corporation count
coupon courier craft creation critic currency custom cutback damage debt decade declaration decline
defense deficiency degree deliberation demand democracy demonstration denial deposition depth
derivation descendant design destination detriment device dialogue diploma diplomat disagreement
discharge discount discovery dissent distinction distribution document donor draft drill earning
education effort element embassy encounter endeavor engineer enquiry entity episode equipment
escalation essay estate event exchange exercise exhibit expedition experiment exposure extension
extent factor failure faith federalism fee file filing finance firm flaw flow focus footnote formula
forum fraction frame freedom frequency fulfillment gazetteer generation good guest habit handover
harm harmony heading health heir heritage highlight honor hospital household housing hypothesis
impact impairment import incident income increase indictment individual industry inflation influence
informant infrastructure inheritance injury insight instance institution intake intent interim
interval intervention invoice involvement item journal judgment justice key landscape lawsuit lawyer
lead lease lecture legacy legislator lender length letter levy liberty limit link list loan lobby
logic loss loyalty machinery magnitude maintenance majority malfeasance map margin market meaning
means mechanism medium memorial message method minimum minister minority minute mode moment motion
motive movement municipality narrative need negligence neutrality norm novelty nurse object occasion
occupation offense offer opinion origin outline overhaul owner ownership pace page paragraph parity
parliament partner patent patron payee peer perception permission petitioner phase philosophy phrase
physician piece place platform plea pledge point politician poll population portion post potential
practitioner preamble predecessor premise preparation prerogative presence preservation pressure
prestige prevention price principal prize probe proceeding processing product profession professor
profit prohibition proof property proportion proposition prosecution protest provider proximity
publicity punishment pursuit quarter query quote rate ratio reach reaction reader reading rebate
receipt reception recess reckoning recourse recovery redress reelection regime reinforcement release
reliance relief reminder repayment replacement reply reporter republic reputation requester rescue
resignation resistance respect respondent restraint restriction retreat return reversal reviewer
rival road roll routine ruling safety sale schedule scheme scholar scholarship school science score
screening seal season seat second sequence series servant setback shareholder signature significance
slate society software solution speaker specification speech sphere spokesman spouse staffing stage
standing state statistic stature steward stock storage strain stride strike subsidiary substance
substitute suit supplier surplus suspect symptom table tactic tax teacher tenant tendency tension
territory text theme theory thesis threat ticket token total trade traffic transaction transcript
treatment treaty trial trip trouble truth uncertainty understanding unity university update urgency
user utility vacation validity variable variation venture verdict vessel victim violation visit
voice volume vote voter voucher warning weakness wealth witness word worker writ yield zone
`;

const VERBS = `
pay work set move note need rate detail review apply run describe change read check limit fill place
ask show separate staff serve differ address use process point lead meet certify carry transfer
reform link keep follow find reach cite qualify post open hold earn count treat reassign write test
stand replace recruit receive plan look list cover approve appeal start schedule require report
explain draft depend deliver cut create compete budget waive suggest share select remove record
protect perform offer involve include guide face exceed designate design charge build balance
approach weigh submit state request represent refer match manage issue handle ensure draw document
direct decide consult consider clear vary update strengthen settle seek retire recognize prove
propose produce prevent prepare oversee mean lack hire gather file examine establish enter encourage
develop connect confirm compare close broaden brief benefit audit attract appoint administer adopt
advise allocate amend analyze announce appraise assess assign authorize calculate clarify classify
coach collect complete comply consolidate continue coordinate define determine educate eliminate
employ enforce evaluate exclude execute expand extend facilitate finance focus govern identify
implement improve increase inform initiate inspect integrate interpret investigate justify maintain
merge modernize monitor motivate negotiate nominate notify obtain operate organize outline
participate prescribe present preserve prioritize procure promote provide publish recommend
reconcile reduce regulate reimburse reinstate reject relocate renew reorganize resolve restore
restructure retain revise reward screen secure simplify specify standardize streamline supervise
sustain suspend terminate track train translate validate verify withdraw allow assume combine commit
communicate conclude decline demonstrate deploy disclose discuss emphasize enable engage expect
indicate launch learn lower prefer raise rely remain respond restrict return sign signal solve spend
take win accept accommodate accompany accomplish accrue accumulate achieve acknowledge acquire adapt
add adjourn adjust admit advance advertise affirm afford aggregate agree aid alert align alter amass
anticipate appear append arbitrate archive argue arrange assemble assert attach attain attend attest
avoid await bar bargain bear become begin belong bind borrow break bring broadcast calibrate cancel
capture cast catalog cause cease chair challenge choose circulate claim codify coincide
collaborate command commend commission compensate compile complement compose comprise compute
concede conceive concern condense confer configure confront conserve constitute constrain construct
contain contend contest contract contrast contribute convene convert convey convince correct
correspond counsel craft credit curb deduct defend defer deliberate denote deny depart derive
deserve detect devise devote dictate digitize disburse discharge discipline dismiss dispatch display
dispose dispute dissolve distinguish distribute divide double drive elect elevate embrace emerge
endorse endure enlist enrich enroll entail entitle equip erode escalate evolve exempt exercise
exhibit expire explore export expose express extract fail favor feature finalize fit forbid foster
frame freeze fulfill furnish generate grasp gauge harmonize hear highlight honor host imply impose
incorporate incur index induce infer inherit insert insist install instruct insure intend interact
intervene introduce invest invite invoke isolate judge label lapse lease legislate leverage license
lift locate lodge maximize mediate minimize mirror mitigate mobilize modify nullify object observe
occupy occur omit oppose optimize outsource overlap override overrule own pardon pass pause penalize
persist persuade petition pledge possess postpone precede predict preside presume pretend prevail
proceed proclaim prohibit project prolong promise prompt pursue quantify question ratify realign
reallocate reappoint reassess recall recast reclassify recover rectify redefine redesign redirect
redistribute reelect refine reflect refund refuse regain register reinforce relate release
relinquish remedy remind render repeal repeat rephrase reply reserve reside resign resist rest
resume retract reveal reverse revert revoke rotate rule safeguard satisfy scale scan seize sever
shape shift shorten simulate solicit sort span split stabilize stipulate strive subdivide subject
subsidize substitute succeed suffice summon supersede supplement surpass survey suspect swear
tabulate target tend tighten tolerate total trace transmit trigger trust undergo underline undertake
unify uphold urge utilize vacate veto vote warn weaken widen yield
`;

const ADJECTIVES = `
executive limited new noncareer certified general current federal undated political governmentwide
single senior eligible emergency basic reserved competitive published presidential acting official
appointed updated unsatisfactory approved dated long confirmed professional legal special total
initial consecutive successful specific public classified reassigned probationary optional
involuntary excepted interim full technical qualified large strong regulatory poor narrative minimum
detailed accountable unofficial temporary potential organizational mandatory individual fundamental
central unique typical supervisory strategic similar scientific responsive nonrenewable measurable
meaningful managerial independent high designated comparable broad administrative vacant
satisfactory responsible procedural ongoing core annual alternative usual permanent legislative key
judicial internal informal important geographic fiscal financial final established disciplinary
answerable able unusual transparent substantial structured statutory standard real prior practical
possible personal overall local identical historical flexible equal distinct digital capable
applicable voluntary vertical traditional supplemental statistical secondary relevant relative
proper previous original operational numerical normal noncompetitive necessary national mobile major
joint institutional insensitive impartial gradual funded former formal forensic existing essential
entire efficient effective diverse democratic considerable canonical biennial available automatic
alphabetical adjusted adaptable accurate acceptable active additional adequate adverse appropriate
authorized budgetary bureaucratic civilian collective comprehensive confidential consistent
constitutional contractual critical decentralized departmental discretionary domestic early
equitable ethical external fair functional interagency lateral military modest multiple narrow
nonpartisan partisan primary prospective quarterly rapid recent regional reliable routine rural
seasonal significant stable sufficient thorough timely uniform urban valid weekly written advanced
bipartisan consolidated delegated exempt graded retired salaried tenured absolute academic adjacent
advisory affirmative aggregate alternate ambiguous analytical ancillary appellate arbitrary average
bilateral binding careful categorical causal ceremonial civic coequal coherent commercial compatible
competent complex compulsory concurrent conditional confirmable conservative constructive continuous
conventional cooperative corporate corrective credible cumulative customary daily decisive defensive
deliberate dependent deputy desirable diplomatic discrete dominant durable dynamic economic
educational elective electoral elementary eminent empirical enforceable enormous environmental
equivalent evident exact exceptional excessive exclusive expedient explicit extensive extraordinary
factual familiar favorable feasible foreign fractional frequent generous genuine global governmental
gross habitual harmful honorary hostile humanitarian hypothetical illegal immediate implicit
improper inadequate incidental inclusive incomplete inconsistent indefinite indirect industrial
inevitable inferior influential inherent innovative intensive intermediate interpretive intrinsic
invalid irregular judicious juridical lawful liable liberal logical loyal marginal material maximum
medical mental ministerial minor moderate monetary moral municipal mutual native naval negative
neutral nominal nonprofit notable notional numerous obvious occasional occupational ordinary
parallel parliamentary partial peculiar pending periodic pertinent physical plausible plenary plural
popular positive precise preferential preliminary premature prescriptive present prevailing
principal private privileged productive progressive prominent proportional provisional prudent
punitive qualitative quantitative radical random rational realistic reasonable reciprocal redundant
remedial remote representative residual restrictive retroactive revised rigorous ruling salient
scarce secular selective sensitive sequential serious severe shared short simple sincere sole
sovereign sparse spatial stated steady strict structural subordinate subsequent supplementary
supreme suspended sustainable systematic tangible tentative territorial theoretical tight tolerant
transitional tribal trivial ultimate unanimous unilateral universal unlimited unpaid urgent variable
verbal vital vulnerable weak whole particular certain main good plain true sure sudden slow rough
honest hidden heavy hard approximate civil compensatory rigid robust false human ready big unfair
unforeseen unclear absent alike little easy loose near yearly wide old different
`;

const ADVERBS = `
usually fully politically differently quickly exactly mostly largely formally uniquely typically
strategically roughly noncompetitively individually fairly actually wholly successfully simply
plainly minimally mainly legally involuntarily geographically generally expressly directly
automatically suddenly strictly specially slightly separately repeatedly quietly purely poorly
necessarily likely highly gradually genuinely freely especially efficiently deliberately
competitively commonly approximately accordingly actively annually broadly carefully clearly closely
consistently currently effectively equally explicitly immediately independently initially jointly
normally notably officially originally particularly periodically primarily promptly properly
publicly rarely recently regularly routinely significantly similarly specifically temporarily widely
`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
