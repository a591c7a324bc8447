"""Timeline and map data (tei/render/overview.py): counts per month and party, places with
coordinates, and the world outline drawn from the vendored Natural Earth land."""

from __future__ import annotations

import json
import re
from itertools import pairwise

from tei.render.grouping import group
from tei.render.overview import (
    map_places,
    map_script,
    overview_pages,
    timeline_counts,
    timeline_script,
    world_path,
)


def record(number: int, sort: str, entities: str) -> str:
    return (f'<doc id="d{number}" page="documents/d{number}.html" sort="{sort}">'
            f'<title>T{number}</title><date when="{sort}">{sort}</date>{entities}</doc>')


def entity(kind: str, entity_id: str, roles: str, extra: str = "") -> str:
    return (f'<entity kind="{kind}" id="{entity_id}" roles="{roles}" sort="{entity_id}">'
            f"<reg>{entity_id}</reg>{extra}</entity>")


BEIJING = entity("place", "pla-beijing", "sent-from", '<geo lat="39.90" lon="116.41"/>')
CORPUS = group([
    record(0, "1950-06-25", entity("person", "per-mao", "sender") + BEIJING
           + entity("person", "per-stalin", "addressee")),
    record(1, "1950-06-30", entity("person", "per-mao", "sender")
           + entity("person", "per-stalin", "addressee")),
    record(2, "1950-07-01", entity("person", "per-stalin", "sender")
           + entity("place", "pla-nowhere", "mentioned", '<geo lat="95" lon="0"/>')),
    record(3, "", entity("place", "pla-moscow", "mentioned", '<geo lat="55.76" lon="37.62"/>')),
])


def payload(script: str, name: str) -> dict:
    prefix = f"window.{name} = "
    assert script.startswith(prefix) and script.endswith(";\n")
    return json.loads(script[len(prefix):-2])


def test_timeline_counts_dated_documents_per_month_and_party() -> None:
    assert timeline_counts(CORPUS) == {
        ("1950-06", ("person per-mao",), ("person per-stalin",)): 2,
        ("1950-07", ("person per-stalin",), ()): 1}
    data = payload(timeline_script(CORPUS), "TEI_TIMELINE")
    assert data["months"] == ["1950-06", "1950-07"]
    assert [p[:2] for p in data["parties"]] == [["person per-mao", "per-mao"],
                                               ["person per-stalin", "per-stalin"]]
    assert data["rows"] == [[0, [0], [1], 2], [1, [1], [], 1]]


def test_map_lists_places_with_valid_coordinates_and_their_roles() -> None:
    assert map_places(CORPUS) == [
        {"id": "pla-beijing", "name": "pla-beijing", "href": "places/pla-beijing.html",
         "lat": 39.9, "lon": 116.41, "origin": 1, "other": 0},
        {"id": "pla-moscow", "name": "pla-moscow", "href": "places/pla-moscow.html",
         "lat": 55.76, "lon": 37.62, "origin": 0, "other": 1}]
    assert payload(map_script(CORPUS), "TEI_MAP")["places"][0]["id"] == "pla-beijing"


def test_overview_pages_carry_months_undated_count_and_places() -> None:
    timeline, world = overview_pages(CORPUS)
    assert timeline.path == "timeline.html" and world.path == "map.html"
    assert 'undated="1"' in timeline.input
    assert re.findall(r'<month key="([^"]+)" count="(\d+)"', timeline.input) == [
        ("1950-06", "2"), ("1950-07", "1")]
    assert world.input.count("<place ") == 2


def test_world_outline_is_one_path_without_bands_across_the_map() -> None:
    path = world_path()
    assert path == world_path() and path.startswith("M") and path.endswith("Z")
    crossings = []
    for subpath in path.split("M")[1:]:
        xs = [float(point.split()[0]) for point in subpath.rstrip("Z").split("L")]
        crossings.append(sum(abs(b - a) > 180 for a, b in pairwise(xs)))
    assert max(crossings) == 1 and crossings.count(1) == 1  # only Antarctica, round the pole
    assert 20_000 < len(path) < 80_000
