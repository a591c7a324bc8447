"""Flattened OCR (`pages/flattened.py`, table `flattened-heading`): a cable printout's or a
memorandum's heading run together on one long line is cut back into its lines."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.flattened import split_flattened
from tei.convert.read import Line
from tests.cases import text_facts

_PRINTOUT = (
    "PAGE 01 ROME 07731 221410Z ACTION EUR-12 INFO OCT-01 ISO-00 /013 W "
    "------------------ 221455Z 004112 /52 P 221405Z NOV 73 FM AMEMBASSY ROME "
    "TO SECSTATE WASHDC PRIORITY 2218 C O N F I D E N T I A L ROME 7731 E.O. 11652: GDS "
    "TAGS: PFOR, IT SUBJECT: ITALIAN VIEWS ON THE OIL CRISIS 1. THE FOREIGN MINISTER TOLD "
    "THE AMBASSADOR THAT ITALY WILL NOT ACCEPT ANY CUT IN SUPPLIES WITHOUT A COMMON POLICY OF "
    "THE NINE. 2. HE ASKED FOR AN EARLY MEETING OF THE CONSUMERS. VOLPE\n")


def _ctx(resources) -> Context:
    return Context(resources, "t")


def _parts(text: str, resources) -> list[str]:
    return [line.text for line in split_flattened([Line(1, text)], _ctx(resources))]


def test_a_flattened_printout_is_cut_at_its_heading_items(resources) -> None:
    parts = _parts(_PRINTOUT.strip(), resources)
    assert parts[:9] == [
        "PAGE 01 ROME 07731 221410Z", "ACTION EUR-12", "INFO OCT-01 ISO-00 /013 W",
        "------------------ 221455Z 004112 /52", "P 221405Z NOV 73", "FM AMEMBASSY ROME",
        "TO SECSTATE WASHDC PRIORITY 2218", "C O N F I D E N T I A L ROME 7731",
        "E.O. 11652: GDS"]
    assert parts[9:12] == ["TAGS: PFOR, IT", "SUBJECT: ITALIAN VIEWS ON THE OIL CRISIS",
                           parts[11]] and parts[11].startswith("1. THE FOREIGN MINISTER")
    assert " ".join(parts) == _PRINTOUT.strip()  # every character kept, in order


def test_a_flattened_printout_gives_the_cable_s_facts(resources) -> None:
    found = text_facts(_PRINTOUT, resources)
    assert (found["date"], found["doc_type"], found["telegram_number"]) == (
        "1973-11-22", "cable", "7731")
    assert (found["place_of_origin"], found["numbered_points"]) == ("Rome", 2)


def test_a_flattened_memorandum_without_colons_gives_its_sender(resources) -> None:
    text = ("DEPARTMENT OF STATE INFORMATION MEMORANDUM CONFIDENTIAL October 4 1977 EXDIS "
            "TO The Secretary FROM EUR - George S. Vest Your Talk with the Italian Minister "
            + "The Minister will raise the question of the air routes again and ask " * 6
            + "for our support.\n")
    found = text_facts(text, resources)
    assert (found["date"], found["doc_type"]) == ("1977-10-04", "memorandum")
    assert found["sender"] == ["George S. Vest"]


def test_a_long_paragraph_is_not_cut(resources) -> None:
    text = ("The Secretary said that the subject of the talks TO BE held in Geneva had been "
            "settled FROM the start, and that the participants would meet on March 3 1975 "
            "in the morning. " * 5).strip()
    assert _parts(text, resources) == [text]


def test_a_short_heading_line_is_not_cut(resources) -> None:
    line = "FM AMEMBASSY ROME TO SECSTATE WASHDC PRIORITY 2218 SUBJECT: OIL"
    assert _parts(line, resources) == [line]


def test_two_heading_items_in_a_long_line_are_not_enough(resources) -> None:
    text = "SUBJECT: THE TALKS " + "THE TALKS WILL GO ON IN GENEVA NEXT WEEK. " * 12 + \
        "REF: STATE 1234"
    assert _parts(text, resources) == [text]
