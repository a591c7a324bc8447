"""Rules for FRUS documents of rarer forms and layouts (frus58):

- an OCR'd print volume keeps the heading's note anchor as a superscript (`... to Certain
  Diplomatic Offices¹`): it is the title's note marker (read as its digit), not title text;
  a print's note opened by its superscript number (`² Printed from ...`) starts a line of its
  own, never run on into the note above it;
- a signature carrying its note's anchor, glued (`A. Dobrynin2`, `A. GROMYKO²`), is read as
  the signature, its note inside it;
- a source note numbered without its stop (`1 Source: National Archives and Records
  Administration, RG 59, ...`) is the heading's footnote, not a closing archival reference;
- an airgram's number alone on its line under the heading (`A–512`) is its number;
- headings of rarer forms are titles (`Research Memorandum`, `Briefing Memorandum`, `Current
  Intelligence Memorandum`, `Joint Memorandum`, `Oral Statement`, `Special Report`); notes of
  a meeting are its record, talking points and oral statements memoranda, the intelligence
  community's current memoranda and special reports reports;
- a last addressee after `, and` named by an office in the possessive and its holder (`...,
  and the President’s Special Assistant for National Security Affairs (Bundy)`) is a party,
  not a subject;
- an e-volume's heading closed by place and date with the anchor glued to the year
  (`..., Washington, March 3, 19781`): the anchor is the note's, the place and date the
  document's;
- a register name after a capitalised prefix and hyphen (`Anti-Castro`) is the person;
- a paper prepared by or in an office (`Paper Prepared in the Central Intelligence Agency`)
  is the office's; the last word of an office's name after its `and` (`... Intelligence and
  Research`) is no person;
- the site's menu and foot as a copy of the whole page keeps them (`Department History`,
  `Guide to Countries`, `history@state.gov`) are furniture, so the heading is read;
- a print volume's odd-page head may join the chapter's parts with a semicolon (`GERMANY AND
  AUSTRIA; THE BERLIN CRISIS   803`), and a page's note opened by its superscript (`¹ See
  ...`) is the note of the superscript anchor above it, over a page turn too;
- the Office of the Historian's PDF sets its heads in title case (`124 Foreign Relations,
  1969–1976, Volume XIV`, `Soviet Union, October 1971–May 1972 125`: the odd one found by its
  number): the page turns there, its notes are read (the source note's anchor the
  heading's), and a sentence cut after a small word goes on;
- an e-book's heading anchor in brackets (`... to President Nixon[1]`) is the title's note
  marker; a numbered heading copied without its number (under `Document 45`) is read as the
  numbered one when its anchor is glued.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CIRCULAR = (
    "611.61/5-2452: Circular telegram\n\n"
    "The Secretary of State to Certain Diplomatic Offices¹\n\n"
    "SECRET WASHINGTON, May 24, 1952—6 p. m.\n\n"
    "1134. Soviet note of May 24 received here this morning. You should so\n"
    "inform FonOff if queried.\n\n"
    "ACHESON\n\n"
    "¹ Sent to Moscow, London and Paris.\n"
)


def test_a_superscript_heading_anchor_is_no_title_text(resources: Resources) -> None:
    facts = text_facts(CIRCULAR, resources)
    assert facts["title"] == "The Secretary of State to Certain Diplomatic Offices"
    assert facts["notes"] == 1


LETTER = (
    "118. Letter From the Soviet Ambassador (Dobrynin) to Secretary of State Rusk1\n\n"
    "Washington, July 14, 1966.\n\n"
    "Dear Mr. Secretary:\n\n"
    "I have been instructed by the Soviet Government to convey to you the following.\n\n"
    "Sincerely,\n\n"
    "A. Dobrynin2\n\n"
    "1 Source: Department of State, Central Files, DEF 18–6. No classification marking.\n"
    "2 Printed from an unsigned copy.\n"
)


def test_a_signature_with_its_glued_note_anchor_signs(resources: Resources) -> None:
    facts = text_facts(LETTER, resources)
    assert facts["signed"] is not None and "A. Dobrynin" in facts["signed"]
    assert "<signed><persName" in text_xml(LETTER, resources)


def test_a_superscript_signature_anchor_and_its_note_line(resources: Resources) -> None:
    text = LETTER.replace("A. Dobrynin2", "A. DOBRYNIN²").replace(
        "2 Printed", "² Printed").replace("1 Source", "¹ Source").replace("Rusk1", "Rusk¹")
    xml = text_xml(text, resources)
    assert '<note place="foot" n="2">Printed from an unsigned copy.</note></signed>' in xml


AIRGRAM = (
    "77. Airgram From the Embassy in Brazil to the Department of State1\n\n"
    "A–512\n\n"
    "Rio de Janeiro, December 3, 1963.\n\n"
    "The Embassy believes that the President’s position has weakened in the last month.\n\n"
    "Gordon\n"
    "1 Source: National Archives and Records Administration, RG 59, Central Files 1963, "
    "POL 15 BRAZ. Confidential.\n"
)


def test_a_stopless_source_note_is_the_heading_s_note(resources: Resources) -> None:
    facts = text_facts(AIRGRAM, resources)
    assert facts["notes"] == 1
    assert facts["archive_idno"] == "RG 59, Central Files 1963, POL 15 BRAZ"


def test_an_airgram_number_alone_on_its_line(resources: Resources) -> None:
    assert text_facts(AIRGRAM, resources)["telegram_number"] == "A–512"


HEADED = "{n}. {heading}1\n\nWashington, May 3, 1962.\n\n{text}\n\n1 Source: Department of " \
         "State, Central Files, 751J.00/5–362. Secret.\n"
BODY = "The meeting considered the situation in Laos and agreed on the next steps."


def test_rarer_forms_are_titles_and_typed(resources: Resources) -> None:
    for heading, doc_type in (
            ("Current Intelligence Memorandum", "report"),
            ("Special Report Prepared in the Central Intelligence Agency", "report"),
            # (intel69) the Bureau's research memoranda are its reports, as its intelligence
            # notes (frus57) and the CIA's current intelligence memoranda are
            ("Research Memorandum From the Director of the Bureau of Intelligence and "
             "Research (Hilsman) to Secretary of State Rusk", "report"),
            ("Oral Statement by the Soviet Ambassador (Dobrynin)", "memorandum"),
            ("Talking Points Prepared for President Kennedy", "memorandum"),
            ("Notes on a Meeting at the White House", "record of conversation")):
        facts = text_facts(HEADED.format(n=24, heading=heading, text=BODY), resources)
        assert facts["title"] == heading
        assert facts["doc_type"] == doc_type, heading


def test_a_joint_memorandum_heading_is_the_title(resources: Resources) -> None:
    heading = ("Joint Memorandum From the Secretary of State (Rusk) and the Secretary of "
               "Defense (McNamara) to President Kennedy")
    facts = text_facts(HEADED.format(n=13, heading=heading, text=BODY), resources)
    assert facts["title"] == heading
    assert {"Dean Rusk", "Robert McNamara"} <= set(facts["sender"])


def test_a_last_possessive_office_and_holder_is_an_addressee(resources: Resources) -> None:
    heading = ("Memorandum From the Under Secretary of State (Ball) to the Secretary of State "
               "(Rusk), the Secretary of Defense (McNamara), and the President’s Special "
               "Assistant for National Security Affairs (Bundy)")
    facts = text_facts(HEADED.format(n=15, heading=heading, text=BODY), resources)
    assert {"Dean Rusk", "Robert McNamara", "McGeorge Bundy"} <= set(facts["addressee"])


def test_an_anchor_glued_to_the_heading_s_year(resources: Resources) -> None:
    text = ("45. Memorandum From the President’s Assistant for National Security Affairs "
            "(Brzezinski) to President Carter, Washington, March 3, 19781\n\n"
            "The Soviets have now accepted our position on the cruise missile range.\n\n"
            "Zbigniew Brzezinski\n"
            "1 Source: Carter Library, National Security Affairs, Brzezinski Material, "
            "Subject File, Box 12. Secret.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1978-03-03"
    assert facts["title"].endswith("March 3, 1978")
    assert facts["place_of_origin"] == "Washington"
    assert facts["notes"] == 1


def test_a_capitalised_prefix_before_a_name_is_no_compound_surname(resources: Resources
                                                                    ) -> None:
    xml = text_xml(HEADED.format(n=16, heading="Memorandum for the Record", text=(
        "Anti-Castro exiles in Miami were discussed.")), resources)
    assert 'Anti-<persName ref="#per-fidel-castro">Castro</persName>' in xml


def test_a_paper_prepared_in_an_office_is_the_office_s(resources: Resources) -> None:
    heading = "Paper Prepared in the Central Intelligence Agency"
    text = HEADED.format(n=12, heading=heading, text=BODY)
    sent = text_xml(text, resources).split('<correspAction type="sent">')[1].split("</corr")[0]
    assert '<orgName ref="#org-central-intelligence-agency">' in sent
    assert text_facts(text, resources)["doc_type"] == "report"


def test_the_site_s_menu_and_foot_are_furniture(resources: Resources) -> None:
    text = ("Office of the Historian\nSearch this site\nHome\nHistorical Documents\n"
            "Department History\nGuide to Countries\nMore Resources\nAbout\nDocument 45\n"
            "45. Telegram From the Embassy in the Soviet Union to the Department of State1\n\n"
            "Moscow, August 29, 1961, 5 p.m.\n\n"
            "589. Gromyko called me in this afternoon to hand me the Soviet reply.\n\n"
            "Thompson\n"
            "1. Source: Department of State, Central Files, 611.61/8–2961. Confidential.\n"
            "Office of the Historian, Foreign Service Institute\nhistory@state.gov\n"
            "Phone: 202-955-0200\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("Telegram From the Embassy in the Soviet Union to the "
                              "Department of State")
    assert facts["telegram_number"] == "589"
    assert "Guide to Countries" not in text_xml(text, resources)


def test_a_print_page_turn_with_a_semicolon_head_and_a_superscript_note(resources: Resources
                                                                        ) -> None:
    text = ("802                FOREIGN RELATIONS, 1948, VOLUME II\n\n"
            "740.00119 Control (Germany)/3-1248: Telegram\n\n"
            "The United States Political Adviser for Germany (Murphy) to the Secretary of State\n\n"
            "SECRET                                  BERLIN, March 12, 1948—6 p. m.\n\n"
            "612. Sokolovsky told Clay that the Soviet delegation would not discuss the London\n"
            "recommendations¹ until Clay replied that the Western\n\n"
            "¹ See telegram 1121, March 6, from London.\n\n"
            "GERMANY AND AUSTRIA; THE BERLIN CRISIS                    803\n\n"
            "powers would not accept any such condition.\n\n"
            "MURPHY\n")
    xml = text_xml(text, resources)
    assert "recommendations<note" in xml
    assert "Western powers would not" in xml
    assert "BERLIN CRISIS" not in xml.split("<text")[1]


def test_a_pdf_s_title_case_heads_turn_the_page(resources: Resources) -> None:
    text = ("124 Foreign Relations, 1969–1976, Volume XIV\n\n"
            "45. Memorandum From the President’s Assistant for National Security Affairs "
            "(Kissinger) to President Nixon1\n\n"
            "Washington, March 3, 1972.\n\n"
            "Dobrynin called me this afternoon about the summit.2 He added that the\n\n"
            "1 Source: National Archives, Nixon Presidential Materials, NSC Files, Box 493. "
            "Secret.\n"
            "2 See Document 41.\n\n"
            "Soviet Union, October 1971–May 1972 125\n\n"
            "Politburo wished to conclude the agreement before the summit.\n")
    xml = text_xml(text, resources)
    assert "He added that the <orgName" in xml
    assert "Volume XIV" not in xml.split("<text")[1] and "1972 125" not in xml
    assert text_facts(text, resources)["notes"] == 2


def test_an_e_book_s_bracketed_heading_anchor(resources: Resources) -> None:
    text = ("45. Memorandum From the President’s Assistant for National Security Affairs "
            "(Kissinger) to President Nixon[1]\n\n"
            "Washington, March 3, 1972.\n\n"
            "Dobrynin called me this afternoon about the summit.[2]\n\n"
            "Footnotes\n\n"
            "[1] Source: National Archives, Nixon Presidential Materials, NSC Files, Box 493. "
            "Secret.\n\n"
            "[2] See Document 41.\n")
    facts = text_facts(text, resources)
    assert facts["title"].endswith("to President Nixon")
    assert facts["notes"] == 2


def test_a_heading_without_its_number_under_the_document_line(resources: Resources) -> None:
    text = ("Office of the Historian\nHistorical Documents\nDocument 45\n"
            "Telegram From the Embassy in the Soviet Union to the Department of State1\n\n"
            "Moscow, August 29, 1961, 5 p.m.\n\n"
            "589. Gromyko called me in this afternoon to hand me the Soviet reply.\n\n"
            "Thompson\n"
            "1. Source: Department of State, Central Files, 611.61/8–2961. Confidential.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("Telegram From the Embassy in the Soviet Union to the "
                              "Department of State")
    assert facts["telegram_number"] == "589"
    assert facts["notes"] == 1
