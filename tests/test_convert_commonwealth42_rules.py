"""Rules for Commonwealth and Irish documents as editions publish them (commonwealth42), each
tried on invented texts in two layouts of the family:

- a DFAT cablegram heading whose date the editors supplied in brackets, with no place
  (`Cablegram 185 [25 February 1949], 8.08 p.m.`): number and sending date are read, the date
  stays the editors' (`supplied`);
- a printed paper's telegram run into one paragraph with its form in brackets and its
  dispatch after the heading (Papers Past's AJHR: `No. 76. The Right Hon. the Prime Minister
  to the High Commissioner. (Telegram.) Wellington, 14th April, 1908. ...`): title, place,
  date, form, the offices as parties and the file reference as a registry line;
- the same paper's telegram of the 1880s closed by the sender's name, the place and date
  (`James Service, Melbourne, 17th September, 1884.`): the name signs, the dateline dates;
- a routing line naming offices only (`Following for Secretary from Ambassador begins:`,
  DIFP) gives them as the parties where nothing else names them.
"""

from __future__ import annotations

from tests.cases import text_facts, text_xml

DFAT = (
    "{heading}\n\n"
    "Cablegram {number}\n\n\n"
    "Your 41. [1] State Department have now replied informally about shipping space.\n\n"
    "1 Document 55.\n\n"
    "[AA:A981, USA 181, ii]\n"
)


def test_a_cablegram_date_supplied_in_brackets_is_the_sending_date(resources) -> None:
    for heading, number, when in (
            ("Embassy in Washington to Department of External Affairs",
             "185 [25 February 1949], 8.08 p.m.", "1949-02-25"),
            ("Mr R.G. Casey, Minister in Washington, to Department of External Affairs",
             "58 [12 March 1941]", "1941-03-12")):
        text = DFAT.format(heading=heading, number=number)
        facts = text_facts(text, resources)
        assert facts["date"] == when
        assert facts["telegram_number"] == number.split()[0]
        assert '<supplied reason="omitted"><date when="' + when in text_xml(text, resources)


def test_a_bracketed_date_without_a_year_is_no_heading(resources) -> None:
    facts = text_facts(DFAT.format(heading="Embassy in Washington to Department of External "
                                           "Affairs", number="185 [25 February]"), resources)
    assert facts["date"] is None


PRINTED = (
    "Page image\n\n12\n\nF.—8.\n\n"
    "No. {n}. {heading} ({form}.) {dateline} Conference opened to-day at Lisbon. Shall I "
    "support? Reply urgent. [Tel. 08/901.]\n"
)


def test_a_printed_telegram_with_its_form_and_dispatch(resources) -> None:
    for heading, form, dateline, place in (
            ("The Right Hon. the Prime Minister to the High Commissioner.", "Telegram",
             "Wellington, 14th April, 1908.", "Wellington"),
            ("The High Commissioner to the Right Hon. the Prime Minister.", "Cablegram",
             "London, 2nd May, 1908.", "London")):
        text = PRINTED.format(n=3, heading=heading, form=form, dateline=dateline)
        facts = text_facts(text, resources)
        xml = text_xml(text, resources)
        assert facts["title"] == heading.rstrip(".")
        assert facts["doc_type"] == "telegram"
        assert facts["place_of_origin"] == place
        assert facts["date"] == ("1908-04-14" if place == "Wellington" else "1908-05-02")
        assert facts["telegram_number"] is None  # the paper's number, not the telegram's
        assert facts["registry_notes"] == ["[Tel. 08/901.]"]
        assert "<roleName>High Commissioner</roleName>" in xml


SIGNED = (
    "No. 2. The Premier, {colony}, to the Premier, New Zealand. Invite your attention to the "
    "still unsettled condition of the Islands question. {close}\n"
)


def test_a_printed_telegram_closed_by_name_place_and_date(resources) -> None:
    for close, signer, place, when in (
            ("James Service, Melbourne, 17th September, 1884. Chairman of Convention "
             "Committee.", "James Service", "Melbourne", "1884-09-17"),
            ("Alexander Stuart, Sydney, 2nd October, 1884.", "Alexander Stuart", "Sydney",
             "1884-10-02"),
            ("Robert Stout, Premier. Wellington, 4th October, 1884.", "Robert Stout",
             "Wellington", "1884-10-04")):
        facts = text_facts(SIGNED.format(colony="Victoria", close=close), resources)
        assert facts["date"] == when
        assert signer in (facts["signed"] or "")
        assert facts["place_of_origin"] == place


def test_a_comma_name_over_a_dateline_signs_a_letter(resources) -> None:
    text = ("London, 3rd May, 1912.\n\nSir,\n\nI have the honour to report that the "
            "conference has closed.\n\nThomas Mason,\nLondon, 3rd May, 1912.\n")
    assert "Thomas Mason" in (text_facts(text, resources)["signed"] or "")


ROUTED = (
    "No. 472 NAI DFA/5/305/134\n"
    "Washington DC, 3 July 1950\n"
    "Following for {to} from {frm} begins:\n"
    "I am forwarding air mail report on the situation by next bag.\n"
)


def test_a_routing_line_of_offices_names_the_parties(resources) -> None:
    xml = text_xml(ROUTED.format(to="Secretary", frm="Ambassador"), resources)
    assert "<roleName>Ambassador</roleName>" in xml
    assert "<roleName>Secretary</roleName>" in xml
    persons = text_facts(ROUTED.format(to="Secretary", frm="Hearne"), resources)
    assert persons["sender"] == ["John J. Hearne"]
