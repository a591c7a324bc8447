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
    after_block = False
    for unit in units:
        ordered.extend(_demoted(unit, mapper) if local(unit) in LEADING and after_block
                       else [unit])
        after_block = after_block or local(ordered[-1]) in BLOCKS
    last = max(i for i, u in enumerate(ordered) if local(u) in BLOCKS)
    arranged: list[etree._Element] = []
    for index, unit in enumerate(ordered):
        arranged.extend(_demoted(unit, mapper) if local(unit) in CLOSING and index < last
                        else [unit])
    return arranged


class _Units:
    """The top-level units of a division as they are collected, with the loose phrase
    content and opener or closer parts waiting for their container."""

    def __init__(self) -> None:
        self.units: list[etree._Element] = []
        self.loose: list[Node] = []
        self.parts: list[etree._Element] = []
        self.has_block = False

    def add(self, unit: etree._Element) -> None:
        self.units.append(unit)
        self.has_block = self.has_block or local(unit) in BLOCKS

    def flush_loose(self) -> None:
        """Loose content as a paragraph (page breaks alone wait to be placed)."""
        loose, self.loose = self.loose, []
        if blank(loose):
            return
        words = [n for n in loose if isinstance(n, str)]
        if blank(words) and all(isinstance(n, str) or local(n) == "pb" for n in loose):
            for node in loose:
                if not isinstance(node, str):
                    self.add(node)
        else:
            self.add(make("p", loose))

    def flush_parts(self) -> None:
        """Datelines, salutes, signatures, addresses as an opener (before any block) or
        a closer."""
        parts, self.parts = self.parts, []
        if parts:
            self.add(make("closer" if self.has_block else "opener",
                          [n for part in parts for n in (part, "\n")][:-1]))


def _units(nodes: list[Node], mapper: Mapper) -> list[etree._Element]:
    """Top-level units: loose phrase content in paragraphs (or the next heading), parts of
    openers and closers in an opener or closer."""
    found = _Units()
    for node in _flat(nodes, mapper):
        name = "" if isinstance(node, str) else local(node)
        if name in PARTS:
            found.flush_loose()
            found.parts.append(node)
            continue
        if found.parts and (name or not blank([node])):
            found.flush_parts()
        if isinstance(node, str) or name in PHRASE:
            found.loose.append(node)
        elif name in LEADING and not found.has_block and found.loose:
            if not blank(found.loose):
                _prepend(node, found.loose)
            found.loose = []
            found.add(node)
        else:
            found.flush_loose()
            found.add(node)
    found.flush_parts()
    found.flush_loose()
    return found.units


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
