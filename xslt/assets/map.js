/* Telegrams edition: the places of window.TEI_MAP (map-data.js) drawn on the world outline
   of map.html (x = longitude, y = -latitude). The table of the page lists the same places. */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var data = window.TEI_MAP;
  var layer = document.getElementById("map-places");
  if (!data || !layer) { return; }

  data.places.forEach(function (place) {
    var total = place.origin + place.other;
    var circle = document.createElementNS(SVG, "circle");
    circle.setAttribute("cx", String(place.lon));
    circle.setAttribute("cy", String(-place.lat));
    circle.setAttribute("r", String(1.2 + Math.sqrt(total)));
    circle.setAttribute("class", place.origin ? "map-place map-origin" : "map-place");
    circle.setAttribute("data-place", place.id);
    var title = document.createElementNS(SVG, "title");
    title.textContent = place.name + ": sent from " + place.origin + ", mentioned in " + place.other;
    circle.appendChild(title);
    layer.appendChild(circle);
  });
})();
