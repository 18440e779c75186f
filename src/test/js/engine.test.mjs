// Tests of the browser search engine (themes/default/static/assets/search.js) against the hand-made
// index in fixture-index/ (14 documents, 3 shards, fragments of 4) and small in-memory indexes.
// The contract is docs/search-index.md. Run: node --test src/test/js/
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { createEngine, tokenize } = require(join(here, '../../../themes/default/static/assets/search.js'));
const FIXTURE = join(here, 'fixture-index');

function fixtureLoader(counts) {
  return (name) => {
    if (counts) counts[name] = (counts[name] || 0) + 1;
    return JSON.parse(readFileSync(join(FIXTURE, name + '.json'), 'utf8'));
  };
}
const engine = createEngine(fixtureLoader());
const search = (q, limit = 20) => engine.search(q, { limit, typing: true });
const docs = async (q, limit) => (await search(q, limit)).map((r) => r.doc);
const scored = async (q, limit) => (await search(q, limit)).map((r) => [r.doc, r.score]);

// The impact of a term in a document, read straight from the fixture shards.
const manifest = JSON.parse(readFileSync(join(FIXTURE, 'manifest.json'), 'utf8'));
function impact(term, doc) {
  for (let i = 0; i < manifest.shards.length; i++) {
    const p = JSON.parse(readFileSync(join(FIXTURE, `s-${i}.json`), 'utf8')).t[term];
    if (!p) continue;
    for (let j = 0, d = 0; j < p.length; j += 2) {
      d += p[j];
      if (d === doc) return p[j + 1];
    }
  }
  throw new Error(`no impact for ${term} in ${doc}`);
}
const r4 = (x) => Math.round(x * 10000) / 10000;
// The ranking of QueryEngine.rank: each document's summed score x (weighted share of the query's parts
// it matches)^2, highest first, ties to the lower id; a part weighs ln(1 + 14 / documents it matches)
// (the fixture has 14 documents). `rows` are [doc, summedScore]; `parts` the documents of each part.
const share = (doc, parts) => {
  const w = parts.map((p) => Math.log(1 + 14 / p.length));
  let mine = 0, total = 0;
  parts.forEach((p, i) => { total += w[i]; if (p.includes(doc)) mine += w[i]; });
  return mine / total;
};
const ranked = (rows, parts) => rows
  .map(([d, s]) => { const f = share(d, parts); return [d, r4(s * f * f)]; })
  .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
const EXEC = [0, 1, 3, 4, 6, 7, 12];

test('char filters and tokens', () => {
  assert.deepEqual(tokenize('5 U.S.C. § 3132'), ['5usc3132']);
  assert.deepEqual(tokenize('P.L. 95-454'), ['pl95_454']);
  assert.deepEqual(tokenize('GS-15'), ['gs15']);
  assert.deepEqual(tokenize('gs\u201115 and ES\u20131'), ['gs15', 'and', 'es1']);
  assert.deepEqual(tokenize('5 USC 3132; 5 U.S. Code 3132a'), ['5usc3132', '5usc3132a']);
  assert.deepEqual(tokenize('United States Code'), ['usc']);
  assert.deepEqual(tokenize('usc 3132'), ['usc', '3132']);
  assert.deepEqual(tokenize('5 C.F.R. 317.903'), ['5cfr317.903']);
  assert.deepEqual(tokenize('5 CFR part 317'), ['5', 'cfr', 'part', '317']);
  assert.deepEqual(tokenize('Code of Federal Regulations'), ['cfr']);
  assert.deepEqual(tokenize('Pub. L. No. 95-454'), ['pl95_454']);
  assert.deepEqual(tokenize('Public Law 95 \u2013 454'), ['pl95_454']);
  assert.deepEqual(tokenize('\u00a7\u00a7 3131\u20133136'), ['3131_3136']);
  assert.deepEqual(tokenize('92 Stat. 1111'), ['92stat1111']);
  assert.deepEqual(tokenize('USCIS'), ['uscis']);
  assert.deepEqual(tokenize('title 5 section 4314'), ['5usc4314']);
  assert.deepEqual(tokenize('Title 5, sec. 3132a'), ['5usc3132a']);
  assert.deepEqual(tokenize('title 5 of the code'), ['title', '5', 'of', 'the', 'code']);
});

