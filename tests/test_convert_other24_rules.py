"""Rules found on the blind sample other24 (other archives' editions: Papers Past, the Marxists
Internet Archive, the Russian archives' exhibition pages, Nazi-Soviet Relations on the Avalon
Project, Dominions Office telegrams in OCR, British Documents on the web): a printed
parliamentary paper's letter run into one paragraph is split into its heading, dateline,
salutation, text and close; an office's street address may stand before a dateline's place;
`I have, &c,` (OCR `Ac`) closes a letter, `The Right Hon. the ...` is a foot address and a
bracketed file reference under it a registry line; `Enclosure 1 in No. 14.` begins an
attachment; a Collected Works item's number over its title and its `Written:` field; an
exhibition's section name over a title and its date line; the Russian editions' `<...>`
omission; a first-person handling minute under a signature; OCR's `lient` (Sent) and month
misreadings in a Dominions Office telegram; a bracketed note glued to its number; British
Documents' registry-numbered document number after a signed document."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_RUN_ON = ("Page image\n\n31\n\nF.—8.\n\n{number} {heading} {dateline} Sir, — With reference to "
           "your cablegram of the 2nd instant, I have the honour to inform you that the papers "
           "will be sent by the next mail. {close} {signed} {address} [Tel. 08/822.]\n")


@pytest.mark.parametrize(("heading", "dateline", "close", "place", "date"), [
    ("The High Commissioner to the Right Hon. the Prime Minister.",
     "Westminster Chambers, 13 Victoria Street, London, -S.W., 7th February, 1908.",
     "I have, Ac,", "London", "1908-02-07"),
    ("The Agent-General to the Hon. the Colonial Secretary.",
     "Dominion Buildings, 4 Charing Cross Road, London, W.C. 2, 19th May, 1921.",
     "I have, &c,", "London", "1921-05-19"),
])
def test_a_printed_papers_letter_run_into_one_paragraph(heading, dateline, close, place, date,
                                                        resources) -> None:
    text = _RUN_ON.format(number="No. 66.", heading=heading, dateline=dateline, close=close,
                          signed="W. P. Reeves.",
                          address="The Right Hon. the Prime Minister, Wellington, New Zealand.")
    facts = text_facts(text, resources)
    assert facts["title"] == heading.rstrip(".")
    assert facts["doc_type"] == "letter"
    assert (facts["date"], facts["place_of_origin"]) == (date, place)
    assert facts["signed"] == "W. P. Reeves."
    assert facts["registry_notes"] == ["[Tel. 08/822.]"]
    assert facts["addressee"] == []  # an office, no person (`Right Hon.` names no one)


@pytest.mark.parametrize("dateline", [
    "Westminster Chambers, 13 Victoria Street, London, S.W., 7th February, 1908.",
    "New Zealand Office, 4 Charing Cross Road, London, W.C. 2, 3rd June, 1925.",
])
def test_an_offices_street_address_before_the_datelines_place(dateline, resources) -> None:
    text = (f"The Agent-General to the Hon. the Colonial Secretary.\n{dateline}\nSir,—\n"
            "I have the honour to report that the delegates have arrived.\nI have, &c.,\n"
            "T. Mason.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "London"
    assert facts["date"][:4] in ("1908", "1925")


@pytest.mark.parametrize("enclosure", ["Enclosure 1 in No. 66.", "Enclosure 2 in No. 5"])
def test_an_enclosure_heading_begins_an_attachment(enclosure, resources) -> None:
    text = ("No. 66.\nThe High Commissioner to the Right Hon. the Prime Minister.\n"
            "London, 7th February, 1908.\nSir, —\nI transmit copy of the correspondence.\n"
            f"I have, &c.,\nW. P. Reeves.\n{enclosure}\nThe Secretary to the Secretary, General "
            "Post Office. Sir, — I am directed to inform you of the conference.\n")
    xml = text_xml(text, resources)
    assert '<div type="attachment">' in xml
    assert text_facts(text, resources)["signed"] == "W. P. Reeves."


@pytest.mark.parametrize(("number", "written", "date"), [
    ("670", "Written: Written on August 20, 1920", "1920-08-20"),
    ("18", "Dictated: Dictated by phone on August 4, 1921", "1921-08-04"),
])
def test_a_works_items_number_and_written_field(number, written, date, resources) -> None:
    text = (f"V. I.   Lenin\n\n{number}\n\nTELEGRAM TO L. B. KAMENEV\n\n\n{written}\n"
            "Published: First published in 1965. Printed from the original.\n"
            "Source: Lenin Collected Works, Progress Publishers, 1975, Moscow, Volume 44.\n"
            "Translated: Clemens Dutt\nTranscription\\Markup: R. Cymbala\n"
            "Public Domain: Lenin Internet Archive.README\n\n\nKamenev in code\n\n"
            "Do your utmost to bring this home to the workers.\n\nLenin\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "TELEGRAM TO L. B. KAMENEV"
    assert facts["date"] == date
    assert facts["addressee"] == ["Lev Kamenev"]


@pytest.mark.parametrize(("section", "title", "sender", "addressee"), [
    ("The Common Struggle Against Fascism",
     "Cipher telegram from Soviet ambassador in London Ivan Maisky to Joseph Stalin",
     "Ivan Maisky", "Joseph Stalin"),
    ("Allies at War", "Letter from Winston Churchill to Joseph Stalin",
     "Winston Churchill", "Joseph Stalin"),
])
def test_an_exhibitions_section_name_over_the_title_and_date(section, title, sender, addressee,
                                                             resources) -> None:
    text = (f"{section}\n\n{title}\n\n5 September 1941\nRussian State Archive of Social and "
            "Political History\n\n\"We are ready to work out joint plans with you.\"\n")
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["date"] == "1941-09-05"
    assert (facts["sender"], facts["addressee"]) == ([sender], [addressee])


@pytest.mark.parametrize("mark", ["<...>", "<…>"])
def test_the_russian_editions_omission_mark_is_a_gap(mark, resources) -> None:
    text = (f"Moscow, 5 September 1941\n\nIt is impossible to open a second front. {mark} "
            f"An action would only benefit the enemy. {mark}\n")
    assert text_facts(text, resources)["gaps"] == 2


@pytest.mark.parametrize("minute", [
    "Note: I communicated the contents of this instruction to Count Schulenburg by telephone.",
    "Minute: I handed a copy to the Ambassador this afternoon.",
])
def test_a_handling_minute_under_the_signature(minute, resources) -> None:
    text = ("The Reich Foreign Minister to the German Ambassador in the Soviet Union "
            "(Schulenburg)\n\nTelegram\n\nVERY URGENT\nBERLIN, October 7, 1939.\n\nNo. 518\n\n"
            "Please call on Herr Molotov immediately.\n\nReport by wire.\n\n"
            f"Reich Foreign Minister\n\n{minute}\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "Reich Foreign Minister"
    assert facts["registry_notes"] == [minute]


@pytest.mark.parametrize(("sent", "date"), [
    ("(lient 7.30 p.m., 7th Maroh, 1939)", "1939-03-07"),
    ("(Sent 9 p.m., 3rd Ootober, 1938)", "1938-10-03"),
])
def test_ocr_misreadings_in_a_dominions_office_telegram(sent, date, resources) -> None:
    text = (f"D.O NEW ZEALAND To the Governor-General of New Zealand. {sent} No. 44. Secret. "
            "Following telegram has been sent to His Majesty's Government in the Commonwealth "
            "of Australia. Begins. We assume that the announcement will be made at once. Ends.\n")
    assert text_facts(text, resources)["date"] == date


@pytest.mark.parametrize("note", [
    "(1)[NOTE. This is not quite in accordance with the account of the Military Attaché.]",
    "(1) No. 276.",
])
def test_an_editions_note_numbered_in_round_brackets(note, resources) -> None:
    text = ("(34675) No. 271.\nSir G. Buchanan to Sir Edward Grey.\nSt. Petersburg, July 29, "
            "1914.\nD. 8:30 P.M.\nTel. (No. 184.)\nR. 10 P.M.\n\nI hear from my French colleague "
            f"that no military preparation has been taken against Germany.(1)\n\n{note}\n")
    assert text_facts(text, resources)["notes"] == 1


@pytest.mark.parametrize("number", ["(34676) No. 272.", "No. 272."])
def test_the_next_document_under_a_signed_one(number, resources) -> None:
    text = ("No. 412.\n\nThe Emperor to the Czar\n\nNEUES PALAIS, July 30, 1914.\n\n"
            "Best thanks for your telegram.\n\nWILLY.\n\n"
            f"{number}\n\nThe Chancellor to the Ambassador at Vienna\n\nBERLIN, July 30, 1914.\n\n"
            "Please inform Count Berchtold at once.\n\nBETHMANN HOLLWEG.\n")
    xml = text_xml(text, resources)
    assert '<div type="attachment">' in xml
    assert text_facts(text, resources)["signed"] == "WILLY."


@pytest.mark.parametrize("sentence", [
    "Lloyd George has been duping us with pacifism.",
    "Mr. Lloyd George will speak in the House tomorrow.",
])
def test_lloyd_george_is_in_the_register(sentence, resources) -> None:
    xml = text_xml(f"Moscow, 20 August 1920\n\n{sentence}\n", resources)
    assert 'ref="#per-david-lloyd-george"' in xml
