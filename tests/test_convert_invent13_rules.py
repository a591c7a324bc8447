"""Rules from probing the converter with invented layouts nobody had fed it (invent13): a
heading label or place line kept in the form's language and read by the translator's
bracketed gloss, a sender's line going on with its date, Icelandic and pre-1972 Indonesian
months, the Greek and Serbian hour words, a United Nations document's heading, an
ambassador's diary, the Swahili, Indonesian and English courtesy closers and salutations,
an Arabic article in a signature, a postscript's `P.S.` and the enclosure list under it, a
time zone before a date, a hotline message's number, the Indian and Swahili styles of a
foot address, Ireland's Department of External Affairs and an Indian file noting (`NOTES`,
`Sd/-`); each tried on two layouts, one unlike the fixture's."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml

TEXT = "\n\nThe talks ended without a communiqué.\n"


@pytest.mark.parametrize(("heading", "number", "received"), [
    ("Εκ [From]: Πρεσβείας Άγκυρας [Embassy Ankara]\nΑριθ. [No.]: 2214\n"
     "Ελήφθη [Received]: 15.3.1964, ώρα 08.15", "2214", "1964-03-15T08:15"),
    ("Feladó [From]: Embassy Belgrade\nSzám [No.]: 88\n"
     "Érkezett [Received]: 3.5.1958, 11.20", "88", "1958-05-03T11:20"),
])
def test_a_foreign_label_is_read_by_its_bracketed_gloss(heading, number, received,
                                                        resources) -> None:
    found = text_facts("CIPHER TELEGRAM\n" + heading + TEXT, resources)
    assert (found["telegram_number"], found["date_received"]) == (number, received)


@pytest.mark.parametrize(("line", "place", "date"), [
    ("Из Каира [From Cairo], 22.II.1958. у 21.00 час.", "Cairo", "1958-02-22"),
    ("From: Embassy Moscow, 12 May 1960", "Moscow", "1960-05-12"),
])
def test_a_sender_line_going_on_with_its_date(line, place, date, resources) -> None:
    found = text_facts("CIPHERED TELEGRAM\nNo. 412\n" + line + TEXT, resources)
    assert (found["place_of_origin"], found["date"]) == (place, date)


@pytest.mark.parametrize(("lines", "date", "received"), [
    ("Nr. 37\nSent 7. október 1958 kl. 18.20\nMóttekið 7. október 1958 kl. 19.05",
     "1958-10-07", "1958-10-07T19:05"),
    ("Nr. 12\nSent 30. ágúst 1972 kl. 09.10\nMóttekið 31. ágúst 1972 kl. 07.45",
     "1972-08-30", "1972-08-31T07:45"),
])
def test_icelandic_months_and_the_received_line(lines, date, received, resources) -> None:
    found = text_facts("SÍMSKEYTI [Telegram]\n" + lines + TEXT, resources)
    assert (found["date"], found["date_received"]) == (date, received)


@pytest.mark.parametrize(("dateline", "date"), [
    ("Djakarta, 4 Nopember 1957", "1957-11-04"),
    ("Djakarta, 17 Djuli 1959", "1959-07-17"),
    ("Bandung, 2 Pebruari 1955", "1955-02-02"),
])
def test_indonesian_months_in_the_spelling_before_1972(dateline, date, resources) -> None:
    found = text_facts(dateline + "\n\nDear Mr. Ambassador," + TEXT + "\nSubandrio\n",
                       resources)
    assert found["date"] == date


@pytest.mark.parametrize(("symbol", "title", "date"), [
    ("S/5587", "LETTER DATED 3 MARCH 1964 FROM THE PERMANENT REPRESENTATIVE OF CYPRUS "
     "ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL", "1964-03-03"),
    ("A/4390/Add.1", "NOTE VERBALE DATED 12 JULY 1960 FROM THE PERMANENT MISSION OF "
     "GHANA TO THE SECRETARY-GENERAL", "1960-07-12"),
])
def test_a_united_nations_document_heading(symbol, title, date, resources) -> None:
    text = (f"UNITED NATIONS\nSECURITY COUNCIL\nDistr.\nGENERAL\n\n{symbol}\n\n"
            f"ORIGINAL: ENGLISH\n\n{title}\n\nI have the honour to transmit the text.\n\n"
            "(Signed) Zenon ROSSIDES\n")
    found = text_facts(text, resources)
    assert found["date"] == date
    assert found["telegram_number"] is None


@pytest.mark.parametrize("form", ["AMBASSADOR'S DIARY", "Diary of the High Commissioner"])
def test_an_ambassadors_diary_is_a_memorandum(form, resources) -> None:
    text = (f"EMBASSY OF INDIA, MOSCOW\n\n{form}\n\nTuesday, 14 May 1957\n\n10.00 a.m. — "
            "Called on Deputy Foreign Minister Kuznetsov.\n\nK.P.S. MENON\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"


@pytest.mark.parametrize(("salute", "close"), [
    ("Ndugu Waziri,", "Yours in the service of the Nation,"),
    ("Dear Mr. Minister,", "Please accept, Your Excellency, the assurances of my highest "
     "consideration."),
    ("Dear Sir,", "Hormat saja,"),
])
def test_swahili_indonesian_and_courtesy_closers(salute, close, resources) -> None:
    text = (f"12th March, 1965.\n\n{salute}\n\nThe talks ended without a communiqué.\n\n"
            f"{close}\n\nJulius K. Nyerere\nPRESIDENT\n")
    found = text_facts(text, resources)
    assert (found["doc_type"], found["sender"]) == ("letter", ["Julius Nyerere"])


@pytest.mark.parametrize("name", ["Salim al-Rawi", "Ahmad el-Sayed Hassan"])
def test_an_arabic_article_in_a_signature(name, resources) -> None:
    found = text_facts("Date: 22/8/1958\nSubject: Conversation" + TEXT + "\nPlease accept, "
                       "Your Excellency, the assurances of my highest consideration.\n\n"
                       f"{name}\nAmbassador\n", resources)
    assert found["signed"] == f"{name} Ambassador"


@pytest.mark.parametrize("postscript", [
    "[Handwritten postscript:] P.S. Khrushchev may leave for Albania.",
    "P.S. Gromyko will be in Geneva on Monday.",
])
def test_a_postscript_and_the_enclosure_list_under_it(postscript, resources) -> None:
    text = ("BRITISH EMBASSY,\nMOSCOW.\n\n5 May, 1959.\n\nDear Derick,\n\nThe talks ended "
            f"without a communiqué.\n\nYours ever,\nPatrick Reilly\n\n{postscript}\n\n"
            "Enclosures:\n(i) Copy of Soviet note No. 412.\n(ii) Translation of the article.\n\n"
            "Sir Frederick Hoyer Millar, G.C.M.G.,\nForeign Office,\nLondon, S.W.1.\n")
    found = text_facts(text, resources)
    assert (found["signed"], found["addressee"]) == ("Patrick Reilly",
                                                      ["Frederick Hoyer Millar"])
    assert "per-p-s-" not in text_xml(text, resources)


@pytest.mark.parametrize(("heading", "number", "received"), [
    ("Message No. 3\nReceived: 0817 EDT, June 5, 1967", "3", "1967-06-05T08:17"),
    ("Message Nr. 14\nReceived: 2310 GMT, 24 October 1962", "14", "1962-10-24T23:10"),
])
def test_a_hotline_message_number_and_a_zone_before_the_date(heading, number, received,
                                                             resources) -> None:
    found = text_facts("MOSCOW-WASHINGTON DIRECT COMMUNICATIONS LINK\n\n" + heading +
                       "\n\nDear Mr. President,\n\nThe talks ended.\n\nRespectfully,\n"
                       "A. Kosygin\n", resources)
    assert (found["telegram_number"], found["date_received"]) == (number, received)


@pytest.mark.parametrize(("address", "addressee"), [
    ("The Hon'ble Shri Jawaharlal Nehru,\nPrime Minister of India,\nNew Delhi.",
     ["Jawaharlal Nehru"]),
    ("Mheshimiwa Julius Nyerere,\nPresident,\nDAR ES SALAAM.", ["Julius Nyerere"]),
])
def test_indian_and_swahili_styles_of_a_foot_address(address, addressee, resources) -> None:
    text = ("12th March, 1965.\n\nDear Mr. Prime Minister,\n\nThe talks ended without a "
            f"communiqué.\n\nYours sincerely,\nBhim Bahadur Karki\nAmbassador\n\n{address}\n")
    assert text_facts(text, resources)["addressee"] == addressee


@pytest.mark.parametrize("evidence", ["Memorandum for the Taoiseach", "Iveagh House, Dublin"])
def test_irelands_department_of_external_affairs(evidence, resources) -> None:
    xml = text_xml(f"DEPARTMENT OF EXTERNAL AFFAIRS\n{evidence}\n\nThe talks ended.\n",
                   resources)
    refs = etree.fromstring(xml.encode()).xpath("//@ref")
    assert "#org-department-of-external-affairs-of-ireland" in refs


@pytest.mark.parametrize("heading", ["NOTES", "NOTE SHEET"])
def test_a_file_noting_is_minutes_signed_sd(heading, resources) -> None:
    text = (f"MINISTRY OF EXTERNAL AFFAIRS\n\nFile No. 12/61\n\n{heading}\n\nThe draft reply "
            "is placed below.\n\nSd/- S. Sinha\nDirector\n29.12.59\n\nForeign Secretary may "
            "kindly see.\n\nSd/- S. Dutt\n30.12.59\n")
    found = text_facts(text, resources)
    assert (found["doc_type"], found["date"], found["sender"]) == (
        "memorandum", "1959-12-29", ["S. Sinha"])
