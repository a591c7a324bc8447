"""Rules for leaders' letters of layouts not sampled before (letters78):

- a government white paper's running head as OCR keeps it (`NOTES, MEMORANDA AND LETTERS
  EXCHANGED AND AGREEMENTS SIGNED BETWEEN` / `THE GOVERNMENTS OF INDIA AND CHINA`, `WHITE
  PAPER No. III`; table `page-furniture`, the letters78 `running-head` row): furniture, so
  the editor's title under it is the document's title and its form a letter;
- the signer's office wrapped over two lines under the signature, its first line ending on a
  joiner (`Premier of the State Council of` / `the People's Republic of China`;
  `roles.wrapped_office`, `closing.CloserReader._wrapped_office`): the closer's role, so the
  signature over it is read, also when the rest could pass for a name (`Ministers of the
  USSR`);
- a translated letter's close with three words of feeling before its greetings (`With the
  warmest friendly greetings,`) and the possessive alone over the name (`Your` / `J. B.
  Tito`: table `valediction`, the letters78 examples): salutes, not text or signature;
- an inside address's office closed by a comma over the seat and the salutation (`President
  of the United States of America,` / `Washington` / `Dear Mr. President,`;
  `inside_address._office_over_salutation`): an address line, not the salutation;
- the Serbian nominative months of a Yugoslav dateline (`Beograd, 15. septembar 1961.`;
  table `months`, the letters78 labels `avgust` ... `decembar`): the letter is dated;
- (after the held samples) a stamp with the words it bears in brackets (`[Stamp: Embassy of the
  USSR in the Republic of Cuba]`: table `seal-mark`) and a foot address to a ministry of
  foreign relations (`TO THE MINISTRY OF FOREIGN RELATIONS`: table `foot-address`, the
  letters72 row): the note's closer, so the dateline over them dates it.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

WHITE_PAPER = (
    "NOTES, MEMORANDA AND LETTERS EXCHANGED AND AGREEMENTS SIGNED BETWEEN\n"
    "THE GOVERNMENTS OF INDIA AND CHINA\n"
    "WHITE PAPER No. II\n\n"
    "                 42\n\n"
    "Letter from the Prime Minister of China to the Prime Minister of India, 8 September 1959\n\n"
    "                              Peking, September 8, 1959\n\n"
    "Dear Mr. Prime Minister,\n\n"
    "I have received your letter of March 22, 1959, and thank you for it.\n\n"
    "Accept, Mr. Prime Minister, the assurances of my highest consideration.\n\n"
    "                              (Sd.) CHOU EN-LAI\n"
    "                       Premier of the State Council of\n"
    "                       the People's Republic of China\n\n"
    "His Excellency\n"
    "Shri Jawaharlal Nehru,\n"
    "Prime Minister of the Republic of India,\n"
    "New Delhi.\n"
)


def test_a_white_papers_running_head_leaves_the_title_and_form(resources: Resources) -> None:
    facts = text_facts(WHITE_PAPER, resources)
    assert facts["doc_type"] == "letter"
    assert facts["title"] == ("Letter from the Prime Minister of China to the Prime Minister "
                              "of India, 8 September 1959")
    assert facts["date"] == "1959-09-08"


def test_an_office_wrapped_under_the_signature_stays_in_the_closer(
        resources: Resources) -> None:
    facts = text_facts(WHITE_PAPER, resources)
    assert facts["sender"] == ["Zhou Enlai"]
    assert facts["signed"] == ("(Sd.) CHOU EN-LAI Premier of the State Council of the People's "
                               "Republic of China")


YUGOSLAV_CLOSE = (
    "Brioni, 21 July 1956\n\n"
    "Dear President and Friend,\n\n"
    "I wish you success in your great work for the Egyptian people.\n\n"
    "With the warmest friendly greetings,\n\n"
    "Your\n"
    "J. B. Tito\n"
)


def test_a_translated_close_and_its_possessive_are_salutes(resources: Resources) -> None:
    xml = text_xml(YUGOSLAV_CLOSE, resources)
    assert "<salute>With the warmest friendly greetings,</salute>" in xml
    assert "<salute>Your</salute>" in xml
    assert text_facts(YUGOSLAV_CLOSE, resources)["signed"] == "J. B. Tito"


INSIDE_ADDRESS = (
    "His Excellency\n"
    "John F. Kennedy,\n"
    "President of the United States of America,\n"
    "Washington\n\n"
    "Dear Mr. President,\n\n"
    "I have received your message of December 1 and studied it attentively.\n\n"
    "Respectfully,\n\n"
    "/s/ N. Khrushchev\n\n"
    "Moscow, December 10, 1962\n"
)


def test_an_office_closed_by_a_comma_over_the_seat_stays_in_the_address(
        resources: Resources) -> None:
    xml = text_xml(INSIDE_ADDRESS, resources)
    opener = xml.split("<opener>")[1].split("</opener>")[0]
    assert "<salute>Dear Mr. President,</salute>" in opener
    assert "Washington</placeName></addrLine>" in opener


CHAIRMAN_CLOSE = (
    "Dear Mr. President,\n\n"
    "We have received your message of November 6 with satisfaction.\n\n"
    "                    N. KHRUSHCHEV\n"
    "          Chairman of the Council of\n"
    "          Ministers of the USSR\n\n"
    "Moscow, 12.XI.1962\n"
)


def test_a_wrapped_office_line_a_name_could_be_stays_the_role(resources: Resources) -> None:
    signed = text_facts(CHAIRMAN_CLOSE, resources)["signed"]
    assert signed == "N. KHRUSHCHEV Chairman of the Council of Ministers of the USSR"


SERBIAN_DATELINE = (
    "Beograd, 15. septembar 1961.\n\n"
    "Dear Comrade Khrushchev,\n\n"
    "Thank you for your letter of 2 September.\n\n"
    "J. B. Tito\n"
)


def test_a_serbian_nominative_month_dates_the_letter(resources: Resources) -> None:
    facts = text_facts(SERBIAN_DATELINE, resources)
    assert facts["date"] == "1961-09-15"
    assert facts["addressee"] == ["Nikita Khrushchev"]


CUBAN_NOTE = (
    "No. 214\n\n"
    "The Embassy of the Union of Soviet Socialist Republics presents its compliments to the "
    "Ministry of Foreign Relations of the Republic of Cuba and has the honour to inform the "
    "Ministry of the departure of the delegation.\n\n"
    "The Embassy avails itself of this opportunity to renew to the Ministry the assurances of "
    "its highest consideration.\n\n"
    "Havana, November 16, 1962\n\n"
    "[Stamp: Embassy of the USSR in the Republic of Cuba]\n\n"
    "TO THE MINISTRY OF FOREIGN RELATIONS\n"
    "OF THE REPUBLIC OF CUBA\n"
    "HAVANA\n"
)


def test_a_stamp_with_its_words_and_a_ministry_of_foreign_relations_close_the_note(
        resources: Resources) -> None:
    facts = text_facts(CUBAN_NOTE, resources)
    assert facts["date"] == "1962-11-16"
    assert "<addrLine>TO THE MINISTRY OF FOREIGN RELATIONS</addrLine>" in text_xml(
        CUBAN_NOTE, resources)
