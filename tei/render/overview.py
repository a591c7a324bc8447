"""The timeline of the correspondence and the map of its places: data scripts the pages draw
from in the browser, and the page inputs (with their tables for readers without scripts).

Both stay bounded as the corpus grows: the timeline counts documents per month and pair of
sender and addressee, the map lists the register's places that have coordinates.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from urllib.parse import quote

from lxml import etree

from tei.render import layout
from tei.render.grouping import Corpus, Entity
from tei.render.indexes import DOCUMENTS_PER_PAGE, KINDS, Page
from tei.resources import xslt_dir

WORLD = "assets/vendor/world-atlas/land-110m.json"
Point = tuple[float, float]
_FOLDERS = {kind.key: kind.folder for kind in KINDS}


def timeline_counts(corpus: Corpus) -> Counter[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Dated documents counted per month (or year, when that is all the date gives) and
    senders and addressees (entity keys 'kind id')."""
    documents = corpus.documents
    return Counter((sort[:7], *parties) for sort, parties in zip(documents.sorts,
                                                                 documents.parties, strict=True)
                   if sort)


def timeline_script(corpus: Corpus) -> str:
    """The timeline's data as a script (window.TEI_TIMELINE), for pages read from file://:
    parties [key, name, page], months, and rows [month, senders, addressees, count]."""
    counts = timeline_counts(corpus)
    keys = sorted({key for _, senders, addressees in counts for key in (*senders, *addressees)})
    number = {key: i for i, key in enumerate(keys)}
    months = sorted({month for month, _, _ in counts})
    month_number = {month: i for i, month in enumerate(months)}
    rows = sorted([month_number[month], [number[k] for k in senders],
                   [number[k] for k in addressees], count]
                  for (month, senders, addressees), count in counts.items())
    data = {"parties": [_party(corpus, key) for key in keys], "months": months, "rows": rows}
    return _script("TEI_TIMELINE", data)


def _party(corpus: Corpus, key: str) -> list[str]:
    kind, entity_id = key.split(" ", 1)
    entity = corpus.entities[(kind, entity_id)]
    return [key, _name(entity), quote(layout.entity_file(_FOLDERS[kind], entity_id))]


_REG = re.compile(r"<reg>([^<]*)</reg>")
_GEO = re.compile(r'<geo lat="([^"]*)" lon="([^"]*)"/>')


def _name(entity: Entity) -> str:
    """The regularised name of an entity, from its details."""
    for detail in entity.details:
        if found := _REG.fullmatch(detail):
            return html.unescape(found[1])
    return entity.id


def _geo(entity: Entity) -> Point | None:
    """Latitude and longitude of a place whose register entry gives them."""
    for detail in entity.details:
        if found := _GEO.fullmatch(detail):
            try:
                lat, lon = float(found[1]), float(found[2])
            except ValueError:
                return None
            return (lat, lon) if abs(lat) <= 90 and abs(lon) <= 180 else None
    return None


def map_places(corpus: Corpus) -> list[dict[str, object]]:
    """The places with coordinates, by name: page, position, and how many documents were
    sent from them and mention them otherwise."""
    places = []
    for entity in corpus.entities.values():
        position = _geo(entity) if entity.kind == "place" else None
        if position is None:
            continue
        origin = sum("sent-from" in roles.split() for _, roles in entity.mentions)
        places.append({"id": entity.id, "name": _name(entity),
                       "href": quote(layout.entity_file(_FOLDERS["place"], entity.id)),
                       "lat": position[0], "lon": position[1], "origin": origin,
                       "other": entity.count - origin})
    return sorted(places, key=lambda p: (str(p["name"]), str(p["id"])))


def map_script(corpus: Corpus) -> str:
    """The map's data as a script (window.TEI_MAP): the places of `map_places`."""
    return _script("TEI_MAP", {"places": map_places(corpus)})


def _script(name: str, data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"window.{name} = {text};\n"


def overview_pages(corpus: Corpus) -> Iterator[Page]:
    """The inputs of the timeline and map pages."""
    timeline = etree.Element("timeline", path=layout.TIMELINE, data=layout.TIMELINE_DATA)
    first_page: dict[str, int] = {}
    sorts = corpus.documents.sorts
    for number, sort in enumerate(sorts):
        if sort:
            first_page.setdefault(sort[:7], number // DOCUMENTS_PER_PAGE + 1)
    per_month = Counter(sort[:7] for sort in sorts if sort)
    timeline.set("undated", str(sum(not sort for sort in sorts)))
    for month in sorted(per_month):
        etree.SubElement(timeline, "month", key=month, count=str(per_month[month]),
                         page=layout.numbered("index", first_page[month]))
    yield Page(layout.TIMELINE, etree.tostring(timeline, encoding="unicode"))
    world = etree.Element("map", path=layout.MAP, data=layout.MAP_DATA, outline=world_path())
    for place in map_places(corpus):
        etree.SubElement(world, "place", {k: str(v) for k, v in place.items()})
    yield Page(layout.MAP, etree.tostring(world, encoding="unicode"))


@cache
def world_path() -> str:
    """The land of the world (Natural Earth 1:110m, from the vendored world-atlas TopoJSON)
    as one SVG path in plate carrée: x = longitude, y = -latitude, to 0.1 degree."""
    topology = json.loads((xslt_dir() / WORLD).read_text(encoding="utf-8"))
    arcs = [_decode_arc(arc, topology["transform"]) for arc in topology["arcs"]]
    rings = [ring for geometry in topology["objects"]["land"]["geometries"]
             for polygon in _polygons(geometry) for ring in polygon]
    return "".join(_ring_path(_ring_points(ring, arcs)) for ring in rings)


def _polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    return geometry["arcs"] if geometry["type"] == "MultiPolygon" else []


def _decode_arc(arc: list[list[int]], transform: dict) -> list[Point]:
    """A quantised, delta-encoded TopoJSON arc as longitude-latitude points."""
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    x = y = 0
    points = []
    for dx, dy in arc:
        x, y = x + dx, y + dy
        points.append((x * sx + tx, y * sy + ty))
    return points


def _ring_points(ring: list[int], arcs: list[list[Point]]) -> list[Point]:
    """The points of a ring of arc indexes (~i: arc i reversed), shared ends once."""
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _ring_path(points: list[Point]) -> str:
    """SVG subpaths for a ring: one, or, for a ring crossing the antimeridian and back
    (Russia, Fiji), one for its pieces east of it and one for those west of it. A ring
    crossing it once goes round a pole (Antarctica) and stays whole."""
    pieces: list[list[Point]] = [[]]
    for point in points:
        if pieces[-1] and abs(point[0] - pieces[-1][-1][0]) > 180:
            pieces.append([])
        pieces[-1].append(point)
    crossings = len(pieces) - 1
    if crossings % 2 or not crossings:
        return _subpath(points)
    east = [p for piece in pieces if sum(x for x, _ in piece) > 0 for p in piece]
    west = [p for piece in pieces if sum(x for x, _ in piece) <= 0 for p in piece]
    return _subpath(east) + _subpath(west)


def _subpath(points: list[Point]) -> str:
    """A closed SVG subpath through the points, repeated positions (after rounding) dropped."""
    coords: list[str] = []
    for lon, lat in points:
        coord = f"{lon:.1f} {-lat:.1f}".replace("-0.0", "0.0")
        if not coords or coords[-1] != coord:
            coords.append(coord)
    return "M" + "L".join(coords) + "Z" if len(coords) > 2 else ""
