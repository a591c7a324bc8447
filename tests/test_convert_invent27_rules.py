"""Rules from invent27's invented probes of layouts no fixture had (a Spanish incoming cipher
telegram, a Hungarian and an Albanian cipher telegram in translation, a Japanese cable with
compact era dates, a British Saving telegram, a typescript with strike-throughs, a Polish
note with its distribution list), each checked on a second layout of its family:

- the Hungarian, Albanian and Spanish form labels (`Feladás ideje:`, `Nga:`, `Procedente
  de:` ...), the Hungarian hour in words (`22 óra 10 perc`) after the date's stop;
- a translation's line naming its language, in round brackets inside a heading;
- a Japanese date by the era's initial (`S37.10.23`, `H2.1.5`, `T10.11.4`);
- initials before a month's name (`R. January 16, 1960`) are no person;
- small x's other than WikiLeaks' twelve are a typist's strike-through, kept as text;
- the Polish `/-/` before a signed name makes it a signature, not registry furniture.
"""

from __future__ import annotations

from tei.convert.namerules import plausible_name
from tei.convert.signature_shape import signature_like
from tests.cases import text_facts


def _when(resources, text: str) -> list[tuple]:
    return [(d.year, d.month, d.day, d.hour, d.minute) for d in resources.dates.find(text)]


def test_japanese_era_initial_dates(resources) -> None:
    assert _when(resources, "Tokyo, S37.10.23, 21:40") == [(1962, 10, 23, 21, 40)]
    assert _when(resources, "H2.1.5") == [(1990, 1, 5, None, None)]
    assert _when(resources, "Dispatched T10.11.4") == [(1921, 11, 4, None, None)]
    assert _when(resources, "file AS37.10.23") == []  # no initial inside a word


def test_japanese_era_initial_in_a_dateline_letter(resources) -> None:
    text = ("EMBASSY OF JAPAN\nLONDON\n\nLondon, S40.6.22\n\nDear Mr. Stewart,\n\n"
            "I have the honour to inform you of the Minister's visit.\n\n"
            "Yours sincerely,\n\nShigenobu Shima\n")
    assert text_facts(text, resources)["date"] == "1965-06-22"


def test_hungarian_hour_in_words(resources) -> None:
    assert _when(resources, "1956. november 2. 14 óra 20 perc") == [(1956, 11, 2, 14, 20)]


def test_hungarian_form_labels_in_a_report(resources) -> None:
    text = ("Translation from Hungarian\n\nREJTJELTÁVIRAT\n\nFeladás helye: Moszkva\n"
            "Feladás ideje: 1956. október 30. 23 óra 5 perc\n"
            "Érkezés ideje: 1956. október 31. 6 óra 40 perc\nSzám: 88\n\n"
            "Comrade Mikoyan told me that the talks would go on tomorrow.\n\nHorváth\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1956-10-30"
    assert facts["date_received"] == "1956-10-31T06:40"
    assert facts["telegram_number"] == "88"
    assert facts["doc_type"] == "telegram"


def test_albanian_labels_outgoing_from_tirana(resources) -> None:
    text = ("MINISTRIA E PUNËVE TË JASHTME\n\nSHIFËR\n(Translation from Albanian)\n\n"
            "Nga: Ministria, Tiranë\nPër: Ambasada, Pekin\nNr. 412\n"
            "Dërguar: Tiranë, më 2.7.1962, ora 20.15\n\n"
            "Inform the Chinese comrades that our delegation will arrive on 10 July.\n\n"
            "Behar Shtylla\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1962-07-02"
    assert facts["telegram_number"] == "412"
    assert facts["place_of_origin"] == "Tirana"
    assert facts["original_language"] == "Albanian"


def test_initials_before_a_month_are_no_name(resources) -> None:
    assert not plausible_name("R. January", resources.patterns)
    assert not plausible_name("R. Sept.", resources.patterns)
    assert plausible_name("A. N. May", resources.patterns)  # a surname
    assert plausible_name("C. Steel", resources.patterns)


def test_small_x_runs_are_strike_throughs(resources) -> None:
    text = ("MEMORANDUM FOR THE RECORD\n\nSUBJECT: Talks\n\nThe Minister said that xxxxxxx "
            "the Government would not agree xxxxxxxxxxxx to the plan.\n")
    assert text_facts(text, resources)["gaps"] == 1  # only WikiLeaks' twelve


def test_slashed_signature_mark() -> None:
    assert signature_like("/-/ J. Nowicki")
    assert signature_like("/s/ Dean Rusk")
    assert not signature_like("/-/ 12 copies")
