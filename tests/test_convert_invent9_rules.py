"""Rules from probing the converter with invented layouts (invent9: one-line `From: X To: Y`,
era dates before the month, a posted city after a name, broadcast transcripts, printed
volumes' running heads, League of Nations documents, commercial and press telegrams,
circulars, nineteenth-century receipts, signatures of bodies, telegraphic verbs), each tried
on a variant unlike the fixture's."""

from __future__ import annotations

from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import referenced, reg_name, xp

TEXT = "\n\nThe talks ended without a communiqué.\n"


def tei(text: str, resources) -> etree._Element:
    return etree.fromstring(text_xml(text, resources).encode())


def persons(root: etree._Element) -> list[str]:
    return [reg_name(entry) for entry in referenced(root, "person")]


def body_text(root: etree._Element) -> str:
    return " ".join(" ".join(xp(root, "//tei:text")[0].itertext()).split())


def test_sender_and_addressee_on_one_line_sender_first(resources) -> None:
    found = text_facts("TELEGRAM\nWashington, 3 May 1962\nFROM: Secretary Rusk TO: Ambassador "
                       "Kohler" + TEXT, resources)
    assert (found["sender"], found["addressee"]) == (["Dean Rusk"], ["Foy D. Kohler"])


def test_era_year_with_the_western_year_before_the_month_dates_the_heading(resources) -> None:
    found = text_facts("Telegram No. 401\nShowa 20 [1945] August 10\nTo: Ambassador Sato"
                       + TEXT, resources)
    assert found["date"] == "1945-08-10"


def test_a_city_in_brackets_after_a_name_is_where_the_person_is_posted(resources) -> None:
    root = tei("Moscow, 12 May 1962\n\nI saw Ambassador Dobrynin (Washington) and Ambassador "
               "Kohler (Moscow) today.\n", resources)
    assert {"Anatoly Dobrynin", "Foy D. Kohler"} <= set(persons(root))


def test_a_monitors_text_mark_before_a_salutation_names_no_one(resources) -> None:
    root = tei("Peking, 3 May 1963\n\n[Excerpts] Dear Comrade Novotny: We have received "
               "your letter.\n", resources)
    assert not any(name.startswith(("Dear", "Excerpts")) for name in persons(root))


def test_a_volume_running_head_is_dropped_and_a_word_broken_over_it_joined(resources) -> None:
    root = tei("Bonn, 4 May 1961\n\nThe Chancellor spoke at length about the negoti-\n\n"
               "FOREIGN RELATIONS, 1961–1963, VOLUME XIV        215\n\nations on Berlin and "
               "the position of the allies.\n", resources)
    text = body_text(root)
    assert "negotiations on Berlin" in text and "FOREIGN RELATIONS" not in text


def test_a_form_line_naming_its_party_types_the_document(resources) -> None:
    found = text_facts("CABLEGRAM FROM THE ITALIAN GOVERNMENT\nRome, 3 October 1935." + TEXT,
                       resources)
    assert found["doc_type"] == "telegram"
    assert str(found["title"]).startswith("Cablegram")


def test_the_documents_own_dateline_under_its_form_line_dates_it(resources) -> None:
    found = text_facts("LEAGUE OF NATIONS\nC.57.M.24.1932.VII\nGeneva, February 2nd, 1932.\n"
                       "TELEGRAM FROM THE CHINESE GOVERNMENT.\nNanking, February 1st, 1932."
                       + TEXT, resources)
    assert (found["date"], found["place_of_origin"]) == ("1932-02-01", "Nanjing")


def test_a_parenthesised_receipt_line_under_the_dateline(resources) -> None:
    found = text_facts("Mr. Motley to Mr. Fish.\nLondon, August 1, 1871.\n(Received August 2.)"
                       + TEXT, resources)
    assert found["date_received"] == "1871-08-02"


