"""Rules for Australian, Indian and Irish documents as archives' pages give them
(commonwealth44):

- a later DFAT volume's heading in capitals under the document's number (`173` /
  `CABLEGRAM TO CANBERRA`, `MINUTE FROM WALLER TO PLIMSOLL`) is the page's title;
- the 1947 Kashmir papers' title after the site's date code opened by the form itself
  (`20101947 Telegram dated ... from X to Y`) is the title without the code;
- DIFP's note numbers glued to the editors' first word (`1See No. 27 below.`) open notes,
  and `Le meas,` without `Mise` is the Irish close;
- a note's anchor set off by a space after a sentence's stop (DFAT's web volumes: `party. 1
  It is`, `Fernandez. 1`) is placed when it is the next note in order;
- a renamed body is named in the header as it was called on the document's date (the
  register dates its names as it dates places': Australia's `Department of External
  Affairs` to 1970, not the reg `Department of Foreign Affairs and Trade`).
"""

from __future__ import annotations

import re

import pytest

from tei.convert.period_names import name_in_period
from tests.cases import text_facts, text_xml

_DFAT = "{n}\n\n{heading}\n\n{dateline}\n\n{number}\n\n{subject}\n\n{text}\n"
_BODY = ("We saw the Foreign Minister this morning about the trade talks.\n\n"
         "2. He will reply next week.")


@pytest.mark.parametrize("heading, dateline, number", [
    ("CABLEGRAM TO CANBERRA", "Hong Kong, 22 April 1971", "560. Confidential"),
    ("CABLEGRAM TO LONDON", "Canberra, 20 December 1949", "220. Secret Immediate"),
    ("SAVINGRAM TO WELLINGTON", "Canberra, 3 May 1966", "61. Restricted"),
])
def test_a_capitals_heading_under_the_number_is_the_title(heading, dateline, number,
                                                           resources) -> None:
    text = _DFAT.format(n="173", heading=heading, dateline=dateline, number=number,
                        subject="Trade Policy", text=_BODY)
    facts = text_facts(text, resources)
    assert facts["title"] == heading
    assert facts["telegram_number"] == number.split(".")[0]


def test_the_heading_s_parties_are_read(resources) -> None:
    text = _DFAT.format(n="94", heading="MINUTE FROM WALLER TO PLIMSOLL",
                        dateline="Canberra, 14 March 1966", number="Confidential",
                        subject="Trade Policy", text=_BODY)
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Keith Waller"] and facts["addressee"] == ["James Plimsoll"]


def test_a_capitals_line_of_prose_is_no_title(resources) -> None:
    text = _DFAT.format(n="12", heading="CABLEGRAM TO CANBERRA AND ALL POSTS. NOTED.",
                        dateline="Canberra, 3 May 1966", number="61. Restricted",
                        subject="Trade Policy", text=_BODY)
    assert text_facts(text, resources)["title"] != "CABLEGRAM TO CANBERRA AND ALL POSTS. NOTED."


@pytest.mark.parametrize("title", [
    "Telegram dated October 20, 1947 from the Governor-General, Pakistan, to the Maharaja "
    "of Jammu and Kashmir",
    "Letter from the Prime Minister of Pakistan to the Prime Minister of India dated "
    "November 4, 1947",
])
def test_a_date_coded_title_opened_by_its_form(title, resources) -> None:
    text = (f"Documents\n\n20101947 {title}\n\n\n20101947 {title}\n\n"
            '"I have your message about the refugee trains.\n')
    assert text_facts(text, resources)["title"] == title


_DIFP = ("No. 58 NAI DFA ES Box 12 File 74\nDublin, 9 March 1923\nA Chara,\n"
         "I am directed to acknowledge your report.1 The list of firms2 is confidential.\n"
         "{close}\nJ.P. Walshe\n1Not printed.\n2See No. 61 below.\n")


def test_glued_note_numbers_open_the_notes(resources) -> None:
    xml = text_xml(_DIFP.format(close="Le meas,"), resources)
    notes = re.findall(r'<note place="foot" n="(\d)">([^<]+)</note>', xml)
    assert notes == [("1", "Not printed."), ("2", "See No. 61 below.")]


@pytest.mark.parametrize("close", ["Le meas,", "Mise, le meas,"])
def test_the_irish_close_heads_the_closer(close, resources) -> None:
    xml = text_xml(_DIFP.format(close=close), resources)
    assert f"<salute>{close}</salute>" in xml


def test_a_glued_number_before_prose_opens_no_note(resources) -> None:
    text = "Dublin, 9 March 1923\nA Chara,\nThe report came today.\n1Kennan was there.\n"
    assert "<note place" not in text_xml(text, resources)


@pytest.mark.parametrize("when, name", [
    ("1959-03-02", "Department of External Affairs"),
    ("1970-11-05", "Department of External Affairs"),
    ("1975-10-19", "Australian Department of Foreign Affairs"),
    ("1990", "Department of Foreign Affairs and Trade"),
    ("", "Department of Foreign Affairs and Trade"),
])
def test_the_department_s_dated_names(when, name, resources) -> None:
    entry = resources.register.entries["org-department-of-foreign-affairs-and-trade"]
    assert name_in_period(entry, when) == name


def test_persons_keep_their_register_name(resources) -> None:
    assert name_in_period(resources.register.entries["per-keith-waller"], "1959") == "Keith Waller"


_SENT = re.compile(r'<correspAction type="sent">.*?</correspAction>', re.S)


@pytest.mark.parametrize("heading, when, name", [
    ("12 Department of External Affairs to Embassy in Washington\n\n"
     "Cablegram 88 CANBERRA, 2 March 1959, 5.40 p.m.", "1959", "Department of External Affairs"),
    ("12 Department of External Affairs to Embassy in Washington\n\n"
     "Cablegram 88 CANBERRA, 2 March 1948, 5.40 p.m.", "1948", "Department of External Affairs"),
])
def test_the_header_names_the_department_of_the_day(heading, when, name, resources) -> None:
    xml = text_xml(f"{heading}\n\nWe agree with your view on recognition.\n", resources)
    sent = _SENT.search(xml).group(0)
    assert f'<orgName ref="#org-department-of-foreign-affairs-and-trade">{name}</orgName>' in sent
    assert when in sent


def test_a_built_title_names_the_department_of_the_day(resources) -> None:
    text = ("TELEGRAM\n\nFrom: Department of External Affairs, Canberra\n"
            "To: Australian Embassy, Washington\n\nNo. 88\n\n2 March 1959\n\n"
            "We agree with your view on recognition.\n")
    assert "Department of External Affairs" in text_facts(text, resources)["title"]


_SPACED = ("41\n\nCABLEGRAM TO LONDON\n\nCanberra, 9 February 1950\n\n117. Secret\n\n"
           "We have noted the view of the timing. {a} The Minister does not wish to move.\n\n"
           "2. Please tell them by the end of the month. {b}\n\nBurton\n\n"
           "1 Conveyed in cablegram 88.\n\n2 Not printed.\n")


def test_spaced_anchors_after_a_stop_are_placed(resources) -> None:
    xml = text_xml(_SPACED.format(a="1", b="2"), resources)
    assert re.findall(r'timing\. <note place="foot" n="(\d)">', xml) == ["1"]
    assert re.findall(r'month\. <note place="foot" n="(\d)">', xml) == ["2"]


def test_a_spaced_number_out_of_order_is_no_anchor(resources) -> None:
    xml = text_xml(_SPACED.format(a="2", b="1"), resources)
    assert 'timing. <note' not in xml
