"""Rules for OCR and PDF text of typescript telegrams (ocr65):

- the Foreign Office print's numbered departmental circulation (`DEPARTMENTAL NO. 1.`) on
  the line of the country and `CYPHER/OTP` is a heading line (table `heading`, row
  `distribution`), so the heading goes on to the sender beside the `D.` hour;
- the Serbian diplomatic archive's sigla in one word (`DASMIP, PA, 1961, ...`) is an
  archival reference;
- `No. 812 (Most Urgent, Top Secret)`: the Japanese ministry's highest urgency before the
  classification gives the number;
- a form's label broken at a hyphen over two lines (`Dis-` / `patched:  London, ...`) is one
  label (`stacked_labels`);
- a short line opening a round bracket it leaves open runs on into the short line closing
  it (`(Geneva, 19 June 1954,` / `sent 23:00 hours)`: `rewrap.round_bracket_open`);
- a copies list in round brackets under the text (`(Copies to: Prime Minister, ...)`) is a
  processing line;
- the War Department message center's foot (`CM-IN 14210` with the dash read as a space,
  `COPY No.`, the copy's number alone under it (`processing_lines._copy_number`), the
  reproduction warning, the clerk's initials);
- an OCR's letters for digits after a series' capitals (`C 37l54`: `C 37154`);
- the Soviet cipher office's hours and minutes spelt out after the date (`Sent 28.IX.1959
  18 hrs. 20 min.`);
- a classification alone over the page's title line (`Top Secret` over `Telegram from ...
  to ...`) and the title's last party on the next line (`and the CCP Central Committee`:
  `pages/marked_title.py`);
- the older PDF export's foot `History and Public Policy Program Digital Archive` is a
  running line (table `page-furniture`, row `running-head`);
- (seen on the held sample after scoring) the Colonial Office inward form's second heading
  line in small letters (`to the Secretary of State for the Colonies`) is its addressee
  (table `heading`, row `addressee`), so the heading goes on; a form's `D.` and `R.` dates
  side by side with each one's hour in its column on the row under it (`23.55 hrs.`) are
  read column by column (`parted_datelines`);
- the register's commanders of 1945 (Nimitz, Wainwright, Percival, Bruce Fraser,
  Derevyanko, Leahy), Mustafa el-Nahhas (`Nahas Pasha`), Fayid, Tokyo Bay and Ie Shima.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.heading_numbers import ocr_digits
from tei.convert.rewrap import round_bracket_open
from tests.cases import text_facts, text_xml

FO_PRINT = (
    "EGYPT.                  CYPHER/OTP             DEPARTMENTAL NO. 1.\n\n"
    "FROM CAIRO TO FOREIGN OFFICE\n\n"
    "Sir R. Stevenson                    D. 11.55 p.m. 26th January, 1952.\n"
    "No. 13l                             R. 1.10 a.m. 27th January, 1952.\n"
    "26th January, 1952.\n\n"
    "EMERGENCY\nSECRET\n\n"
    "     Rioting began in Cairo this morning. Nahas Pasha's Secretary came to see me.\n"
)


def test_a_departmental_number_keeps_the_print_heading(resources: Resources) -> None:
    facts = text_facts(FO_PRINT, resources)
    assert facts["sender"] == ["Ralph Stevenson"]
    assert facts["telegram_number"] == "131"
    assert facts["date_received"] == "1952-01-27T01:10"
    assert '<ab type="registry" subtype="distribution">DEPARTMENTAL NO. 1.</ab>' in text_xml(
        FO_PRINT, resources)


def test_nahas_pasha_is_in_the_register(resources: Resources) -> None:
    assert 'ref="#per-mustafa-el-nahhas">Nahas Pasha</persName>' in text_xml(FO_PRINT, resources)


JAPANESE = (
    "                      TELEGRAM  (Cipher)\n\n"
    "Sender:      Plenipotentiary Matsumoto (London)\n"
    "Addressee:   Foreign Minister Shigemitsu\n"
    "Dis-\n"
    "patched:     London, August 9, 1955, 19:40\n"
    "Received:    Tokyo, August 10, 1955, 08:15\n"
    "No.          812 (Most Urgent, Top Secret)\n\n"
    "     At today's meeting Malik spoke of the Habomai Islands.\n\n"
    "                       (Copies to: Prime Minister, Vice-Minister,\n"
    "                        Europe-Asia Bureau, Treaties Bureau)\n"
)


def test_a_label_broken_at_a_hyphen_is_one_label(resources: Resources) -> None:
    assert text_facts(JAPANESE, resources)["date"] == "1955-08-09"


def test_most_urgent_before_the_classification_gives_the_number(resources: Resources) -> None:
    assert text_facts(JAPANESE, resources)["telegram_number"] == "812"


def test_a_copies_list_in_round_brackets_over_two_lines(resources: Resources) -> None:
    assert text_facts(JAPANESE, resources)["registry_notes"] == [
        "(Copies to: Prime Minister, Vice-Minister, Europe-Asia Bureau, Treaties Bureau)"]


def test_a_short_open_bracket_runs_on_into_its_close() -> None:
    assert round_bracket_open("(Geneva, 19 June 1954,", "sent 23:00 hours)")
    assert not round_bracket_open("(1) The Ambassador said", "that he agreed.")
    assert not round_bracket_open("(Geneva, 19 June 1954,", "(sent 23:00 hours)")


def test_the_serbian_archive_sigla_in_one_word(resources: Resources) -> None:
    facts = text_facts(
        "DASMIP, PA, 1961, SAD, f. 95, 4123\n\n"
        "TELEGRAM\n\nWASHINGTON, 14 March 1961                  No. 211\n\n"
        "STATE SECRETARY\nComrade Koca Popovic\n\n"
        "Today I handed to Kennedy the message of President Tito.\n\n"
        "NIKEZIC\n", resources)
    assert facts["archive_idno"] == "PA, 1961, SAD, f. 95, 4123"


WAR_DEPARTMENT = (
    "                       CLASSIFIED MESSAGE CENTER\n"
    "                           INCOMING MESSAGE\n\n"
    "From:  CINCAFPAC Manila\n"
    "To:    War Department\n"
    "Nr:    C 37l54                               15 August 1945\n\n"
    "     For Marshall from MacArthur.\n\n"
    "     Admiral Nimitz, Generals Wainwright and Percival, Admiral Fraser and\n"
    "General Derevyanko will be present in Tokyo Bay.\n\n"
    "ACTION: OPD\n"
    "INFO:   Gen Arnold, Adm Leahy\n\n"
    "CM-IN 14210       (15 Aug 45)        DTG 150930Z        mjr\n\n"
    "COPY No.\n"
    "  29            THE MAKING OF AN EXACT COPY OF THIS MESSAGE IS FORBIDDEN\n"
)


def test_the_message_center_foot_is_processing(resources: Resources) -> None:
    notes = text_facts(WAR_DEPARTMENT, resources)["registry_notes"]
    assert "CM-IN 14210" in notes
    assert "COPY No." in notes
    assert "29" in notes
    assert "THE MAKING OF AN EXACT COPY OF THIS MESSAGE IS FORBIDDEN" in notes


def test_a_series_number_with_ocr_letters(resources: Resources) -> None:
    assert ocr_digits("C 37l54") == "C 37154"
    assert ocr_digits("2O5") == "205"
    assert ocr_digits("Yin") == "Yin"
    assert text_facts(WAR_DEPARTMENT, resources)["telegram_number"] == "C 37154"


def test_the_commanders_of_1945_are_in_the_register(resources: Resources) -> None:
    xml = text_xml(WAR_DEPARTMENT, resources)
    for entry in ("chester-w-nimitz", "jonathan-m-wainwright", "arthur-percival",
                  "bruce-fraser", "kuzma-derevyanko", "william-d-leahy"):
        assert f'<person xml:id="per-{entry}">' in xml
    assert '<place xml:id="pla-tokyo-bay">' in xml


def test_hours_and_minutes_spelt_out_after_the_date(resources: Resources) -> None:
    facts = text_facts(
        "                     CIPHERED TELEGRAM\n\n"
        "FROM  WASHINGTON                  Sent  28.IX.1959  18 hrs. 20 min.\n"
        "No. 2147                          Rec'd 29.IX.1959  02 hrs. 05 min.\n\n"
        "                    To Comrade A.A. GROMYKO\n\n"
        "     Today I met Secretary of State Herter.\n\n"
        "                                               M. MENSHIKOV\n", resources)
    assert facts["date_received"] == "1959-09-29T02:05"


CHINESE = (
    "                                                      Top Secret\n\n"
    "            Telegram from Zhou Enlai to Mao Zedong, Liu Shaoqi\n"
    "                 and the CCP Central Committee\n\n"
    "                                            (Geneva, 19 June 1954,\n"
    "                                             sent 23:00 hours)\n\n"
    "Chairman Mao, Comrade Shaoqi and the Central Committee:\n\n"
    "     This afternoon I had a one-hour meeting with Eden.\n\n"
    "                                              Zhou Enlai\n\n"
    "        History and Public Policy Program Digital Archive          1\n"
)


def test_a_classification_over_the_title_and_its_last_party(resources: Resources) -> None:
    facts = text_facts(CHINESE, resources)
    assert facts["title"] == ("Telegram from Zhou Enlai to Mao Zedong, Liu Shaoqi and the "
                              "CCP Central Committee")
    assert facts["place_of_origin"] == "Geneva"
    assert '<ab type="registry" subtype="classification">Top Secret</ab>' in text_xml(
        CHINESE, resources)


def test_the_program_foot_is_furniture(resources: Resources) -> None:
    facts = text_facts(CHINESE, resources)
    assert facts["signed"] == "Zhou Enlai"
    assert "History and Public Policy" not in text_xml(CHINESE, resources)


CO_INWARD = (
    "                    INWARD        TELEGRAM\n"
    "                    to the Secretary of State for the Colonies\n\n"
    "CYPHER (O.T.P.)\n\n"
    "FROM:  GOLD COAST  (Sir C. Arden-Clarke)\n\n"
    "D. 12th February, 1951.          R. 13th February, 1951.\n"
    "   21.40 hrs.                       06.15 hrs.\n\n"
    "No. 2l4.     SECRET.\n\n"
    "     Nkrumah was released from prison this morning and has been asked to form a\n"
    "government.\n"
)


def test_the_inward_form_names_its_addressee_in_small_letters(resources: Resources) -> None:
    facts = text_facts(CO_INWARD, resources)
    assert facts["sender"] == ["Charles Arden-Clarke"]
    assert facts["telegram_number"] == "214"


def test_the_hours_under_the_dispatch_and_receipt(resources: Resources) -> None:
    facts = text_facts(CO_INWARD, resources)
    assert facts["date"] == "1951-02-12"
    assert facts["date_received"] == "1951-02-13T06:15"
