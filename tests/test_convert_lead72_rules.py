"""Rules seen on the lead's probes of session 43 (lead72): the names the register does not
hold, as unseen documents name them:

- a person the register lacks, met in a name position (`Counsellor Zhabrovsky`), is tagged
  at the bare mentions of the surname later in the same paragraph too (`According to
  Zhabrovsky,`), as it already was in the paragraphs after (`inline._met_again`);
- a heading line giving the precedence before the grade (`Very urgent. Secret.`) is the
  classification row's, as `Secret. Very urgent.` was: the heading goes on past it to the
  addressee (`heading` row `classification`);
- a register surname after a given name none of the register person's names opens is
  someone else's (`Harishwar Dayal` is not Rajeshwar Dayal), also when the given name opens
  a bracket (`(Harishwar Dayal)`, a typed signature: `given_runs._given_run`), and a typed
  signature in brackets is read whole, its given name no title (`parts.signature_names`);
  the name met so is tagged whole at its mentions before in the paragraph (`inline._met_again`);
- a printed edition's heading naming both parties by title and name may set an office before
  a title (the colonial print's `Governor Sir G. Creasy to Mr. Creech Jones.`: `heading` row
  of repost2), and a heading in capitals its `to` in small letters
  (`capitals_heading.heading_match`);
- an office's adjective is never a name (`The Federal Chancellor thanked ...`: table
  `not-names`);
- a dateline's superscript note call glued to its year (`Moscow, 13 August 1970¹`) is no part
  of its date (`dateline_parts._MARKER_END`), and the dates and places of the note it calls are not
  the dateline's: they keep their values (`settle._in_datelines`);
- `Fraternally,` closes a letter or cable as `Respectfully,` does (a `salute` row).
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


def test_a_given_name_not_the_register_persons_makes_another_person(
        resources: Resources) -> None:
    signed = text_xml("Report\n\nThe matter is closed.\n\nYours sincerely,\n"
                      "(Harishwar Dayal)\n", resources)
    assert '<persName ref="#per-harishwar-dayal">Harishwar Dayal</persName>' in signed
    assert "per-rajeshwar-dayal" not in signed
    met = text_xml("Report\n\nI met Harishwar Dayal yesterday. Later Mr. Harishwar Dayal "
                   "left.\n", resources)
    assert _refs(met, "Harishwar Dayal").count("per-harishwar-dayal") == 2
    assert "per-rajeshwar-dayal" not in met
    own = text_xml("Report\n\nYours sincerely,\n(Rajeshwar Dayal)\n", resources)
    assert set(_refs(own, "Rajeshwar Dayal")) == {"per-rajeshwar-dayal"}


_PRINT = ("No. 12.\n\n{heading}\n\n(No. 231.)\nSir,\n\nI HAVE the honour to report that "
          "the disturbances have spread.\n\nI have, &c.,\nG. H. CREASY.\n")


def test_a_print_heading_may_set_an_office_before_a_partys_title(resources: Resources) -> None:
    for heading in ("Governor Sir G. Creasy to Mr. Creech Jones.",
                    "GOVERNOR SIR G. CREASY to MR. CREECH JONES."):
        facts = text_facts(_PRINT.format(heading=heading), resources)
        assert facts["sender"] == ["Gerald Creasy"], heading
        assert facts["addressee"] == ["Arthur Creech Jones"], heading


def test_an_office_with_its_adjective_is_no_person(resources: Resources) -> None:
    xml = text_xml("Report\n\nThe Federal Chancellor thanked the Chairman for the reception. "
                   "The Imperial Chancellor said no.\n", resources)
    assert "<persName" not in xml


_NOTED = ("Conversation between Federal Chancellor Brandt and Chairman Kosygin\n\n"
          "Moscow, 13 August 1970{call}\n\nThe Chancellor thanked the Chairman.\n\n"
          "¹ Drawn up by Interpreter Weiß in Bonn on 14 August 1970.\n")


def test_a_datelines_superscript_note_call_is_no_part_of_its_date(resources: Resources) -> None:
    for call in ("¹", ".¹"):
        text = _NOTED.format(call=call)
        assert text_facts(text, resources)["date"] == "1970-08-13"
        dateline = re.search(r"<dateline>.*</dateline>", text_xml(text, resources)).group()
        assert '<date when="1970-08-13">' in dateline and '<date when="1970-08-14">' in dateline
        assert '<placeName ref="#pla-bonn">Bonn</placeName>' in dateline


def test_fraternally_is_a_valediction(resources: Resources) -> None:
    xml = text_xml("CIPHERED CABLE No. 318\nFROM: Embassy of Cuba, Mexico City\n\n"
                   "1. The Foreign Secretary received me today.\n\nFraternally,\n"
                   "Ambassador Joaquín Hernández Armas\n", resources)
    assert "<salute>Fraternally,</salute>" in xml.split("<closer>")[1]
