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

from tei.xmlio import XML_NS

_ID = f"{{{XML_NS}}}id"
_NAME_START = ("A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff"
               "\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
               "\U00010000-\U000effff")
_NAME_CHAR = _NAME_START + r"\-.0-9\u00b7\u0300-\u036f\u203f-\u2040"
NCNAME = re.compile(f"[{_NAME_START}][{_NAME_CHAR}]*")


@dataclass(frozen=True, slots=True)
class IdProblem:
    """An element whose xml:id is malformed or used more than once."""

    element: etree._Element
    rule: str
    message: str


def is_ncname(value: str) -> bool:
    """Whether `value` is an XML name without a colon."""
    return NCNAME.fullmatch(value) is not None


def id_problems(root: etree._Element) -> list[IdProblem]:
    """Every element whose xml:id is not an NCName or not unique, in document order."""
    holders: dict[str, list[etree._Element]] = defaultdict(list)
    problems = []
    for element in root.iter(etree.Element):
        value = element.get(_ID)
        if value is None:
            continue
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