def test_a_commercial_forms_stamp_check_line_and_rate_address(resources) -> None:
    found = text_facts("WESTERN UNION\nRECEIVED AT 1418 G STREET N.W., WASHINGTON, D.C.\n"
                       "1950 JUN 26 AM 2 14\nTOKYO 82 26 1340\nNLT PRESIDENT TRUMAN WHITE HOUSE "
                       "WASHINGTON=\n\nNORTH KOREAN FORCES CROSSED PARALLEL STOP\n\nMACARTHUR\n",
                       resources)
    # (telex70) the stamp's clock is the hour of receipt
    assert (found["date_received"], found["place_of_origin"]) == ("1950-06-26T02:14", "Tokyo")
    assert (found["doc_type"], found["addressee"]) == ("telegram", ["Harry S. Truman"])


def test_a_short_sentence_stopped_by_stop_is_text(resources) -> None:
    root = tei("CABLEGRAM\n\nARRIVING TUESDAY STOP\n\nREGARDS STOP\n\nSMITH\n", resources)
    assert not xp(root, "//tei:body//tei:head")


def test_a_press_telegrams_rate_line_and_continuation_mark(resources) -> None:
    found = text_facts("PRESS COLLECT\n\nLONDON MAY 4 - THE FOREIGN SECRETARY SPOKE TODAY "
                       "STOP\n\nMORE\n", resources)
    assert (found["signed"], found["registry_notes"]) == (None, ["MORE"])


def test_a_circular_addressed_to_heads_of_mission(resources) -> None:
    root = tei("OUTWARD TELEGRAM\nCircular.\nTo all Heads of Mission\nLondon, 3 May 1956" + TEXT,
               resources)
    lines = xp(root, "//tei:ab[@subtype='addressee']")
    assert [" ".join("".join(ab.itertext()).split()) for ab in lines] == [
        "To all Heads of Mission"]


def test_a_broadcast_source_line_gives_place_date_and_language(resources) -> None:
    found = text_facts("DAILY REPORT  FAR EAST  12 September 1963\nCHOU EN-LAI LETTER TO "
                       "NEHRU\nPeking Domestic Service in Mandarin 1100 GMT 12 Sep 63" + TEXT,
                       resources)
    assert (found["date"], found["place_of_origin"], found["original_language"]) == (
        "1963-09-12", "Beijing", "Mandarin")
    assert (found["sender"], found["addressee"]) == (["Zhou Enlai"], ["Jawaharlal Nehru"])


def test_a_body_signing_alone_is_the_sender(resources) -> None:
    root = tei("TELEGRAM\nTo: Hungarian Red Cross\nDate: 5 November 1956\n\nSECOND CONVOY "
               "LEFT STOP\n\nINTERCROIX\n", resources)
    sent = xp(root, "//tei:correspAction[@type='sent']/tei:orgName/@ref")
    assert sent == ["#org-international-committee-of-the-red-cross"]


def test_desai_is_told_by_the_office_the_document_names(resources) -> None:
    finance = tei("New Delhi, 3 March 1962\n\nFinance Minister Desai opened the budget "
                  "debate.\n", resources)
    foreign = tei("New Delhi, 3 March 1962\n\nThe Foreign Secretary, Desai, received the "
                  "Ambassador.\n", resources)
    assert "Morarji Desai" in persons(finance) and "M. J. Desai" in persons(foreign)


def test_a_telegraphic_verb_before_a_name_is_no_given_name(resources) -> None:
    root = tei("Moscow, 4 May 1962\n\nSaw Gromyko this morning. Told Kuusinen nothing.\n",
               resources)
    assert "Andrei Gromyko" in persons(root)


def test_a_repetition_line_in_the_heading(resources) -> None:
    root = tei("CYPHER TELEGRAM\nFrom Foreign New Delhi To Indembassy Peking\nRepeated to "
               "Karachi and Kabul\n\nPlease see the Vice-Minister.\n\nDESAI\n", resources)
    lines = xp(root, "//tei:ab[@subtype='info']")
    assert [" ".join("".join(ab.itertext()).split()) for ab in lines] == [
        "Repeated to Karachi and Kabul"]


def test_a_line_of_cipher_groups_is_text_not_a_heading(resources) -> None:
    root = tei("Berlin, 14 July 1870.\n\n4412 9031 7716 2290 1184\n\nThe King declines.\n\n"
               "BANCROFT.\n", resources)
    assert not xp(root, "//tei:body//tei:head")
