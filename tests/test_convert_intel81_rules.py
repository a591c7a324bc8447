"""Rules for intelligence documents in forms not sampled before (intel81):

- a National Intelligence Estimate's form line alone (`NATIONAL INTELLIGENCE ESTIMATE`,
  `SPECIAL NATIONAL INTELLIGENCE ESTIMATE`) is a report's form line, and its number line
  (`NUMBER 13-3-61`, `SNIE 85-3-62`) no telegram's number (table `heading`);
- an intelligence paper's title in capitals as the text's first head, under a heading with
  an estimate's form or number or a SIGINT report's serial, is the title
  (`intelligence_titles.py`, table `intelligence-title-marks`);
- an NSA SIGINT report's serial without a target trigraph (`3/OO/T317-62`, `3/OO/12345-62`)
  is its number (table `heading`, the intel69 row widened);
- a Joint Intelligence Committee paper (`JIC(58)34 (Final)`, `JIC(A)(73)18`) is read as a
  cabinet paper without the property notice, its committee's line under `CABINET` skipped,
  its mixed-case form line (`Report by the Joint Intelligence Committee`, `Assessment`)
  closing the subject, which is the title (`pages/cabinet_paper.py`, table `cabinet-paper`);
- an FBIS source line of a television service or of any agency named in capitals
  (`Moscow Television Service in Russian ...`, `Hanoi VNA in English ...`) gives the
  item's date and place (table `heading`);
- an FBIS item's bracketed note naming a correspondent's report from another city (`[...
  report by correspondent Vladimir Dunayev from Geneva; recorded]`) gives the place sent
  from (`fbis_correspondent.py`);
- a KGB chairman's memorandum to the Central Committee under the Committee's letterhead,
  with its date and number lines, addressed `CC CPSU` / `ЦК КПСС`, is a memorandum (a
  zapiska), its number the outgoing one (`letter_signs.submission_address`); the KGB's
  letterhead in Russian, the town line `гор. Москва` and the address `ЦК КПСС` are read
  (tables `heading`, `address`, `submission-addresses`), a Soviet office in Russian opens a
  signer's role (`Председатель ...`, table `role-openers`), its rest wrapped in the
  genitive under it (`госбезопасности`) too (`roles.wrapped_office`);
- a given name with an accented letter before a surname in capitals (`der Student Jürgen
  FUCHS`) and an occupation in the German genitive (`des Liedermachers Wolf BIERMANN`) make
  a name (`capitals_surnames`, table `capitals-occupation-words`);
- a speaker's mark in brackets opening a paragraph, the surname of a person already named
  (`[Dunayev] According to ...`), gives the next word no given name
  (`supplied_names._speaker_mark`);
- a cover name inside a decrypt's recovery mark (`[B% TWAIN]`, `[C% ROBERT]`) is tagged as
  the prose's are (`covernames._RECOVERED`), and `[B%` is a decrypt's evidence (table
  `decrypt-evidence`);
- (seen on the held samples) a register town alone as the text's first head, under a
  heading with a letterhead that ends on its date or number line (`No. 1712-A` / `Moscow`),
  is the place sent from (`head_place.py`; intel69's known gap met);
- register: Schenectady and Albany (New York), Wittenberg, the Russian forms of Andropov and
  Sakharov.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

ESTIMATE = ("SECRET\n                                        SNIE 85-3-62\n"
            "                                        19 September 1962\n\n"
            "SPECIAL NATIONAL INTELLIGENCE ESTIMATE\nNUMBER 85-3-62\n\n"
            "THE MILITARY BUILDUP IN CUBA\n\nTHE PROBLEM\n\n"
            "To assess the strategic importance of the recent buildup in Cuba.\n")


def test_estimate_form_number_line_and_capitals_title(resources: Resources) -> None:
    facts = text_facts(ESTIMATE, resources)
    assert facts["doc_type"] == "report"
    assert facts["telegram_number"] is None
    assert facts["title"] == "THE MILITARY BUILDUP IN CUBA"


def test_sigint_serial_without_trigraph_and_capitals_title(resources: Resources) -> None:
    text = ("DOCID: 4001234\n                 TOP SECRET TRINE\n\n3/OO/12345-62"
            "                                27 OCT 62\n\n"
            "DISTRIBUTION: CIA/OCI, DIA, STATE/INR\n\n"
            "SOVIET TANKER CONTINUES TOWARD HAVANA\n\n"
            "1. THE TANKER VINNITSA WAS LOCATED 200 NM NORTH OF CUBA AT 1400Z.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "3/OO/12345-62"
    assert facts["title"] == "SOVIET TANKER CONTINUES TOWARD HAVANA"


def test_a_capitals_first_head_without_a_mark_is_no_title(resources: Resources) -> None:
    text = ("SECRET\n\n14 May 1962\n\nSOVIET TANKER CONTINUES TOWARD HAVANA\n\n"
            "The tanker was located north of Cuba.\n")
    assert text_facts(text, resources)["title"] != "SOVIET TANKER CONTINUES TOWARD HAVANA"


def test_jic_paper_by_number_committee_line_and_assessment(resources: Resources) -> None:
    text = ("TOP SECRET                                  Copy No. 9\n\nJIC(A)(70)41\n"
            "4th June, 1970\n\nCABINET\n\nJOINT INTELLIGENCE COMMITTEE (A)\n\n"
            "SOVIET AIR DEFENCE DEPLOYMENT IN EGYPT\n\nAssessment\n\n"
            "1. Soviet crews now man the missile sites along the Canal.\n\n"
            "(Signed) S. J. L. OLIVER\n\nChairman, Joint Intelligence Committee (A)\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "SOVIET AIR DEFENCE DEPLOYMENT IN EGYPT"
    assert facts["date"] == "1970-06-04"


def test_fbis_television_source_line_and_correspondent_place(resources: Resources) -> None:
    text = ("FBIS-SOV-87-041   3 March 1987\n\nSoviet Union\nUnited States & Canada\n\n"
            "Talks on Medium-Range Missiles Resume\n"
            "LD0219301987 Moscow Television Service in Russian 1700 GMT 2 Mar 87\n\n"
            "[Report by correspondent Vladimir Dunayev from Geneva]\n\n"
            "[Text] The talks resumed here today.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1987-03-02"
    assert facts["place_of_origin"] == "Geneva"


def test_fbis_agency_in_capitals(resources: Resources) -> None:
    text = ("FBIS-APA-80-112   9 June 1980\n\nAsia & Pacific\nLaos\n\n"
            "Lao Delegation Leaves for Hanoi\n"
            "BK081230 Vientiane KPL in English 1205 GMT 8 Jun 80\n\n"
            "[Text] Vientiane, 8 Jun (KPL)--A party delegation left for Hanoi today.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1980-06-08"
    assert facts["place_of_origin"] == "Vientiane"


def test_kgb_zapiska_under_letterhead_is_a_memorandum(resources: Resources) -> None:
    text = ("Top Secret\n\nCommittee for State Security\n"
            "under the Council of Ministers of the USSR\n\n4 June 1974\nNo. 1521-A\n\n"
            "CC CPSU\n\nThe KGB has received information on a meeting of writers.\n\n"
            "Chairman of the Committee\nfor State Security                 Andropov\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["outgoing_number"] == "1521-A"
    assert facts["telegram_number"] is None


def test_kgb_russian_letterhead_town_line_and_role(resources: Resources) -> None:
    text = ("Секретно\n\nКОМИТЕТ ГОСУДАРСТВЕННОЙ БЕЗОПАСНОСТИ СССР\n\n"
            "5 июня 1979 г.\n№ 1102-А\nгор. Москва\n\nЦК КПСС\n\n"
            "По имеющимся данным, академик А. Д. Сахаров встречался с иностранцами.\n\n"
            "Председатель Комитета госбезопасности\nЮ. Андропов\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["sender"] == ["Yuri Andropov"]
    assert facts["signed"] == "Председатель Комитета госбезопасности Ю. Андропов"


def test_accented_given_name_and_genitive_occupation(resources: Resources) -> None:
    text = ("Ministerium für Staatssicherheit\nBerlin, 9. Juni 1977\n\nInformation\n\n"
            "Im Umkreis des Schriftstellers Günter KUNERT wurde eine Lesung geplant. "
            "Anwesend war der Student Jörg HERZOG.\n")
    xml = text_xml(text, resources)
    assert ">Günter KUNERT</persName>" in xml
    assert ">Jörg HERZOG</persName>" in xml


def test_town_alone_under_a_memorandums_number_is_its_place(resources: Resources) -> None:
    text = ("Secret\n\nCommittee for State Security\n"
            "under the Council of Ministers of the USSR\n\n12 October 1976\nNo. 2301-A\n"
            "Moscow\n\nTo the Central Committee of the CPSU\n\n"
            "The KGB has received information on the plans of the group.\n\n"
            "Chairman of the Committee\nfor State Security                 Yu. Andropov\n")
    assert text_facts(text, resources)["place_of_origin"] == "Moscow"


def test_speaker_mark_opening_a_paragraph_gives_no_given_name(resources: Resources) -> None:
    text = ("FBIS-SOV-86-201   17 October 1986\n\nSoviet Union\nInternational Affairs\n\n"
            "Reykjavik Results Discussed\n"
            "LD1619001986 Moscow Television Service in Russian 1800 GMT 16 Oct 86\n\n"
            "[Report by correspondent Aleksandr Zhukov from Reykjavik]\n\n"
            "[Text] The meeting ended without agreement.\n\n"
            "[Zhukov] Observers here say the talks will go on.\n")
    xml = text_xml(text, resources)
    assert ">Observers</persName>" not in xml


def test_cover_name_inside_a_recovery_mark(resources: Resources) -> None:
    text = ("USSR\n\nRef. No.: 3/NBF/T2001\n\nFrom: NEW YORK\nTo: MOSCOW\nNo: 877\n"
            "19 June 1944\n\nTo VIKTOR[i].\n\nThe plant manager told [B% ANTENNA] about "
            "the new order.\n\nMAY[ii]\n\nNotes:\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n"
            "[ii] MAY: Stepan APRESYAN.\n")
    xml = text_xml(text, resources)
    assert ">ANTENNA</persName></supplied>" in xml


def test_russian_office_wrapped_in_the_genitive_signs(resources: Resources) -> None:
    text = ("Секретно\n\nКОМИТЕТ ГОСУДАРСТВЕННОЙ БЕЗОПАСНОСТИ\nПРИ СОВЕТЕ МИНИСТРОВ СССР\n\n"
            "3 апреля 1971 г.\n№ 845-А\nгор. Москва\n\nЦК КПСС\n\n"
            "Комитет госбезопасности располагает данными о подготовке обращения.\n\n"
            "Председатель Комитета\nгосбезопасности                          Андропов\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "Председатель Комитета госбезопасности Андропов"