test('possessives, joined tokens, case and stop words', () => {
  assert.deepEqual(tokenize("The agency's executives"), ['the', 'agency', 'executives']);
  assert.deepEqual(tokenize('The agency\u2019s executives'), ['the', 'agency', 'executives']);
  assert.deepEqual(tokenize("U.S. agencies don't"), ['u.s', 'agencies', "don't"]);
  assert.deepEqual(tokenize('Hatch  Act...  (1939)'), ['hatch', 'act', '1939']);
  assert.deepEqual(tokenize('The Hatch Act of 1939', new Set(['the', 'of'])), ['hatch', 'act', '1939']);
  assert.deepEqual(tokenize('r\u00e9sum\u00e9 na\u00efve'), ['r\u00e9sum\u00e9', 'na\u00efve']);
  assert.deepEqual(tokenize(''), []);
});

test('a document with every word outranks one with some, unless that one matches far more strongly', async () => {
  // hatch: 3; executives (s: execut): 0 1 3 4 6 7 12
  const res = await scored('hatch executives');
  assert.deepEqual(res[0], [3, impact('hatch', 3) + impact('execut', 3)]);
  assert.deepEqual(res.slice(1), ranked([0, 7, 12, 1, 4, 6].map((d) => [d, impact('execut', d)]), [[3], EXEC]));
  // senior: 0 1 4 12. Doc 3 has the highest raw score but lacks the rarer word.
  const both = await scored('senior executives');
  const rows = [12, 0, 1, 4].map((d) => [d, impact('senior', d) + impact('execut', d)])
    .concat([3, 7, 6].map((d) => [d, impact('execut', d)]));
  assert.deepEqual(both, ranked(rows, [[0, 1, 4, 12], EXEC]));
  assert.ok(impact('execut', 3) > impact('senior', 12) + impact('execut', 12));
  assert.deepEqual(both[0], [12, impact('senior', 12) + impact('execut', 12)]);
  assert.deepEqual((await docs('senior executive service')).slice(0, 4), [4, 0, 12, 1]);
});

test('stop words and possessives in queries', async () => {
  assert.deepEqual(await scored('the hatch act'), await scored('hatch act'));
  assert.deepEqual((await docs("agency's pay"))[0], 1);
  assert.deepEqual(await docs('agency\u2019s pay'), await docs("agency's pay"));
  assert.deepEqual(await docs('the of and'), []);
});

test('citations in queries', async () => {
  assert.deepEqual(await docs('5 U.S.C. \u00a7 5382'), [1]);
  assert.deepEqual(await docs('5382'), [1]);
  assert.deepEqual(await docs('P.L. 95-454'), [4]);
  assert.deepEqual(await docs('95-454'), [4]);
  assert.deepEqual(await docs('454'), [4]);
  assert.deepEqual(await docs('5 CFR 317.903'), [6]);
  assert.deepEqual(await docs('317'), [6]);
  assert.deepEqual(await docs('GS-15'), [5]);
  assert.deepEqual(await docs('gs15'), [5]);
});

test('no document has every word: any word, by score', async () => {
  assert.deepEqual(await scored('hatch sabbatical'), ranked([[9, impact('sabbat', 9)], [3, impact('hatch', 3)]], [[3], [9]]));
});

test('unmatched words are ignored', async () => {
  assert.deepEqual(await scored('hatch zzzz'), await scored('hatch'));
  assert.deepEqual(await docs('zzzz'), []);
  assert.deepEqual(await docs(''), []);
  assert.deepEqual(await docs('  '), []);
});

