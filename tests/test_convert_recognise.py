"""Recognition of a document's registry lines (tei.convert.recognise)."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import xp

HEAD = "CODE TELEGRAM\n\nFrom: Legation, Moscow\nTo: Foreign Minister\n\n"
BODY = "The Deputy Minister received me today.\n\nOLSEN\n\n"


@pytest.mark.parametrize(("line", "subtype"), [
    ("Copy: Prime Minister's Office; Political Department (P 1)", "distribution"),
    ("cc: Embassy Oslo, file", "distribution"),
    ("Verteiler: Büro Staatssekretär", "distribution"),
    ("Copia a: Gabinetto del Ministro; Segreteria Generale", "distribution"),
    ("Reference: our telegram 1170", "other"),
])
def test_a_labelled_line_after_the_signature_takes_its_labels_kind(line: str, subtype: str,
                                                                   resources) -> None:
    root = etree.fromstring(convert_text(HEAD + BODY + line + "\n", "t", resources).xml)
    (ab,) = xp(root, "//tei:div[@subtype='processing']/tei:ab")
    assert (" ".join(ab.xpath("string()").split()), ab.get("subtype")) == (line, subtype)
