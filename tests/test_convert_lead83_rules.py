"""Rules from the lead's probes of real pages in wave 83 (lead83):

- a Soviet cipher telegram's heading line naming the place it came from and its addressee
  (`From Pyongyang To Vyshinsky`) gives the addressee only: the person marked in the line is
  never the sender (`named_parties._addressed_from_place`);
- its addressee's line as the CWIHP's translations print it, `To` and a name with no colon
  and no `Comrade` (`To Vyshinsky.`), is a heading line naming the addressee (table
  `heading-soviet`, row `addressee`);
- a sourcebook's heading of a document, `Document 24.2 TERENTI SHTYKOV, Telegram (January
  19, 1950)`, names its writer before the comma and maybe its addressee after `to` (table
  `title-shapes`, row `author-of`);
- a registered person's whole name of two given names or more is also found with each given
  name as its initial (`Edward M. House`: `Colonel E. M. House`, `F. D. ROOSEVELT`;
  `name_index.given_initials`);
- an edition's item page whose author, title and date of a month or a day stand over fields
  opening with the source (the Marxists Internet Archive's Stalin: `J. V. Stalin` / `To the
  Prime Minister of Mongolia` / `August, 1945` / `Source : Works, Vol. 16` / ...) is one
  item's page, not a book's title block (`pages/titleblock.dated_item`,
  `pages/worksitem.py`): the title and date are the document's, the author its sender; an
  item its title addresses (`To ...`) is a letter (`doc_types._edition_form_note`), the
  office it names the addressee (table `title-shapes`, row `to-from`);
- a heading's party named by an older diplomatic grade (`to Counselor of Legation Schliep of
  the German Foreign Office`, table `honorifics`) is the person, the body after `of` his
  (`parties._without_post`);
- a register person's whole name closed by a full stop alone on its line under a cable's
  text (`Mao Zedong.`) is its signature (`signature_shape.registered_name_stopped`), and a
  salutation whose `Com.` the translators completed (`Com[rade] Filippov [Stalin]:`) is one
  (table `salutation`);
- the masthead of a statesman's works over an item (`Selected Works of Mao Tse-tung`, table
  `page-furniture`, row `edition-masthead`) names its sender when the item names none
  (`authorship._author`);
- dfat.gov.au's older pages: a personal series' number the editors supplied in brackets
  (`Cablegram [Johcu 28] [1] CANBERRA, 20 March 1942`) is the telegram's number, and the
  line gives the place and date (table `heading-commonwealth`, row `cable-number`); a note in
  round brackets under the date (`(Due to arrive Canberra 6.4.29)`) is no title
  (`pages/titles.is_title`); a courtesy close run into the signature on one line (`I am,
  Yours very truly, R. C. CASEY`) is the salute and the signature (table
  `valediction-signed`);
- an embassy telegram's address line naming the ministry and its seat, in either order
  (`To the State Secretariat for Foreign Affairs – Belgrade`, `Moscow—Ministry of Foreign
  Affairs of the USSR.`), names the addressee and the destination (table
  `heading-east-bloc`, rows `addressee`).
"""

from __future__ import annotations

from tei.convert import Resources, convert_text
from tests.cases import text_facts, text_xml

BODY = "At the request of Kim Il Sung, on May 12 I had a meeting with him.\n"


def test_a_from_place_to_person_line_names_no_sender(resources: Resources) -> None:
    facts = text_facts("Ciphered telegram Strictly secret\n\nFrom Pyongyang To Vyshinsky\n\n"
                       + BODY, resources)
    assert facts["sender"] == []
    assert facts["addressee"] == ["Andrei Vyshinsky"]
    assert facts["place_of_origin"] == "Pyongyang"


def test_a_to_line_without_colon_names_the_addressee(resources: Resources) -> None:
    facts = text_facts("Ciphered telegram\n\nFrom Pyongyang.\nTo Vyshinsky.\n\n" + BODY,
                       resources)
    assert facts["addressee"] == ["Andrei Vyshinsky"]
    kept = text_facts("To His Excellency\nPresident Jimmy Carter\n\nWe have received your "
                      "letter.\n\nFrom the Vatican, 12 June 1979. IOANNES PAULUS PP. II\n",
                      resources)
    assert kept["doc_type"] == "letter"


def test_a_sourcebook_heading_names_the_writer(resources: Resources) -> None:
    facts = text_facts("Document 24.2 TERENTI SHTYKOV, Telegram (January 19, 1950)\n\n"
                       "Kim said that he himself cannot begin an attack.\n", resources)
    assert facts["sender"] == ["Terentii Shtykov"]
    assert facts["date"] == "1950-01-19"
    letter = text_facts("George F. Kennan, Letter to Walter Lippmann (April 6, 1948)\n\n"
                        "I have read your articles with interest.\n", resources)
    assert letter["sender"] == ["George Kennan"]
    assert letter["addressee"] == ["Walter Lippmann"]
    body = text_facts("Moscow, Telegram (January 19, 1950)\n\nThe talks went well.\n",
                      resources)
    assert body["sender"] == []