test('prefix: only the last word, length >= 3, while it is being typed', async () => {
  // "appoint" is an exact term (1.0) and a prefix of appointees (-> appointe, 0.8) and appointment(s).
  assert.deepEqual(await scored('appoint'), [
    [2, impact('appoint', 2)], [10, impact('appoint', 10)], [0, r4(0.8 * impact('appointe', 0))],
  ]);
  assert.deepEqual(await docs('appoint '), [2, 10]);
  assert.deepEqual(await docs('appoint.'), [2, 10]);
  assert.deepEqual(await docs('appoint "hatch act"'), [3, 2, 10]);
  // "exec" has no exact term: as the last word it expands to executive(s) -> execut at 0.8.
  const withPrefix = await scored('senior exec');
  assert.deepEqual(withPrefix.map((x) => x[0]), [12, 0, 1, 4, 3, 7, 6]);
  assert.deepEqual(withPrefix[0], [12, r4(impact('senior', 12) + 0.8 * impact('execut', 12))]);
  assert.deepEqual(withPrefix[4], ranked([[3, 0.8 * impact('execut', 3)]], [[0, 1, 4, 12], EXEC])[0]);
  assert.deepEqual(await scored('exec senior'), await scored('senior'));
  assert.deepEqual(await scored('senior exec '), await scored('senior'));
  assert.deepEqual(await docs('ex'), []);
  // A submitted query (not typing) matches its last word whole: "appoint" no longer finds appointees.
  const submitted = (await engine.search('appoint', { limit: 20 })).map((r) => r.doc);
  assert.deepEqual(submitted, [2, 10]);
});

test('typos: distance 1 from length 4, distance 2 from length 8', async () => {
  assert.deepEqual(await scored('probatonary '), [[6, r4(0.6 * impact('probationari', 6))]]);
  assert.deepEqual(await scored('probatonery '), [[6, r4(0.4 * impact('probationari', 6))]]);
  assert.deepEqual(await scored('borad '), [[7, r4(0.6 * impact('board', 7))]]); // transposition
  assert.deepEqual(await docs('bxxrd '), []); // distance 2 needs length >= 8
  assert.deepEqual(await docs('brd '), []); // length 3: no typo tolerance
});

test('typos: never for words with a digit, and the first character must match', async () => {
  assert.deepEqual(await docs('b0ard '), []);
  assert.deepEqual(await docs('voard '), []);
});

test('scores compare after rounding to 4 decimals; ties go to the lower document id', async () => {
  // "rang": prefix of "range" (doc 12: 0.8 x 6 = 4.800000000000001), typo of "rank" (doc 11: 0.6 x 8 = 4.8)
  assert.equal(impact('range', 12), 6);
  assert.equal(impact('rank', 11), 8);
  assert.deepEqual(await scored('rang'), [[11, 4.8], [12, 4.8]]);
  // Two words whose documents tie: doc 9 is met first, doc 8 still ranks first.
  assert.equal(impact('sabbat', 9), impact('detail', 8));
  assert.deepEqual(await docs('sabbatical detail'), [8, 9]);
});

test('phrases: exact terms in order in heading and body, each 1 to 3 positions after the last', async () => {
  assert.deepEqual(await scored('"hatch act"'), [[3, impact('hatch', 3) + impact('act', 3)]]);
  assert.deepEqual(await docs('"act hatch"'), []);
  // doc 0: "federal executives"; doc 3: "federal employees, including executives" (3 after)
  assert.deepEqual(await docs('"federal executives"'), [3, 0]);
  // doc 3: "political activity of federal employees, including executives" (6 after)
  assert.deepEqual(await docs('"political executives"'), []);
  assert.deepEqual((await docs('political executives ')).slice(0, 2), [3, 0]);
  // "The Office of Personnel Management runs": stop words leave gaps
  assert.deepEqual(await docs('"office of personnel management"'), [13]);
  assert.deepEqual(await docs('"office personnel management"'), [13]);
  assert.deepEqual(await docs('"office management"'), [13]); // 3 after
  assert.deepEqual(await docs('"office runs"'), []); // 4 after
  assert.deepEqual(await docs('"management office"'), []);
  assert.deepEqual(await docs('"P.L. 95-454"'), [4]);
  assert.deepEqual(await docs('"95-454"'), [4]);
  assert.deepEqual(await docs('"detail detail"'), []); // heading and body are more than 10 positions apart
  assert.deepEqual(await docs('"glossary"'), []); // titles have no positions
  assert.equal((await docs('glossary ')).length, 7);
});

