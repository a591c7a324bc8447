"""Rules seen on the lead's reading of earlier waves' held samples (lead73):

- the head naming the conversation a record or a memorandum records dates it by the
  conversation (`N O T E` / `on the conversation of ... held on 5 March 1962 at Brioni`;
  `Memorandum` / `on the talk between ... on 17 April 1978`), over the later day its
  dateline gives (table `meeting-held`, `meeting_dates.meeting_date`); a memorandum's
  first paragraph reporting a meeting does not date it;
- a receipt in brackets with the British print's ordinal and comma (`(Received 16th March,
  1948.)`) is the `heading` table's receipt row, and read so also where a printed edition's
  heading was read as the message's heads (`receipt_days.head_receipt`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_NOTE = ("Cabinet of the President\nStrictly confidential No. 12\n\nN O T E\n"
         "{head}\n\n"
         "The Ambassador handed over a letter on the preparations for the conference.\n\n"
         "Recorded by: Dragoslav Mirić\nBrioni, 6 March 1962\n")


def test_a_record_is_dated_by_the_conversation_its_head_names(resources: Resources) -> None:
    facts = text_facts(_NOTE.format(head="on the conversation of President Tito with the "
                                         "Ambassador of India, held on 5 March 1962 at Brioni"),
                       resources)
    assert facts["date"] == "1962-03-05"


def test_a_head_naming_no_conversation_leaves_the_dateline_its_date(
        resources: Resources) -> None:
    facts = text_facts(_NOTE.format(head="on the economic situation of India on 5 March 1962"),
                       resources)
    assert facts["date"] == "1962-03-06"


_MEMORANDUM = ("Central Committee\nDepartment of International Relations\n\n"
               "Berlin, 19 April 1978\n\nMemorandum\n{head}\n\n"
               "{first}\n\nComrade Axen assured him of the full support of the party.\n\n"
               "Schütze\n")


def test_a_memorandum_is_dated_by_the_talk_its_head_names(resources: Resources) -> None:
    facts = text_facts(_MEMORANDUM.format(
        head="on the talk between Comrade Hermann Axen and Comrade Xuan Thuy on 17 April 1978",
        first="Comrade Xuan Thuy thanked the party for the solidarity shipments."), resources)
    assert facts["date"] == "1978-04-17"


def test_a_meeting_a_memorandum_reports_does_not_date_it(resources: Resources) -> None:
    facts = text_facts(_MEMORANDUM.format(
        head="on the solidarity shipments",
        first="A meeting of the sector was held in Berlin on 17 April 1978."), resources)
    assert facts["date"] == "1978-04-19"


_DESPATCH = ("NIGERIA.                                  AFRICAN No. 1203.\n\n"
             "                         SECRET.\n\nNo. 7.\n\n"
             "GOVERNOR SIR J. MACPHERSON to MR. CREECH JONES.\n"
             "{receipt}\n\n(No. 112.)\n\nGovernment House,\nSir,\n\nLagos, 2nd April, 1949.\n\n"
             "I HAVE the honour to report that the strike has ended.\n\n"
             "I have, &c.,\nJ. S. MACPHERSON,\nGovernor.\n")


def test_a_bracketed_receipt_among_a_despatchs_heads_dates_its_receipt(
        resources: Resources) -> None:
    facts = text_facts(_DESPATCH.format(receipt="(Received 16th April, 1949.)"), resources)
    assert facts["date_received"] == "1949-04-16"


def test_a_bracketed_line_that_is_no_receipt_dates_nothing(resources: Resources) -> None:
    facts = text_facts(_DESPATCH.format(receipt="(Confidential, 16th April, 1949.)"),
                       resources)
    assert not facts.get("date_received")


_AAPD = ("118\n\nConversation between Foreign Minister Scheel and Foreign Minister Gromyko "
         "in Moscow\n\nZ A 5-92.A/70 secret{gap}27 July 1970{call}\n\n"
         "The Foreign Minister said that the treaty would open a new chapter.\n\n"
         "Gromyko replied that the Soviet side shared this view.\n\n"
         "{call} Drawn up by Interpreter Hartmann on 28 July 1970.\n")


def test_a_dated_file_line_with_a_note_call_dates_the_record(resources: Resources) -> None:
    facts = text_facts(_AAPD.format(gap=" " * 30, call="¹"), resources)
    assert facts["date"] == "1970-07-27"
    assert facts["notes"] == 1



_HOTLINE = ("MOLINK\nMESSAGE NO. 9 (INCOMING)\nRECEIVED 1412Z 10 JUNE 1967\nTRANSLATION\n\n"
            "TO THE PRESIDENT OF THE UNITED STATES OF AMERICA\nLYNDON B. JOHNSON\n\n"
            "DEAR MR. PRESIDENT,\n\nTHE SOVIET GOVERNMENT INSISTS ON AN IMMEDIATE CEASE-FIRE.\n\n"
            "RESPECTFULLY,\nA. KOSYGIN\n10 JUNE 1967\n\nTRANSLATED BY: {credit}\n")


def test_a_ranked_translator_on_a_hotline_message_is_its_translator(
        resources: Resources) -> None:
    facts = text_facts(_HOTLINE.format(credit="LT COL G. NORMAN, MOLINK"), resources)
    assert facts["translator"] == "G. NORMAN"
    assert facts["sender"] == ["Alexei Kosygin"]


_VENONA = ("From: WASHINGTON\nTo: MOSCOW\nNo: {numbers}\n28 June 1943\n\n"
           "[Part I] According to information from a source the fleet will sail.\n\n"
           "[Part II] Details will follow.\n\nMORIS\n")


def test_a_message_in_parts_keeps_every_number(resources: Resources) -> None:
    assert text_facts(_VENONA.format(numbers="1218, 1219"), resources)[
        "telegram_number"] == "1218, 1219"


def test_a_day_after_the_numbers_comma_is_no_number(resources: Resources) -> None:
    facts = text_facts(_VENONA.format(numbers="1218, 27 June 1943"), resources)
    assert facts["telegram_number"] == "1218"


_QUOTED = ("Document A\n\nSource: Telegram from the Ambassador in Japan, adapted for class.\n\n"
           "Tokyo, October 17, 1941—4 p.m.\n{receipt}\n\n"
           "{number}. The fall of the Cabinet was announced this afternoon.\n\nGREW\n")


def test_a_received_telegrams_opening_number_is_its_number(resources: Resources) -> None:
    facts = text_facts(_QUOTED.format(receipt="[Received October 17—7:40 a.m.]",
                                      number="1642"), resources)
    assert facts["telegram_number"] == "1642"


def test_an_opening_number_without_a_receipt_or_of_a_year_is_none(
        resources: Resources) -> None:
    assert text_facts(_QUOTED.format(receipt="", number="1642"), resources)[
        "telegram_number"] is None
    assert text_facts(_QUOTED.format(receipt="[Received October 17—7:40 a.m.]",
                                     number="1941"), resources)["telegram_number"] is None


_FOLDER = ("Mitrokhin Archive\nFolder 12, \"The KGB in Iran\"\n{credit}\n\n"
           "Telegram from the Tehran residency, No. 88, 2 March 1978\n\n"
           "The resident reported to the Center that the mood in the capital had hardened.\n")


def test_a_credit_line_in_the_heading_names_the_translator(resources: Resources) -> None:
    facts = text_facts(_FOLDER.format(credit="Translated by Svetlana Savranskaya"), resources)
    assert facts["translator"] == "Svetlana Savranskaya"


def test_a_heading_line_naming_an_editor_names_no_translator(resources: Resources) -> None:
    facts = text_facts(_FOLDER.format(credit="Edited by Svetlana Savranskaya"), resources)
    assert not facts["translator"]


_CAPITALS = ("INCOMING TELEGRAM\n\nFROM:    BELGRADE\nTO:      Secretary of State\n"
             "NO:      118, JULY 21, 3 PM\n\n"
             "     ACTING FOREIGN SECRETARY NIKEZIC RECEIVED ME THIS MORNING. HE HAD\n"
             "BEEN INSTRUCTED BY VICE PRESIDENT KARDE-\n"
             "LJ TO EXPRESS YUGOSLAV CONCERN AT AMENDMENT TO TRADE BILL.\n\n"
             "                                   KENNAN\n")


def test_a_capitals_word_broken_at_a_lines_end_runs_on_whole(resources: Resources) -> None:
    xml = text_xml(_CAPITALS, resources)
    assert '<persName ref="#per-edvard-kardelj">KARDE-LJ</persName> TO EXPRESS' in xml


def test_a_place_after_a_diplomats_grade_is_his_given_name(resources: Resources) -> None:
    xml = text_xml("Report\n\nThe embassy sent Counsellor Keijo Korhonen to the ministry.\n",
                   resources)
    assert 'Counsellor <persName ref="#per-keijo-korhonen">Keijo Korhonen</persName>' in xml
