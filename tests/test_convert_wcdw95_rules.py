"""Rules for the Wilson Center's documents in their other forms (wave 95, wcdw95), learnt from
real pages (a Vietnamese blog pasting the WCDA PDF export with a translation after each
block, docslib's flattened export, the site's older layout, a CWIHP Bulletin page in Google
Books):

- the export's title wrapped inside a name of its `between` pair (`Record of Conversation
  between Zhou` / `Enlai and Georges Bidault`, `Discussion between Zhou Enlai, Chen` / `Yi
  and Nguyen Duy Trinh`): the line under it, closing the pair with `and`, is the title's
  (`pages/pdf_copy.export_title`);
- a name the export's line wrap broke in its head (`RECORD OF CONVERSATION with DRV
  prime-minister Pham Van` / `Dong`): the lone word goes back to its line when the words
  make a person of the register (`pages/pdf_copy.join_broken_names`, called by
  `above_head._quoted_page`);
- a journal record's heading naming the interlocutor over the conversation's day (`RECORD OF
  CONVERSATION with ...` / `2 November 1966`), both lines of the heading, dates the record
  when the page's title names that day, not the archive's date line (`meeting_dates`);
- the register knows Karel Hoffmann (Czechoslovak trade unions, CPCz Presidium).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BLOG = ("Bai 7 ve hoi dam nam 1961\n***\nLoi noi dau cua nguoi viet.\n***\n"
        "https://digitalarchive.wilsoncenter.org/people\n"
        "https://digitalarchive.wilsoncenter.org/document/900777/download\n"
        "March 3, 1961\nRecord of Conversation between Chen\nYi and Prince Norodom Sihanouk\n"
        "Time: 3 March 1961, 4:00 p.m.\nNgay 3 thang 3 nam 1961\n"
        "Chen Yi: We welcome the Prince to Beijing once more.\n")


def test_title_wrapped_inside_a_name_of_its_pair(resources: Resources) -> None:
    facts = text_facts(BLOG, resources)
    assert facts["title"] == "Record of Conversation between Chen Yi and Prince Norodom Sihanouk"
    assert facts["date"] == "1961-03-03"


def test_title_without_an_open_pair_takes_no_more(resources: Resources) -> None:
    text = BLOG.replace("between Chen\nYi and", "with Chen\nYi and")
    assert text_facts(text, resources)["title"] == "Record of Conversation with Chen"


DIARY = ("Bai 9 nhat ky\n***\nLoi noi dau cua nguoi viet.\n***\n"
         "https://digitalarchive.wilsoncenter.org/document/900888/download\n"
         "November 20, 1965\n"
         "From the Diary of Shcherbakov I.S.,\n"
         "'Record of Conversation with DRV Prime Minister Pham Van Dong, 11 November 1965'\n"
         "Secret\nDiary of Shcherbakov I.S.\n"
         "RECORD OF CONVERSATION with DRV prime-minister Pham Van\nDong\n11 November 1965\n"
         "Ngay 20 thang 11 nam 1965\n"
         "I visited Pham Van Dong on instructions of the Center.\n")


def test_name_broken_in_export_head_joined(resources: Resources) -> None:
    xml = text_xml(DIARY, resources)
    assert ">Pham Van Dong</persName></ab>" in xml
    assert "per-pham-van\"" not in xml


def test_record_heading_over_its_day_dates_the_record(resources: Resources) -> None:
    assert text_facts(DIARY, resources)["date"] == "1965-11-11"


def test_record_day_not_named_by_title_keeps_archive_date(resources: Resources) -> None:
    text = DIARY.replace(", 11 November 1965'", "'")
    assert text_facts(text, resources)["date"] == "1965-11-20"


def test_register_knows_karel_hoffmann(resources: Resources) -> None:
    assert resources.register.lookup("Karel Hoffmann") is not None
