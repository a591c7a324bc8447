"""Check xml:id values after parsing: each must be an NCName and unique in its file.

The validator parses without registering ids (`tei.xmlio.make_parser`), so neither problem
stops the parser (both are well-formed XML); every occurrence is reported, as jing does,
and the other layers still run.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from lxml import etree

from tei.xmlio import XML_NS, make_parser

_ID = f"{{{XML_NS}}}id"
_ASCII_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*")
# The elements with an xml:id, in document order (found in C: no Python object per element;
# the attributes' parents, a quarter of the instructions of a predicate on every element).
ID_HOLDERS = etree.XPath("descendant-or-self::*/@xml:id/..")
# Collects ids, so that libxml2 checks each xml:id as xmllint does.
_ID_PARSER = make_parser(collect_ids=True)


@dataclass(frozen=True, slots=True)
class IdProblem:
    """An element whose xml:id is malformed or used more than once."""

    element: etree._Element
    rule: str
    message: str


def is_ncname(value: str) -> bool:
    """Whether `value` is an XML name without a colon, as libxml2 (and so xmllint) decides
    it; names with characters beyond ASCII are rare and asked of libxml2 itself, whose name
    characters (those of XML 1.0 before its fifth edition, as jing's) no regex here copies."""
    if value.isascii():
        return _ASCII_NCNAME.fullmatch(value) is not None
    element = etree.Element("id")
    try:
        element.set(_ID, value)
        etree.fromstring(etree.tostring(element), _ID_PARSER)
    except (ValueError, etree.XMLSyntaxError):
        return False
    return True


def id_problems(root: etree._Element,
                with_id: list[etree._Element] | None = None) -> list[IdProblem]:
    """Every element whose xml:id is not an NCName or not unique, in document order
    (`with_id`: the elements with an xml:id, if already found by ID_HOLDERS)."""
    holders: dict[str, list[etree._Element]] = defaultdict(list)
    problems = []
    for element in ID_HOLDERS(root) if with_id is None else with_id:
        # xml:id values are normalised (the xml:id specification)
        value = element.get(_ID, "").strip(" ")
        holders[value].append(element)
        if not is_ncname(value):
            problems.append(IdProblem(element, "id-ncname", _malformed(value)))
    for value, elements in holders.items():
        if len(elements) > 1:
            message = (f'xml:id "{value}" is used {len(elements)} times (lines '
                       f"{', '.join(str(e.sourceline) for e in elements)}); every xml:id "
                       "must be unique in the file")
            problems.extend(IdProblem(element, "id-unique", message) for element in elements)
    return problems


def _malformed(value: str) -> str:
    return (f'xml:id "{value}" is not an NCName: an id starts with a letter or "_" and holds '
            'only letters, digits, ".", "-" and "_" (no spaces, colons or brackets)')
