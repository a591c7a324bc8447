"""Rules from the misses of the other32 blind sample (Commonwealth and British editions and
Venona decrypts): a phrase tag inside a word joins its letters (`hence<strong>for</strong>th`);
in a decrypt a capitals word is a cover name across quotes and brackets (`the "BANK"` is a
cover term), with a possessive in capitals (`NABOB'S`), a three-letter one when its Russian
form follows (`ROY [ROJ]`), not a redaction's X's; the NSA release's control row shows a
decrypt and its caption in capitals (one line or two, over `From:` or the number row) is the
title, a subject without parties; the station's close `No. 214 KhARON` signs; a typist's
hyphen repeated at a wrapped word's next line (`Govern-` / `-ment.`) joins it, and `Officer
Administering the Government` is the signer's office; a departmental minute opened by the
officer's name alone (`Mr. Calder`) and closed by a short date is a memorandum to him; a title
glued to the name by OCR (`Mr.Butler`) still names him. Each is tried on invented variants
unlike the sample's."""

from __future__ import annotations

import pytest

from tei.convert.markup import strip_markup
from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("raw", "plain"), [
    ("(hence<strong>for</strong>th \"KORA\")<br />", '(henceforth "KORA")'),
    ("the CO<b>MB</b>INE [KO<b>MB</b>INAT]<br/>", "the COMBINE [KOMBINAT]"),
    ("<b>Secret</b> text<br/>more", "Secret text more"),
])
def test_a_phrase_tag_inside_a_word_joins_it(raw: str, plain: str) -> None:
    assert strip_markup(raw) == plain


RELEASE = ("USSR Ref No: S/NBF/T{serial}\n\nFrom: {origin}\n\nTo: MOSCOW\n\nCopy No: 12\n\n"
           "{caption}\n\nNo.: {number} {date}\n\nTo VIKTOR[i].\n\n{body}\n\nNo. 77 {signer}\n")


@pytest.mark.parametrize(("caption", "origin", "place"), [
    ('RECRUITMENT OF "GRAF" IN THE WAR DEPARTMENT', "WASHINGTON", "Washington"),
    ('MEETING WITH "DIAK" ABOUT THE\n\nPLANT AT "ARSENAL"', "NEW YORK", "New York"),
])
def test_an_nsa_release_caption_is_the_title(caption: str, origin: str, place: str,
                                             resources) -> None:
    text = RELEASE.format(serial="901", origin=origin, caption=caption, number="518",
                          date="3 May 1944", signer="ANTON",
                          body="GRAF reports that the plant will close in June.")
    found = text_facts(text, resources)
    assert found["title"] == " ".join(caption.split())
    assert (found["place_of_origin"], found["telegram_number"]) == (place, "518")
    assert found["signed"] == "ANTON" and found["sender"] == ["Anton"]


@pytest.mark.parametrize(("body", "persons", "not_persons"), [
    ('ART [ART][ii] met the "BANK"[iii] man. ART\'s wife agrees.', ["ART"], ["BANK"]),
    ('ROY [ROJ][ii] (a FELLOW-COUNTRYMAN [ZEMLYaK][iii]) joined. "NABOB\'S" staff wait.',
     ["ROY", "NABOB"], ["FELLOW-COUNTRYMAN", "NABOB'S"]),
    ("He is no member of any LEAGUEMEN[ZEMLYaChESKIE][ii] organisations.", [], ["LEAGUEMEN"]),
])
def test_cover_names_in_a_release(body: str, persons: list[str], not_persons: list[str],
                                  resources) -> None:
    text = RELEASE.format(serial="44", origin="NEW YORK", caption="REPORT ON A MEETING",
                          number="90", date="4 June 1944", signer="ANTON", body=body)
    xml = text_xml(text, resources)
    for name in persons:
        assert f">{name}</persName>" in xml
    for name in not_persons:
        assert f">{name}</persName>" not in xml
    assert "per-xxxx" not in xml


def test_no_caption_without_the_control_row(resources) -> None:
    """(repost79) A caption naming a record's form and its party (`REPORT ON A MEETING WITH
    THE CHIEF`) is the record's own title line whatever stands over it; a caption naming
    no form is no title without the control row."""
    text = ("From: NEW YORK\n\nTo: MOSCOW\n\nTHE CHIEF'S NEW ASSIGNMENT\n\n"
            "No.: 12 4 June 1944\n\nThe meeting took place.\n")
    assert text_facts(text, resources)["title"] != "THE CHIEF'S NEW ASSIGNMENT"


@pytest.mark.parametrize(("office", "name"), [
    ("Officer Administering the Govern-\n-ment.", "Officer Administering the Government."),
    ("Acting Gover-\n-nor.", "Acting Governor."),
])
def test_a_despatch_signed_with_initials_over_an_office(office: str, name: str,
                                                        resources) -> None:
    text = ("CONFIDENTIAL.\nNo. 88.\nGovernment House,\nNairobi, 4th June, 1931.\nSir,\n"
            "I have the honour to report that the Colonial Secre-\n-tary has left for the "
            "coast with the Treasurer and\nthat the estimates for the coming year will be\n"
            "sent to you by the next mail from Mombasa.\n2. The Director of Public Works advises "
            "that the\nroad is now open.\nI have the honour to be,\n"
            f"Sir,\nYour most obedient,\nhumble servant,\nH. M. B.\n{office}\n"
            "THE RIGHT HONOURABLE\nL. S. AMERY, P.C., M.P.,\n&c., &c., &c.\n")
    found = text_facts(text, resources)
    assert found["signed"] == f"H. M. B. {name}"
    assert found["addressee"] == ["Leo Amery"]
    assert "Colonial Secretary" in text_xml(text, resources)


@pytest.mark.parametrize(("opening", "officer"), [
    ("1.\nMr. Harwood", "Harwood"),
    ("Sir John Maffey", "John Maffey"),
])
def test_a_minute_to_an_officer_named_alone(opening: str, officer: str, resources) -> None:
    text = (f"{opening}\nPlease see the Governor's telegram about the cable station at Ocean "
            "Island.\nI suggest that we reply by bag.\nT. Quayle\n12.6.33\n")
    found = text_facts(text, resources)
    assert found["doc_type"] == "memorandum"
    assert found["addressee"] == [officer]
    assert found["date"] == "1933-06-12"


def test_a_letter_to_mr_is_no_minute(resources) -> None:
    text = ("Mr. Harwood\n12 Park Lane\nLondon\nDear Mr. Harwood,\nThank you for your letter.\n"
            "Yours sincerely,\nT. Quayle\n")
    assert text_facts(text, resources)["doc_type"] != "memorandum"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Perhaps the papers could be returned so that I can tell Mr.Butler of it.", "Butler"),
    ("The Governor has asked Dr.Henderson to report on the outbreak.", "Henderson"),
])
def test_a_title_glued_to_the_name_in_ocr(sentence: str, name: str, resources) -> None:
    text = f"Mr. Harwood\n{sentence}\nI suggest a reply by the next bag.\nT. Quayle\n12.6.33\n"
    assert f">{name}</persName>" in text_xml(text, resources)
