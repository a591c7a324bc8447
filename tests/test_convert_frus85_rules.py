"""Rules for FRUS learnt from real pages of the Cold War volumes (frus85: the 1947-1950
telegrams, the Nixon backchannels and Kissinger's memoranda, the Carter memoranda with their
subject and delegations, a Kennedy-Khrushchev letter as another site copies it):

- a page's last line opening in an edition's page marker (`[Page 248]Reference ...`, under
  the editors' `[Here follows ...]`) goes on with the document's text: never the archive's
  unlabelled summary (`pages/summary.py`, `_CONTINUED`);
- a surname alone before a comma and an embassy's rank (`Prendergast, Third Secretary,`,
  `Berry, clerk,`, `Lynch, Military Attaché.`) is a person, not after an initial (`J.
  Stewart, Public Affairs Officer` stays whole) (table `staff-ranks`, `namerules`
  rule `apposition`, group `staff`);
- a Catholic priest's style before a surname (`Father Carroll`, `Monsignor ...`) is a title
  (table `honorifics`);
- `Communique` opening a memorandum's subject bullet (`Communique, Announcements of Trips`)
  is no surname (table `not-names`);
- a FRUS source line's decimal file with a subdivision letter in parentheses glued before
  the slash (`811.20200(D)/6–2448: Telegram`) is the source, and its date the telegram's
  (table `frus`, row `source`);
- a bracketed number after a cited message's number (`Deptel 833 [505]`) is the editors'
  correction, supplied, never a note's anchor (`brackets.is_correction`);
- one word in capitals the register knows as a body or a place (`SALT`, the memorandum's
  subject repeated as its section head) is no signature over a reposter's commentary, so
  the prose under it stays the document's (`pages/repost_tail._named_body`);
- register: Angaur, Siheung, `Antarctic` (Antarctica), `Hsuing Hsiang-hui` (Xiong
  Xianghui, as FRUS misspells him), Chae Byong-duk (`General Chae`, 1950), Benny Goodman,
  William D. Krimer (`Wm. D. Krimer`), Reginald Bartholomew, Vasily Makarov (`V.G.
  Makarov`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

OMITTED = (
    "862K.6377/8–547: Telegram\n"
    "The Secretary of State to the Political Adviser in Japan (Atcheson)\n"
    "Washington, August 5,\n"
    "1947—6 p.m.\n"
    "301. SecState made fol statement on the fisheries question at press conference today:\n"
    "[Here follows text of statement printed in Department of State Bulletin, August 17, 1947, "
    "page 330.]\n"
    "[Page 262]Dept continues to support SCAP position on the whaling fleet in talks with the "
    "other interested govts.\n")


def test_a_line_opening_in_a_page_marker_is_no_page_summary(resources: Resources) -> None:
    xml = text_xml(OMITTED, resources)
    assert "<summary>" not in xml
    body = xml.split("<body>", 1)[1]
    assert '<pb n="262"/>Dept continues to support' in body


STAFF = (
    "795.00/6–2750: Telegram\n"
    "The Ambassador in Korea (Muccio) to the Secretary of State\n"
    "Unnumbered. Leaving with me are Ashworth, Third Secretary, Kettering, clerk, "
    "R. Pendle, Public Affairs Officer, and Dunmore, Military Attaché.\n"
    "Repeated information Tokyo.\n")


def test_a_surname_before_an_embassy_rank_is_a_person(resources: Resources) -> None:
    xml = text_xml(STAFF, resources)
    for name in ("Ashworth", "Kettering", "Dunmore"):
        assert f'">{name}</persName>' in xml
    assert '">R. Pendle</persName>' in xml  # after an initial the rank takes no part


SUBJECT = (
    "52. Memorandum of Conversation, Beijing, October 25, 1971, 4:10-6:00 p.m.1 2\n\n"
    "  • Prime Minister Chou En-lai\n"
    "  • Dr. Henry A. Kissinger, Assistant to the President for National Security Affairs\n\n"
    "PLACE: Great Hall of the People, Peking\n\n"
    "  • Communique, Press Arrangements\n\n"
    "PM Chou: We have looked at your draft.\n")


def test_communique_opening_a_subject_bullet_is_no_surname(resources: Resources) -> None:
    assert ">Communique</persName>" not in text_xml(SUBJECT, resources)


SUBDIVIDED = (
    "811.20200(D)/7–148: Telegram\n"
    "The Secretary of State to the Embassy in France\n"
    "us urgent\n"
    "2512. For the Ambassador. Please obtain French comments on the broadcast plan.\n"
    "Sent Paris as 2512; repeated London as 2401.\n")


def test_a_decimal_file_with_a_subdivision_letter_is_the_source(resources: Resources) -> None:
    facts = text_facts(SUBDIVIDED, resources)
    assert facts["archive_idno"] == "811.20200(D)/7–148"
    assert facts["date"] == "1948-07-01"


CORRECTED = (
    "737.58/2–259: Telegram\n"
    "The Ambassador in Cuba (Bonsal) to the Secretary of State\n"
    "901. Embassy assumes Deptel 844 [544] covers both missions.\n"
    "Bonsal\n")


def test_a_bracketed_number_after_a_cited_message_corrects_it(resources: Resources) -> None:
    xml = text_xml(CORRECTED, resources)
    assert '<supplied reason="correction">544</supplied>' in xml
    assert 'n="544"' not in xml


MEMCON = (
    "40. Memorandum of Conversation1\n\n"
    "SUBJECT\n\n"
    "  • NATO, Berlin\n\n"
    "PARTICIPANTS\n\n"
    "  • Secretary of State Cyrus R. Vance\n"
    "  • Foreign Minister A.A. Gromyko\n\n"
    "NATO\n\n"
    "The Secretary said that the allies would meet in May and that he would report the "
    "Soviet views to them with care.\n\n"
    "Gromyko said that the Soviet side had nothing to add to its earlier statement.\n")


def test_a_register_body_in_capitals_is_no_signature(resources: Resources) -> None:
    xml = text_xml(MEMCON, resources)
    body = xml.split("<body>", 1)[1]
    assert "the allies would meet in May" in body
    assert '<bibl type="source">The Secretary' not in xml


def test_register_entries_of_the_wave(resources: Resources) -> None:
    text = (
        "795.00/6–2850: Telegram\n"
        "The Ambassador in Korea (Muccio) to the Secretary of State\n"
        "Unnumbered. General Chae at Suwon. Mr. Wm. D. Krimer and Ambassador V.G. Makarov "
        "attended. Reginald Bartholomew noted the Angaur report and the Antarctic plan.\n")
    xml = text_xml(text, resources)
    for ref in ("per-chae-byong-duk", "per-william-d-krimer", "per-vasily-makarov",
                "per-reginald-bartholomew", "pla-angaur", "pla-antarctica"):
        assert f'ref="#{ref}"' in xml


def test_a_priest_s_style_is_a_title(resources: Resources) -> None:
    text = ("795.00/6–2750: Telegram\n"
            "The Ambassador in Korea (Muccio) to the Secretary of State\n"
            "Unnumbered. Exceptions are Father Kilbride and Monsignor Orvieto, who remain in "
            "their quarters.\n")
    xml = text_xml(text, resources)
    assert 'Father <persName ref="#per-kilbride">Kilbride</persName>' in xml
    assert '">Orvieto</persName>' in xml
