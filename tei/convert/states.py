"""The register's states and bodies with their seats: a country's capital and a body's
headquarters, as the register's relations give them (`listRelation type="capitals"` of the
places, `type="headquarters"` of the organisations), and the city a seat of government
stands in (`type="locations"`); read by `seats` and `org_country`."""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from tei.convert.register import Entry
from tei.xmlio import NSMAP

_SEATS = ("tei:listRelation[@type='capitals']/tei:relation[@name='capital']",
          "tei:listRelation[@type='headquarters']/tei:relation[@name='headquarters']")
_LOCATIONS = "tei:listRelation[@type='locations']/tei:relation[@name='location']"


@lru_cache(maxsize=8)
def capitals(listing: etree._Element) -> dict[str, list[tuple[str, str, str]]]:
    """(seat id, from, to) of each country's or body's id, read from a register list's
    relations (a country's capital, a body's headquarters)."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    relations = (rel for path in _SEATS for rel in listing.iterfind(path, NSMAP))
    for relation in relations:
        country = relation.get("active", "").lstrip("#")
        found.setdefault(country, []).append(
            (relation.get("passive", "").lstrip("#"), relation.get("from", ""),
             relation.get("to", "")))
    return found


def is_country(entry: Entry) -> bool:
    """Whether the register gives `entry` a capital (it is a state)."""
    listing = entry.element.getparent()
    return listing is not None and bool(capitals(listing).get(entry.id))


@lru_cache(maxsize=8)
def _locations(listing: etree._Element) -> dict[str, str]:
    """The city's id of each seat's id, read from a register list's location relations."""
    return {rel.get("active", "").lstrip("#"): rel.get("passive", "").lstrip("#")
            for rel in listing.iterfind(_LOCATIONS, NSMAP)}


def located_in(entry: Entry) -> str:
    """The id of the city the register says the seat `entry` stands in (`10 Downing
    Street`: London), or ''."""
    listing = entry.element.getparent()
    return _locations(listing).get(entry.id, "") if listing is not None else ""


def capital_country(entry: Entry, year: int | None = None) -> str:
    """(dfat55) The id of the one country whose capital the register says the place `entry`
    is or was (`Wellington`: New Zealand), or ''; (cables91) with `year`, of a capital that
    served two states, the one whose capital it was then (`Sanaa` in 1979: North Yemen,
    the relation's `to` 1990; Yemen from 1990)."""
    listing = entry.element.getparent()
    owners = [country for country, seats in capitals(listing).items()
              if any(seat == entry.id for seat, _, _ in seats)] if listing is not None else []
    if len(owners) > 1 and year is not None:
        owners = [country for country in owners if any(
            seat == entry.id and _spans(year, start, end)
            for seat, start, end in capitals(listing)[country])]
    return owners[0] if len(owners) == 1 else ""


def _spans(year: int, start: str, end: str) -> bool:
    """Whether a relation's `from`/`to` (ISO dates, either perhaps empty) hold `year`."""
    return (not start or int(start[:4]) <= year) and (not end or year <= int(end[:4]))
