"""Rules seen on the lead's probes of session 43 (lead72): the names the register does not
hold, as unseen documents name them:

- a person the register lacks, met in a name position (`Counsellor Zhabrovsky`), is tagged
  at the bare mentions of the surname later in the same paragraph too (`According to
  Zhabrovsky,`), as it already was in the paragraphs after (`inline._met_again`);
- a heading line giving the precedence before the grade (`Very urgent. Secret.`) is the
  classification row's, as `Secret. Very urgent.` was: the heading goes on past it to the
  addressee (`heading` row `classification`).
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_REPORT = ("Report\n\nToday I received Counsellor Zhabrovsky of the Polish embassy. "
           "According to Zhabrovsky, the request is urgent, and I said that Zhabrovsky "
           "is right.\n\nLater Zhabrovsky came again.\n")


def _refs(xml: str, name: str) -> list[str]:
    return re.findall(rf'<persName ref="#([^"]+)">{name}</persName>', xml)


def test_a_surname_met_in_a_name_position_is_tagged_again_in_its_paragraph(
        resources: Resources) -> None:
    xml = text_xml(_REPORT, resources)
    assert _refs(xml, "Zhabrovsky") == ["per-zhabrovsky"] * 4


def test_a_word_met_in_no_name_position_is_not_tagged_by_it(resources: Resources) -> None:
    xml = text_xml(_REPORT.replace("Counsellor Zhabrovsky", "a counsellor"), resources)
    assert _refs(xml, "Zhabrovsky") == []


_CIPHER = ("CIPHERED TELEGRAM No. 2214\nFrom Warsaw\nSent: 14.IV.1957 18:40\n"
           "Received: 14.IV.1957 21:05\n{grade}\n\nTo Comrade Gromyko\n\n"
           "Today the Deputy Minister told me that the government will raise the question.\n\n"
           "Ambassador P. Ponomarenko\n")


def test_a_precedence_before_the_grade_is_a_heading_line(resources: Resources) -> None:
    for grade in ("Very urgent. Secret.", "EXTREMELY URGENT - TOP SECRET", "Secret. Urgent."):
        xml = text_xml(_CIPHER.format(grade=grade), resources)
        assert f'<ab type="registry" subtype="classification">{grade}</ab>' in xml
        assert text_facts(_CIPHER.format(grade=grade), resources)["addressee"] == [
            "Andrei Gromyko"]
