"""The division of an imported text in our order: headings and openers, then blocks (with
page breaks after them), then closers and postscripts (rule div-order of the schema).

Other editions nest their text in divisions of their own (writing sessions, salutation,
datum); those are flattened. What stands out of our order is moved, never dropped: loose
words and phrase elements join the next heading or a paragraph of their own, a dateline
or signature outside an opener or closer gets one, an opener after the first paragraph or
a closer before the last one becomes a paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from tei.importing.markup import BLOCKS, PARTS, PHRASE
from tei.importing.tree import Node, blank, content, fill, local, make

if TYPE_CHECKING:
    from tei.importing.markup import Mapper

LEADING = frozenset({"head", "opener"})
CLOSING = frozenset({"closer", "postscript"})


def division(nodes: list[Node], mapper: Mapper) -> list[etree._Element]:
    """Our content of a division (message, embedded body) from mapped nodes."""
    units = _units(nodes, mapper)
    if not any(local(u) in BLOCKS for u in units):
        position = next((i for i, u in enumerate(units) if local(u) not in LEADING),
                        len(units))
        units.insert(position, make("p"))
    arranged = units
    while (placed := _ordered(arranged, mapper)) != arranged:  # passes only add paragraphs
        arranged = placed
    return _place_breaks(arranged)


def _ordered(units: list[etree._Element], mapper: Mapper) -> list[etree._Element]:
    """One pass: an opener or heading after a block, and a closer or postscript before
    one, become paragraphs."""
    ordered: list[etree._Element] = []
    for unit in units:
        after_block = any(local(u) in BLOCKS for u in ordered)
        ordered.extend(_demoted(unit, mapper) if local(unit) in LEADING and after_block
                       else [unit])
    last = max(i for i, u in enumerate(ordered) if local(u) in BLOCKS)
    arranged: list[etree._Element] = []
    for index, unit in enumerate(ordered):
        arranged.extend(_demoted(unit, mapper) if local(unit) in CLOSING and index < last
                        else [unit])
    return arranged


def _units(nodes: list[Node], mapper: Mapper) -> list[etree._Element]:
    """Top-level units: loose phrase content in paragraphs (or the next heading), parts of
    openers and closers in an opener or closer."""
    units: list[etree._Element] = []
    loose: list[Node] = []
    parts: list[etree._Element] = []
    for node in _flat(nodes, mapper):
        name = "" if isinstance(node, str) else local(node)
        if name in PARTS:
            _flush_loose(units, loose)
            parts.append(node)
            continue
        if parts and (name or not blank([node])):
            _flush_parts(units, parts)
        if isinstance(node, str) or name in PHRASE:
            loose.append(node)
        elif name in LEADING and not any(local(u) in BLOCKS for u in units) and loose:
            if not blank(loose):
                _prepend(node, loose)
            loose = []
            units.append(node)
        else:
            _flush_loose(units, loose)
            units.append(node)
    _flush_parts(units, parts)
    _flush_loose(units, loose)
    return units


def _flat(nodes: list[Node], mapper: Mapper) -> list[Node]:
    """`nodes` with elements that have no place in a division replaced by their content."""
    flat: list[Node] = []
    for node in nodes:
        if isinstance(node, str) or local(node) in BLOCKS | LEADING | CLOSING | PARTS | PHRASE:
            flat.append(node)
        else:
            mapper.counts[f"{local(node)} in a division -> its content"] += 1
            flat.extend(_flat(content(node), mapper))
    return flat


def _prepend(element: etree._Element, nodes: list[Node]) -> None:
    """Put `nodes` at the start of `element`."""
    rest = content(element)
    element.text = None
    for child in list(element):
        element.remove(child)
    fill(element, [*nodes, *rest])


def _flush_loose(units: list[etree._Element], loose: list[Node]) -> None:
    if loose and not blank(loose):
        words = [n for n in loose if isinstance(n, str)]
        if blank(words) and all(isinstance(n, str) or local(n) == "pb" for n in loose):
            units.extend(n for n in loose if not isinstance(n, str))  # placed later
        else:
            units.append(make("p", loose))
    loose.clear()


def _flush_parts(units: list[etree._Element], parts: list[etree._Element]) -> None:
    if parts:
        seen_block = any(local(u) in BLOCKS for u in units)
        units.append(make("closer" if seen_block else "opener",
                          [n for p in parts for n in (p, "\n")][:-1]))
    parts.clear()


def _demoted(unit: etree._Element, mapper: Mapper) -> list[etree._Element]:
    """An opener, closer or heading out of place as paragraphs (a postscript's own)."""
    mapper.counts[f"{local(unit)} out of place -> paragraph"] += 1
    if local(unit) == "postscript":
        return list(unit)
    return [make("p", mapper.fit(content(unit), PHRASE, "paragraph"))]


def _place_breaks(units: list[etree._Element]) -> list[etree._Element]:
    """Page breaks only after blocks: one elsewhere moves into the next unit (or the last)."""
    placed: list[etree._Element] = []
    waiting: list[etree._Element] = []
    for unit in units:
        if local(unit) == "pb" and not (placed and local(placed[-1]) in BLOCKS | {"pb"}):
            waiting.append(unit)
            continue
        if waiting and local(unit) != "postscript":
            _prepend(unit[0] if local(unit) == "list" else unit, list(waiting))
            waiting = []
        placed.append(unit)
    if waiting:
        target = placed[-1] if local(placed[-1]) != "postscript" else placed[-1][-1]
        fill(target, waiting)
    return placed
