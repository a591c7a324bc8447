/* Telegrams edition: how the search reads text (loaded before search.js on the search page).
   fold and words are those of tei/render/search.py: NFKD, marks removed, lower case, "\u00df"
   as "ss", soft hyphens dropped, repeated until nothing changes; a word is a run of letters
   and digits, a hyphenated compound gives its parts, then the parts joined. snippet is the
   keyword-in-context view of a text with the hits marked. */
window.TEI_SEARCH_TEXT = (function () {
  "use strict";

  var SNIPPET_CONTEXT = 70;
  var HYPHEN = /[-\u2010\u2011]/;
  var FOLDED = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;
  var ORIGINAL = /[\p{L}\p{N}\p{M}\u00ad]+(?:[-\u2010\u2011][\p{L}\p{N}\p{M}\u00ad]+)*/gu;

  function foldOnce(text) {
    text = text.replace(/\u00ad/g, "");
    if (/[^\x00-\x7f]/.test(text)) { text = text.normalize("NFKD").replace(/\p{M}/gu, ""); }
    return text.toLowerCase().replace(/\u00df/g, "ss");
  }

  function fold(text) {
    for (var i = 0; i < 3; i += 1) {
      var folded = foldOnce(text);
      if (folded === text) { break; }
      text = folded;
    }
    return text;
  }

  /* The folded compounds of a text, each as the list of its parts. */
  function compounds(text) {
    return (fold(text).match(FOLDED) || []).map(function (compound) {
      return compound.split(HYPHEN);
    });
  }

  /* Folded words of a text: each compound's parts, then the parts joined. */
  function words(text) {
    var found = [];
    compounds(text).forEach(function (parts) {
      found.push.apply(found, parts);
      if (parts.length > 1) { found.push(parts.join("")); }
    });
    return found;
  }

  /* Where the hits are in a text: [start, end] of each compound with a found word. */
  function hitRanges(text, terms) {
    var ranges = [];
    var match;
    ORIGINAL.lastIndex = 0;
    while ((match = ORIGINAL.exec(text)) !== null) {
      if (words(match[0]).some(function (word) { return terms.has(word); })) {
        ranges.push([match.index, match.index + match[0].length]);
      }
    }
    return ranges;
  }

  /* A window of the text around `from`-`to`, cut at spaces, starting at `floor` or later. */
  function window_(text, from, to, floor) {
    var start = Math.max(floor, from - SNIPPET_CONTEXT);
    var end = Math.min(text.length, to + SNIPPET_CONTEXT);
    var space = text.indexOf(" ", start);
    if (start > floor && space >= 0 && space < from) { start = space + 1; }
    if (end < text.length) { end = Math.max(to, text.lastIndexOf(" ", end)); }
    return [start, end];
  }

  /* Keyword in context: up to two windows of the text, the hits marked; null without hits. */
  function snippet(text, terms) {
    var ranges = hitRanges(text, terms);
    if (!ranges.length) { return null; }
    var windows = [window_(text, ranges[0][0], ranges[0][1], 0)];
    var next = ranges.find(function (range) { return range[0] > windows[0][1]; });
    if (next) { windows.push(window_(text, next[0], next[1], windows[0][1])); }
    var paragraph = document.createElement("p");
    paragraph.className = "result-snippet";
    windows.forEach(function (span, index) {
      var at = span[0];
      var gap = span[0] === 0 || (index > 0 && span[0] === windows[0][1]) ? ""
        : (index > 0 ? " \u2026 " : "\u2026 ");
      paragraph.appendChild(document.createTextNode(gap));
      ranges.forEach(function (range) {
        if (range[0] < span[0] || range[1] > span[1]) { return; }
        paragraph.appendChild(document.createTextNode(text.slice(at, range[0])));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(range[0], range[1]);
        paragraph.appendChild(mark);
        at = range[1];
      });
      paragraph.appendChild(document.createTextNode(text.slice(at, span[1])));
    });
    var last = windows[windows.length - 1][1];
    if (last < text.length) { paragraph.appendChild(document.createTextNode(" \u2026")); }
    return paragraph;
  }

  return { fold: fold, words: words, compounds: compounds, snippet: snippet };
})();