def test_a_registered_name_is_found_with_all_its_given_names_as_initials(
        resources: Resources) -> None:
    facts = text_facts("861.00/3323: Telegram\n\nThe Acting Secretary of State to Colonel "
                       "E. M. House\n\n134. Referring to telegram from Legation Christiania, "
                       "December 2d, 6 p.m. to Department.\n", resources)
    assert facts["addressee"] == ["Edward M. House"]


MIA_ITEM = ("J. V. Stalin\n\nTo the Prime Minister of Mongolia\n\nAugust, 1945\n\n"
            "Source : Works, Vol. 16\nPublisher : Red Star Press Ltd., London, 1986\n"
            "Transcription/HTML Markup : A volunteer for MIA, 2009\n"
            "Public Domain : Marxists Internet Archive (2009). You may freely copy this work.\n\n"
            "I thank you for your congratulations upon our victory.\n\n"
            "The Soviet Government acknowledges with gratitude the help of your army.\n")


def test_an_item_title_and_date_over_source_first_fields_are_the_documents(
        resources: Resources) -> None:
    facts = text_facts(MIA_ITEM, resources)
    assert facts["title"] == "To the Prime Minister of Mongolia"
    assert facts["date"] == "1945-08"
    assert facts["sender"] == ["Joseph Stalin"]
    assert facts["doc_type"] == "letter"
    book = text_facts(MIA_ITEM.replace("August, 1945", "1945"), resources)
    assert book["title"] != "To the Prime Minister of Mongolia"


def test_a_party_under_a_long_grade_and_over_his_body_is_the_person(
        resources: Resources) -> None:
    facts = text_facts("The German Ambassador in the Soviet Union (Schulenburg) to Counselor of "
                       "Legation Schliep of the German Foreign Office\n\nMoscow, August 7, "
                       "1939.\n\nDEAR COUNSELOR: Sincerest thanks for your letter.\n",
                       resources)
    assert facts["addressee"] == ["Schliep"]


MAO_CABLE = ("Skip to content\n\nMay 10, 1948\n\nCable, Mao Zedong to Filippov [Stalin]\n\n"
             "Com[rade] Filippov [Stalin]:\n\nToday received your letter. Very grateful to you."
             "\n\nUnder the current circumstances it is expedient to postpone my trip.\n\n"
             "Mao Zedong.\n\nMao says that his poor health requires him to delay his trip.\n")


def test_a_registered_name_with_a_full_stop_signs_and_a_completed_comrade_salutes(
        resources: Resources) -> None:
    tei = convert_text(MAO_CABLE, "mao", resources).xml.decode()
    assert "<signed><persName ref=\"#per-mao-zedong\">Mao Zedong</persName>.</signed>" in tei \
        or "<signed><persName ref=\"#per-mao-zedong\">Mao Zedong</persName></signed>" in tei
    assert "<salute>Com<supplied" in tei
    prose = convert_text(MAO_CABLE.replace("Mao Zedong.\n", "Very grateful.\n"), "p",
                         resources).xml.decode()
    assert "<signed>" not in prose


def test_a_works_masthead_names_the_sender(resources: Resources) -> None:
    facts = text_facts("Selected Works of Mao Tse-tung\n\nTelegram to Stalin\n\nDecember 19, 1949"
                       "\n\nChairman Stalin,\n\nOn this happy occasion of your seventieth "
                       "birthday, I extend to you my best wishes.\n", resources)
    assert facts["sender"] == ["Mao Zedong"]
    assert facts["addressee"] == ["Joseph Stalin"]


def test_a_bracketed_series_number_dates_and_numbers_the_cablegram(resources: Resources) -> None:
    facts = text_facts("427 Mr John Curtin, Prime Minister, to Mr Winston Churchill, U.K. Prime "
                       "Minister\n\nCablegram [Johcu 28] [1] CANBERRA, 20 March 1942\n\nI told "
                       "you in my telegram of 13th that we did not desire change.\n", resources)
    assert facts["date"] == "1942-03-20"
    assert facts["telegram_number"] == "Johcu 28"
    assert facts["place_of_origin"] == "Canberra"


def test_a_round_bracket_note_is_no_title_and_a_joined_close_signs(resources: Resources) -> None:
    facts = text_facts("7th March, 1929\n\n(Due to arrive Canberra 6.4.29)\n\nMy dear P.M.,\n\n"
                       "I attach lists of telegrams that should be taken off the files.\n\n"
                       "I am, Yours very truly, R. C. CASEY\n", resources)
    assert facts["title"] != "(Due to arrive Canberra 6.4.29)"
    assert facts["signed"] == "R. C. CASEY"
    assert facts["sender"] == ["Richard Casey"]


def test_a_ministry_and_its_seat_address_the_telegram(resources: Resources) -> None:
    text = ("STRICTLY CONFIDENTIAL TELEGRAM FROM THE EMBASSY IN MOSCOW\nNo. 1187\n"
            "Moscow, 14 June 1955, 22.40 hrs\n\n{}\n\nToday I was received by Molotov.\n")
    for line, seat in (("To the State Secretariat for Foreign Affairs – Belgrade", "Belgrade"),
                       ("Warsaw – Ministry of Foreign Affairs", "Warsaw")):
        xml = text_xml(text.format(line), resources)
        received = xml[xml.index('<correspAction type="received">'):]
        received = received[:received.index("</correspAction>")]
        assert "<orgName" in received and f">{seat}</placeName>" in received
