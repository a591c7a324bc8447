"""Rules of misses46 (layouts the last session noticed and left alone).

- A heading line no table knows naming a body's decision or resolution by its number
  (`DECISION No. 112`, `RESOLUTION No. 214/62`), or alone in capitals, or a page title naming
  the deciding body (`Decision of the Politburo of ...`), types a memorandum; a heading line
  naming the minutes of a meeting (`Minutes of Meeting No. 7`) a record of conversation, as
  such a title did (table `meeting-titles`). Neither is a telegram read from a numbered
  heading.
- A Venona decrypt's one-line heading (`KGB New York to Moscow, No. 482, 14 April 1944`,
  `NEW YORK to MOSCOW No. 1105 2 August 1944`) names a telegram, its sending station the
  place of origin, its number the telegram's and its date (tables `meeting-titles`,
  `title-facts`).
- A UN letter's heading with its `Letter` dropped (`Dated 1 December 1997 from the
  President of the Security Council Addressed to the Secretary-General`) is the title (under
  a masthead too, whose symbol may name the year: `S/1996/402`), never a heading's date
  line: a letter dated by the heading's date.
- A saint's abbreviation before a saint's name (`S. Petrum`, `S. Pietro`, `St. Peter's`;
  table `saint-names`) is no person; `S. Todorov` still is.
- The initials before a register person's surname of two words are the name's (`Sir A.
  Clark Kerr`: Archibald Clark Kerr, never a local `A. Clark`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_BODY = ("{letterhead}\n\n{line}\nSofia, 14 March 1978\n\nON AID TO ANGOLA\n\n"
         "1. To send to Luanda a group of six doctors for a period of one year.\n\n"
         "2. To inform the embassy of this decision.\n")


@pytest.mark.parametrize("letterhead, line, doc_type", [
    ("CENTRAL COMMITTEE POLITBURO", "DECISION No. 112", "memorandum"),
    ("COUNCIL OF MINISTERS", "RESOLUTION No. 214/62", "memorandum"),
    ("COUNCIL OF MINISTERS", "RESOLUTION", "memorandum"),
    ("MINISTERIAL COMMITTEE ON AFRICAN AFFAIRS", "Minutes of Meeting No. 4",
     "record-of-conversation"),
])
def test_numbered_decision_or_minutes_line_types_the_text(letterhead: str, line: str,
                                                          doc_type: str, resources) -> None:
    found = text_facts(_BODY.format(letterhead=letterhead, line=line), resources)
    assert found["doc_type"] == doc_type.replace("-", " ")
    assert found["telegram_number"] is None


def test_decision_title_names_its_body(resources) -> None:
    text = ("Decision of the Politburo of the Bulgarian Communist Party on Aid to Angola\n\n"
            + _BODY.format(letterhead="CENTRAL COMMITTEE", line="No. 112"))
    assert text_facts(text, resources)["doc_type"] == "memorandum"


def test_telegram_numbered_heading_stays_a_telegram(resources) -> None:
    text = ("TELEGRAM No. 112\nSofia, 14 March 1978\n\nThe Politburo's decision on aid to Angola "
            "was taken today. Ivanov\n")
    assert text_facts(text, resources)["doc_type"] == "telegram"


@pytest.mark.parametrize("written, ref", [
    ("Sir A. Clark Kerr", "per-archibald-clark-kerr"),
    ("A. Clark Kerr", "per-archibald-clark-kerr"),
    ("D. Lloyd George", "per-david-lloyd-george"),
    ("P. Mendès France", "per-pierre-mendes-france"),
])
def test_initials_before_a_two_word_surname(written: str, ref: str, resources) -> None:
    xml = text_xml(f"Moscow, 12 March 1944.\n\nI saw {written} today on the Polish question."
                   f"\n\nSmith\n", resources)
    assert f'<persName ref="#{ref}">{written}</persName>' in xml
    assert "per-a-clark" not in xml


def test_honorific_initial_stays_out_of_a_two_word_surname(resources) -> None:
    xml = text_xml("Paris, 12 March 1955.\n\nI saw M. Mendès France today.\n\nSmith\n", resources)
    assert 'M. <persName ref="#per-pierre-mendes-france">Mendès France</persName>' in xml


def test_two_word_full_name_takes_no_initial_before(resources) -> None:
    xml = text_xml("Moscow, 12 March 1944.\n\nThe note of H. Mark Clark came today.\n\nSmith\n",
                   resources)
    assert "H. Mark Clark</persName>" not in xml


@pytest.mark.parametrize("heading, number, date", [
    ("KGB New York to Moscow, No. 482, 14 April 1944", "482", "1944-04-14"),
    ("NEW YORK to MOSCOW No. 1105 2 August 1944", "1105", "1944-08-02"),
    ("GRU Washington to Moscow, No. 905, 3 June 1943", "905", "1943-06-03"),
])
def test_venona_one_line_heading(heading: str, number: str, date: str, resources) -> None:
    text = (f"{heading}\n\nTo VIKTOR.\n\nOn 10 April TWAIN met the source and received "
            "materials.\n\nMAJ\n")
    found = text_facts(text, resources)
    assert found["doc_type"] == "telegram"
    assert found["telegram_number"] == number
    assert found["date"] == date
    assert found["place_of_origin"] in ("New York", "Washington")


def test_persons_to_each_other_are_no_stations(resources) -> None:
    text = ("Eden to Halifax, 14 April 1944\n\nDear Edward,\n\nThe Cabinet met today and "
            "agreed to your proposal.\n\nYours ever,\n\nAnthony Eden\n")
    found = text_facts(text, resources)
    assert found["doc_type"] == "letter"
    assert found["place_of_origin"] is None


_UN_HEADING = ("Dated 30 May 1996 from the Secretary-General Addressed to the President of the "
               "Security Council")
_UN_TEXT = ("I have the honour to inform you that the office in Sarajevo will open on 10 June."
            "\n\n(Signed) Boutros BOUTROS-GHALI\n")


@pytest.mark.parametrize("above", [
    "31 May 1996\n\n\n",
    "UNITED NATIONS\nSecurity Council\n    Distr.\n    GENERAL\n\n    S/1996/402\n"
    "    31 May 1996\n\n    ORIGINAL: ENGLISH\n\n",
])
def test_un_heading_without_letter_is_the_title(above: str, resources) -> None:
    found = text_facts(f"{above}{_UN_HEADING}\n\n{_UN_TEXT}", resources)
    assert found["title"] == _UN_HEADING
    assert found["doc_type"] == "letter"
    assert found["sender"] == ["Boutros Boutros-Ghali"]
    if "S/1996" in above:  # the heading's date, not the date of issue
        assert found["date"] == "1996-05-30"


def test_un_symbol_with_the_year_is_the_identifier(resources) -> None:
    text = ("UNITED NATIONS\nSecurity Council\n    Distr.\n    GENERAL\n\n    S/1994/565\n"
            f"    13 May 1994\n\n{_UN_HEADING}\n\n{_UN_TEXT}")
    assert '<idno type="shelfmark">S/1994/565</idno>' in text_xml(text, resources)


@pytest.mark.parametrize("written", ["S. Petrum", "S. Pietro", "SS. Apostoli", "St. Peter's"])
def test_saint_abbreviation_is_no_person(written: str, resources) -> None:
    xml = text_xml(f"Roma, 2 marzo 1877.\n\nThe envoy was received at {written} by the Pope and "
                   f"met S. Todorov there.\n\nSmith\n", resources)
    assert f">{written}</persName>" not in xml
    assert ">S. Todorov</persName>" in xml
