(function () {
'use strict';
var hasOwn = function (o, k) { return o != null && Object.prototype.hasOwnProperty.call(o, k); };
var DASH = '[-\u2010\u2011\u2013\u2014]';
function rx(src) { return new RegExp(src.replace(/\\s/g, '[ \\t\\n\\x0B\\f\\r]'), 'gi'); }
var FILTERS = [
[rx('\\bU\\.?\\s?S\\.?\\s?C(?:ode)?\\b\\.?'), ' usc '],
[rx('\\bUnited\\s+States\\s+Code\\b'), ' usc '],
[rx('\\bC\\.\\s?F\\.\\s?R\\b\\.?'), ' cfr '],
[rx('\\bCode\\s+of\\s+Federal\\s+Regulations\\b'), ' cfr '],
[rx('\\b(?:P\\.\\s?L\\.|Pub\\.\\s?L\\.(?:\\s?No\\.)?|Public\\s+Law)'), ' pl '],
[rx('\\b(GS|ES|EX|SL|ST|OF|SF)\\s?' + DASH + '(\\d+)\\b'), '$1$2'],
[rx('(\\d)\\s?' + DASH + '\\s?(\\d)'), '$1_$2'],
[/\u00a7/g, ' '],
[/\u2019/g, "'"],
[rx('\\btitle\\s+(\\d+),?\\s+(?:(?:section|sec\\.?)\\s*)?(\\d+[a-z]?)\\b'), '$1 usc $2'],
[rx('\\b(\\d+)\\s+(usc|cfr)\\s+(\\d+(?:\\.\\d+)?[a-z]?)'), '$1$2$3'],
[rx('\\bpl\\s+(\\d+_\\d+)'), 'pl$1'],
[rx('\\b(\\d+)\\s+Stat\\.?\\s+(\\d+)'), '$1stat$2']
];
var WORD, TYPING;
try {
WORD = new RegExp('[\\p{L}\\p{N}_]+(?:[.\'][\\p{L}\\p{N}_]+)*', 'gu');
TYPING = new RegExp('[\\p{L}\\p{Nd}]$', 'u');
} catch (e) { // engines without Unicode property escapes: Latin letters and digits
var C = '0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
WORD = new RegExp('[' + C + '_]+(?:[.\'][' + C + '_]+)*', 'g');
TYPING = new RegExp('[' + C + ']$');
}
function tokenize(text, stop) {
var s = String(text == null ? '' : text), out = [], m, i;
for (i = 0; i < FILTERS.length; i++) s = s.replace(FILTERS[i][0], FILTERS[i][1]);
s = s.toLowerCase();
WORD.lastIndex = 0;
while ((m = WORD.exec(s)) !== null) {
var t = m[0];
if (t.length > 2 && t.slice(-2) === "'s") t = t.slice(0, -2);
if (!(stop && stop.has(t))) out.push(t);
}
return out;
}
function parseQuery(query, stop) {
var phrases = [];
var loose = String(query).replace(/"([^"]*)"/g, function (all, p) {
phrases.push(tokenize(p, stop));
return ' ';
});
return { words: tokenize(loose, stop), phrases: phrases, prefix: TYPING.test(query) };
}
function rawMarks(query, stop) {
var out = [], full = String(query).replace(/"/g, ' ').trim().replace(/\s+/g, ' ');
var add = function (w) { w = w.toLowerCase(); if (w && out.indexOf(w) < 0) out.push(w); };
if (full.indexOf(' ') > 0) add(full);
String(query).replace(/"([^"]*)"/g, function (all, p) { p = p.trim().replace(/\s+/g, ' '); if (p.indexOf(' ') > 0) add(p); return ''; });
full.split(' ').forEach(function (w) {
w = w.replace(/^[^0-9A-Za-z\u00c0-\u024f]+|[^0-9A-Za-z\u00c0-\u024f]+$/g, '');
if (w.length >= 2 && tokenize(w, stop).length) add(w);
});
return out;
}
function distance(a, b, max) {
var la = a.length, lb = b.length, i, j;
if (Math.abs(la - lb) > max) return max + 1;
var prev2 = null, prev = [], cur;
for (j = 0; j <= lb; j++) prev[j] = j;
for (i = 1; i <= la; i++) {
cur = [i];
var low = i;
for (j = 1; j <= lb; j++) {
var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
cur[j] = v;
if (v < low) low = v;
}
if (low > max) return max + 1;
prev2 = prev; prev = cur;
}
return prev[lb];
}
var round4 = function (x) { return Math.round(x * 10000) / 10000; };
var MEANS = 0.9;
var FORMAT = 2;
function createEngine(loader) {
var files = {}, postCache = {}, posCache = {}, manifestP = null;
function load(name) {
if (!files[name]) {
files[name] = Promise.resolve().then(function () { return loader(name); });
files[name].catch(function () { delete files[name]; });
}
return files[name];
}
function manifest() {
if (!manifestP) {
manifestP = load('manifest').then(function (m) {
if (m.v !== FORMAT) throw new Error('search index format ' + m.v + ', this script reads ' + FORMAT + ': reload the page');
return { docs: m.docs, stop: new Set(m.stop || []), shards: m.shards || [], fragSize: m.fragSize, lex: new Set(m.lex || []), syn: m.syn || {} };
});
manifestP.catch(function () { manifestP = null; });
}
return manifestP;
}
function fileKey(k) {
return k.replace(/[^a-z0-9]/g, function (c) { return '_' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
}
function shardIndex(m, key) {
var lo = 0, hi = m.shards.length - 1, r = -1;
while (lo <= hi) {
var mid = (lo + hi) >> 1;
if (m.shards[mid] <= key) { r = mid; lo = mid + 1; } else hi = mid - 1;
}
return r;
}
function shardFor(m, prefix, key) {
var i = shardIndex(m, key);
return i < 0 ? Promise.resolve(null) : load(prefix + i);
}
async function postings(m, term) {
if (!hasOwn(postCache, term)) {
var sh = await shardFor(m, 's-', term), map = new Map();
var a = sh && hasOwn(sh.t, term) ? sh.t[term] : [];
for (var i = 0, d = 0; i + 1 < a.length; i += 2) { d += a[i]; map.set(d, a[i + 1]); }
postCache[term] = map;
}
return postCache[term];
}
async function positions(m, term) {
if (!hasOwn(posCache, term)) {
var sh = await shardFor(m, 'p-', term), map = new Map();
var a = sh && hasOwn(sh, term) ? sh[term] : [];
for (var i = 0, d = 0; i + 1 < a.length; i += 2) {
var set = new Set(), ps = a[i + 1];
d += a[i];
for (var j = 0, at = 0; j < ps.length; j++) { at += ps[j]; set.add(at); }
map.set(d, set);
}
posCache[term] = map;
}
return posCache[term];
}
async function exactTerm(m, w) {
var sh = await shardFor(m, 's-', w);
if (!sh) return null;
if (hasOwn(sh.s, w)) return sh.s[w];
if (hasOwn(sh.t, w)) return w;
return null;
}
async function candidates(m, w, prefix, exactOnly) {
var out = [], exact = await exactTerm(m, w);
if (exact !== null) out.push({ term: exact, weight: 1, surface: w });
var doPrefix = prefix && w.length >= 3;
var maxD = exact === null && !exactOnly && !/[0-9]/.test(w) ? (w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0) : 0;
var byDf = function (x, y) { return y[2] - x[2] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0); }, i, e;
if (doPrefix && m.lex.has(w.slice(0, 2))) {
var lex = await load('l-' + fileKey(w.slice(0, 2))), lo = 0, hi = lex.length, pre = [];
while (lo < hi) { var mid = (lo + hi) >> 1; if (lex[mid][0] < w) lo = mid + 1; else hi = mid; }
for (i = lo; i < lex.length && lex[i][0].lastIndexOf(w, 0) === 0; i++) if (lex[i][0] !== w) pre.push(lex[i]);
pre.sort(byDf);
for (i = 0; i < pre.length && i < 30; i++) out.push({ term: pre[i][1], weight: 0.8, surface: pre[i][0] });
}
if (maxD) {
var keys = [];
m.lex.forEach(function (k) { if (k[0] === w[0]) keys.push(k); });
var files = await Promise.all(keys.map(function (k) { return load('l-' + fileKey(k)); })), typo = [];
files.forEach(function (lexFile) {
for (i = 0; i < lexFile.length; i++) {
e = lexFile[i];
var d = distance(w, e[0], maxD);
if (d >= 1 && d <= maxD) typo.push([e[0], e[1], e[2], d]);
}
});
typo.sort(function (x, y) { return x[3] - y[3] || byDf(x, y); });
for (i = 0; i < typo.length && i < 10; i++) out.push({ term: typo[i][1], weight: typo[i][3] === 1 ? 0.6 : 0.4, surface: typo[i][0], typo: true });
}
return out;
}
function spans(m, words) {
var out = [], i, n, key;
for (i = 0; i < words.length; i++) {
for (n = Math.min(3, words.length - i); n > 1; n--) {
key = words.slice(i, i + n).join(' ');
if (hasOwn(m.syn, key)) break;
}
out.push(n > 1 ? key : words[i]);
i += n > 1 ? n - 1 : 0;
}
return out;
}
async function wordClause(m, w, prefix, exactOnly) {
var cands = w.indexOf(' ') < 0 ? await candidates(m, w, prefix, exactOnly) : [], scores = new Map(), i;
var posts = await Promise.all(cands.map(function (c) { return postings(m, c.term); }));
var put = function (d, s) { var old = scores.get(d); if (old === undefined || s > old) scores.set(d, s); };
for (var c = 0; c < cands.length; c++) {
cands[c].post = posts[c];
cands[c].post.forEach(function (imp, d) { put(d, cands[c].weight * imp); });
}
var means = hasOwn(m.syn, w) ? m.syn[w] : [];
var exact = cands.length && cands[0].weight === 1 ? cands[0] : null;
for (i = 0; i < means.length; i++) {
var words = tokenize(means[i], m.stop);
if (words.length !== 1) {
if (exact) words.forEach(function (x) { cands.push({ term: x, weight: 0, surface: x, post: exact.post }); });
continue;
}
var t = await exactTerm(m, words[0]);
if (t === null) continue;
var p = await postings(m, t);
cands.push({ term: t, weight: MEANS, surface: words[0], post: p });
p.forEach(function (imp, d) { put(d, MEANS * imp); });
}
return { word: w, cands: cands, scores: scores };
}
function follows(sets, i, prev) {
if (i === sets.length) return true;
for (var g = 1; g <= 3; g++) if (sets[i].has(prev + g) && follows(sets, i + 1, prev + g)) return true;
return false;
}
async function phraseClause(m, words) {
var scores = new Map(), terms = [], posts = [], poss = [], i;
for (i = 0; i < words.length; i++) {
var t = await exactTerm(m, words[i]);
if (t === null) return { cands: [], scores: scores };
terms.push(t);
}
if (!terms.length) return { cands: [], scores: scores };
for (i = 0; i < terms.length; i++) {
posts.push(await postings(m, terms[i]));
poss.push(await positions(m, terms[i]));
}
poss[0].forEach(function (first, d) {
var sets = [], k, sum = 0, found = false;
for (k = 0; k < terms.length; k++) { if (!poss[k].has(d)) return; sets.push(poss[k].get(d)); }
first.forEach(function (p) { if (!found && follows(sets, 1, p)) found = true; });
if (!found) return;
for (k = 0; k < terms.length; k++) sum += posts[k].get(d) || 0;
scores.set(d, sum);
});
var cands = terms.map(function (t, j) { return { term: t, weight: 1, surface: words[j], post: posts[j] }; });
return { cands: cands, scores: scores };
}
async function fragment(m, doc) {
var j = Math.floor(doc / m.fragSize), f = await load('f-' + j);
return f[doc - j * m.fragSize];
}
function corrected(query, clauses) {
var out = String(query), changed = false;
clauses.forEach(function (cl) {
var exact = cl.cands.some(function (c) { return !c.typo; });
var fix = cl.cands.filter(function (c) { return c.typo; })[0];
if (exact || !fix || !cl.scores.size) return;
var at = out.toLowerCase().indexOf(cl.word);
if (at < 0) return;
out = out.slice(0, at) + fix.surface + out.slice(at + cl.word.length);
changed = true;
});
return changed ? out.trim().replace(/\s+/g, ' ') : null;
}
async function search(query, opts) {
var limit = opts && opts.limit > 0 ? opts.limit : 10;
var m = await manifest(), q = parseQuery(query, m.stop), clauses = [], i;
var typing = !!(opts && opts.typing) && q.prefix;
var exactOnly = !!(opts && opts.exact);
var words = await Promise.all(spans(m, q.words).map(function (w, k, all) { return wordClause(m, w, typing && k === all.length - 1 && w.indexOf(' ') < 0, exactOnly); }));
words.forEach(function (wc) { if (wc.scores.size) clauses.push(wc); });
var phrases = await Promise.all(q.phrases.map(function (p) { return phraseClause(m, p); }));
phrases.forEach(function (pc) { if (pc.scores.size) clauses.push(pc); });
var sum = new Map(), count = new Map(), weight = new Map(), total = 0;
clauses.forEach(function (cl) {
var w = Math.log(1 + m.docs / cl.scores.size);
total += w;
cl.scores.forEach(function (sc, d) {
sum.set(d, (sum.get(d) || 0) + sc);
count.set(d, (count.get(d) || 0) + 1);
weight.set(d, (weight.get(d) || 0) + w);
});
});
var ranked = [], n = clauses.length;
sum.forEach(function (sc, d) {
var share = weight.get(d) / total;
ranked.push({ doc: d, parts: count.get(d), score: round4(sc * share * share) });
});
ranked.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
var top = ranked.slice(0, limit), results = [], raw = rawMarks(query, m.stop);
var frags = await Promise.all(top.map(function (r) { return fragment(m, r.doc); }));
for (i = 0; i < top.length; i++) {
var r = top[i], f = frags[i], terms = [];
clauses.forEach(function (cl) {
if (!cl.scores.has(r.doc)) return;
if (cl.word && terms.indexOf(cl.word) < 0) terms.push(cl.word);
cl.cands.forEach(function (c) {
if (!c.post.has(r.doc)) return;
if (terms.indexOf(c.surface) < 0) terms.push(c.surface);
if (terms.indexOf(c.term) < 0) terms.push(c.term);
});
});
raw.forEach(function (w) { if (terms.indexOf(w) < 0) terms.push(w); });
results.push({ doc: r.doc, score: r.score, full: r.parts === n, url: f[0], title: f[1], heading: f[2], excerpt: f[3], terms: terms });
}
var full = 0;
ranked.forEach(function (r) { if (r.parts === n) full++; });
results.total = full;
results.partial = ranked.length - full;
results.corrected = corrected(query, words);
return results;
}
return { search: search, load: load };
}
var api = { createEngine: createEngine, tokenize: tokenize, parseQuery: parseQuery, distance: distance };
if (typeof module !== 'undefined' && module.exports) module.exports = { createEngine: createEngine, tokenize: tokenize };
if (typeof window === 'undefined' || typeof document === 'undefined') return;
var doc = document, win = window;
var ownSrc = doc.currentScript && doc.currentScript.src;
if (!ownSrc) { var tag = doc.querySelector('script[src*="assets/search.js"]'); ownSrc = tag ? tag.src : ''; }
var root = ownSrc.replace(/assets\/search\.js(?:[?#].*)?$/, '');
var isFile = win.location.protocol === 'file:';
function fileName(name, ext) { return root + 'search/' + encodeURIComponent(name) + ext; }
api.loader = isFile ? function (name) {
return new Promise(function (resolve, reject) {
var store = function () { return win.__sesrefSearch || {}; };
if (hasOwn(store(), name)) return resolve(store()[name]);
var s = doc.createElement('script');
s.src = fileName(name, '.js');
s.onload = function () {
s.parentNode.removeChild(s);
if (hasOwn(store(), name)) resolve(store()[name]); else reject(new Error('search file ' + name + ' is empty'));
};
s.onerror = function () { s.parentNode.removeChild(s); reject(new Error('search file ' + name + ' not found')); };
doc.head.appendChild(s);
});
} : function (name) {
return fetch(fileName(name, '.json')).then(function (r) {
if (!r.ok) throw new Error('search file ' + name + ': HTTP ' + r.status);
return r.json();
});
};
function href(url) {
var h = root + url;
return isFile ? h.replace(/\/(#|$)/, '/index.html$1') : h;
}
api.href = href;
api.root = root;
function el(name, cls, text) {
var e = doc.createElement(name);
if (cls) e.className = cls;
if (text != null) e.textContent = text;
return e;
}
var ALPHA = /[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
var LETTER = /[0-9_A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
function marks(text, terms) {
var out = [], i = 0, list = [];
terms.forEach(function (t) { t = String(t).toLowerCase(); if (t && list.indexOf(t) < 0) list.push(t); });
list.sort(function (a, b) { return b.length - a.length; });
while (i < text.length) {
var len = 0, k;
if (LETTER.test(text[i]) && (i === 0 || !LETTER.test(text[i - 1]))) {
for (k = 0; k < list.length && !len; k++) {
var n = list[k].length, end = i + n;
if (text.substr(i, n).toLowerCase() !== list[k]) continue;
if (n >= 4 && /[a-z]$/.test(list[k])) while (end < text.length && ALPHA.test(text[end]) && end - i - n < 3) end++;
if (end === text.length || !LETTER.test(text[end])) len = end - i;
}
}
if (len) { out.push({ at: i, len: len, word: text.substr(i, len).toLowerCase() }); i += len; } else i++;
}
return out;
}
function highlight(parent, text, terms) {
text = text || '';
var last = 0;
marks(text, terms).forEach(function (m) {
if (m.at > last) parent.appendChild(doc.createTextNode(text.slice(last, m.at)));
parent.appendChild(el('mark', null, text.substr(m.at, m.len)));
last = m.at + m.len;
});
if (last < text.length) parent.appendChild(doc.createTextNode(text.slice(last)));
return parent;
}
api.highlight = highlight;
function snippet(text, terms, size) {
var original = String(text || ''), cutEnd = /\u2026$/.test(original);
text = cutEnd ? original.slice(0, -1) : original;
if (text.length <= size) return text + (cutEnd ? '\u2026' : '');
var found = marks(text, terms), best = 0, bestCount = 0, i, j;
for (i = 0; i < found.length; i++) {
var seen = {};
for (j = i; j < found.length && found[j].at + found[j].len <= found[i].at + size; j++) seen[found[j].word] = true;
var count = Object.keys(seen).length;
if (count > bestCount) { bestCount = count; best = found[i].at; }
}
var start = Math.max(0, best - 40);
if (start > 0) { var sp = text.lastIndexOf(' ', best - 1); start = sp > start - 20 && sp >= 0 ? sp + 1 : start; }
if (start > 0 && start + size > text.length) { start = Math.max(0, text.length - size); var sp2 = text.indexOf(' ', start); if (sp2 >= 0 && sp2 < best) start = sp2 + 1; }
var end = Math.min(text.length, start + size);
if (end < text.length) { var e2 = text.lastIndexOf(' ', end); if (e2 > start + size / 2) end = e2; }
return (start > 0 ? '\u2026' : '') + text.slice(start, end) + (end < text.length || cutEnd ? '\u2026' : '');
}
api.snippet = snippet;
function debounce(fn, ms) {
var t;
var f = function () { var a = arguments; clearTimeout(t); t = setTimeout(function () { fn.apply(null, a); }, ms); };
f.cancel = function () { clearTimeout(t); };
return f;
}
var engine = null;
function getEngine() { return engine || (engine = createEngine(api.loader)); }
api.engine = getEngine;
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
function quoted(q) { return '\u201c' + q + '\u201d'; }
function searchPage(q, exact) { return href('search/') + (q ? '?q=' + encodeURIComponent(q) + (exact ? '&exact=1' : '') : ''); }
function initSuggest() {
var input = doc.getElementById('sr-q'), box = doc.getElementById('sr-suggest');
if (!input || !box) return;
var form = input.form, seq = 0, container = box.parentNode, active = -1;
if (form && !container.contains(form)) { form.appendChild(box); container = form; }
var live = el('span', 'visually-hidden');
live.setAttribute('role', 'status');
live.setAttribute('aria-live', 'polite');
container.appendChild(live);
function options() { return Array.prototype.slice.call(box.querySelectorAll('[role="option"]')); }
function setActive(i) {
var opts = options();
active = opts.length ? Math.max(-1, Math.min(i, opts.length - 1)) : -1;
opts.forEach(function (o, k) { o.setAttribute('aria-selected', k === active ? 'true' : 'false'); });
if (active < 0) input.removeAttribute('aria-activedescendant');
else { input.setAttribute('aria-activedescendant', opts[active].id); opts[active].scrollIntoView({ block: 'nearest' }); }
}
function close() {
box.hidden = true;
input.setAttribute('aria-expanded', 'false');
setActive(-1);
}
function open() {
box.hidden = false;
input.setAttribute('aria-expanded', 'true');
}
function option(id, target, cls) {
var li = el('li', cls);
li.id = id;
li.setAttribute('role', 'option');
li.setAttribute('aria-selected', 'false');
li.setAttribute('data-href', target);
li.addEventListener('mousemove', function () { var k = options().indexOf(li); if (k !== active) setActive(k); });
li.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep focus in the input
li.addEventListener('click', function () { win.location.href = target; });
return li;
}
function render(q, results) {
clear(box);
active = -1;
input.removeAttribute('aria-activedescendant');
var ul = el('ul', 'search-suggest-list');
ul.id = 'sr-suggest-list';
ul.setAttribute('role', 'listbox');
ul.setAttribute('aria-label', 'Suggestions');
input.setAttribute('aria-controls', ul.id);
if (!results.length) box.appendChild(el('p', 'search-suggest-empty', 'No results for ' + quoted(q)));
results.forEach(function (r, k) {
var li = option('sr-opt-' + k, href(r.url));
highlight(li.appendChild(el('span', 'search-suggest-title')), r.heading || r.title, r.terms);
if (r.heading) li.appendChild(el('span', 'search-suggest-page', r.title));
if (r.excerpt) highlight(li.appendChild(el('span', 'search-suggest-snippet')), snippet(r.excerpt, r.terms, 90), r.terms);
ul.appendChild(li);
});
ul.appendChild(option('sr-opt-all', searchPage(q), 'search-suggest-all')).appendChild(el('span', null, 'All results for ' + quoted(q)));
box.appendChild(ul);
live.textContent = results.length
? results.length + (results.length === 1 ? ' suggestion' : ' suggestions') + '; use the down arrow to choose'
: 'No results for ' + quoted(q);
open();
}
var update = debounce(function () {
var q = input.value, my = ++seq;
if (!q.trim()) { clear(box); close(); live.textContent = ''; return; }
getEngine().search(q, { limit: 6, typing: true }).then(function (res) {
if (my === seq && doc.activeElement === input) render(q.trim(), res);
}, function () {
if (my !== seq) return;
clear(box);
box.appendChild(el('p', 'search-suggest-empty', 'Search is unavailable right now.'));
open();
});
}, 120);
input.addEventListener('input', update);
input.addEventListener('keydown', function (e) {
var n = options().length;
if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
if (box.hidden) { if (input.value.trim()) update(); return; }
if (!n) return;
e.preventDefault();
setActive(e.key === 'ArrowDown' ? (active + 1) % n : active <= 0 ? n - 1 : active - 1);
} else if (e.key === 'Enter' && !box.hidden && active >= 0) {
e.preventDefault();
win.location.href = options()[active].getAttribute('data-href');
} else if (e.key === 'Escape' && !box.hidden) {
e.preventDefault();
close();
}
});
container.addEventListener('focusout', function () {
setTimeout(function () { if (!container.contains(doc.activeElement)) close(); }, 0);
});
doc.addEventListener('click', function (e) { if (!container.contains(e.target)) close(); });
if (form && isFile) {
form.addEventListener('submit', function (e) { e.preventDefault(); win.location.href = searchPage(input.value.trim()); });
}
if (input.value && doc.activeElement === input) update();
}
function initPage() {
var app = doc.getElementById('sr-search-app');
if (!app) return;
var input = doc.getElementById('sr-search-input'), status = doc.getElementById('sr-status');
var list = doc.getElementById('sr-results'), form = input && input.form, seq = 0;
var live = doc.getElementById('sr-live'), note = doc.getElementById('sr-correction');
var also = doc.getElementById('sr-also'), alsoList = doc.getElementById('sr-also-results');
if (!input || !status || !list) return;
var params = new URLSearchParams(win.location.search);
input.value = params.get('q') || '';
var exact = params.get('exact') === '1';
var announce = debounce(function (text) { if (live) live.textContent = text; }, 1000);
function setUrl(q) {
try { win.history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) + (exact ? '&exact=1' : '') : win.location.pathname); } catch (e) { /* file:// */ }
}
function item(r) {
var li = el('li', 'sr-hit'), h = el('h3', 'sr-hit-title'), a = el('a');
a.href = href(r.url);
highlight(a, r.heading || r.title, r.terms);
h.appendChild(a);
li.appendChild(h);
if (r.heading) li.appendChild(el('p', 'sr-hit-page', r.title));
if (r.excerpt) li.appendChild(highlight(el('p', 'sr-excerpt'), snippet(r.excerpt, r.terms, 200), r.terms));
return li;
}
function correction(q, res) {
if (!note) return;
clear(note);
note.hidden = !res.corrected || exact;
if (note.hidden) return;
note.appendChild(doc.createTextNode('Showing results for '));
var fixed = el('a', null, res.corrected);
fixed.href = searchPage(res.corrected);
note.appendChild(el('strong')).appendChild(fixed);
note.appendChild(doc.createTextNode(' \u2014 search instead for '));
var asTyped = el('a', null, q);
asTyped.href = searchPage(q, true);
note.appendChild(asTyped);
}
function render(q, res, settled) {
clear(list);
if (alsoList) clear(alsoList);
var n = res.total, more = res.partial || 0;
var text = (n ? n + (n === 1 ? ' result' : ' results') : 'No results') + ' for ' + quoted(q) +
(more ? '; ' + more + (more === 1 ? ' more section mentions' : ' more sections mention') + ' some of the words' : '');
status.textContent = text;
correction(q, res);
var lastFull = -1;
res.forEach(function (r, i) { if (r.full) lastFull = i; });
res.forEach(function (r, i) { (i <= lastFull || !alsoList ? list : alsoList).appendChild(item(r)); });
if (also) also.hidden = !alsoList || !alsoList.firstChild;
if (settled) { announce.cancel(); if (live) live.textContent = text; } else announce(text);
}
function run(typing) {
var raw = input.value, q = raw.trim(), my = ++seq;
setUrl(q);
if (!q) { clear(list); if (alsoList) clear(alsoList); if (also) also.hidden = true; status.textContent = ''; return Promise.resolve(); }
return getEngine().search(raw, { limit: 50, typing: typing === true, exact: exact }).then(function (res) {
if (my === seq) render(q, res, typing !== true);
}, function () {
if (my !== seq) return;
clear(list);
status.textContent = 'Search is unavailable: the search index could not be loaded.';
});
}
var typed = debounce(function () { run(true); }, 120);
input.addEventListener('input', function () { exact = false; typed(); });
if (form) form.addEventListener('submit', function (e) {
e.preventDefault();
typed.cancel();
run(false).then(function () { status.focus(); });
});
if (input.value) run(false);
}
win.SesrefSearch = api;
function init() { initSuggest(); initPage(); }
if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init); else init();
})();
