"""Rules for FRUS learnt from real pages (frus93: China 1927-1928, the Cairo and Tehran
conferences 1943, Greece 1944-1947 and the Potsdam volume, Korea at the UN 1950, Japan 1959,
the Soviet Union 1971-1972, Nigeria 1969-1970 on the e-volume and the Biafran War Database's
copy of it):

- the editors' correction of a message number cited by its sender's possessive or by
  `your`/`my` (`Department’s 35 [31]`, `Gibson’s 80 [48] from Salonika`) is supplied text,
  no note's anchor (`brackets._MESSAGE_BEFORE`);
- a page that dates nothing itself (no file number, no dateline: `Roosevelt Papers:
  Telegram`) takes the one year of its notes' full dates for its yearless dates and offices,
  so `to the President` of 1943 is Roosevelt (`context_years._notes_year`);
- a page copied without its notes' back links: the trailing bulleted lines under a paragraph
  closed by a glued note number are the notes, each note's hard-wrapped lines and further
  paragraphs run on (`note_lines._unlinked_notes` for the reader,
  `pages/quoted_notes.unlinked_notes` for the note list);
- a surname the register gives only in office opening a sentence is read when the office
  or delegation a USUN telegram brackets follows it (`Cordier (SYG) reports`)
  (`office_surnames._GLOSS_AFTER`);
- a note's cross-reference opening on `See` before a possessive surname in office (`See
  Roosevelt’s message of November 12, 1943`) names the person (`office_surnames._SEE`);
- `Senior` before a bracketed country and an office (`the Senior (Netherlands) Minister`,
  the doyen) is no person (table `not-names`);
- register: Sun Chuanfang, Zhang Zongchang (Wade-Giles forms), Vasileios Dendramis (Greek
  Ambassador at Washington, 1947-1950), Dwight Griswold (AMAG, 1947-1948), Evripidis
  Bakirtzis (`Bakirdzis`), Nikos Zachariadis (`Zachariades`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CORRECTED = (
    "893.00/4410: Telegram\n\n"
    "The Minister in China (MacMurray) to the Secretary of State\n\n"
    "212. As suggested in Department’s 57 [75], March 3, 6 p.m., and in Jenkins’ colleague’s"
    " 64 [46] from Hankow, I have spoken to the Foreign Office.\n\n"
    "MacMurray\n")


def test_a_possessive_cited_number_takes_the_editors_correction(resources: Resources) -> None:
    body = text_xml(CORRECTED, resources).split("<text", 1)[1]
    assert '57 <supplied reason="correction">75</supplied>' in body
    assert '64 <supplied reason="correction">46</supplied>' in body
    assert 'n="75"' not in body and 'n="46"' not in body


def test_a_shorter_bracket_after_a_possessive_number_stays_an_anchor(
        resources: Resources) -> None:
    text = CORRECTED.replace("57 [75]", "57 [2]")
    body = text_xml(text, resources).split("<text", 1)[1]
    assert '<supplied reason="correction">2</supplied>' not in body


UNDATED = (
    "Roosevelt Papers: Telegram\n\n"
    "The Ambassador in the Soviet Union (Harriman) to the President1\n\n"
    "Personal and secret for the President from Harriman.\n\n"
    "I shall reach Cairo by the 21st with Deane and will wait there for your instructions.2\n\n"
    "- Sent by the Naval Attaché at Moscow through Navy channels.↩\n"
    "- Roosevelt’s message of November 5, 1943, to Harriman, ante, p. 66.↩\n")


def test_a_page_dated_only_in_its_notes_resolves_the_president(resources: Resources) -> None:
    xml = text_xml(UNDATED, resources)
    received = xml.split('<correspAction type="received">', 1)[1].split("</correspAction>")[0]
    assert "per-franklin-d-roosevelt" in received


def test_notes_of_two_years_give_no_year(resources: Resources) -> None:
    text = UNDATED.replace("ante, p. 66.", "printed in 1952 as of July 2, 1952.")
    xml = text_xml(text, resources)
    received = xml.split('<correspAction type="received">', 1)[1].split("</correspAction>")[0]
    assert "per-franklin-d-roosevelt" not in received


UNLINKED = (
    "868.20 Missions/10–2047: Telegram\n"
    "The Secretary of State to the Embassy in Greece\n"
    "1702. Hold your reply to Deptel 1699 until Governor Griswold has seen the draft.1\n"
    "- Under Secretary Lovett sent the draft to the White House\n"
    "on October 19 with a short covering note. (868.00/10–1947)\n"
    "The Embassy was told of this in telegram 1703 of the same day.\n")


def test_a_bulleted_note_without_back_link_is_one_note(resources: Resources) -> None:
    facts = text_facts(UNLINKED, resources)
    assert facts["notes"] == 1
    body = text_xml(UNLINKED, resources).split("<text", 1)[1]
    note = body.split('<note place="foot" n="1">', 1)[1].split("</note>", 1)[0]
    assert "covering note" in note and "telegram 1703" in note


def test_a_bulleted_list_under_a_plain_sentence_stays_text(resources: Resources) -> None:
    text = UNLINKED.replace("seen the draft.1", "seen the draft.")
    assert text_facts(text, resources)["notes"] == 0


WARLORDS = (
    "893.00/8400: Telegram\n\n"
    "The Consul General at Shanghai (Gauss) to the Secretary of State\n\n"
    "88. Sun Ch’uan-fang and Chang Tsung-ch’ang have met at Tsinan. Governor Griswold and"
    " Dendramis are not concerned.\n\n"
    "Gauss\n")


def test_register_knows_the_northern_warlords(resources: Resources) -> None:
    xml = text_xml(WARLORDS, resources)
    assert "per-sun-chuanfang" in xml and "per-zhang-zongchang" in xml
    assert "per-dwight-griswold" in xml and "per-vasileios-dendramis" in xml


USUN = (
    "320/10–1050: Telegram\n\n"
    "The United States Representative at the United Nations (Austin) to the Secretary of State\n\n"
    "Delga 101. The committee met this morning. Cordier (SYG) reports that the members agree."
    " Senior (Netherlands) Minister was not present.\n\n"
    "Austin\n")


def test_a_surname_in_office_opening_a_sentence_before_its_gloss(resources: Resources) -> None:
    body = text_xml(USUN, resources).split("<text", 1)[1]
    assert '<persName ref="#per-andrew-cordier">Cordier</persName> (SYG)' in body


def test_a_surname_in_office_opening_a_sentence_alone_is_left(resources: Resources) -> None:
    body = text_xml(USUN.replace("Cordier (SYG) reports", "Cordier reports"), resources)
    assert "per-andrew-cordier" not in body.split("<text", 1)[1]


def test_the_senior_minister_is_an_office(resources: Resources) -> None:
    body = text_xml(USUN, resources).split("<text", 1)[1]
    assert ">Senior</persName>" not in body


def test_register_knows_the_greek_left_of_1945(resources: Resources) -> None:
    text = USUN.replace("Senior (Netherlands) Minister was not present.",
                        "General Bakirdzis met Zachariades at Salonika.")
    xml = text_xml(text, resources)
    assert "per-evripidis-bakirtzis" in xml and "per-nikos-zachariadis" in xml


def test_a_notes_see_before_a_possessive_surname_names_it(resources: Resources) -> None:
    text = UNDATED.replace("- Roosevelt’s message", "- See Roosevelt’s message")
    body = text_xml(text, resources).split("<text", 1)[1]
    assert 'See <persName ref="#per-franklin-d-roosevelt">Roosevelt</persName>' in body
    plain = text_xml(text.replace("See Roosevelt’s", "See Roosevelt"), resources)
    assert 'See <persName ref="#per-franklin-d-roosevelt">' not in plain.split("<text", 1)[1]
