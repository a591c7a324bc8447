"""Rules for WCDA translations of East-bloc documents (wcda80):

- an office closed by its holding ad interim (`Chargé d'Affaires a.i.`, `... ad interim`)
  takes no wrapped rest: the name on the line under it is the signature and the sender
  (`roles.wrapped_office`);
- a name after a title, or after a title and a comma, may open with an accented or stroked
  capital (`the DRV Ambassador Đỗ Phát Quang`, `the Ambassador of the DRV, Đỗ Phát Quang,`):
  a person (`namerules` rows `title`, `title_comma`);
- a whole date whose shape needs its closing stop is whole with it: the Hungarian year-first
  date with a Roman month (`Budapest, 1968. III. 12.`) dates the document (`dates._whole`);
- a dateline's place after its preposition, the date after `on` (`In Prague, on 12 March
  1968`, the Czech `V Praze dne`): the place and date (`dateline_parts.place_before_date`);
- the print view's index list (`Associated Places:`) ends at a blank line over a heading line
  of the document (`Secret`, `R E P O R T`): no index terms (`pages.fields._is_value`);
- a Vietnamese name written with its diacritics is read family name first as the table's
  plain forms are (`Đỗ, Phát Quang`: Đỗ Phát Quang; `eastasian.family_first`);
- Vietnamese family names the `east-asian-names` table lacked (`Doan`, `Dinh`, `Trinh`,
  `Luong`, `Vuong`) and given names opening with `qu` (`Quang`, `Quoc`: `eastasian._INITIAL`);
- a stenogram's transcriber's label with its colon (`Transcribed by: Ileana Constantinescu`,
  `Stenographed by:`, `Taken down by:`) opens the signature (`parts.SIGNED_MARK`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PAGE = ("Skip to content\nWilson Center Digital Archive\nSearch\n{date}\n{title}\nCitation\n"
        "Share\nSummary\nThe embassy reports on a conversation.\nDocument Information\nSource\n"
        "AAN, KC PZPR, XI A/1254, k. 88-91. Translated by Agnieszka Wróbel.\n"
        "Original Language\nPolish\nRecord ID\n321774\nEnglish Translation\n{body}\n")
REPORT = ("R E P O R T\n\nThe Soviet comrades have stopped all contact with the embassy.\n\n"
          "{dateline}\n\n{signature}\n")
BULLETIN = ("Document No. 4\n\nReport, Czechoslovak Embassy in Beijing to the Ministry\n\n"
            "[Source: NA CR, AÚV KSČ, f. 02/1, sv. 45. Translated by Jan Novák.]\n\nREPORT\n\n"
            "The Chinese comrades have stopped all contact with the embassy.\n\n{dateline}\n\n"
            "Josef Kovář\n")


def test_name_under_an_office_held_ad_interim_signs(resources: Resources) -> None:
    for office in ("Chargé d'Affaires a.i.", "Chargé d'Affaires ad interim"):
        body = REPORT.format(dateline="Moscow, 2.XI.1961", signature=f"{office}\nGaqo Paze")
        facts = text_facts(PAGE.format(date="November 02, 1961", title="Report from Moscow",
                                       body=body), resources)
        assert facts["sender"] == ["Gaqo Paze"], office


def test_name_opening_with_a_stroked_capital_after_a_title(resources: Resources) -> None:
    title = "Polish Note on the Conversation with the DRV Ambassador Đỗ Phát Quang"
    body = ("NOTE\nfrom a conversation with the Ambassador of the DRV, Đỗ Phát Quang, on 12 March"
            " 1966\n\nThe Ambassador came at his own request.\n\nWarsaw, 14 March 1966\n\n"
            "J. Kowalski\n")
    xml = text_xml(PAGE.format(date="March 14, 1966", title=title, body=body), resources)
    assert xml.count(">Đỗ Phát Quang</persName>") >= 2


def test_hungarian_year_first_roman_month_dateline(resources: Resources) -> None:
    facts = text_facts(BULLETIN.format(dateline="Budapest, 1968. III. 12."), resources)
    assert facts["date"] == "1968-03-12"
    assert facts["place_of_origin"] == "Budapest"


def test_dateline_place_after_in_and_date_after_on(resources: Resources) -> None:
    facts = text_facts(BULLETIN.format(dateline="In Prague, on 12 March 1968"), resources)
    assert facts["date"] == "1968-03-12"
    assert facts["place_of_origin"] == "Prague"


PRINT = ("Published on Digital Archive (https://digitalarchive.wilsoncenter.org)\n\n"
         "June 02, 1967\nReport from the Czechoslovak Embassy in Hanoi\n\nCitation:\n"
         "\"Report from the Czechoslovak Embassy in Hanoi,\" June 02, 1967, History and Public "
         "Policy Program Digital Archive, AMZV, TO-T 1965-1969, k. 4. Translated by Jan Novák.\n\n"
         "Associated Places:\nVietnam (Democratic Republic)\nCzechoslovakia\n\n"
         "Secret\n\nR E P O R T\n\nThe Vietnamese comrades asked for trucks.\n\n"
         "Hanoi, 2 June 1967\n\nJosef Kovář\n")


def test_heading_lines_under_an_index_list_and_a_blank_line(resources: Resources) -> None:
    xml = text_xml(PRINT, resources)
    body = xml[xml.index("<text"):]
    assert ">Secret</ab>" in body and ">R E P O R T</ab>" in body
    assert "<term>Secret</term>" not in xml


def test_vietnamese_index_heading_with_diacritics_keeps_family_first(resources: Resources) -> None:
    page = PAGE.replace("Record ID\n", "Associated People & Organizations\nĐỗ, Phát Quang\n"
                        "Nguyễn, Văn Hiếu\nRecord ID\n")
    body = REPORT.format(dateline="Warsaw, 2 June 1967", signature="Jan Kowalski")
    xml = text_xml(page.format(date="June 02, 1967", title="Note from Warsaw", body=body),
                   resources)
    assert '<persName type="reg">Đỗ Phát Quang</persName>' in xml
    assert '<persName type="reg">Nguyễn Văn Hiếu</persName>' in xml


def test_vietnamese_family_names_and_qu_syllables_in_running_text(resources: Resources) -> None:
    body = ("NOTE\n\nDoan Ba Khanh told me that Pham Quang Minh would come to Warsaw.\n\n"
            "Warsaw, 2 June 1967\n\nJan Kowalski\n")
    xml = text_xml(PAGE.format(date="June 02, 1967", title="Note from Warsaw", body=body),
                   resources)
    assert ">Doan Ba Khanh</persName>" in xml
    assert ">Pham Quang Minh</persName>" in xml


def test_stenogram_transcriber_label_signs(resources: Resources) -> None:
    body = ("Stenogram\nof the conversations held between Comrade Nicolae Ceaușescu and Comrade Kim"
            " Il Sung\n\nComrade Kim Il Sung: We are very glad to welcome you.\n\n"
            "Transcribed by: Ileana Constantinescu\n")
    facts = text_facts(PAGE.format(date="June 10, 1971", title="Minutes of Conversation",
                                   body=body), resources)
    assert facts["signed"] == "Transcribed by: Ileana Constantinescu"
