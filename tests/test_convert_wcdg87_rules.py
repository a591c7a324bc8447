"""Rules for Wilson Center Digital Archive pages of Soviet, Chinese, Japanese, Korean,
Vietnamese, Mongolian, Afghan, Indian and Indonesian documents in the site's layouts and its
copies (the old layout, the staging mirror, docslib's PDF text, a CWIHP Bulletin mirror, a
blog's copy of the PDF), learnt from real pages (wcdg87):

- a participant's name after its field's label stops before the next field's label or a
  speaker's bracketed label of a form flattened on one line (`Translator: Chen Hui
  Stenographer: Li Danan Zhang [Wenji]: Yesterday ...`, docslib's PDF text): rule
  `apposition`'s labelled branch (`namerules.py`); a Chinese record's `Stenographer:` and a
  Hungarian report's `Presenter:` field name a person (table `participant-roles`);
- a Chinese record's title naming its official by a ministry's rank before the ambassador
  (`Memorandum of Conversation between Vice Minister Ji Pengfei and Indian Ambassador
  Banerjee`) names no sender: the ambassador called (table `title-shapes`, `author-of`);
- an envoy's covering letter whose first paragraph announces the record of a conversation
  it encloses (`Enclosed is the copy of a record of conversation with ...`) over the record
  itself is a record of conversation, not a telegram by its heading (table
  `enclosed-forms`, `introduced_forms.enclosed_record`); a covering letter alone is not;
- a journal record's head naming the interlocutor over the conversation's day alone as the
  next paragraph (`with Nguyen Duy Trinh, ...` / `17 April 1969`) dates the record by that
  day, not the journal's (`meeting_dates._read_on`, table `meeting-held`);
- the older citation's `Provided by NAME` names a person (table `citation`, row
  `obtainer`);
- a day not known for sure (`17 or 18 March 1979`) is read as the first day (`date_shapes`),
  and a heading closed by its day after a comma dates the document (table `title-facts`);
- paragraphs opened by two speakers' turns or more under a bare dateline (`Zhou Enlai: ...`
  / `Vo Nguyen Giap: ...`) make a record of conversation (`dated_only_forms`);
- a page title left on a small word (`Record of a Conversation between`) takes the next
  line as its rest (`pages/marked_title.last_party`);
- Najibullah as `Najib` and Taraki as `Nur Mohammed Tarki` (the CWIHP Bulletin's spelling)
  are register variants (`corpus/register/persons.xml`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DOCSLIB_FORM = (
    "June 2, 1962 Memorandum of Conversation between Director Wang Ping and Ambassador "
    "Rao\nTotal Page:9\nFile Type:pdf, Size:800Kb\nDigital Archive "
    "digitalarchive.wilsoncenter.org International History Declassified Memorandum of "
    "Conversation: Director Wang Ping and Ambassador Rao Time: 2 June 1962, 10 a.m. "
    "Location: Beijing Hotel Translator: Sun Bo Stenographer: Gao Ming Wang [Ping]: The "
    "talks should go on. Rao: We agree.\n")


def test_a_labelled_name_stops_before_the_next_label(resources: Resources) -> None:
    xml = text_xml(DOCSLIB_FORM, resources)
    assert ">Sun Bo</persName>" in xml
    assert ">Gao Ming</persName>" in xml
    assert "Sun Bo Stenographer</persName>" not in xml


PRESENTER = (
    "Skip to content\n\nMarch 4, 1957\n\nReport, Embassy of Hungary in North Korea to "
    "Hungarian Foreign Ministry\n\nThe Embassy of the Hungarian People's Republic.\n\n"
    "41/5/Top Secret. 1957.\nPresenter: Ferenc Dobos\n\nTop Secret.\n\nPyongyang, 4 March "
    "1957.\n\nSubject: The harvest.\n\nThe harvest was poor this year in the north.\n")


GUEST = (
    "Skip to content\n\nMay 8, 1963\n\nMemorandum of Conversation between Vice Minister "
    "Huang Zhen and Burmese Ambassador U Thet Tun\n\nTime: 8 May 1963, 10 a.m.\n\n"
    "Huang Zhen: Welcome. U Thet Tun: Thank you.\n")


def test_a_ministers_guest_ambassador_sends_no_record(resources: Resources) -> None:
    xml = text_xml(GUEST, resources)
    sent = xml.split('<correspAction type="sent">', 1)[-1].split("</correspAction>", 1)[0]
    assert "Thet Tun" not in sent


def test_a_presenter_field_names_a_person(resources: Resources) -> None:
    assert ">Ferenc Dobos</persName>" in text_xml(PRESENTER, resources)


COVERING = (
    "March 9, 1964\n\n    The ambassador sends the record of a talk about trade.\n"
    "Embassy of the USSR in the DPRK\n\nTop Secret\n\n\u201c9\u201d March 1964 Copy No. 1\n\n"
    "Outgoing No. 41\n\nTo the Minister of Foreign Affairs of the USSR\n\nComrade Gromyko\n\n"
    "Enclosed is the copy of a record of conversation with the Mongolian ambassador in "
    "Pyongyang.\n\nAttachment: as mentioned, 6 pages.\n\nAmbassador of the USSR in the DPRK\n\n"
    "[Signature] (V. Moskovsky)\n\nTop Secret\n\n2 March 1964\n\n"
    "The ambassador came at his own request and spoke at length about the trade talks that "
    "had gone on in Ulaanbaatar for a month.\n\n"
    "He said that the delegation would come back in the spring and that the protocol would "
    "then be signed by both of the ministers.\n\n"
    "I thanked him for the information and promised to pass it on to Moscow at once.\n\n")


def test_a_covering_letter_over_its_record_is_the_record(resources: Resources) -> None:
    assert text_facts(COVERING, resources)["doc_type"] == "record of conversation"


def test_a_covering_letter_alone_is_no_record(resources: Resources) -> None:
    alone = COVERING.split("Top Secret\n\n2 March")[0]
    assert text_facts(alone, resources)["doc_type"] != "record of conversation"


JOURNAL_DAY = (
    "May 20, 1971\nFrom the Journal of I.S. Shcherbakov, 'Record of a Conversation with Xuan "
    "Thuy, 14 May 1971'\nFROM THE JOURNAL\nOF I. S. SHCHERBAKOV\nSecret Copy N\u00ba 1\n"
    "20 May 1971\nOutgoing N\u00ba 301\nRECORD OF A CONVERSATION\nwith Xuan Thuy, member of "
    "the VWP CC and head of the delegation in Paris\n14 May 1971\nI was received by Xuan "
    "Thuy at my request and informed him about the plenum.\n")


def test_a_journal_head_over_its_day_dates_the_record(resources: Resources) -> None:
    assert text_facts(JOURNAL_DAY, resources)["date"] == "1971-05-14"


PROVIDED = (
    "Search in\n\nDigital Archive International History Declassified\n\nMay 4, 1988\n\n\n"
    "  \u2022 Citation\n\n    get citation\n\n    Gorbachev and the guest discuss the troops.\n"
    "    \"Record of a Conversation of M. S. Gorbachev with Cde. Najib (Excerpt),\" May 04, "
    "1988, History and Public Policy Program Digital Archive, Gorbachev Foundation, Moscow. "
    "Provided by Pavel Stroilov and translated by Gary Goldberg for CWIHP\n"
    "  \u2022 share document\n\n\nEnglish HTML\n\nM. S. GORBACHEV. We welcome you, Cde. "
    "Najib.\n\nNAJIB. I thank you for the invitation.\n")


def test_a_provided_by_credit_names_a_person(resources: Resources) -> None:
    assert ">Pavel Stroilov</persName>" in text_xml(PROVIDED, resources)


def test_najib_is_najibullah(resources: Resources) -> None:
    assert 'ref="#per-mohammad-najibullah">Najib</persName>' in text_xml(PROVIDED, resources)


BULLETIN = (
    "[ Pobierz ca\u0142o\u015b\u0107 w formacie PDF ]\nTranscript of Telephone Conversation\n"
    "Between Soviet Premier Alexei Kosygin\nand Afghan Prime Minister Nur\nMohammed Tarki, "
    "20 or 21 March 1979\nKosygin: How is the situation?\nTaraki: It is bad.\n"
    "Kosygin: We will consult.\n")


def test_an_uncertain_day_in_a_heading_dates_it(resources: Resources) -> None:
    assert text_facts(BULLETIN, resources)["date"] == "1979-03-20"


TURNS = (
    "Beijing, 12 May 1968\n\nZhou Enlai: The talks in Paris should be watched closely by "
    "both of us.\n\nPham Van Dong: We agree and will keep you informed.\n\n"
    "Zhou Enlai: Then we understand each other.\n")


def test_two_speakers_turns_under_a_dateline_are_a_record(resources: Resources) -> None:
    assert text_facts(TURNS, resources)["doc_type"] == "record of conversation"


BLOG_TITLE = (
    "20250101 Notes May 3 1960 Pham Van Dong\n***\nGhi ch\u00fa c\u1ee7a ng\u01b0\u1eddi "
    "vi\u1ebft.\n***\nEnglish version Google translated\n"
    "https://digitalarchive.wilsoncenter.org/document/100000/download\nMay 3, 1960\n"
    "Record of a Conversation between\nN.S. Khrushchev and Pham Van Dong, Prime Minister of "
    "the DRV, at 1200 3 May 1960\nThis document was made possible with support from "
    "Blavatnik Family\nFoundation\nSECRET. Only copy\nRECORD OF A CONVERSATION BETWEEN "
    "N. S. KHRUSHCHEV AND PHAM VAN DONG\nAfter greetings Pham Van Dong spoke about the "
    "harvest in the north and the help of the Soviet comrades.\n")


def test_a_title_left_on_between_takes_its_rest(resources: Resources) -> None:
    assert text_facts(BLOG_TITLE, resources)["title"].startswith(
        "Record of a Conversation between N.S. Khrushchev and Pham Van Dong")
