"""Rules from invent24's invented probes of layouts no fixture had (a Czechoslovak StB report,
a Romanian note under a minister's resolution, an Iranian note verbale, a Cuban routing slip,
a CSV cable index, Swedish, South African and Irish telegrams, an mbox post, a Chilean oficio):

- Solar Hijri dates with a Persian or an Afghan month's name (`24 Esfand 1349`, `Hamal 14,
  1341 S.H.`), worked out to the Western date (`solar_hijri`), with no civil date beside them;
- the West Slavic dateline with `dne` / `dňa` / `dnia` (`V Praze dne 14. 3. 1968`), and a
  day and month with a space after each stop before a four-digit year;
- the Irish month names of a bilingual heading (`9 Aibreán 1969`);
- an mbox message's envelope line and raw fields over a covering note and a rule: the
  page's, not the document's.
"""

from __future__ import annotations

import pytest

from tei.convert.solar_hijri import western_date
from tests.cases import text_facts


@pytest.mark.parametrize(("solar", "western"), [
    ((1357, 11, 22), (1979, 2, 11)), ((1358, 1, 12), (1979, 4, 1)),
    ((1332, 5, 28), (1953, 8, 19)), ((1320, 6, 25), (1941, 9, 16)),
    ((1349, 12, 24), (1971, 3, 15)), ((1402, 12, 29), (2024, 3, 19)),
])
def test_solar_hijri_to_western(solar: tuple[int, int, int],
                                western: tuple[int, int, int]) -> None:
    assert western_date(*solar) == western


def test_solar_hijri_day_outside_its_month_is_no_date() -> None:
    assert western_date(1349, 12, 30) is None  # 1349 is a common year
    assert western_date(1350, 7, 31) is None


_IRANIAN_TELEGRAM = ("IMPERIAL EMBASSY OF IRAN\nLONDON\n\nTelegram No. 512\n\n"
                     "London, 3 Mehr 1350\n\nTo the Ministry of Foreign Affairs, Tehran\n\n"
                     "The Foreign Office confirmed today that the Minister will attend the "
                     "celebrations at Persepolis.\n\nAfshar\n")
_AFGHAN_LETTER = ("ROYAL AFGHAN MINISTRY OF FOREIGN AFFAIRS\nKABUL\n\nNo. 118\n\n"
                  "Kabul, Jadi 5, 1340\n\nExcellency,\n\nI have the honour to inform you that "
                  "the commission will meet in Herat next month.\n\nPlease accept, Excellency, "
                  "the assurances of my highest consideration.\n\nS. Naim\n")


@pytest.mark.parametrize(("text", "date"), [(_IRANIAN_TELEGRAM, "1971-09-25"),
                                            (_AFGHAN_LETTER, "1961-12-26")])
def test_solar_hijri_dateline_alone(resources, text: str, date: str) -> None:
    assert text_facts(text, resources)["date"] == date


_SLOVAK = ("POVERENÍCTVO VNÚTRA\n\nV Bratislave dňa 2. 5. 1969\n\nREPORT\n\nThe source "
           "reported that the delegation would arrive on Monday.\n\nJán Novák\n")
_POLISH = ("MINISTERSTWO SPRAW ZAGRANICZNYCH\n\nWarszawa, dnia 14 marca 1968 r.\n\nNOTE\n\n"
           "The Ambassador was told that the Minister could not receive him this week.\n\n"
           "Jan Kowalski\n")


@pytest.mark.parametrize(("text", "date", "place"), [(_SLOVAK, "1969-05-02", "Bratislava"),
                                                     (_POLISH, "1968-03-14", "Warsaw")])
def test_west_slavic_dateline_day_word(resources, text: str, date: str, place: str) -> None:
    facts = text_facts(text, resources)
    assert (facts["date"], facts["place_of_origin"]) == (date, place)


def test_irish_month_of_a_bilingual_heading(resources) -> None:
    text = ("ROINN GNÓTHAÍ EACHTRACHA\n\nTEILEAGRAM\n\nUimh. / No.: 12\n"
            "Dáta / Date: 3 Bealtaine 1972\n\nPlease confirm the arrival of the delegation "
            "in Brussels.\n\nESTERO\n")
    assert text_facts(text, resources)["date"] == "1972-05-03"


def test_mbox_header_and_covering_note_are_the_page(resources) -> None:
    text = ("From j.roe@example.net Mon Oct  2 18:05:44 2006\nReturn-Path: "
            "<j.roe@example.net>\nDate: Mon, 2 Oct 2006 18:05:44 +0200\nFrom: Jane Roe "
            "<j.roe@example.net>\nTo: list@example.net\nSubject: the Bonn letter\n"
            "Message-ID: <4521B8E8.3030801@example.net>\nContent-Transfer-Encoding: 7bit\n\n"
            "Here is the letter as I copied it in Koblenz.\n\n--------\n\n"
            "Bonn, 12 June 1962\n\nDear Mr. Ambassador,\n\nThank you for your letter of "
            "the 4th.\n\nYours sincerely,\n\nKarl Weber\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1962-06-12", "Bonn")
