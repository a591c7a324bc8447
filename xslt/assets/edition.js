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
