"""Rules written after the lead's reading of session 35: earlier helpers' held samples on
today's converter, and six probes in layouts none of the sets had (a documents volume's web
page, a decrypt's reissue, a White House backchannel message, a colonial despatch, a
journal's reprint, a documents site's new layout). A ciphergram is a telegram (the word
translators give the Polish `szyfrogram`). PlusD's shorter labels (`Office:`, `Draft Date:`,
`Content:`) belong to its record. A dateline in round brackets under a record's title gives
the place and the day. A High Commissioner's letterhead broken before its country (`FOR THE
UNITED KINGDOM,`) is letterhead, never an address; a city with its state's initials
(`CANBERRA, A.C.T.`) is the place under it. FRUS's `Memorandum of Telephone Conversation, by
...` is a heading; the editors' completions in capitals (`C[ORDELL] H[ULL]`) name the person.
A particle run into an initial (`Nicholas deB. Katzenbach`) stays in a signature. An AAD
record's fields under its message text, and an NSA briefing book's description between its
caption and source line, are the page's. A weekday before a date is no place. A decrypt's
number and cover name closing it (`No. 702 MAJ`) sign it. A documents volume's numbered
title (`87 Cablegram to Jakarta`) over its dateline stands under the site's volume title.
A White House series number (`HAKTO 27`) is the message's number, not the Situation Room's
(`WH50871`). An office only one government has (`Director of Central Intelligence`,
`sole-offices`) is its holder's in the register's occupations without a country. A
signature that is a place's name (`[signed] HOLLAND`) is the one person of that surname in
office near the year. A telegram form's line naming the post it comes from (`TELEGRAM FROM
MOSCOW`) gives the place of origin."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


def _wcda_ciphergram(form: str) -> str:
    return "\n".join([
        "Wilson Center Digital Archive", "History and Public Policy Program", "",
        "March 3, 1966", "",
        f"{form} No. 2214 from Polish Embassy in Belgrade (Kowalski) on Tito's Visit", "",
        "Summary: Ambassador Kowalski reports on the visit.", "", "CIPHERGRAM No. 2214", "",
        "Tito will go to Moscow in April.", "", "Kowalski"]) + "\n"


@pytest.mark.parametrize("form", ["Ciphergram", "Cyphergram"])
def test_a_ciphergram_is_a_telegram_and_its_page_is_read(form, resources) -> None:
    facts = text_facts(_wcda_ciphergram(form), resources)
    assert facts["doc_type"] == "telegram"
    assert facts["date"] == "1966-03-03"
    assert facts["title"].startswith(f"{form} No. 2214 from Polish Embassy")


def _plusd(office: str, box: str) -> str:
    return "\n".join([
        "Cable: 1974ROME04411_b", "Date: 1974 March 3, 10:15 (Sunday)",
        "Canonical ID: 1974ROME04411_b", "Original Classification: CONFIDENTIAL",
        "From: Italy Rome", "To: Secretary of State", "Concepts: ELECTIONS", office, box, "",
        "CONFIDENTIAL", "", "R 031015Z MAR 74", "FM AMEMBASSY ROME",
        "TO SECSTATE WASHDC 4401", "", "C O N F I D E N T I A L ROME 4411", "",
        "1. THE CABINET MET TODAY.", "", "VOLPE"]) + "\n"


@pytest.mark.parametrize(("office", "box"), [("Office: ACTION EUR", "Content:"),
                                             ("Draft Date: 03 MAR 1974", "Content")])
def test_plusds_shorter_labels_leave_the_cable_heading(office, box, resources) -> None:
    facts = text_facts(_plusd(office, box), resources)
    assert facts["place_of_origin"] == "Rome"
    assert facts["telegram_number"] == "4411"


@pytest.mark.parametrize(("line", "place", "date"), [
    ("(Moscow, 9 May 1956)", "Moscow", "1956-05-09"),
    ("(New Delhi, 14 July 1950, 6 p.m.)", "New Delhi", "1950-07-14")])
def test_a_dateline_in_round_brackets_under_a_title(line, place, date, resources) -> None:
    text = "\n".join(["Record of the Talks between Minister Kono and Minister Ishkov", line, "",
                      "1. Minister Kono stated his views on the fisheries."]) + "\n"
    facts = text_facts(text, resources)
    assert (facts["place_of_origin"], facts["date"]) == (place, date)


@pytest.mark.parametrize("line", ["(See the despatch, 9 May 1956)", "(Signed, 9 May 1956)"])
def test_a_bracketed_reference_is_no_dateline(line, resources) -> None:
    text = "\n".join(["Record of the Talks", line, "", "1. They met."]) + "\n"
    assert text_facts(text, resources)["place_of_origin"] in (None, "")


def _high_commission(country: str) -> str:
    return "\n".join([
        "OFFICE OF THE HIGH COMMISSIONER", f"FOR {country},", "CANBERRA, A.C.T.", "",
        "12th March, 1957.", "", "No. 45.", "CONFIDENTIAL.", "", "Sir,", "",
        "I have the honour to report that Mr. Menzies returned to Canberra.", "",
        "I have the honour to be,", "Sir,", "Your obedient Servant,", "", "CARRINGTON", "",
        "The Right Honourable", "the Earl of Home,",
        "Secretary of State for Commonwealth Relations."]) + "\n"


@pytest.mark.parametrize("country", ["THE UNITED KINGDOM", "AUSTRALIA", "NEW ZEALAND IN CANADA"])
def test_a_high_commissioners_broken_letterhead(country, resources) -> None:
    facts = text_facts(_high_commission(country), resources)
    assert facts["place_of_origin"] == "Canberra"
    assert facts["sender"] == ["Lord Carrington"]
    assert facts["addressee"] == ["Alec Douglas-Home"]
    assert facts["doc_type"] == "letter"


def _telephone_memo(signature: str) -> str:
    return "\n".join([
        "711.94/2512", "", "Memorandum of Telephone Conversation, by the Secretary of State", "",
        "[WASHINGTON,] November 27, 1941.", "",
        "The British Ambassador telephoned me this morning.", "", signature]) + "\n"


@pytest.mark.parametrize("signature", ["C[ORDELL] H[ULL]", "C[ordell] H[ull]"])
def test_a_telephone_memorandum_and_a_completed_signature(signature, resources) -> None:
    text = _telephone_memo(signature)
    facts = text_facts(text, resources)
    assert facts["title"] == "Memorandum of Telephone Conversation, by the Secretary of State"
    assert facts["sender"] == ["Cordell Hull"]
    assert '<persName ref="#per-cordell-hull">C<supplied' in text_xml(text, resources)


def test_a_particle_run_into_an_initial_stays_in_the_signature(resources) -> None:
    text = "\n".join(["MEMORANDUM FOR THE SECRETARY", "", "Washington, March 2, 1968.", "",
                      "We have talked with Ambassador Porter.", "", "Nicholas deB. Katzenbach",
                      "William P. Bundy"]) + "\n"
    assert text_facts(text, resources)["signed"] == "Nicholas deB. Katzenbach; William P. Bundy"


def _aad(tail: list[str]) -> str:
    return "\n".join([
        "Record Detail", "", "Draft Date\t1975-07-30 00:00:00", "Document Number\t1975HELSIN01655",
        "From\tHELSINKI", "To\tSECSTATE WASHDC", "Subject\tSALT TALKS", "Message Text",
        "SECRET", "O 301720Z JUL 75", "FM USDEL SECRETARY HELSINKI",
        "TO SECSTATE WASHDC NIACT IMMEDIATE 4412", "S E C R E T HELSINKI 1655",
        "1. THE SECRETARY MET GROMYKO.", "KISSINGER", *tail]) + "\n"


def test_an_aad_records_fields_under_its_text_are_the_pages(resources) -> None:
    tail = ["Concepts\t", "Control Number\tn/a", "Legacy Key\tlink1975/newtext/t1975.tel",
            "Line Count\t22", "Office\tACTION NODS", "Type\tTE"]
    xml = text_xml(_aad(tail), resources)
    assert "<p>n/a</p>" not in xml and "<p>22</p>" not in xml
    assert text_facts(_aad(tail), resources)["signed"] == "KISSINGER"


def test_two_record_labels_alone_are_no_tail(resources) -> None:
    assert "Line Count" in text_xml(_aad(["Line Count\t22", "Type\tTE"]), resources)


def test_a_briefing_books_description_between_caption_and_source(resources) -> None:
    caption = ('U.S. Embassy Santiago, Cable, "Ambassador\'s Conversation with Frei," '
               "September 12, 1970, Secret")
    text = "\n".join([
        "THE NATIONAL SECURITY ARCHIVE", "National Security Archive Electronic Briefing Book No. 8",
        "", caption, "",
        "Ambassador Korry reports on his meeting with President Frei, who declined to commit "
        "himself to any constitutional maneuver.", "",
        "Source: Department of State, Chile Declassification Project Tranche I", "", "SECRET",
        "O 121845Z SEP 70", "FM AMEMBASSY SANTIAGO", "TO SECSTATE WASHDC IMMEDIATE 1204",
        "1. I SAW FREI AT HIS HOME THIS MORNING.", "KORRY"]) + "\n"
    facts = text_facts(text, resources)
    assert facts["title"] == caption
    assert facts["summary"].startswith("Ambassador Korry reports")


@pytest.mark.parametrize("line", ["Wed, 21 Mar 2007 11:02 UTC", "Tuesday, 18 May 1976, 17:20"])
def test_a_weekday_is_no_place(line, resources) -> None:
    text = "\n".join([line, "", "FM AMEMBASSY NEW DELHI", "TO SECSTATE WASHDC 3517", "",
                      "1. THE MINISTER CALLED."]) + "\n"
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "New Delhi"
    assert facts["date"][:10] in ("2007-03-21", "1976-05-18")


def test_a_decrypts_number_and_cover_name_sign_it(resources) -> None:
    text = "\n".join(["From: NEW YORK", "To: MOSCOW", "No: 1251", "2 September 1944", "",
                      "To VIKTOR.", "", "PATRIOT has met RUPERT.", "", "No. 702 MAJ[v]", "",
                      "Comments:", "[v] MAJ: i.e. MAJOR."]) + "\n"
    xml = text_xml(text, resources)
    assert "<signed>" in xml and "<dateline>MAJ" not in xml


def test_a_volumes_numbered_title_under_its_volume_title(resources) -> None:
    text = "\n".join([
        "Australia and the Indonesian Incorporation of Portuguese Timor, 1974–1976", "",
        "87 Cablegram to Jakarta", "", "Canberra, 4 December 1974", "",
        "O.CH141223 SECRET PRIORITY", "", "For Ambassador from Renouf.", "",
        "Please call on General Murtopo."]) + "\n"
    facts = text_facts(text, resources)
    assert facts["title"] == "Cablegram to Jakarta"
    assert facts["date"] == "1974-12-04"


@pytest.mark.parametrize("series", ["HAKTO 27", "TOHAK 114"])
def test_a_series_number_before_the_situation_rooms(series, resources) -> None:
    text = "\n".join(["THE WHITE HOUSE", "SITUATION ROOM", "", "TOP SECRET / SENSITIVE", "",
                      "WH50871", "", series, "", "DECEMBER 14, 1973", "",
                      "TO:     GENERAL SCOWCROFT", "FROM:   HENRY A. KISSINGER", "",
                      "1. PLEASE PASS THE FOLLOWING MESSAGE TO THE PRESIDENT."]) + "\n"
    assert text_facts(text, resources)["telegram_number"] == series


@pytest.mark.parametrize(("year", "holder"), [("1962", "#per-john-mccone"),
                                              ("1968", "#per-richard-helms")])
def test_an_office_only_one_government_has_is_its_holders(year, holder, resources) -> None:
    text = "\n".join(["SECRET", "", f"12 March {year}", "",
                      "MEMORANDUM FOR: The Director of Central Intelligence", "",
                      "SUBJECT: Soviet Reaction", "", "1. The Soviet note repeats the claim.", "",
                      "RAY S. CLINE", "Deputy Director (Intelligence)"]) + "\n"
    assert f'<roleName ref="{holder}">Director of Central Intelligence</roleName>' \
        in text_xml(text, resources)


def _nz_telegram(signature: str) -> str:
    return "\n".join(["OUTWARD TELEGRAM", "", "From:           Wellington",
                      "To:             Canberra", "No.             112",
                      "Date:           14 November 1956", "",
                      "Following for Prime Minister from Prime Minister.", "",
                      "New Zealand would contribute a frigate.", "", signature]) + "\n"


def test_a_signature_that_is_a_places_name_is_the_surnames_holder(resources) -> None:
    assert text_facts(_nz_telegram("[signed] HOLLAND"), resources)["sender"] == ["Sidney Holland"]


def test_a_place_no_person_of_the_year_bears_stays_a_place(resources) -> None:
    assert '<placeName ref="#pla-paris">PARIS</placeName>' in text_xml(
        _nz_telegram("[signed] PARIS"), resources)


def test_a_printed_volumes_text_after_a_mid_page_note_is_no_summary(resources) -> None:
    text = "\n".join([
        "762.00/5-1655", "",
        "Memorandum of Conversation, by the Director of the Office of German Affairs "
        "(Reinstein)¹", "", "[WASHINGTON,] May 16, 1955.", "",
        "The German Ambassador called at his request to present the views of Chancellor "
        "Adenauer on the forthcoming meeting.", "", "¹ Drafted on May 17.", "",
        "The Secretary said that he agreed and would discuss the matter with Mr. Macmillan "
        "in Paris."]) + "\n"
    facts = text_facts(text, resources)
    assert facts["summary"] in (None, "")
    assert "<summary>" not in text_xml(text, resources)


@pytest.mark.parametrize(("line", "place"), [("TELEGRAM FROM MOSCOW", "Moscow"),
                                             ("Ciphered telegram from Beijing", "Beijing")])
def test_a_forms_line_naming_its_post_gives_the_place(line, place, resources) -> None:
    text = "\n".join(["STRICTLY CONFIDENTIAL", "", line, "No. 512", "22.VIII.1968, 14.30 hours",
                      "", "To the State Secretary, Comrade Nikezić", "",
                      "Today Kuznetsov received me at my request.", "", "Ambassador",
                      "Vidić"]) + "\n"
    assert text_facts(text, resources)["place_of_origin"] == place


def test_a_forms_line_naming_a_body_gives_no_place(resources) -> None:
    text = "\n".join(["TELEGRAM FROM THE ETHIOPIAN GOVERNMENT.", "", "Addis Ababa, 3 May 1936.", "",
                      "The Imperial Government protests."]) + "\n"
    assert text_facts(text, resources)["place_of_origin"] == "Addis Ababa"