test('phrases and words are parts of the query alike', async () => {
  const res = await scored('"hatch act" executives');
  assert.deepEqual(res[0], [3, impact('hatch', 3) + impact('act', 3) + impact('execut', 3)]);
  assert.deepEqual(res.slice(1), ranked([0, 7, 12, 1, 4, 6].map((d) => [d, impact('execut', d)]), [[3], EXEC]));
});

test('phrases need exact terms; a phrase that matches nothing adds nothing', async () => {
  assert.deepEqual(await docs('"executiv"'), []);
  assert.deepEqual(await docs('"hatch zzzz"'), []);
  assert.deepEqual(await docs('"hatch zzzz" sabbatical'), [9]);
  assert.deepEqual(await scored('"the" hatch'), await scored('hatch'));
  assert.deepEqual(await scored('"" hatch'), await scored('hatch'));
});

test('results carry the fragment, matched terms, and honour the limit', async () => {
  const [r] = await search('hatch', 1);
  assert.equal(r.doc, 3);
  assert.equal(r.url, 'faq/#hatch-act');
  assert.equal(r.title, 'FAQ');
  assert.equal(r.heading, 'Does the Hatch Act apply to executives?');
  assert.match(r.excerpt, /^Yes\. The Hatch Act limits/);
  assert.ok(r.terms.includes('hatch'));
  const page = await search('senior exec', 2);
  assert.equal(page.length, 2);
  // Honest counts: 4 documents have both words; 3 more have only "exec...".
  assert.equal(page.total, 4);
  assert.equal(page.partial, 3);
  assert.ok(page[0].terms.includes('executives') && page[0].terms.includes('senior'));
  const lead = (await search('corps'))[0];
  assert.deepEqual([lead.url, lead.heading], ['overview/', '']);
});

test('files are loaded once and only when needed', async () => {
  const counts = {};
  const e = createEngine(fixtureLoader(counts));
  await e.search('hatch act', { limit: 5 });
  await e.search('hatch act', { limit: 5 });
  assert.ok(Object.values(counts).every((n) => n === 1), JSON.stringify(counts));
  assert.ok(!Object.keys(counts).some((n) => n.startsWith('p-')), 'positions only for phrases');
  await e.search('"hatch act"', { limit: 5 });
  assert.ok(Object.keys(counts).some((n) => n.startsWith('p-')));
});

// A tiny in-memory index for the candidate caps and their order.
function memoryEngine(words) {
  // words: [[surface, df]]; each surface is its own term, in document i with impact 100 - i.
  const t = {}, lex = {};
  words.forEach(([w, df], i) => {
    t[w] = [i, 100 - i];
    (lex[w.slice(0, 2)] = lex[w.slice(0, 2)] || []).push([w, w, df]); // lexicon files by first two characters
  });
  Object.values(lex).forEach((l) => l.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const files = {
    manifest: { v: 2, docs: words.length, stop: ['the'], shards: [''], fragSize: 1000, lex: Object.keys(lex) },
    's-0': { t, s: {} },
    'f-0': words.map(([w]) => ['x/#' + w, 'X', w, '']),
  };
  Object.entries(lex).forEach(([c, l]) => { files['l-' + c.replace(/[^a-z0-9]/g, (x) => '_' + x.charCodeAt(0).toString(16).padStart(4, '0'))] = l; });
  return createEngine((name) => {
    if (!(name in files)) throw new Error('no file ' + name);
    return files[name];
  });
}

test('prefix candidates: at most 30, highest df first, then surface order', async () => {
  const words = [];
  for (let i = 0; i < 40; i++) words.push(['pre' + String(i).padStart(2, '0'), i % 4]);
  const e = memoryEngine(words);
  const got = (await e.search('pre', { limit: 100, typing: true })).map((r) => r.heading).sort();
  const want = words.slice().sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 30).map((w) => w[0]).sort();
  assert.deepEqual(got, want);
  const all = await e.search('pre', { limit: 100, typing: true });
  assert.equal(all[0].score, r4(0.8 * (100 - words.findIndex((w) => w[0] === all[0].heading))));
});

