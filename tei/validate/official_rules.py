"""The Schematron rules an ODD-generated RELAX NG schema embeds (`sch:pattern` elements in
tei_all.rng: 93 patterns, 103 asserts and reports), as one ISO Schematron schema that
`tei.validate.schematron` compiles.

Each assert and report gets the id of its pattern (numbered when a pattern has several);
roles follow the ODD's: none is an error, `nonfatal` a warning, `information` info.
"""

from __future__ import annotations

import copy

from lxml import etree

from tei.validate.schematron import SCH_NS

_ROLES = {None: "error", "error": "error", "fatal": "error", "nonfatal": "warning",
          "warning": "warning", "information": "info", "info": "info"}


def _sch(name: str) -> str:
    return f"{{{SCH_NS}}}{name}"


def embedded_schematron(schema: etree._ElementTree) -> bytes | None:
    """The embedded rules of a RELAX NG schema as an ISO Schematron document (None when it
    embeds none)."""
    root = schema.getroot()
    patterns = list(root.iter(_sch("pattern")))
    if not patterns:
        return None
    out = etree.Element(_sch("schema"), {"queryBinding": "xslt2"}, nsmap={"sch": SCH_NS})
    declared = set()
    for ns in root.iter(_sch("ns")):
        if ns.get("prefix") not in declared:
            declared.add(ns.get("prefix"))
            etree.SubElement(out, _sch("ns"), prefix=ns.get("prefix", ""), uri=ns.get("uri", ""))
    for number, pattern in enumerate(patterns, 1):
        out.append(_with_ids(copy.deepcopy(pattern), number))
    return etree.tostring(out, xml_declaration=True, encoding="UTF-8")


def _with_ids(pattern: etree._Element, number: int) -> etree._Element:
    """The pattern with an id and a known role on each assert and report."""
    name = pattern.get("id") or f"pattern-{number}"
    pattern.set("id", name)
    tests = list(pattern.iter(_sch("assert"), _sch("report")))
    for index, test in enumerate(tests, 1):
        test.set("id", name if len(tests) == 1 else f"{name}-{index}")
        test.set("role", _ROLES.get(test.get("role"), "error"))
    return pattern
