"""Rules for Wilson Center Digital Archive pages of Soviet, Chinese, Mongolian, Korean,
Japanese, Indian, Indonesian and Afghan documents (the current layout, the old layout, a page
stored under its PDF address), learnt from real pages (wcdi88):

- a date-first dateline with its town after the date and no comma between (the page's
  heading cells flattened on one line: `November 20, 1986    Pyongyang`, a Mongolian record
  of Batmunkh's talk with Kim Il Sung) gives the place of origin, when the town is a
  register place and no country (`date_first_places.place_after_date`, asked by
  `dateline_parts.place_before_date`);
- a Chinese record's plural participant fields (`Notetakers: Ni Liyu, Cheng Ruisheng`) and
  its `Documentation:` field name persons (table `participant-roles`);
- a page title's rest follows its title's line with no line of the source between: a
  Chinese record's file line under the funder's line (`Foreign Ministry Document`) is not
  the title's end (`pages/wrapped_title._between`);
- a title naming the channel it went by (`Top Secret Attachment, by KGB cipher Kabul`) is a
  telegram (table `doc-types`);
- the register knows Indonesia's envoys to Beijing (Arnold Mononutu, Sukardjo Wirjopranoto
  as the translations spell him, Sukarni), Hartini Sukarno, Kenzo Yoshida (Japan's
  ambassador in Beijing, 1979-1981), Subandrio as one translation renders him (`Suban
  Delhi`), the Himalayas and the Karakum (`corpus/register/`);
- a Chinese record of a leader's reception titled `Record of Conversation from Chairman
  Mao ... 's Reception of ...` names no parties: the ministry kept it (table
  `title-shapes`, a `subject` row).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RECORD = (
    "Skip to content\n\nMarch 3, 1983\n\nRecord of Conversation between Comrade Tsedenbal "
    "and Kim Il Sung\n\nThis document was made possible with support from Leon Levy "
    "Foundation\n\n\n\n{dateline}\n\n\nOn the talks of Comrade Tsedenbal with comrade Kim Il "
    "Sung\n\n\nKim Il Sung: We spoke at length on the first day of the visit.\n\n"
    "Tsedenbal: Yes, and we agreed on the main points of trade.\n")


def test_a_date_first_dateline_gives_its_town(resources: Resources) -> None:
    facts = text_facts(RECORD.format(dateline="March 3, 1983    Ulaanbaatar"), resources)
    assert facts["place_of_origin"] == "Ulaanbaatar"
    assert facts["date"] == "1983-03-03"


def test_a_day_first_date_before_its_town(resources: Resources) -> None:
    facts = text_facts(RECORD.format(dateline="3 March 1983  Ulaanbaatar"), resources)
    assert facts["place_of_origin"] == "Ulaanbaatar"


def test_a_country_after_the_date_is_no_dateline_town(resources: Resources) -> None:
    facts = text_facts(RECORD.format(dateline="March 3, 1983    Mongolia"), resources)
    assert facts["place_of_origin"] != "Mongolia"


FIELDS = (
    "Skip to content\n\nJanuary 8, 1964\n\nRecord of Conversation from Premier Zhou's "
    "Reception of the Ambassador\n\nThis document was made possible with support from Henry "
    "Luce Foundation\n\nDate: January 8, 1964\n\nLocation: Hangzhou\n\nInterpreters: Wo "
    "Lanying, Bai Ming\n\nNotetakers: Ni Liyu, Cheng Ruisheng\n\nDocumentation: Fu Qian\n\n"
    "Premier Zhou: Welcome to Hangzhou.\n\nAmbassador: Thank you.\n")


def test_plural_participant_fields_name_persons(resources: Resources) -> None:
    xml = text_xml(FIELDS, resources)
    assert ">Ni Liyu</persName>" in xml
    assert ">Wo Lanying</persName>" in xml


def test_a_documentation_field_names_a_person(resources: Resources) -> None:
    assert ">Fu Qian</persName>" in text_xml(FIELDS, resources)


FILE_LINE = (
    "Skip to content\n\nMay 4, 1957\n\nSummary of Conversation from Chairman Mao Zedong's "
    "Reception of the Burmese Ambassador to China\n\nThis document was made possible with "
    "support from Henry Luce Foundation\n\nForeign Ministry Document\n\n\nDate: 20 May 1957"
    "\n\nChairman Mao Zedong met the ambassador on 4 May 1957. The gist is as follows:\n\n"
    "The ambassador spoke of trade along the border.\n")


def test_a_file_line_under_the_funder_is_no_titles_rest(resources: Resources) -> None:
    facts = text_facts(FILE_LINE, resources)
    assert facts["title"] == ("Summary of Conversation from Chairman Mao Zedong's Reception "
                              "of the Burmese Ambassador to China")


def test_a_leaders_reception_record_names_no_parties(resources: Resources) -> None:
    facts = text_facts(FILE_LINE, resources)
    assert facts["sender"] == []
    assert facts["addressee"] == []


CIPHER = (
    "Search in\n\nDigital Archive International History Declassified\n\nJune 02, 1974\n\n\n"
    "  \u2022 Citation\n\n    get citation\n\n    A short note on Soviet aid.\n"
    "    \"Top Secret Attachment, by KGB cipher Kabul,\" June 02, 1974, History and Public "
    "Policy Program Digital Archive, Translated for CWIHP by Gary Goldberg.\n"
    "  \u2022 share document\n\n\nEnglish HTML\n\n\nWhen you next meet N. Taraki give him "
    "the following.\n\nThe talks in Moscow went well.\n")


def test_a_title_sent_by_cipher_is_a_telegram(resources: Resources) -> None:
    assert text_facts(CIPHER, resources)["doc_type"] == "telegram"


ENVOYS = (
    "Skip to content\n\nJanuary 22, 1955\n\nRecord of Conversation from Premier Zhou's "
    "Reception of the Indonesian Ambassador\n\nTime: 22 January 1955\n\nLocation: "
    "Zhongnanhai\n\nPremier Zhou received Ambassador Mononutu and later Soekardjo "
    "Wiriopranoto in the Great Hall of the People. Mme. Hartini Sukarno sent greetings; "
    "the ambassador had crossed the Himalayas.\n")


def test_indonesias_envoys_are_known(resources: Resources) -> None:
    xml = text_xml(ENVOYS, resources)
    assert 'ref="#per-arnold-mononutu"' in xml
    assert 'ref="#per-sukardjo-wirjopranoto"' in xml
    assert 'ref="#per-hartini-sukarno"' in xml
    assert 'ref="#pla-himalayas"' in xml
