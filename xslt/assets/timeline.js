/* Telegrams edition: the timeline, drawn from window.TEI_TIMELINE (timeline-data.js): a bar
   per month, filterable by sender and addressee. The table of the page holds the same counts
   without this script; the script keeps it in step with the filters. */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var data = window.TEI_TIMELINE;
  var root = document.getElementById("timeline");
  var table = document.getElementById("timeline-table");
  if (!data || !root || !table) { return; }

  function select(id, text) {
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = text;
    var element = document.createElement("select");
    element.id = id;
    var anyone = document.createElement("option");
    anyone.value = "";
    anyone.textContent = "Anyone";
    element.appendChild(anyone);
    var wrap = document.createElement("div");
    wrap.className = "timeline-filter";
    wrap.appendChild(label);
    wrap.appendChild(element);
    return { wrap: wrap, element: element };
  }

  function fill(control, role) {
    var used = {};
    data.rows.forEach(function (row) { row[role].forEach(function (p) { used[p] = true; }); });
    data.parties.forEach(function (party, index) {
      if (!used[index]) { return; }
      var option = document.createElement("option");
      option.value = String(index);
      option.textContent = party[1];
      control.element.appendChild(option);
    });
  }

  function counts(sender, addressee) {
    var result = data.months.map(function () { return 0; });
    data.rows.forEach(function (row) {
      if (sender !== "" && row[1].indexOf(Number(sender)) === -1) { return; }
      if (addressee !== "" && row[2].indexOf(Number(addressee)) === -1) { return; }
      result[row[0]] += row[3];
    });
    return result;
  }

  function svgElement(name, attributes) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    return element;
  }

  /* "1951-07" (or "1951") as a number of months since year 0. */
  function monthNumber(key) {
    return Number(key.slice(0, 4)) * 12 + (key.length >= 7 ? Number(key.slice(5, 7)) - 1 : 0);
  }

  /* One bar per month from the first month to the last, empty months included; a label at
     every January (every fifth or tenth year on long spans), or at the first month when the
     span holds no January. */
  function draw(chart, values, summary) {
    while (chart.firstChild) { chart.removeChild(chart.firstChild); }
    var first = monthNumber(data.months[0] || "0000");
    var span = data.months.length ? monthNumber(data.months[data.months.length - 1]) - first + 1 : 1;
    var width = 800, height = 150, step = width / span;
    var highest = Math.max.apply(null, values.concat([1]));
    chart.setAttribute("viewBox", "0 0 " + (width + 40) + " " + (height + 22));
    chart.setAttribute("aria-label", summary);
    values.forEach(function (value, index) {
      var barHeight = Math.round(height * value / highest);
      var bar = svgElement("rect", {
        x: ((monthNumber(data.months[index]) - first) * step).toFixed(2), y: height - barHeight,
        width: Math.max(step * 0.8, 1.5).toFixed(2), height: barHeight,
        "class": "timeline-bar", "data-month": data.months[index] });
      var title = svgElement("title", {});
      title.textContent = data.months[index] + ": " + value;
      bar.appendChild(title);
      chart.appendChild(bar);
    });
    var years = Math.ceil(span / 12), every = years > 40 ? 10 : years > 12 ? 5 : 1;
    for (var month = first; month < first + span; month += 1) {
      var year = Math.floor(month / 12);
      var january = month % 12 === 0 || (month === first && span <= 12 - first % 12);
      if (january && year % every === 0) {
        var label = svgElement("text", { x: ((month - first) * step).toFixed(2), y: height + 16,
                                         "class": "timeline-axis" });
        label.textContent = String(year);
        chart.appendChild(label);
      }
    }
  }

  function update(chart, status, sender, addressee) {
    var values = counts(sender.element.value, addressee.element.value);
    var total = values.reduce(function (a, b) { return a + b; }, 0);
    var who = [];
    if (sender.element.value !== "") { who.push("from " + data.parties[Number(sender.element.value)][1]); }
    if (addressee.element.value !== "") { who.push("to " + data.parties[Number(addressee.element.value)][1]); }
    var summary = total + (total === 1 ? " document" : " documents") + (who.length ? " " + who.join(" ") : "");
    status.textContent = summary;
    draw(chart, values, "Documents per month: " + summary);
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var value = values[data.months.indexOf(row.dataset.month)] || 0;
      row.cells[1].textContent = String(value);
      row.hidden = value === 0;
    });
  }

  var sender = select("timeline-sender", "Sender");
  var addressee = select("timeline-addressee", "Addressee");
  fill(sender, 1);
  fill(addressee, 2);
  var form = document.createElement("form");
  form.className = "timeline-filters";
  form.appendChild(sender.wrap);
  form.appendChild(addressee.wrap);
  var status = document.createElement("p");
  status.className = "timeline-status";
  status.setAttribute("role", "status");
  var chart = svgElement("svg", { role: "img", "class": "timeline-chart" });
  root.appendChild(form);
  root.appendChild(status);
  root.appendChild(chart);
  [sender, addressee].forEach(function (control) {
    control.element.addEventListener("change", function () { update(chart, status, sender, addressee); });
  });
  update(chart, status, sender, addressee);
})();
