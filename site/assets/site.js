(function () {
'use strict';
var doc = document, me = doc.currentScript;
function loadSearch() {
if (doc.getElementById('sr-search-js') || !me) return;
var s = doc.createElement('script');
s.id = 'sr-search-js';
s.src = me.src.replace(/site\.js(\?.*)?$/, 'search.js');
doc.head.appendChild(s);
}
function markCurrentSection() {
var links = doc.querySelectorAll('.toc a[href^="#"]'), byId = {}, heads = [], i;
if (!links.length || !('IntersectionObserver' in window)) return;
for (i = 0; i < links.length; i++) {
var h = doc.getElementById(decodeURIComponent(links[i].hash.slice(1)));
if (h) { byId[h.id] = links[i]; heads.push(h); }
}
var current = null;
var show = function () {
var pick = null;
for (var k = 0; k < heads.length; k++) if (heads[k].getBoundingClientRect().top < innerHeight / 3) pick = heads[k];
var link = pick ? byId[pick.id] : null;
if (link === current) return;
if (current) current.removeAttribute('aria-current');
if (link) link.setAttribute('aria-current', 'location');
current = link;
};
var io = new IntersectionObserver(show, { rootMargin: '0px 0px -66% 0px' });
heads.forEach(function (h) { io.observe(h); });
}
function previews() {
var byKey = {}, items = doc.querySelectorAll('.cited-list li[data-cite], .terms-used li[data-term]'), i;
if (!items.length) return;
for (i = 0; i < items.length; i++) {
var it = items[i];
byKey[it.hasAttribute('data-cite') ? 'c:' + it.getAttribute('data-cite') : 't:' + it.getAttribute('data-term')] = it;
}
var box = doc.createElement('div'), shownFor = null, hideTimer = 0, firstTap = false;
box.className = 'cite-preview';
box.id = 'sr-preview';
box.setAttribute('role', 'tooltip');
box.hidden = true;
doc.body.appendChild(box);
function entry(a) {
if (a.hasAttribute('data-term')) return byKey['t:' + a.getAttribute('data-term')] || null;
for (var k = a.getAttribute('data-cite') || ''; k; k = k.slice(0, Math.max(0, k.lastIndexOf('/')))) if (byKey['c:' + k]) return byKey['c:' + k];
return null;
}
function show(a) {
clearTimeout(hideTimer);
var li = entry(a);
if (!li || shownFor === a) return;
box.innerHTML = '';
var body = doc.createElement('p');
body.innerHTML = li.innerHTML;
box.appendChild(body);
box.hidden = false;
var r = a.getBoundingClientRect(), w = Math.min(352, innerWidth - 16);
box.style.width = w + 'px';
box.style.left = Math.max(8, Math.min(r.left + scrollX, scrollX + innerWidth - w - 8)) + 'px';
box.style.top = (r.bottom + scrollY + 6) + 'px';
a.setAttribute('aria-describedby', box.id);
shownFor = a;
}
function hide() {
if (shownFor) shownFor.removeAttribute('aria-describedby');
box.hidden = true;
shownFor = null;
}
function later() { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 250); }
var links = doc.querySelectorAll('main .cite[data-cite], main a.term[data-term]');
for (i = 0; i < links.length; i++) {
var a = links[i];
a.addEventListener('mouseenter', function () { show(this); });
a.addEventListener('mouseleave', later);
a.addEventListener('focus', function () { show(this); });
a.addEventListener('blur', later);
a.addEventListener('pointerdown', function (e) { firstTap = e.pointerType === 'touch' && shownFor !== this; });
a.addEventListener('click', function (e) {
if (firstTap) { e.preventDefault(); show(this); firstTap = false; }
});
}
box.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
box.addEventListener('mouseleave', later);
box.addEventListener('focusin', function () { clearTimeout(hideTimer); });
box.addEventListener('focusout', later);
doc.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
doc.addEventListener('click', function (e) { if (shownFor && !box.contains(e.target) && e.target !== shownFor) hide(); });
}
function paragraphLinks() {
var ps = doc.querySelectorAll('main p[id^="p-"]');
for (var i = 0; i < ps.length; i++) {
var a = doc.createElement('a');
a.className = 'para-link';
a.href = '#' + ps[i].id;
a.setAttribute('aria-label', 'Link to this paragraph');
a.textContent = '\u00b6';
ps[i].appendChild(doc.createTextNode(' '));
ps[i].appendChild(a);
}
}
function forwardMovedQuestion() {
var id = decodeURIComponent(location.hash.slice(1));
if (!id || doc.getElementById(id)) return;
var links = doc.querySelectorAll('.faq-index a');
for (var i = 0; i < links.length; i++) {
if (links[i].hash === location.hash && links[i].pathname !== location.pathname) {
location.replace(links[i].href);
return;
}
}
}
function init() {
forwardMovedQuestion();
var q = doc.getElementById('sr-q');
if (q) {
q.addEventListener('focus', loadSearch, { once: true });
q.addEventListener('pointerdown', loadSearch, { once: true });
if (doc.activeElement === q) loadSearch();
}
markCurrentSection();
previews();
paragraphLinks();
}
if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init); else init();
})();
