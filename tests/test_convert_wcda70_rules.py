"""Rules for Wilson Center Digital Archive pages of the collections not sampled before, as
screen readers, browsers' print and saved text give them (wcda70):

- a screen reader's speech log (NVDA, JAWS, VoiceOver) is read as the page it speaks:
  landmarks (JAWS's regions), lists' bounds and controls are dropped, the role before or
  after a text is cut
  (`pages/screen_reader.py`, table `screen-reader`); a text that only says `link` or
  `heading` in its sentences is left as it is;
- a collection's name over the page's date line with no blank line between is the page's
  text (`above_head._collection_over`); over the labelled fields of a page saved as text it
  gives way to the title under the date line (`above_head.collection_over_fields`);
- a summary after the page's index lists (`Associated People & Organizations`, `Associated
  Places`) over a letterhead's short line is the summary (`summary_only.summary_in_head`);
  so is one right under the title and date over an office's letterhead line (`Ministry for
  State Security`; after the held samples);
- the Stasi records' `[name blacked out]` is an omission (table `brackets`, row `gap-omitted`);
- `Download PDF (opens in new window)` is navigation (table `page-furniture`);
- a record's place line under its day and hour span, the building after a comma
  (`2 October 1964, 10.00-11.10` / `Ulaanbaatar, Government Palace`), is the place of origin
  (`place_lines._place_under_date`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_SPOKEN = ("banner landmark\nlink Skip to content\nmain landmark\n"
           "link North Korea International Documentation Project\nMay 14, 1958\n"
           "heading level 1 Cable from Zhou Enlai to Qiao Xiaoguang\nbutton Download PDF\n"
           "button Print\nheading level 2 Summary\n"
           "Zhou Enlai instructs Ambassador Qiao to call on Kim Il Sung.\n"
           "heading level 2 Original Document\nAmbassador Qiao:\n\n"
           "Please call on Premier Kim Il Sung at once.\n\nZhou Enlai\n14 May 1958\n\n"
           "heading level 2 Document Information\nheading level 3 Source\n"
           "PRC FMA 106-00421-07, 3-4. Translated by Zhu Liyan.\n"
           "heading level 3 Associated People & Organizations\nlist 2 items\n"
           "link Zhou, Enlai, 1898-1976\nlink Qiao, Xiaoguang\nout of list\n"
           "contentinfo landmark\n")


def test_screen_reader_log_reads_as_the_page(resources: Resources) -> None:
    facts = text_facts(_SPOKEN, resources)
    assert facts["title"] == "Cable from Zhou Enlai to Qiao Xiaoguang"
    assert facts["date"] == "1958-05-14"
    assert facts["summary"] == "Zhou Enlai instructs Ambassador Qiao to call on Kim Il Sung."
    assert facts["archive_idno"] == "PRC FMA 106-00421-07, 3-4"
    xml = text_xml(_SPOKEN, resources)
    assert "landmark" not in xml and "heading level" not in xml and "button" not in xml


def test_voiceover_roles_after_the_text_are_cut(resources: Resources) -> None:
    spoken = ("Skip to content, link\nChinese Foreign Ministry Archive, link\nApril 28, 1959\n"
              "Cable from Zhou Enlai to Qiao Xiaoguang, heading level 1\nDownload PDF, button\n"
              "Print, button\nSummary, heading level 2\nZhou Enlai asks the ambassador to "
              "report.\nOriginal Document, heading level 2\nAmbassador Qiao:\n\n"
              "Report at once.\n\nZhou Enlai\n")
    facts = text_facts(spoken, resources)
    assert facts["title"] == "Cable from Zhou Enlai to Qiao Xiaoguang"
    assert facts["summary"] == "Zhou Enlai asks the ambassador to report."
    assert ", button" not in text_xml(spoken, resources)


def test_a_text_naming_links_and_headings_is_no_speech_log(resources: Resources) -> None:
    text = ("TELEGRAM\n\nlink between the two lines is cut.\n\nheading level 2 of the report "
            "is missing.\n\nSMITH\n")
    assert "link between the two lines" in text_xml(text, resources)


def test_collection_name_over_the_date_line(resources: Resources) -> None:
    page = ("Skip to content\nDownload PDF\nPrint\nHungarian Cold War History\n"
            "January 9, 1967\nCiphered Telegram, Hungarian Embassy in Beijing to the "
            "Hungarian Foreign Ministry\nCiphered telegram\nBeijing, 9 January 1967\nNo. 14\n"
            "Wall posters went up today.\nKovács\n")
    facts = text_facts(page, resources)
    assert facts["title"] == ("Ciphered Telegram, Hungarian Embassy in Beijing to the "
                              "Hungarian Foreign Ministry")
    assert facts["telegram_number"] == "14"


def test_collection_name_over_saved_fields_gives_way(resources: Resources) -> None:
    page = ("Mongolian Documents on North Korea\nSource: MNCA, f. 2, d. 1, kh.n. 312. "
            "Translated by Sergey Radchenko.\nOriginal Language: Mongolian\n"
            "February 17, 1966\nRecord of Conversation between Mongolian Ambassador L. Tsend "
            "and Kim Il Sung\nKim Il Sung tells the Mongolian Ambassador about the war in "
            "Vietnam.\nRECORD OF CONVERSATION\nComrade Kim Il Sung said that aid was sent.\n")
    facts = text_facts(page, resources)
    assert facts["title"] == ("Record of Conversation between Mongolian Ambassador L. Tsend "
                              "and Kim Il Sung")


def test_summary_after_index_lists_over_letterhead(resources: Resources) -> None:
    page = ("Skip to content\nJune 12, 1974\nNote by Erich Mielke on a Conversation with "
            "Sergio del Valle\nAssociated People & Organizations\nMielke, Erich, 1907-2000\n"
            "Associated Places\nCuba\nMielke and Sergio del Valle agree on training for Cuban "
            "officers in Potsdam.\nMinistry for State Security\nThe Minister\n"
            "Berlin, 12 June 1974\nNote\nComrade del Valle thanked the Ministry. I instructed "
            "Comrade [name blacked out] to work out the details.\nMielke\n")
    facts = text_facts(page, resources)
    assert facts["summary"] == ("Mielke and Sergio del Valle agree on training for Cuban "
                                "officers in Potsdam.")
    assert facts["gaps"] == 1


def test_download_link_with_its_new_window_note_is_furniture(resources: Resources) -> None:
    assert resources.patterns.is_furniture("Download PDF (opens in new window)")
    assert not resources.patterns.is_furniture("The report opens in a new window of talks.")


def test_record_place_under_an_hour_span_with_its_building(resources: Resources) -> None:
    text = ("MINUTES\nof the meeting of Comrade Yu. Tsedenbal with the Ambassador of the PRC\n"
            "2 October 1964, 10.00-11.10\nUlaanbaatar, Government Palace\n"
            "Comrade Tsedenbal said that the pamphlets were handed out in Beijing.\n"
            "The Ambassador replied that he would report.\n")
    assert text_facts(text, resources)["place_of_origin"] == "Ulaanbaatar"


def test_jaws_regions_and_list_bounds_are_dropped(resources: Resources) -> None:
    spoken = ("banner region\nLink Skip to content\nnavigation region\nlist of 2 items\n"
              "Link Collections\nLink About\nlist end\nend of navigation region\nmain region\n"
              "March 7, 1968\nheading level 1 Report, Embassy of Hungary in North Korea to the "
              "Hungarian Foreign Ministry\nbutton Print\nReport\nPyongyang, 7 March 1968\n"
              "The leadership keeps the population in a state of war readiness.\nKovács József\n"
              "end of main region\n")
    facts = text_facts(spoken, resources)
    assert facts["title"] == ("Report, Embassy of Hungary in North Korea to the Hungarian "
                              "Foreign Ministry")
    assert "region" not in text_xml(spoken, resources)


def test_summary_over_an_office_letterhead(resources: Resources) -> None:
    page = ("Minutes of the Talks between Erich Mielke and Yuri Andropov\n"
            "digitalarchive.wilsoncenter.org\n7–9 minutes\n\nDownload PDF Print\n\n"
            "April 25, 1979\n\nMielke and Andropov discuss the situation in Afghanistan and the "
            "Olympic Games.\n\nMinistry for State Security\nSecretariat of the Minister\n"
            "Berlin, 27 April 1979\n\nComrade Andropov said that the situation was difficult.\n")
    assert text_facts(page, resources)["summary"] == (
        "Mielke and Andropov discuss the situation in Afghanistan and the Olympic Games.")
