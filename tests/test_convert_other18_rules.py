"""Rules from the misses of the blind sample other18 (printed editions and transcriptions as
hosts give them: a Miscellaneous paper's note on Google Books, the French Yellow Book in a
JSTOR reprint, a Venona transcription on a document host): an edition's heading with a
party's office in apposition, an unnumbered heading that begins the next document, a
minister's note in the third person, a Foreign Office place-date line at the foot, JSTOR's
cover notice and an edition's `No. N` under its chapter headings, a Venona release's
header as a typist set it and the cover above it."""

from __future__ import annotations

from tests.cases import text_facts, text_xml

_NOTE = ("Sir Edward Grey to M. Paul Cambon, French Ambassador in London.\n\n"
         "SIR E. GREY presents his compliments to the French Ambassador, and has the honour"
         " to state that the steamer has been released.\n\n"
         "Foreign Office, April 2, 1917.\n\n"
         "M. Paul Cambon, French Ambassador in London, to Sir Edward Grey.—(Received April 4.)\n\n"
         "M. PAUL CAMBON presents his compliments to Sir Edward Grey, and thanks him.\n")


def test_a_heading_with_an_office_in_apposition_names_both_parties(resources) -> None:
    found = text_facts(_NOTE, resources)
    assert found["title"] == "Sir Edward Grey to M. Paul Cambon, French Ambassador in London"
    assert found["sender"] == ["Edward Grey"]
    assert found["addressee"] == ["Paul Cambon"]


def test_a_sentence_naming_two_persons_is_no_heading(resources) -> None:
    sentence = "Sir Edward Grey wrote to M. Paul Cambon, who was then in London."
    assert text_facts(f"{sentence}\n\nThe reply came the next day.\n", resources)["title"] \
        != sentence.rstrip(".")


def test_an_unnumbered_heading_under_the_closer_begins_the_next_document(resources) -> None:
    found = text_facts(_NOTE, resources)
    assert found["date"] == "1917-04-02"
    assert found["date_received"] is None  # the next document's receipt is its own
    assert '<div type="attachment">' in text_xml(_NOTE, resources)


def test_a_minister_s_note_in_the_third_person_is_a_memorandum(resources) -> None:
    assert text_facts(_NOTE, resources)["doc_type"] == "memorandum"


def test_a_foreign_office_place_date_line_at_the_foot_gives_london(resources) -> None:
    assert text_facts(_NOTE, resources)["place_of_origin"] == "London"


_JSTOR = ("Early Journal Content on JSTOR, Free to Anyone in the World\n\n"
          "This article is one of nearly 500,000 scholarly works digitized and made freely"
          " available to everyone in\nthe world by JSTOR.\n\n"
          "contact support@jstor.org.\n\n"
          "DOCUMENTS\n\nCHAPTER II\n\nTHE CONFERENCE\n\nNo. 3.\n\n"
          "M. Stephen Pichon, Minister for Foreign Affairs, to M. Jules Cambon,\n"
          "Ambassador of the Republic at Berlin.\n\n"
          "Paris, June 8, 1911.\n\n"
          "You will inform the Secretary of State that the Government of the Republic\n"
          "has taken note of his reply and will answer it shortly.\n\nPICHON.\n")


def test_an_edition_number_under_chapter_headings_starts_the_document(resources) -> None:
    found = text_facts(_JSTOR, resources)
    assert found["sender"] == ["Stephen Pichon"]
    assert found["addressee"] == ["Jules Cambon"]
    assert found["date"] == "1911-06-08"
    assert found["place_of_origin"] == "Paris"


def test_jstor_s_cover_notice_stays_out_of_the_text(resources) -> None:
    xml = text_xml(_JSTOR, resources)
    text = xml[xml.index("<text"):]
    assert "Early Journal Content" not in text
    assert "Early Journal Content" in xml[:xml.index("<text")]


_VENONA = ("- 1 -\n\nWashington KGB Station Cables, 1944\n\n"
           "Messages Decrypted by the National Security Agency\n\n"
           "Compiled by the seminar, 2013\n\n- 6 -\n\n"
           "USSR Ref. No: 3/NBF/T1882\n\nXXXXXXX Issued: XXXXX/7/2/77\n\nCopy No: 203\n\n"
           "REPORT ON THE CONVERSATION OF \"SERGEJ\" WITH \"ALES\" ABOUT THE DELEGATION TO THE"
           " CONFERENCE IN \"BABYLON\" (1944)\n\n"
           "From: WASHINGTON\n\nTo: MOSCOW\n\nNo: 433 9 May 1944\n\n"
           "To VIKTOR[i].\n\nSERGEJ[ii] met ALES[iii] on 7 May. [12 groups unrecovered]\n\n"
           "VADIM[iv]\n")


def test_a_venona_transcription_s_cover_and_header_leave_the_form_readable(resources) -> None:
    found = text_facts(_VENONA, resources)
    assert found["doc_type"] == "telegram"
    assert found["telegram_number"] == "433"
    assert found["place_of_origin"] == "Washington"
    assert found["date"] == "1944-05-09"


def test_the_release_s_header_lines_are_its_control_lines(resources) -> None:
    xml = text_xml(_VENONA, resources)
    assert xml.count('subtype="control"') == 2
