"""Rules for the Wilson Center Digital Archive's pages of East-bloc and other states' documents
(wcdb84), learnt from real pages (Polish, East German, Hungarian, Romanian, Yugoslav,
Brazilian and Japanese documents):

- the editors' bracket naming a comrade's office between `To` and `Comrade` in a Polish
  ciphergram's address (`To [Foreign Minister] Comrade Czyrek:`): the address's person is the
  addressee (`patterns.xml` `address` row);
- the relay line under that address naming the comrade who sends the message (`Comrade
  Olszowski relays the following:`): he is the sender (`heading-east-bloc` sender row, read
  on the message's first line by `relay_opening.py`); no salutation ends in `the following:`
  or `as follows:` (`salutation` row);
- the archive's unlabelled summary under a ciphergram's list of readers (`Received by:` over
  `Comrades Kania, Pinkowski, ...`) over the page's foot: the summary, the list registry
  (`pages/summary_close.py`), not when the list heads the text (`Copy Nº 1 – DISTRIBUTION
  LIST` over the cable);
- a title opened by `Report` quoting the document's own title after a comma (`Report from the
  GDR Embassy in the DPRK, “Note concerning a Conversation in Moscow ...”`): the quotation's
  form is the type (`bare_note.report_quoted_form`; `doc-types` labels `note concerning a
  conversation`, `note about a conversation`);
- a Korean family name alone (`Comrade Pak`) after two spellings of one romanised name
  (`Pak Yeong-chan [Pak Yong Chan]`): the one local person they name (`context._by_surname`);
  the family name `Ryang` (`east-asian-names`);
- a page field's label cut by the store at the page's end (`Source` / `Original A`, the test
  mirror's `Original Archive`): no value of the field above it, so no archival reference
  (`pages/cut_label.py`, asked by `pages/fields.py`);
- a line opening with a small word glued to a capitalised one (`notThe Korean party ...`, a
  stray word of the page's markup) under the funder's line of a test-mirror page with no
  blank lines: it runs on to no line above it, so the text is no part of the funder
  (`glued_opening.py`, asked by `read._breaks_a_sentence`);
- a place's name after an editors' bracket ending in a given name that makes, with it, a
  register person's name (`[Foreign Minister Hermes] Lima`): that person, not the city
  (`supplied_names._given_and_place`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RELAY = ("Skip to content\n\nJune 2, 1981\n\n"
         "Secret Telegram No. 1840/IV - From Budapest to Warsaw\n\n"
         "Secret Telegram No. 1840/IV\n\n"
         "From Budapest to Warsaw, June 2, 1981\n\n\n"
         "To [Deputy Foreign Minister] Comrade Wiejacz:\n\n"
         "Comrade Nowak relays the following:\n\n"
         "The Hungarian comrades expect the trade talks to end before the summer, and they ask "
         "that the protocol be signed in Budapest by the ministers themselves.\n\n\n"
         "Received by:\n\n"
         "Comrades Kania, Pinkowski, Barcikowski, Jagielski, Jaruzelski, Czyrek…\n\n"
         "Notes that the Hungarian side wants the trade protocol signed by the ministers "
         "before the summer.\n\n"
         "Document Information\n\n\n"
         "Archive of Modern Records, Warsaw (AAN), KC PZPR, XIA/1500. Translated for CWIHP by "
         "Anna Lis.\n")


def test_bracket_between_to_and_comrade_names_the_addressee(resources: Resources) -> None:
    assert text_facts(RELAY, resources)["addressee"] == ["Józef Wiejacz"]


def test_relay_line_under_the_address_names_the_sender(resources: Resources) -> None:
    facts = text_facts(RELAY, resources)
    assert facts["sender"] == ["Nowak"]
    body = text_xml(RELAY, resources)
    assert "<salute>" not in body


def test_summary_under_the_readers_list(resources: Resources) -> None:
    facts = text_facts(RELAY, resources)
    assert facts["summary"] == ("Notes that the Hungarian side wants the trade protocol signed "
                                "by the ministers before the summer.")
    assert facts["registry_notes"] == [
        "Received by:", "Comrades Kania, Pinkowski, Barcikowski, Jagielski, Jaruzelski, Czyrek…"]


HEAD_LIST = ("Skip to content\n\nMay 3, 1947\n\nCable Nº 5120 from Tehran\n\n"
             "CABLE\n\nCopy Nº 1 – DISTRIBUTION LIST\n\nNº 2 – to Molotov\n\nNº 3 – to file\n\n"
             "from TEHRAN\n\nNº 5120\n\n"
             "The minister told the embassy that the cabinet would meet on Saturday to discuss "
             "the oil concession and the draft agreement.\n")


def test_heading_distribution_list_leaves_the_text(resources: Resources) -> None:
    assert text_facts(HEAD_LIST, resources)["summary"] is None


QUOTED_NOTE = ("Skip to content\n\nMarch 9, 1978\n\n"
               "Report from the GDR Embassy in the DPRK, “Note concerning a Conversation with "
               "the Soviet Counsellor, Comrade Belov, on 7 March 1978”\n\n"
               "This document was made possible with support from Leon Levy Foundation\n\n"
               "Comrade Belov said that the Korean side had delayed the talks on the power "
               "station again and gave no reason for it.\n")


def test_report_title_quoting_a_note_on_a_conversation(resources: Resources) -> None:
    assert text_facts(QUOTED_NOTE, resources)["doc_type"] == "record of conversation"


QUOTED_INFO = ("Skip to content\n\nMarch 9, 1978\n\n"
               "Report from Kovács Béla, 'Information on the Korean Side's Position on Trade'\n\n"
               "The Korean side has again delayed the talks on the power station and gave no "
               "reason for it.\n")


def test_report_title_quoting_no_other_form_stays_a_report(resources: Resources) -> None:
    assert text_facts(QUOTED_INFO, resources)["doc_type"] == "report"


TWO_SPELLINGS = ("Skip to content\n\nMay 5, 1979\n\n"
                 "Note about a Conversation with the DPRK Counsellor, Comrade Ryang Yeong-su\n\n"
                 "About a Conversation with the DPRK Counsellor, Comrade Ryang Yeong-su [Ryang "
                 "Yong Su], on 4 May 1979 in Berlin\n\n"
                 "Comrade Ryang asked for the dates of the delegation's visit and said that "
                 "Comrade Ryang's embassy would prepare the programme.\n")


def test_family_name_alone_is_the_one_person_of_two_spellings(resources: Resources) -> None:
    body = text_xml(TWO_SPELLINGS, resources)
    refs = {chunk.split('"')[0] for chunk in body.split('<persName ref="#')[1:]}
    assert len(refs) == 1, refs


CUT_LABEL = ("October 2, 1962\n"
             "Telegram from Polish Embassy in Havana (Nowak), 2 October 1962\n"
             "This document was made possible with support from Leon Levy Foundation\n"
             "Ciphergram No. 15220\n"
             "The Cuban comrades expect a long crisis and ask for more ships with grain.\n"
             "Nowak reports that the Cuban leadership expects a long crisis and asks for grain.\n"
             "Author(s):\nDocument Information\nSource\nOriginal A")


def test_cut_field_label_at_the_page_end_is_no_value(resources: Resources) -> None:
    assert text_facts(CUT_LABEL, resources)["archive_idno"] is None


GLUED_WORD = ("October 25, 1971\n"
              "Telegram, Embassy of Hungary in North Vietnam to the Hungarian Foreign Ministry\n"
              "This document was made possible with support from Leon Levy Foundation\n"
              "notThe Laotian delegation arrived in Hanoi on October 20 and was received by the "
              "premier at once, with the whole Politburo present at the dinner.\n"
              "– 231 – Jakus –\n"
              "The Hungarian Embassy reports the warm reception of the Laotian delegation.\n")


def test_word_glued_to_the_text_does_not_run_on_the_funder(resources: Resources) -> None:
    facts = text_facts(GLUED_WORD, resources)
    assert facts["funder"] == "Leon Levy Foundation"
    assert facts["signed"] == "Jakus"


GIVEN_THEN_PLACE = ("October 30, 1962\n"
                    "Telegram from Polish Embassy in Rio de Janeiro (Nowak), 30 October 1962\n"
                    "Ciphergram No. 16300\n"
                    "The [Brazilian] foreign ministry says the plan is alive. [Foreign Minister "
                    "Hermes] Lima intends to raise it again at the UN next week.\n")


def test_given_name_in_brackets_makes_the_place_a_person(resources: Resources) -> None:
    body = text_xml(GIVEN_THEN_PLACE, resources)
    assert '<persName ref="#per-hermes-lima">Lima</persName>' in body
    assert "pla-lima" not in body
