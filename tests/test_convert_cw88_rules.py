"""Rules for Commonwealth and European documentary editions as real pages showed them (cw88):

- a year alone closing a page title (`Secret telegram from the Viceroy of India ...
  commenting on Indian nationalist leader Gandhi in 1943`, the UK National Archives'
  education pages) is the year in force for names (`context_years._title_year`), so the
  surnames in office of that year are read (`Gandhi`, `Phillips`, `Hull`);
- the DIFP's file reference in brackets under a letter's heading (`(S. 9/4/66)`: file S.9) is
  no date (`date_shapes`, the month-first slashed shape), so the year in force stays the
  dateline's; and the secretary's `(Dictated) pp. M. Burgi` under the signature names no
  person `Dictated` (table `not-names`);
- the editors' note in brackets where a file copy's signature would stand (`Mise, le meas,` /
  `[copy letter unsigned]`) closes the letter under its close (table `signed-for`);
- a British print's receipt by its ordinal day (`Sir G. Buchanan to Sir Edward
  Grey.—(Received 23rd June.)`) is that day, not the sending day, and a receipt read as
  neither a day nor a clock dates nothing (`action_dates.noted_receipt`);
- a telegram's opening line addressing it to two posts at once, each with its number
  (`Addressed to Foreign Office No. 943, Canberra No. 96.`), is its registry line (table
  `processing`, row `info`);
- the register dates Earle Page's offices (1923-1956) and gives him his surname in office,
  so DFAT's `Page [5]` opening a sentence over the edition's note is he; Casey's years as
  Treasurer (1935-1939) and in the Middle East and Bengal; William Phillips's mission to India
  (1942-1943); J.A. Lyons; Salvador de Madariaga, Henry Bérenger, Frank Cremins and Alfred
  O'Rahilly (Geneva in the DIFP's reports of the 1930s).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NATARCH = (
    "British Empire\n"
    "Secret telegram from the Viceroy of India to the British government on Gandhi in 1943\n"
    "(Catalogue ref: PREM 4/49/3)\n"
    "I told Phillips this morning of the decision of Gandhi to fast, and he said that he "
    "would report it to Hull at once.\n"
)


def test_year_alone_closing_the_page_title_reads_surnames_in_office(
        resources: Resources) -> None:
    xml = text_xml(NATARCH, resources)
    assert 'ref="#per-mohandas-gandhi">Gandhi<' in xml
    assert 'ref="#per-william-phillips">Phillips<' in xml


DIFP = (
    "No. 52 NAI DFA 26/12\n\n"
    "Letter from Seán Lester to Joseph P. Walshe (Dublin)\n"
    "(S. 9/4/66) (Confidential)\n\n"
    "Geneva, 2 June 1932\n\n"
    "The Council will meet again on Thursday to hear the report of the committee.\n\n"
    "Seán Lester\n"
    "(Dictated) pp. M. Burgi\n"
)


def test_difp_file_reference_is_no_date(resources: Resources) -> None:
    xml = text_xml(DIFP, resources)
    assert "1966" not in xml
    assert text_facts(DIFP, resources)["addressee"] == ["Joseph P. Walshe"]


def test_dictated_pp_line_names_no_one(resources: Resources) -> None:
    assert "per-dictated" not in text_xml(DIFP, resources)


UNSIGNED = (
    "No. 12 NAI DFA ES Box 4 File 7\n"
    "DUBLIN, 9 April 1927\n"
    "A Chara,\n"
    "The Minister agrees that the matter may wait until the Conference has met.\n"
    "Mise, le meas,\n"
    "[copy letter unsigned]\n"
)


def test_bracketed_unsigned_copy_closes_the_letter(resources: Resources) -> None:
    xml = text_xml(UNSIGNED, resources)
    assert "<salute>Mise, le meas,</salute>" in xml
    assert "<p>Mise, le meas,</p>" not in xml


BDOW = (
    "No. 77.\n\n"
    "Sir F. Cartwright to Sir Edward Grey.—(Received 30th March.)\n\n"
    "(No. 41.) Confidential.\n\n"
    "Vienna, March 26, 1911.\n\n"
    "Sir,\n\n"
    "Count Aehrenthal spoke to me to-day of the Albanian rising.\n\n"
    "I have, &c.\n\n"
    "FAIRFAX L. CARTWRIGHT.\n"
)


def test_ordinal_receipt_in_the_heading_is_that_day(resources: Resources) -> None:
    facts = text_facts(BDOW, resources)
    assert (facts["date"], facts["date_received"]) == ("1911-03-26", "1911-03-30")


DFAT = (
    "Mr F.K. Officer, Australian Counsellor at British Embassy in Washington, to Department "
    "of External Affairs\n\n"
    "Cablegram 131 WASHINGTON, 2 July 1940, 4.15 p.m.\n\n\n"
    "Addressed to Foreign Office No. 1207, Canberra No. 131.\n\n"
    "Page [1] asks that his broadcast be released here on Friday.\n\n\n"
    "1 Sir Earle Page.\n\n\n"
    "[AA: A981, USA 14, i]\n"
)


def test_two_posts_addressed_line_is_a_registry_line(resources: Resources) -> None:
    xml = text_xml(DFAT, resources)
    assert 'subtype="info">Addressed to' in xml


def test_page_opening_a_sentence_before_its_note_is_earle_page(resources: Resources) -> None:
    assert 'ref="#per-earle-page">Page</persName>' in text_xml(DFAT, resources)
