"""Rules from the weakest sample parts' misses (other38, other37, ocr34), written as
families. A Korean archive's record page in its newer template (a search form's lone label
`문서종류` above the record's own labels, values glued to them) is read as the record; an
East Asian ministry's circulation stamp over a cable (`供覽` / `2月 13日` / `次官` / `局長` /
`課長`: heading row stamp) is a registry line, and the cable's head is looked for under
it. A letter's foot address wrapped over two lines (`Ambassador Yu Taik Kim` / `Korean
Mission in Japan,`) is read as one. Avalon's pages of Documents on German Foreign Policy:
the edition's imprint under the notes is boilerplate (kept in the header), a note's `Back`
link is dropped, the heading's bracketed note call `(1)` is its marker. A German-speaking
mission's report closing on its ministry at the foot (`An das Auswärtige Amt, Berlin.`), with
no salutation, is a report. A reading room's attached-file line (`PDF icon NAME.pdf 137.37
KB`) ends its line: the flattened OCR under it does not run on into it. The CVCE's pages
(`Caption:` the summary, the title's bracketed place and day its date), Dodis record pages
(date with weekday, heading, type line and summary over the permalink), and a catalogue
title `MT draft letter to Reagan` (writer by surname or monogram, form, addressee) are read
(other31, other35, other36). Each is tried on at least one invented layout unlike the
samples'."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_LETTER = ("February 3, 1958\n\nDear Mr. Ambassador :\n"
           "I have the honour to acknowledge your cable of February 2 on the publication of "
           "the statement, and you are instructed to report on your findings without delay.\n"
           "\nSincerely yours,\n\nChung W. Cho Minister\n\n")


@pytest.mark.parametrize("page", [
    # the newer template: a search form's labels above the title, values glued to the labels
    ("동북아역사넷\n\n상세검색 공유하기\n닫기\n\n상세검색\n\n닫기\n회의명\n기사명\n"
     "작성·수신·발신자\n문서종류\n사료라이브러리 열기\n  • 글씨크게\n  • 프린트\n\n"
     "일본 잡지 보도에 관한 건\n\n \n  • 발신자조정환\n  • 수신자김유택 대사\n"
     "  • 날짜1958년 2월 3일\n  • 문서종류기타\n  • 형태사항영어 \nPS/S\n\n" + _LETTER
     + "Ambassador Yu Taik Kim\nKorean Mission in Japan,\nTOKYO\n\n \n관서\n"
     "the Japanese Government\n\n태그 :\n"),
    # invented: the older template's labels, the value under each, over the same letter
    ("주메뉴 바로가기\n상세검색\n  • 디렉토리 검색\n한일회담외교문서\n\n"
     "외무장관이 주일대사에게 보내는 서신\n\n  • 발신자\n    외무부장관\n  • 수신자\n"
     "    주일대사\n  • 날짜\n    1958년 2월 3일\n  • 형태사항\n    영어 \n" + _LETTER
     + "Minister Kim Yong Sik\nKorean Mission in Japan,\nTokyo\n\n색인어\n관서\n"
     "the Japanese Government\n"),
])
def test_a_korean_record_page_in_either_template(page: str, resources) -> None:
    facts = text_facts(page, resources)
    assert facts["date"] == "1958-02-03"
    assert facts["doc_type"] == "letter"
    assert facts["title"] in ("일본 잡지 보도에 관한 건", "외무장관이 주일대사에게 보내는 서신")
    assert (facts["signed"] or "").startswith("Chung W. Cho")
    assert facts["addressee"] and facts["addressee"][0] in ("Yu Taik Kim", "Kim Yong Sik")


@pytest.mark.parametrize(("stamp", "number"), [
    ("供覽\n2月 13日\n次官\n局長\n課長\n", "MT-013"),
    # invented: a Japanese-style stamp, its day with the year, four boxes
    ("回覽\n1958年 3月 2日\n局長\n課長\n", "TS-910377"),
])
def test_a_circulation_stamp_over_a_korean_cable(stamp: str, number: str,
                                                 resources) -> None:
    page = ("주메뉴 바로가기\n상세검색\n한일회담외교문서\n\n제8차 회의 결과 보고\n\n"
            "  • 발신자\n    주일대사\n  • 수신자\n    외무부장관\n  • 날짜\n    1958년 2월 12일\n"
            f"  • 문서번호\n    {number}\n  • 형태사항\n    영어 \n{stamp}No.{number}\n"
            "DATE. 02121920\nTO. KYUNG MU DAI, FOREIGN MINISTER.\n"
            "THE MEETING WAS HELD AT THE FOREIGN OFFICE AT THREE PM CMA MAIN POINTS ARE AS "
            "FOLLOWS COLON\n")
    facts = text_facts(page, resources)
    assert facts["telegram_number"] == number
    assert facts["doc_type"] == "telegram"
    body = text_xml(page, resources).split("<body>")[1]
    assert 'subtype="stamp">課長</ab>' in body


@pytest.mark.parametrize(("address", "addressee"), [
    ("Ambassador Yu Taik Kim\nKorean Mission in Japan,\nTOKYO", "Yu Taik Kim"),
    # invented: a consul-general's address, the consulate under the name
    ("Consul General Amara Perera\nConsulate General of Ceylon,\nMadras", "Amara Perera"),
])
def test_a_foot_address_wrapped_over_two_lines(address: str, addressee: str,
                                               resources) -> None:
    text = ("March 4, 1961\n\nDear Mr. Perera:\n\nI write to confirm the arrangements we "
            "agreed upon for the visit of the trade delegation next month.\n\n"
            f"Sincerely yours,\n\nJohn M. Silva Minister\n\n{address}\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == [addressee]
    assert (facts["signed"] or "").startswith("John M. Silva")


_AVALON = ("Munich Agreement Aftermath - {title}\n\nNo. 1\n\n{title} (1)\n\n"
           "PRAGUE, September 30, 1938.\n\nYOUR EXCELLENCY:\n\nI have the honor to transmit "
           "the text of the agreement signed at Munich on September 29 between the four "
           "Powers(2).\n\nI take this opportunity to assure Your Excellency of my highest "
           "regard.\n\n\n\n(1) Kamil Krofta, Foreign Minister, February 1936-October 1938. "
           "Back\n\n(2) The Charge d'Affaires reported by telegram that he had handed over "
           "the text. Back\n\n{imprint}")


@pytest.mark.parametrize(("title", "imprint"), [
    ("The Charge d'Affaires Czechoslovakia to the Czechoslovak Minister of Foreign Affairs",
     "Documents on German Foreign Policy 1918-1945\nSeries D Volume IV\n"
     "United States Government Pr"),
    # invented: another heading, the imprint whole
    ("The German Minister in Hungary to the Hungarian Foreign Minister",
     "Documents on German Foreign Policy 1918-1945\nSeries D Volume V\n"
     "United States Government Printing Office, Washington, 1953"),
])
def test_an_avalon_dgfp_page_with_notes_and_imprint(title: str, imprint: str,
                                                    resources) -> None:
    page = _AVALON.format(title=title, imprint=imprint)
    facts = text_facts(page, resources)
    assert facts["title"] == title  # without its note call
    assert facts["notes"] == 2
    assert facts["numbered_points"] == 0
    assert facts["signed"] is None
    body = text_xml(page, resources).split("<body>")[1]
    assert "Back</note>" not in body and "Series D" not in body


@pytest.mark.parametrize(("dateline", "foot"), [
    ("Lissabon, den 28. November 1940.", "An das Auswärtige Amt, Berlin."),
    # invented: a Swiss legation's report to its department
    ("Stockholm, den 4. März 1943.", "An das Eidgenössische Politische Departement, Bern"),
])
def test_a_mission_report_closing_on_its_ministry(dateline: str, foot: str,
                                                  resources) -> None:
    text = (f"{dateline}\n\nDer frühere Ministerpräsident suchte mich dieser Tage auf, um "
            "mich zu bitten, die Genehmigung zu seiner Rückkehr zu erwirken.\n\nIch darf "
            f"anheimstellen, mich mit telegrafischer Weisung zu versehen.\n\n{foot}\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "report"
    # a salutation makes it a letter, the foot address notwithstanding
    saluted = text.replace("\n\nDer", "\n\nHerr Minister,\n\nDer", 1)
    assert text_facts(saluted, resources)["doc_type"] == "letter"


@pytest.mark.parametrize("first", [
    "fti Approved For Releap 2000/08/27 : CIA-RDP78-01634R000300030083-5 ` Washington 25, "
    "D. Co 28 August 1956 INTELLIGENCE NOTES 1. Trinidad - Architect Needed After the "
    "Hurricane The Consulate General reports that the Prefect has requested an architect.",
    # invented: a lower-case OCR fragment under a Word file's line
    "ter from the field station 12 May 1958 MEMORANDUM FOR THE RECORD 1. The meeting "
    "was held at the station on the morning of 11 May and reviewed the plans.",
])
def test_a_reading_room_file_line_ends_its_line(first: str, resources) -> None:
    size = "137.37 KB" if first.startswith("fti") else "89.4 KB"
    ext = "pdf" if first.startswith("fti") else "docx"
    page = ("Document Type: \nDocument Release Date: \nApril 14, 2000\nPublication Date: \n"
            f"August 28, 1956\nContent Type: \nPDF icon CIA-RDP78-01634R000300030083-5.{ext}"
            f"{size}\n{first}\n")
    body = text_xml(page, resources).split("<body>")[1]
    assert first.split()[3] in body  # the OCR is the document's text, not the field's value


@pytest.mark.parametrize(("title", "date"), [
    ("Telegram from the British Foreign Office on the policy pursued in India "
     "(London, 19 February 1947)", "1947-02-19"),
    # invented: a letter, the day with its month first
    ("Letter from the Netherlands Embassy to the Secretary-General (The Hague, March 4, 1948)",
     "1948-03-04"),
])
def test_a_cvce_document_page(title: str, date: str, resources) -> None:
    page = (f"{title}\n\nCaption: The editors describe the document and its context in a "
            "short paragraph.\n\nSource: The National Archives, Kew. FO 371/63529.\n\n"
            "Copyright: (c) The National Archives\n\n"
            "URL: http://www.cvce.eu/obj/document-en-7e2cbed0.html\n\n"
            "Last updated: 01/03/2017\n\nSECRET\n\nThe Cabinet has decided that the "
            "transfer shall take place by June at the latest.\n")
    facts = text_facts(page, resources)
    assert facts["title"] == title
    assert facts["date"] == date
    assert (facts["summary"] or "").startswith("The editors describe")
    body = text_xml(page, resources).split("<body>")[1]
    assert "Last updated" not in body and "Caption" not in body


@pytest.mark.parametrize(("date_line", "type_line", "doc_type"), [
    ("22.11.1939 (Wednesday)", "Memo (No)", "memorandum"),
    # invented: a telegram's record, the weekday in German
    ("3.5.1962 (Donnerstag)", "Telegram (T)", "telegram"),
])
def test_a_dodis_record_page(date_line: str, type_line: str, doc_type: str,
                             resources) -> None:
    heading = "Notice du Chef de la Division des Affaires étrangères, P.A. Muster"
    page = (f"Language: German\n{date_line}\n{heading}\n{type_line}\n"
            "Protestation contre un article publié dans un journal de Genève.\n\n"
            "Classement thématique série 1848–1945:\nVI. AFFAIRES DE PRESSE\n"
            "How to cite: Copy\n\nPrinted in\n\nJean Muster et al. (ed.)\n\n"
            "Diplomatic Documents of Switzerland, vol. 13, doc. 12\n\nRepository\n\n"
            f"dodis.ch/40001\n{heading}1\n\nBern, {date_line.split()[0]}\n\n"
            "Herr Legationsrat spricht bei mir vor, um mir Kenntnis zu geben von einer "
            "Weisung seines Amtes wegen der Veröffentlichung eines Schreibens.\n")
    facts = text_facts(page, resources)
    assert facts["title"] == heading
    assert facts["doc_type"] == doc_type
    assert facts["archive_idno"] == "dodis.ch/40001"
    assert (facts["summary"] or "").startswith("Protestation contre")
    day, month, year = date_line.split()[0].split(".")
    assert facts["date"] == f"{year}-{int(month):02d}-{int(day):02d}"


@pytest.mark.parametrize(("title", "addressee"), [
    ('Falklands: MT draft letter to Reagan (MT: "The letter that was never sent...") '
     '[released 2013]', "Ronald Reagan"),
    # invented: the surname, no theme
    ("Thatcher personal message to Mitterrand [declassified 2014]", "François Mitterrand"),
])
def test_a_catalogue_title_naming_writer_form_and_addressee(title: str, addressee: str,
                                                            resources) -> None:
    page = ("Archive (Thatcher MSS)\nPersonal and party papers, Cambridge\n\n"
            f"{title}\n\nDocument type: Declassified documents\n"
            "Source: Thatcher MSS (Churchill Archive Centre): THCR1/20/3/11 f4\n"
            "Importance ranking: Key\nWord count: 10pp\n")
    facts = text_facts(page, resources)
    assert facts["sender"] == ["Margaret Thatcher"]
    assert facts["addressee"] == [addressee]