test('typo candidates: at most 10, by distance, then df, then surface', async () => {
  const d1 = ['abcdefgx', 'abcdefxh', 'abcdexgh', 'abcdxfgh', 'abcxefgh', 'abxdefgh']; // distance 1
  const d2 = ['abcdefxx', 'abcdexxh', 'abcdxxgh', 'abcxxfgh', 'abxxefgh', 'axxdefgh']; // distance 2
  const words = d1.map((w) => [w, 1]).concat(d2.map((w, i) => [w, i < 2 ? 5 : i === 5 ? 9 : 2]));
  const e = memoryEngine(words);
  const res = await e.search('abcdefgh ', { limit: 100, typing: true });
  const got = res.map((r) => r.heading);
  // the six at distance 1, then distance 2 by df: axxdefgh (9), abcdefxx, abcdexxh (5), then abcdxxgh (2, first by surface)
  assert.deepEqual(got.slice().sort(), d1.concat(['axxdefgh', 'abcdefxx', 'abcdexxh', 'abcdxxgh']).sort());
  for (const r of res) {
    const i = words.findIndex((w) => w[0] === r.heading);
    assert.equal(r.score, r4((d1.includes(r.heading) ? 0.6 : 0.4) * (100 - i)));
  }
});

test('typo candidates only when the word has no exact term', async () => {
  const e = memoryEngine([['zebra', 1], ['zebru', 3]]);
  assert.deepEqual((await e.search('zebra ', { limit: 10, typing: true })).map((r) => r.heading), ['zebra']);
  assert.deepEqual((await e.search('zebrx ', { limit: 10, typing: true })).map((r) => r.heading), ['zebra', 'zebru']);
  assert.deepEqual((await e.search('zebrx the ', { limit: 10, typing: true })).map((r) => r.score), [r4(0.6 * 100), r4(0.6 * 99)]);
});

test('an index of another format is refused, not misread', async () => {
  const other = createEngine((name) => {
    const json = JSON.parse(readFileSync(join(FIXTURE, name + '.json'), 'utf8'));
    return name === 'manifest' ? { ...json, v: 1 } : json;
  });
  await assert.rejects(other.search('"hatch act"', { limit: 5 }), /search index format 1, this script reads 2/);
  assert.deepEqual(await docs('"hatch act"'), [3]); // the fixture itself is format 2
});

test('the lexicon: a word also finds the one-word things it means, at 0.9; longer meanings are the index\'s job', async () => {
  const base = fixtureLoader();
  const e = createEngine((name) => {
    const f = base(name);
    return name === 'manifest' ? { ...f, syn: { fired: ['hatch'], opm: ['office of personnel management'], gone: ['zzzz'] } } : f;
  });
  const scores = async (q) => (await e.search(q, { limit: 20 })).map((r) => [r.doc, r.score]);
  assert.deepEqual(await scores('fired'), [[3, r4(0.9 * impact('hatch', 3))]]);
  // A meaning of several words is applied when the index is built (the word is indexed where the
  // phrase is); this fixture's index was built without it, so the client finds nothing for it.
  assert.deepEqual(await scores('opm'), []);
  assert.deepEqual(await scores('gone'), []);
  // The word's own matches count too: the better of the two per document.
  assert.deepEqual(await scores('fired hatch'), [[3, r4(impact('hatch', 3) + 0.9 * impact('hatch', 3))]]);
  assert.ok((await e.search('fired', { limit: 1 }))[0].terms.includes('hatch'));
});

test('a word found only as a typo is corrected in results.corrected; exact: true turns typos off', async () => {
  const res = await engine.search('Borad hatch', { limit: 5 });
  assert.equal(res.corrected, 'board hatch');
  assert.equal((await engine.search('board hatch', { limit: 5 })).corrected, null);
  assert.deepEqual((await engine.search('borad', { limit: 5, exact: true })).map((r) => r.doc), []);
});
