/* Telegrams edition: full-text search over the sharded static index (tei/render/search_index.py).
   search/index.js names the shards; this script loads the ones a query needs with script tags
   (so the search works from file:// too), finds the documents having every query word (a word
   finds the longer words it begins from three letters on, and the register aliases of its
   shard), shows them with keyword-in-context snippets and facets by year, type, sender and
   addressee, and links each to its page with the hits to mark (?hl=...). Words are folded
   and split as the index was built (search-text.js, loaded first). */
(function () {
  "use strict";

  var PAGE = 20;
  var FACET_TOP = 8;
  var FACETS = [
    { key: "year", label: "Year", field: 3, order: "value" },
    { key: "type", label: "Document type", field: 4, order: "count" },
    { key: "from", label: "Sender", field: 5, order: "count" },
    { key: "to", label: "Addressee", field: 6, order: "count" }
  ];

  var manifest = window.TEI_SEARCH_INDEX;
  var compounds = window.TEI_SEARCH_TEXT.compounds;
  var snippet = window.TEI_SEARCH_TEXT.snippet;
  var shards = window.TEI_SEARCH_SHARDS = window.TEI_SEARCH_SHARDS || {};
  var pending = {};
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var facetBox = document.getElementById("search-facets");
  var more = document.getElementById("search-more");
  if (!form || !input || !status || !list || !facetBox || !more) { return; }
  if (!manifest) {
    status.textContent = "The search index (search/index.js) could not be loaded.";
    return;
  }
  var available = new Set(manifest.terms);
  var state = { query: "", selected: {}, results: [], shown: 0 };

  function shardKey(term) {
    var code = term.codePointAt(0);
    var first = String.fromCodePoint(code);
    if (!/^[a-z0-9]$/.test(first)) { return "u" + code.toString(16); }
    var second = term.charAt(1);
    return /^[a-z0-9]$/.test(second) ? first + second : first;
  }

  function load(name) {
    if (shards[name]) { return Promise.resolve(shards[name]); }
    if (!pending[name]) {
      pending[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = "search/" + name + ".js";
        script.onload = function () {
          if (shards[name]) { resolve(shards[name]); } else { reject(new Error(name)); }
        };
        script.onerror = function () { reject(new Error("search/" + name + ".js")); };
        document.head.appendChild(script);
      });
    }
    return pending[name];
  }

  /* Load the term shards of these words (those that exist). */
  function loadTerms(list) {
    var names = new Set();
    list.forEach(function (word) {
      var key = shardKey(word);
      if (available.has(key)) { names.add("terms-" + key); }
    });
    return Promise.all(Array.from(names).map(load));
  }

  function termShard(word) { return shards["terms-" + shardKey(word)] || { t: {}, a: {} }; }

  function aliasesOf(word) { return termShard(word).a[word] || []; }

  /* Index terms a query word finds: itself, longer words it begins (from 3 letters), and its
     register aliases. */
  function expand(word) {
    var terms = termShard(word).t;
    var found = word.length < 3 ? (terms[word] ? [word] : [])
      : Object.keys(terms).filter(function (term) { return term.lastIndexOf(word, 0) === 0; });
    aliasesOf(word).forEach(function (alias) {
      if (termShard(alias).t[alias] && found.indexOf(alias) < 0) { found.push(alias); }
    });
    return found;
  }

  /* Documents with any of the terms a word finds: Map doc -> {score, terms}. */
  function wordHits(word) {
    var hits = new Map();
    expand(word).forEach(function (term) {
      var postings = termShard(term).t[term];
      var doc = 0;
      for (var i = 0; i < postings.length; i += 1) {
        doc += Math.floor(postings[i] / 8);  /* gap * 8 + count, see search_index.py */
        var hit = hits.get(doc) || { score: 0, terms: new Set() };
        hit.score += postings[i] % 8;
        hit.terms.add(term);
        hits.set(doc, hit);
      }
    });
    return hits;
  }

  function merge(into, hit) {
    var result = { score: into.score + hit.score, terms: new Set(into.terms) };
    hit.terms.forEach(function (term) { result.terms.add(term); });
    return result;
  }

  function intersect(a, b) {
    var both = new Map();
    a.forEach(function (hit, doc) { if (b.has(doc)) { both.set(doc, merge(hit, b.get(doc))); } });
    return both;
  }

  /* A query compound: its parts joined, or all of its parts. */
  function tokenHits(parts) {
    if (parts.length === 1) { return wordHits(parts[0]); }
    var hits = wordHits(parts.join(""));
    parts.map(wordHits).reduce(intersect).forEach(function (hit, doc) {
      hits.set(doc, hits.has(doc) ? merge(hits.get(doc), hit) : hit);
    });
    return hits;
  }

  /* Documents having every query compound, best first: [{doc, score, terms}]. */
  function search(tokens) {
    var all = [];
    tokens.forEach(function (parts) {
      all.push.apply(all, parts);
      if (parts.length > 1) { all.push(parts.join("")); }
    });
    return loadTerms(all).then(function () {
      var aliases = [];
      all.forEach(function (word) { aliases.push.apply(aliases, aliasesOf(word)); });
      return loadTerms(aliases);
    }).then(function () {
      var scores = tokens.map(tokenHits).reduce(intersect);
      return Array.from(scores.entries()).map(function (entry) {
        return { doc: entry[0], score: entry[1].score, terms: entry[1].terms };
      }).sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    });
  }

  function meta(doc) {
    return shards["docs-" + Math.floor(doc / manifest.metaSize)][doc % manifest.metaSize];
  }

  function texts(doc) {
    return shards["text-" + Math.floor(doc / manifest.textSize)][doc % manifest.textSize];
  }

  function loadGroups(results, prefix, size) {
    var names = new Set(results.map(function (r) { return prefix + Math.floor(r.doc / size); }));
    return Promise.all(Array.from(names).map(load));
  }

  function facetValues(doc, facet) {
    var value = meta(doc)[facet.field];
    return Array.isArray(value) ? value : (value ? [value] : []);
  }

  /* Whether a document has a chosen value of every facet (but `except`) with choices. */
  function chosen(doc, except) {
    return FACETS.every(function (facet) {
      var values = state.selected[facet.key];
      if (facet.key === except || !values || !values.size) { return true; }
      return facetValues(doc, facet).some(function (value) { return values.has(value); });
    });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function resultItem(result) {
    var doc = meta(result.doc);
    var terms = Array.from(result.terms).sort();
    var item = element("li", "result");
    var link = element("a", "", doc[1]);
    link.href = doc[0] + "?hl=" + encodeURIComponent(terms.join(" "));
    item.appendChild(link);
    var facts = [doc[2], doc[4]].filter(Boolean);
    if (doc[5].length) { facts.push("from " + doc[5].join(", ")); }
    if (doc[6].length) { facts.push("to " + doc[6].join(", ")); }
    if (facts.length) { item.appendChild(element("p", "result-meta", facts.join(" \u00b7 "))); }
    var text = texts(result.doc);
    var found = new Set(terms);
    var shown = snippet(text[1], found) || snippet(text[0], found);
    item.appendChild(shown || element("p", "result-summary", text[0]));
    return item;
  }

  function filtered() {
    return state.results.filter(function (result) { return chosen(result.doc, null); });
  }

  function showResults() {
    var results = filtered();
    var page = results.slice(list.children.length, state.shown);
    return loadGroups(page, "text-", manifest.textSize).then(function () {
      page.forEach(function (result) { list.appendChild(resultItem(result)); });
      more.hidden = state.shown >= results.length;
    });
  }

  function facetCounts(facet) {
    var counts = new Map();
    state.results.forEach(function (result) {
      if (!chosen(result.doc, facet.key)) { return; }
      facetValues(result.doc, facet).forEach(function (value) {
        counts.set(value, (counts.get(value) || 0) + 1);
      });
    });
    var selected = state.selected[facet.key] || new Set();
    selected.forEach(function (value) { if (!counts.has(value)) { counts.set(value, 0); } });
    return Array.from(counts.entries()).sort(function (a, b) {
      if (facet.order === "count" && b[1] !== a[1]) { return b[1] - a[1]; }
      return a[0].localeCompare(b[0]);
    });
  }

  function facetOption(facet, value, count, index) {
    var id = "facet-" + facet.key + "-" + index;
    var option = element("div", "facet-option");
    var box = element("input");
    box.type = "checkbox";
    box.id = id;
    box.checked = (state.selected[facet.key] || new Set()).has(value);
    box.addEventListener("change", function () {
      var values = state.selected[facet.key] = state.selected[facet.key] || new Set();
      if (box.checked) { values.add(value); } else { values.delete(value); }
      remember();
      render(id).catch(failed);
    });
    var label = element("label", "", value + " ");
    label.htmlFor = id;
    label.appendChild(element("span", "facet-count", "(" + count + ")"));
    option.appendChild(box);
    option.appendChild(label);
    return option;
  }

  function facetGroup(facet) {
    var counts = facetCounts(facet);
    var group = element("fieldset", "facet");
    group.appendChild(element("legend", "", facet.label));
    var rest = element("details", "facet-more");
    rest.appendChild(element("summary", "", "More (" + (counts.length - FACET_TOP) + ")"));
    counts.forEach(function (entry, index) {
      var option = facetOption(facet, entry[0], entry[1], index);
      (index < FACET_TOP || option.firstChild.checked ? group : rest).appendChild(option);
    });
    if (rest.children.length > 1) { group.appendChild(rest); }
    return group;
  }

  function showFacets(focus) {
    Array.from(facetBox.querySelectorAll("fieldset")).forEach(function (old) { old.remove(); });
    FACETS.forEach(function (facet) {
      if (state.results.length) { facetBox.appendChild(facetGroup(facet)); }
    });
    facetBox.hidden = !state.results.length;
    var again = focus && document.getElementById(focus);
    if (again) { again.focus(); }
  }

  function render(focus) {
    var results = filtered();
    var noun = state.results.length === 1 ? " document" : " documents";
    var found = state.results.length + noun + " found for \u201c" + state.query.trim() + "\u201d";
    status.textContent = "";
    list.textContent = "";
    state.shown = PAGE;
    showFacets(focus);
    return showResults().then(function () {
      status.textContent = results.length === state.results.length ? found + "."
        : found + ", " + results.length + " with the chosen facets.";
    });
  }

  function failed(error) {
    status.textContent = "Part of the search index could not be loaded (" + error.message + ").";
  }

  function run(query) {
    state.query = query;
    state.results = [];
    status.textContent = "";
    list.textContent = "";
    more.hidden = true;
    var tokens = compounds(query);
    if (!tokens.length) {
      status.textContent = "Type one or more words.";
      showFacets(null);
      return;
    }
    search(tokens).then(function (results) {
      state.results = results;
      return loadGroups(results, "docs-", manifest.metaSize);
    }).then(function () { return render(null); }).catch(failed);
  }

  /* The query and the chosen facets in the address, so a search can be linked and reloaded. */
  function remember() {
    var params = new URLSearchParams();
    params.set("q", state.query);
    FACETS.forEach(function (facet) {
      Array.from(state.selected[facet.key] || []).sort().forEach(function (value) {
        params.append(facet.key, value);
      });
    });
    try {
      history.replaceState(null, "", "?" + params.toString());
    } catch (error) { /* some browsers refuse this on file:// pages; the search still runs */ }
  }

  more.addEventListener("click", function () {
    var first = list.children.length;
    state.shown += PAGE;
    showResults().then(function () {
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) { link.focus(); }
    }).catch(failed);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    state.selected = {};
    state.query = input.value;
    remember();
    run(input.value);
  });

  var params = new URLSearchParams(window.location.search);
  FACETS.forEach(function (facet) {
    var values = params.getAll(facet.key);
    if (values.length) { state.selected[facet.key] = new Set(values); }
  });
  var initial = params.get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
