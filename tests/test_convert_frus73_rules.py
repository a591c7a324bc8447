"""Rules for the header facts of FRUS pages across its eras (frus73):

- a source note's receipt given as the day alone, no hour (a despatch's or an airgram's:
  `Secret. Drafted by Henderson. Received March 12.`) is the date received, of the year
  the document was sent (table `frus-receipt`, row `received`; read by
  `action_dates.noted_receipt`); so is a receipt in Greenwich time, the day after it when it
  differs (`Received at 2047Z.`, `Received at 0047Z, September 13.`: `action_dates._CLOCK`);
- the Department's order closing an outgoing telegram of the 1900s-1940s to repeat it to a
  post (`Repeat to Consul Letcher at Chihuahua.`) is a registry line of the telegram's
  handling (table `processing`, row `sent`);
- a FRUS marking copied in lower case with the page's spaces between grade and precedence
  (`top secret   niact`, `confidential   priority`) starts apart from the heading above
  it, so the heading is the title alone (`rewrap._MARKING`);
- a dateline whose day the editors correct or supply in brackets (`Moscow, March 3 [4],
  1945—2 a.m.`, `Moscow, March [8?], 1945.`) is a dateline dated by the editors' day, so the
  receipt under it and the number opening the text are read (`date_shapes`, the bracketed
  day's shape);
- a receipt giving the day and month without the year that falls before the sending (a
  despatch sent in December, received in January: `(Received January 14.)`, a source note's
  `Received January 5.`) is of the next year, within 120 days of the sending; the text's
  yearless receipt date moves with it (`settle._next_years`);
- the other grades a source note gives after a file's office letters (`ORG 7 S.
  Unclassified.`, `Limited Official Use`, `Restricted`) are no surname after an initial
  (table of words that are no name's);
- register: Huntington Wilson (the Acting Secretary signing the 1911 telegrams to Mexico),
  Francisco León de la Barra, Chihuahua; (after the held samples) Marshall S. Carter, Arthur
  C. Lundahl, Tang Yulin (`Tang Yu-lin`), Chengde (`Chengteh`), Gubeikou (`Kupeikou`).
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DESPATCH = ("41. Despatch From the Embassy in Indonesia to the Department of State1\n"
            "No. 1012\nDjakarta, March 3, 1958.\n"
            "I called on the Foreign Minister at his residence on February 28.\n"
            "For the Ambassador:\nJohn W. Henderson\nCounselor of Embassy\n"
            "1 Source: Department of State, Central Files, 756D.00/3–358. Secret. "
            "Drafted by Henderson. {receipt}\n")


def test_a_source_notes_day_of_receipt_alone(resources: Resources) -> None:
    facts = text_facts(DESPATCH.format(receipt="Received March 12."), resources)
    assert facts["date_received"] == "1958-03-12"
    assert facts["date"] == "1958-03-03"


def test_a_source_note_without_receipt_gives_none(resources: Resources) -> None:
    facts = text_facts(DESPATCH.format(receipt="Also sent to Manila."), resources)
    assert not facts["date_received"]


ZULU = ("212. Telegram From the Embassy in Chile to the Department of State1\n"
        "Santiago, September 12, 1973, 2330Z.\n4287. Subject: Junta Announces Cabinet.\n"
        "1. The junta this afternoon named its cabinet.\nDavis\n"
        "1 Source: National Archives, RG 59, Central Foreign Policy Files. Confidential; "
        "Immediate. {receipt}\n")


@pytest.mark.parametrize(("receipt", "when"), [
    ("Received at 2347Z.", "1973-09-12T23:47"),
    ("Received at 0047Z, September 13.", "1973-09-13T00:47")])
def test_a_source_notes_receipt_in_greenwich_time(receipt: str, when: str,
                                                  resources: Resources) -> None:
    assert (text_facts(ZULU.format(receipt=receipt), resources)["date_received"] or "")[:16] \
        == when


BRACKETED = ("761.00/3–445: Telegram\n"
             "The Ambassador in the Soviet Union (Harriman) to the Secretary of State\n"
             "Moscow, {day}, 1945{hour}.\n[Received March 4—10:05 a.m.]\n"
             "677. Molotov received me last night at eleven.\nHarriman\n")


@pytest.mark.parametrize(("day", "hour", "when"), [
    ("March 3 [4]", "—2 a.m", "1945-03-04T02:00"), ("March [4?]", "", "1945-03-04")])
def test_the_editors_bracketed_day_dates_the_dateline(day: str, hour: str, when: str,
                                                      resources: Resources) -> None:
    facts = text_facts(BRACKETED.format(day=day, hour=hour), resources)
    assert facts["date"] == when[:10]
    assert facts["telegram_number"] == "677"
    assert (facts["date_received"] or "")[:16] == "1945-03-04T10:05"
    assert facts["place_of_origin"] == "Moscow"


OUTGOING = ("File No. 812.00/1043.\nThe Secretary of State to Ambassador Wilson.\n"
            "[Telegram.]\nDepartment of State,\nWashington, March 3, 1911—6 p.m.\n"
            "Your 58, March 1, 11 a.m. The Department approves your action.\n"
            "{order}\nHUNTINGTON WILSON.\n")


def test_an_outgoing_telegrams_repeat_order_is_a_registry_line(resources: Resources) -> None:
    facts = text_facts(OUTGOING.format(order="Repeat to Consul Letcher at Chihuahua."),
                       resources)
    assert "Repeat to Consul Letcher at Chihuahua." in facts["registry_notes"]
    assert "Huntington Wilson" in facts["sender"]


def test_a_sentence_opening_with_repeat_stays_text(resources: Resources) -> None:
    facts = text_facts(OUTGOING.format(
        order="Repeat the substance of this telegram orally to the Minister for Foreign "
              "Affairs."), resources)
    assert not any("Repeat the substance" in note for note in facts["registry_notes"])


MARKED = ("795.00/3–351: Telegram\nThe Ambassador in Korea (Muccio) to the Secretary of State\n"
          "{marking}\nPusan, March 3, 1951—4 p.m.\n"
          "812. President Rhee told me this morning he would accept no cease-fire.\nMuccio\n")


@pytest.mark.parametrize("marking", ["top secret   niact", "confidential   priority",
                                     "secret   us urgent"])
def test_a_spaced_marking_is_no_part_of_the_heading(marking: str, resources: Resources) -> None:
    facts = text_facts(MARKED.format(marking=marking), resources)
    assert facts["title"] == "The Ambassador in Korea (Muccio) to the Secretary of State"
    assert facts["telegram_number"] == "812"


def test_the_1911_register_entries(resources: Resources) -> None:
    xml = text_xml(OUTGOING.format(order="Express thanks to Mr. de la Barra for the escort "
                                         "from Chihuahua."), resources)
    assert 'ref="#per-francisco-leon-de-la-barra"' in xml
    assert 'ref="#pla-chihuahua"' in xml


CIRCULAR = ("214. Circular Telegram From the Department of State to All Diplomatic Posts1\n"
            "Washington, March 3, 1967, 7:41 p.m.\n148702. Subject: Travel.\nRusk\n"
            "1 Source: National Archives and Records Administration, RG 59, Central Files "
            "1967–69, ORG 7 S. {grade}. Drafted by William J. Crockett.\n")


@pytest.mark.parametrize("grade", ["Unclassified", "Limited Official Use", "Restricted"])
def test_a_grade_after_office_letters_is_no_surname(grade: str, resources: Resources) -> None:
    assert f"S. {grade.split()[0]}</persName>" not in text_xml(CIRCULAR.format(grade=grade),
                                                               resources)


def test_the_held_samples_register_entries(resources: Resources) -> None:
    xml = text_xml("Moscow, March 3, 1962.\nGeneral Carter and Mr. Lundahl reported that "
                   "Chengteh and Kupeikou had fallen, Tang Yu-lin withdrawing.\n", resources)
    for ref in ("per-marshall-s-carter", "per-arthur-c-lundahl", "pla-chengde", "pla-gubeikou",
                "per-tang-yulin"):
        assert f'ref="#{ref}"' in xml


TURN = ("No. 412.]  Mr. Dun to Mr. Gresham.\n\nLegation of the United States,\n"
        "Tokyo, December 20, 1894.   (Received {receipt}.)\n\n"
        "Sir: I have the honor to report that the Diet was opened yesterday.\n\n"
        "I have, &c.,\nEDWIN DUN.\n")


@pytest.mark.parametrize(("receipt", "when"), [
    ("January 14", "1895-01-14"), ("December 28", "1894-12-28"), ("June 14", None)])
def test_a_yearless_receipt_before_the_sending_is_of_the_next_year(
        receipt: str, when: str | None, resources: Resources) -> None:
    assert text_facts(TURN.format(receipt=receipt), resources)["date_received"] == when
