/* Telegrams edition: progressive enhancement of the documents table (sort and filter).
   Every page is complete without this script. */
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function key(row, column) {
    var cell = row.cells[column];
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }

  function sortRows(table, column, direction) {
    var body = table.tBodies[0];
    var factor = direction === "ascending" ? 1 : -1;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      if (!x !== !y) { return x ? -1 : 1; }  /* empty values last either way */
      return factor * x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" })
        || Number(a.dataset.order) - Number(b.dataset.order);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      th.setAttribute("aria-sort", index === column ? direction : "none");
    });
  }

  function makeSortable(table) {
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row, index) {
      row.dataset.order = String(index);
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", column === 0 ? "ascending" : "none");
      button.addEventListener("click", function () {
        var next = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        sortRows(table, column, next);
      });
    });
  }

  function makeFilterable(table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map(function (row) { return fold(row.textContent); });
    var tools = document.createElement("div");
    tools.className = "table-tools";
    var label = document.createElement("label");
    label.htmlFor = table.id + "-filter";
    label.textContent = document.querySelector("nav.page-list")
      ? "Filter the documents of this page" : "Filter documents";
    var input = document.createElement("input");
    input.type = "search";
    input.id = table.id + "-filter";
    input.setAttribute("aria-controls", table.id);
    var status = document.createElement("p");
    status.className = "filter-status";
    status.setAttribute("role", "status");
    tools.appendChild(label);
    tools.appendChild(input);
    tools.appendChild(status);
    var wrap = table.closest(".table-wrap") || table;
    wrap.parentNode.insertBefore(tools, wrap);
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, index) {
        var match = words.every(function (word) { return texts[index].indexOf(word) !== -1; });
        row.hidden = !match;
        if (match) { shown += 1; }
      });
      status.textContent = words.length ? shown + " of " + rows.length + " documents shown" : "";
    });
  }

  document.querySelectorAll("table.sortable").forEach(makeSortable);
  document.querySelectorAll("table.filterable").forEach(makeFilterable);
})();

/* Search hits: a document page opened from a search result (?hl=folded words, see search.js)
   marks the words of its text that the search found, says how many, and offers to remove the
   marks. Words are folded and split as in search.js. */
(function () {
  "use strict";

  var HYPHEN = /[-\u2010\u2011]/;
  var FOLDED = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;
  var ORIGINAL = /[\p{L}\p{N}\p{M}\u00ad]+(?:[-\u2010\u2011][\p{L}\p{N}\p{M}\u00ad]+)*/gu;
  var wanted = new URLSearchParams(window.location.search).get("hl");
  var section = document.querySelector("section.text");
  if (!wanted || !section) { return; }
  var terms = new Set(wanted.split(/\s+/).filter(Boolean));

  function fold(text) {
    for (var i = 0; i < 3; i += 1) {
      var folded = text.replace(/\u00ad/g, "");
      if (/[^\x00-\x7f]/.test(folded)) { folded = folded.normalize("NFKD").replace(/\p{M}/gu, ""); }
      folded = folded.toLowerCase().replace(/\u00df/g, "ss");
      if (folded === text) { break; }
      text = folded;
    }
    return text;
  }

  function found(token) {
    return (fold(token).match(FOLDED) || []).some(function (compound) {
      var parts = compound.split(HYPHEN);
      return terms.has(parts.join("")) || parts.some(function (part) { return terms.has(part); });
    });
  }

  function markIn(node, marks) {
    var text = node.nodeValue;
    var pieces = document.createDocumentFragment();
    var at = 0;
    var match;
    ORIGINAL.lastIndex = 0;
    while ((match = ORIGINAL.exec(text)) !== null) {
      if (!found(match[0])) { continue; }
      pieces.appendChild(document.createTextNode(text.slice(at, match.index)));
      var mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = match[0];
      pieces.appendChild(mark);
      marks.push(mark);
      at = match.index + match[0].length;
    }
    if (at === 0) { return; }
    pieces.appendChild(document.createTextNode(text.slice(at)));
    node.parentNode.replaceChild(pieces, node);
  }

  var walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      return node.parentNode.closest("h2, script, style, mark")
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    }
  });
  var nodes = [];
  while (walker.nextNode()) { nodes.push(walker.currentNode); }
  var marks = [];
  nodes.forEach(function (node) { markIn(node, marks); });
  if (!marks.length) { return; }
  var notice = document.createElement("p");
  notice.className = "search-hits";
  notice.setAttribute("role", "status");
  notice.lang = "en";
  notice.textContent = marks.length + (marks.length === 1 ? " word" : " words")
    + " found by your search " + (marks.length === 1 ? "is" : "are") + " marked in the text. ";
  var clear = document.createElement("a");
  clear.href = window.location.pathname.split("/").pop() || "#";
  clear.textContent = "Remove the marks";
  notice.appendChild(clear);
  var heading = section.querySelector("h2");
  section.insertBefore(notice, heading ? heading.nextSibling : section.firstChild);
  marks[0].scrollIntoView({ block: "center" });
})();
