"""Rules for East-bloc and Asian communist documents in the national document projects'
and research collections' translations (bloc68):

- a file copy's typed name between slashes under its signer's office in mixed case
  (`Ambassador of the USSR in the DPRK` / `/V. Ivanov/`), or after the mark where the
  signature stands (`/signature/ V. Ivanov`), is the signature's, not a processing line
  (`processing_lines._trailer_like`, `signer_lines.mark_name`);
- a printed book's title closed by a comma over its date line ends with that date
  (`pages/comma_title.py`);
- a reader's translation field naming its translators (`Translation: A and B`, `English
  translation: A`; table `translation-field`) gives the translators, and `Archival reference:`
  / `Archival signature:` the archive's reference (table `page-fields`);
- points numbered `1/`, `2/`, `3/` (the Czechoslovak and Polish typescripts') are points
  (table `numbering`), not a thread's posts unless the first opens the text (`pages/thread.py`);
- a course page's bar with its term (`HIST 392 · ... · Spring 2019`), its instruction to the
  students (`Read before Thursday's discussion section.`), the PHP's banner and host lines and
  a record page's bracketed buttons are furniture (table `page-furniture`); the reading's
  numbered title (`Reading 9.2 — ...`) is the page's title (table `page-title`);
- `for Comrade X` under a memorandum's heading word is its addressee (table `heading-soviet`);
- a field under the title whose value is an archival reference (`Signature: SAPMO-BArch, DY
  30/...`) gives it, and `Original: Vietnamese, ...` the original's language (table
  `original-field`; `pages/labelled_reference.py`).

Seen on the held samples after scoring:

- a page-corner head beside a page count (`... PHP Collection        page 61 of 212`) is
  furniture (`pages/corner_heads.py`); an editors' bracketed note opened by an archival
  reference (`[Central State Archive (TsDA), Sofia, Fond 1-B, ...; copy in ... Translated
  by ...]`) is the item's reference (`pages/labelled_reference.py`);
- the Bulgarian incoming form's `Received from: Moscow` is the place of origin and `Reg. No.
  2984` the telegram's number (tables `heading-labels`, `heading-soviet`);
- a thesis title's note number glued to its closing quotation mark is the title's note
  (`pages/comma_title.py`); `held on DATE in PLACE`, a broken heading's last line, gives the
  place (`place_lines.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RECORD = ("Record of Conversation with Kim Il Sung, 7 April 1955\n\n"
          "I visited Kim Il Sung at his request.\n\nThe conversation lasted two hours.\n\n"
          "Ambassador of the USSR in the DPRK\n{signature}\n")


def test_a_slashed_name_under_an_office_in_mixed_case_signs(resources: Resources) -> None:
    facts = text_facts(RECORD.format(signature="/V. Ivanov/"), resources)
    assert "V. Ivanov" in facts["signed"]
    assert facts["registry_notes"] == []


def test_a_name_after_the_signature_mark_signs(resources: Resources) -> None:
    facts = text_facts(RECORD.format(signature="/signature/ V. Ivanov"), resources)
    assert "V. Ivanov" in facts["signed"]
    assert facts["registry_notes"] == []


def test_a_title_closed_by_a_comma_ends_with_its_date_line(resources: Resources) -> None:
    facts = text_facts(
        "17\n\nTelegram from the Romanian Embassy in Beijing to the Ministry of Foreign Affairs,\n"
        "11 March 1964\n\nSecret\n\nTo Comrade Corneliu Mănescu\n\n"
        "The delegation was received by Mao Zedong.\n\nAurel Duma\n", resources)
    assert facts["title"] == ("Telegram from the Romanian Embassy in Beijing to the Ministry "
                              "of Foreign Affairs, 11 March 1964")
    assert facts["date"] == "1964-03-11"


READER = ("Memorandum by Frigyes Puja on the Budapest Meeting, 10 March 1969\n\n"
          "Language of original: Hungarian\n"
          "{fields}\n\n"
          "MEMORANDUM\nfor Comrade János Péter\n\n"
          "The Soviet delegation proposed an appeal.\n\nFrigyes Puja\n")


def test_a_translation_field_names_the_translators(resources: Resources) -> None:
    facts = text_facts(READER.format(fields="Translation: Csaba Békés and Zsófia Bata"),
                       resources)
    assert facts["translator"] == "Csaba Békés and Zsófia Bata"
    assert facts["addressee"] == ["János Péter"]


def test_an_english_translation_field_and_archival_reference(resources: Resources) -> None:
    facts = text_facts(READER.format(fields=(
        "Archival reference: AMZV, TO-T 1960-1964, Kuba, k. 3\n"
        "English translation: Jan Měchýř")), resources)
    assert facts["translator"] == "Jan Měchýř"
    assert "TO-T 1960-1964" in (facts["archive_idno"] or "")


def test_points_numbered_with_a_slash(resources: Resources) -> None:
    facts = text_facts(
        "Ciphered telegram No. 3812\nSent from: Havana\nDate: 19.4.1961, 23.15\n\n"
        "Minister David\n\n1/ Today Fidel Castro announced the defeat of the invasion.\n\n"
        "2/ The Cuban comrades expect further attacks.\n\n"
        "3/ Dorticós asked for the deliveries.\n\nPavlíček\n", resources)
    assert facts["numbered_points"] == 3


def test_a_course_page_and_its_reading_title(resources: Resources) -> None:
    xml = text_xml(
        "HIST 392 · Cuba, Vietnam and the Third World · Spring 2019\n\n"
        "Reading 9.2 — Cuban Embassy in Hanoi, Cable to Minister Raúl Roa, 22 May 1967\n\n"
        "Read before Thursday's discussion section.\n\nCABLE No. 188\n\n"
        "Hanoi, May 22, 1967\n\nYesterday I was received by Pham Van Dong.\n\n"
        "Raúl Valdés Vivó\nAmbassador\n", resources)
    body = xml[xml.index("<text"):]
    assert "HIST 392" not in body and "Read before" not in body
    assert "Cable to Minister" in xml[:xml.index("</title>")]


def test_the_php_banner_and_a_button_line_are_furniture(resources: Resources) -> None:
    xml = text_xml(
        "PHP - Parallel History Project on NATO and the Warsaw Pact\n"
        "Center for Security Studies, ETH Zurich\n\n"
        "Memorandum by Frigyes Puja on the Budapest Meeting, 10 March 1969\n\n"
        "Archive: MOL, XIX-J-1-j, 1969, 4. doboz\n\n[Download PDF] [Print]\n\n"
        "MEMORANDUM\n\nThe Soviet delegation proposed an appeal.\n\nFrigyes Puja\n", resources)
    body = xml[xml.index("<text"):]
    assert "Security Studies" not in body and "Download" not in body


def test_a_labelled_reference_and_the_original_field(resources: Resources) -> None:
    facts = text_facts(
        "Letter from the Central Committee of the Vietnam Workers' Party to the Central "
        "Committee of the SED, 5 January 1966\n\n"
        "Signature: SAPMO-BArch, DY 30/IV A 2/20/951, Bl. 3-6\n"
        "Original: Vietnamese, with a German translation\n\n"
        "Hanoi, 5 January 1966\n\nDear Comrade Walter Ulbricht,\n\n"
        "We thank you for the solidarity of the SED.\n\nLe Duan\n", resources)
    assert "DY 30/IV A 2/20/951" in (facts["archive_idno"] or "")
    assert facts["original_language"] == "Vietnamese"


def test_a_corner_head_with_a_page_count_and_a_bracketed_reference(
        resources: Resources) -> None:
    facts = text_facts(
        "Bulgaria and the Warsaw Pact: Documents — PHP Collection        page 61 of 212\n\n"
        "No. 14\nCiphered Telegram from Ambassador Grudi Atanasov to Todor Zhivkov, "
        "16 October 1964\n\n"
        "[Central State Archive (TsDA), Sofia, Fond 1-B, Opis 64, a.e. 311, l. 1-3; copy in "
        "the AMVnR. Translated by Kalina Bratanova.]\n\n"
        "CIPHERED TELEGRAM\nReceived from: Moscow\nReg. No. 2984\n"
        "Sent: 16.10.1964, 12.00\n\nTo Comrade T. Zhivkov\n\n"
        "Today I was received by Comrade Yu. V. Andropov.\n\nAmbassador: /Gr. Atanasov/\n",
        resources)
    assert facts["title"] == ("Ciphered Telegram from Ambassador Grudi Atanasov to Todor "
                              "Zhivkov, 16 October 1964")
    assert "Fond 1-B" in (facts["archive_idno"] or "")
    assert facts["translator"] == "Kalina Bratanova"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["telegram_number"] == "2984"


def test_a_quoted_title_note_and_a_broken_heading_place(resources: Resources) -> None:
    facts = text_facts(
        "Appendix B: Selected Documents\n\nDocument B.4\n\n"
        "Cable from the Chinese Embassy in Poland, \"Situation after the Plenum\"1\n\n"
        "22 October 1956\n\nThe Plenum closed on the 21st.\n\nWang Bingnan\n\n"
        "_______________\n1 The cable was received in Beijing on 23 October.\n", resources)
    assert facts["title"] == ("Cable from the Chinese Embassy in Poland, "
                              "\"Situation after the Plenum\"")
    assert facts["notes"] == 1
    place = text_facts(
        "NOTE\nfrom the conversation of Comrade Edward Gierek,\n"
        "with Comrade Leonid Brezhnev,\nheld on 5 August 1974 in Oreanda\n\n"
        "The conversation lasted about four hours.\n", resources)
    assert place["place_of_origin"] == "Oreanda"
