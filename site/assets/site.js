// sesref: the small script every page loads. It marks the "On this page" entry of the section being read,
// shows citation previews, and loads search.js only when the reader first turns to the search box (the search page loads it itself).
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
      // the last heading above the top third of the window is the section being read
      var pick = null;
      for (var k = 0; k < heads.length; k++) if (heads[k].getBoundingClientRect().top < innerHeight / 3) pick = heads[k];
      var link = pick ? byId[pick.id] : null;
      if (link === current) return;
      if (current) current.removeAttribute('aria-current');
      if (link) link.setAttribute('aria-current', 'location');
      current = link;
    };
    // called whenever a heading crosses the line a third of the way down the window
    var io = new IntersectionObserver(show, { rootMargin: '0px 0px -66% 0px' });
    heads.forEach(function (h) { io.observe(h); });
  }

  // Citation previews: on hover, keyboard focus or a first tap, a box under the citation with what the
  // page's citation list says about it (heading, official text, text as of the review date, where else
  // cited). Absolutely placed, so nothing moves; Escape or moving away closes it.
  function citationPreviews() {
    var items = doc.querySelectorAll('.cited-list li[data-cite]'), byId = {}, i;
    for (i = 0; i < items.length; i++) byId[items[i].getAttribute('data-cite')] = items[i];
    if (!items.length) return;
    var box = doc.createElement('div'), shownFor = null, hideTimer = 0;
    box.className = 'cite-preview';
    box.id = 'sr-cite-preview';
    box.setAttribute('role', 'tooltip');
    box.hidden = true;
    doc.body.appendChild(box);
    function entry(id) {
      // a paragraph (usc/5/3592/a/2) falls back to its section's entry (usc/5/3592)
      for (var k = id; k; k = k.slice(0, Math.max(0, k.lastIndexOf('/')))) if (byId[k]) return byId[k];
      return null;
    }
    function show(a) {
      clearTimeout(hideTimer);
      var li = entry(a.getAttribute('data-cite') || '');
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
    var cites = doc.querySelectorAll('a.cite[data-cite], span.cite[data-cite]');
    for (i = 0; i < cites.length; i++) {
      var a = cites[i];
      a.addEventListener('mouseenter', function () { show(this); });
      a.addEventListener('mouseleave', later);
      a.addEventListener('focus', function () { show(this); });
      a.addEventListener('blur', later);
      a.addEventListener('click', function (e) {
        // on a touch screen, the first tap shows the preview (its first link is the official text)
        if (this.matches(':hover') && shownFor === this) return;
        if (shownFor !== this && matchMedia('(hover: none)').matches) { e.preventDefault(); show(this); }
      });
    }
    box.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
    box.addEventListener('mouseleave', later);
    box.addEventListener('focusin', function () { clearTimeout(hideTimer); });
    box.addEventListener('focusout', later);
    doc.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
    doc.addEventListener('click', function (e) { if (shownFor && !box.contains(e.target) && e.target !== shownFor) hide(); });
  }

  function init() {
    var q = doc.getElementById('sr-q');
    if (q) {
      q.addEventListener('focus', loadSearch, { once: true });
      q.addEventListener('pointerdown', loadSearch, { once: true });
      if (doc.activeElement === q) loadSearch();
    }
    markCurrentSection();
    citationPreviews();
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init); else init();
})();
