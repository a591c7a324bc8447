/* Telegrams edition: full-text search over the static index in search-index.js
   (window.TEI_SEARCH_INDEX = {docs: [[href, title, date, summary]], terms: {word: [doc, count, ...]}}).
   Words are folded as the index was built: NFKD, marks removed, lower case. */
(function () {
  "use strict";

  var index = window.TEI_SEARCH_INDEX;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) { return; }
  if (!index) {
    status.textContent = "The search index (search-index.js) could not be loaded.";
    return;
  }
  var terms = Object.keys(index.terms);

  function words(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  }

  /* Index words a query word finds: itself, and longer words it begins (from 3 letters). */
  function expand(word) {
    if (word.length < 3) { return index.terms[word] ? [word] : []; }
    return terms.filter(function (term) { return term.lastIndexOf(word, 0) === 0; });
  }

  /* Documents containing every query word, best first: [doc, score] pairs. */
  function search(query) {
    var scores = null;
    words(query).forEach(function (word) {
      var hits = new Map();
      expand(word).forEach(function (term) {
        var postings = index.terms[term];
        for (var i = 0; i < postings.length; i += 2) {
          hits.set(postings[i], (hits.get(postings[i]) || 0) + postings[i + 1]);
        }
      });
      if (scores === null) { scores = hits; return; }
      var both = new Map();
      scores.forEach(function (score, doc) {
        if (hits.has(doc)) { both.set(doc, score + hits.get(doc)); }
      });
      scores = both;
    });
    if (scores === null) { return null; }
    return Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function show(query) {
    list.textContent = "";
    var results = search(query);
    if (results === null) { status.textContent = "Type one or more words."; return; }
    var noun = results.length === 1 ? " document" : " documents";
    status.textContent = results.length + noun + " found for \u201c" + query.trim() + "\u201d.";
    results.forEach(function (result) {
      var doc = index.docs[result[0]];
      var item = element("li", "result");
      var link = element("a", "", doc[1]);
      link.href = doc[0];
      item.appendChild(link);
      if (doc[2]) { item.appendChild(element("p", "result-meta", doc[2])); }
      if (doc[3]) { item.appendChild(element("p", "result-summary", doc[3])); }
      list.appendChild(item);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    try {
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    } catch (error) { /* some browsers refuse this on file:// pages; the search still runs */ }
    show(input.value);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    show(initial);
  }
})();
