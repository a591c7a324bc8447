"""Rules from the misses of the other38 blind sample (archives outside Europe and North
America: the Korean Foreign Ministry's letters and cables as a Korean archival database
presents them, a Pakistan embassy's note on the UK National Archives' education pages, an
Indian Prime Minister's message on a Chinese embassy's site). A Korean archival record page
(the record's Korean title over bulleted metadata labels, `발신자`, `수신자`, `날짜`,
`문서종류`, `문서번호`, `형태사항`, each value under its label or glued to it, index terms
under the document) gives the page's title and date, its menu lines and index terms are the
page's text, and a cable's head under the fields (`DATE. 282200`) makes the record's number
the telegram's. A date written with the Hangul year, month and day marks (`1958년 1월 17일`)
reads as the CJK marks do. Each is tried on invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_LETTER = ("March 3, 1959\nDear Mr. Minister:\nI have the honour to acknowledge your letter "
           "No. 14 of February 20, 1959, on the question of the fishing vessels detained at "
           "Pusan, and I am instructed to inform you that the Government maintains its "
           "position.\nSincerely yours,\nPak Sung-ho\n")
_CABLE = ("No.ST-440291\nDATE. 041130\nTO. FOREIGN MINISTER.\nTHE THIRD MEETING OF THE "
          "FISHERIES COMMITTEE WAS HELD AT TEN AM TODAY CMA AND THE JAPANESE SIDE AGAIN "
          "REFUSED TO DISCUSS THE LINE PD WE WILL REPORT FURTHER PD\n")


def _record(title: str, fields: list[tuple[str, str]], body: str, glued: bool) -> str:
    """A record page: menu lines, the title, the labelled fields, the body, index terms."""
    rows = [f"  • {label}{value}" if glued else f"  • {label}\n    {value}"
            for label, value in fields]
    return ("주메뉴 바로가기\n상세검색\n외교문서\n\n" + title + "\n\n" + "\n".join(rows)
            + "\n" + body + "\n색인어\n관서\nthe Japanese Government\n오류접수\n")


@pytest.mark.parametrize("glued", [False, True])
def test_a_korean_record_page_gives_title_and_date(glued: bool, resources) -> None:
    fields = [("발신자", "외무부장관"), ("수신자", "주일대표부"), ("날짜", "1959년 3월 3일"),
              ("문서종류", "공한"), ("형태사항", "영어")]
    text = _record("어업 문제에 관한 서한", fields, _LETTER, glued)
    facts = text_facts(text, resources)
    assert facts["title"] == "어업 문제에 관한 서한"
    assert facts["date"] == "1959-03-03"
    assert facts["doc_type"] == "letter"
    body = text_xml(text, resources).split("<body")[1]
    assert "색인어" not in body and "상세검색" not in body


@pytest.mark.parametrize(("date", "when"), [("1960년 4월 4일", "1960-04-04"),
                                            ("1960년4월4일", "1960-04-04")])
def test_a_korean_record_cable_takes_the_record_number(date: str, when: str,
                                                       resources) -> None:
    fields = [("발신자", "주일대표부"), ("날짜", date), ("문서번호", "ST-440291")]
    facts = text_facts(_record("제3차 어업위원회 보고", fields, _CABLE, False), resources)
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "ST-440291"
    assert facts["date"] == when


@pytest.mark.parametrize(("dateline", "when"), [
    ("1961년 5월 20일", "1961-05-20"),
    ("1975년 12월 1일", "1975-12-01"),
])
def test_hangul_date_marks(dateline: str, when: str, resources) -> None:
    text = (f"{dateline}\n\nDear Mr. Ambassador:\nI enclose the minutes of the meeting held "
            "yesterday at the Foreign Ministry.\nSincerely yours,\nLee Tong-won\n")
    assert text_facts(text, resources)["date"] == when


_NOTE = ("The High Commission of Ceylon presents its compliments to the Commonwealth Relations "
         "Office and has the honour to state that the Government of Ceylon will send a "
         "delegation to the conference in London.\n\nThe High Commission of Ceylon avails "
         "itself of this opportunity to renew the assurances of its highest consideration.\n")


@pytest.mark.parametrize(("caption", "title", "ref", "form", "when"), [
    ("Letter from the High Commission of Ceylon to the Commonwealth Relations Office, "
     "4 March 1956. Catalogue ref: DO 35/5383", "Letter from the High Commission of Ceylon to "
     "the Commonwealth Relations Office, 4 March 1956", "DO 35/5383", "letter", "1956-03-04"),
    ("Telegram from the Governor of Aden to the Colonial Office, 3 May 1963 "
     "Catalogue reference: CO 1015/2210", "Telegram from the Governor of Aden to the "
     "Colonial Office, 3 May 1963", "CO 1015/2210", "telegram", "1963-05-03"),
])
def test_an_education_page_caption_with_its_catalogue_reference(
        caption: str, title: str, ref: str, form: str, when: str, resources) -> None:
    text = (f"Source 3a\n\nThis source was written after the conference was announced.\n\n"
            f"{caption}\n\n{_NOTE}\n« Return to Decolonisation\n  • What does this source "
            "reveal about the conference?\n")
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["date"] == when
    assert facts["archive_idno"] == ref
    assert facts["doc_type"] == form
    body = text_xml(text, resources).split("<body")[1]
    assert "Return to" not in body and "Source 3a" not in body


@pytest.mark.parametrize("foot", [
    "Ambassador Lee Dong-hwan Korean Mission in Japan Tokyo",
    "Ambassador Lee Dong-hwan, Embassy of the Republic of Korea, Bangkok",
    "Minister Yoon Sang-chul, Korean Mission in Japan,",
])
def test_a_diplomat_addressed_at_the_letters_foot(foot: str, resources) -> None:
    name = "Yoon Sang-chul" if foot.startswith("Minister") else "Lee Dong-hwan"
    text = ("March 3, 1959\nDear Mr. Ambassador:\nI have the honour to acknowledge your letter "
            "No. 14 of February 20, 1959, and I am instructed to inform you that the "
            f"Government maintains its position.\nSincerely yours,\nPak Sung-ho\n{foot}\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == [name]
    assert facts["sender"] == ["Pak Sung-ho"]
