"""Rules for intelligence documents in forms not sampled before (intel80):

- a Venona release's title in capitals that names an office in its subject (`MGB CANBERRA
  REPORTS ON FOREIGN OFFICE PAPERS OBTAINED THROUGH BUR`) is no letterhead (the general
  capitals letterhead row of table `heading` rejects a subject's verb or link), so it is the
  title;
- a decrypt's address with a lettered anchor of the release's comments (`To PETROV[a].`) is
  the address (row `address`);
- a form's line followed by its subject in German or French (`Information Nr. 412/77` /
  `über Reaktionen ...`) is the title (table `heading-title-links`, item `link-de-fr`);
- a report's form and subject on one line as the text's first head (`Einzelinformation über
  ...`, `Single Information about ...`) is the title (`form_titles.report_head_title`), and
  `Einzelinformation` / `Single Information` name a report (table `doc-types`);
- the MfS's own name and its main department's line (`Ministry for State Security` / `Main
  Department XX`, `Ministerium für Staatssicherheit` / `Hauptabteilung XX`) are letterhead
  rows, its copy number (`Ausf.-Nr. 3`) and diary number (`Tgb.-Nr. 0744/81`) heading rows;
- a given name the register lacks with a surname in capitals after the noun of an occupation
  (`der Schriftsteller Jurek BECKER`) is a name (`capitals_surnames`, table
  `capitals-occupation-words`);
- German ranks are titles before a name (`Genosse Generalleutnant Kienberg`, honorifics);
- a heading's dated line with its clock's time zone (`October 14, 1973 -- 0700 EDT`, the
  Situation Room's) is the sending date (`segment.date_alone`);
- `INTELLIGENCE INFORMATION SPECIAL REPORT` is a report's form line (table `heading`);
- a Venona release's `Issued: 2/6/1978` is day first (`dotted_order.romance_day_first`);
- (seen on the held samples) a given name the register knows that is also a month's
  abbreviation (`Jan KAVAN`) names a person before a surname in capitals.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

VENONA = ("TOP SECRET   VENONA\n\nREISSUE (T1407)\n\n"
          "MGB CANBERRA REPORTS ON FOREIGN OFFICE PAPERS OBTAINED THROUGH BUR\n\n"
          "From: CANBERRA\nTo:   MOSCOW\nNo.: 327\n20 September 1946\n\nTo PETROV[a].\n\n"
          "BUR[b] has handed over the minute.\n\nEFIM[c]\n\nComments:\n"
          "[a] PETROV: Not identified.\n[b] BUR: Walter Seddon CLAYTON.\n"
          "[c] EFIM: Not identified.\n")


def test_venona_title_naming_an_office_and_lettered_address(resources: Resources) -> None:
    facts = text_facts(VENONA, resources)
    assert facts["title"] == "MGB CANBERRA REPORTS ON FOREIGN OFFICE PAPERS OBTAINED THROUGH BUR"
    assert facts["addressee"] == ["Petrov"]


def test_a_capitals_letterhead_naming_an_office_stays_one(resources: Resources) -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS\nLONDON, 3 May 1962\n\nSir,\n\nThe meeting was short."
            "\n\nJ. Smith\n")
    assert '<ab type="registry" subtype="letterhead">' in text_xml(text, resources)


def test_german_subject_line_under_the_form(resources: Resources) -> None:
    text = ("Ministerium für Staatssicherheit\nZentrale Auswertungs- und Informationsgruppe\n\n"
            "Berlin, 23. Juni 1977\nTgb.-Nr. 1187/77\n\nInformation Nr. 412/77\n"
            "über Reaktionen von Künstlern auf die Ausreise von Manfred KRUG\n\n"
            "Der Schriftsteller Jurek BECKER äußerte gegenüber Bekannten, andere würden gehen.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("Information Nr. 412/77 über Reaktionen von Künstlern auf die "
                              "Ausreise von Manfred KRUG")
    assert "Jurek Becker" in text_xml(text, resources)


def test_single_information_head_under_the_mfs_letterhead(resources: Resources) -> None:
    text = ("Ministry for State Security\nMain Department XX\nBerlin, 12 March 1981\n\n"
            "Single Information about a meeting in the Samaritan Church\n\n"
            "On 8 March 1981 about 120 persons gathered in the church.\n\nDistribution:\n"
            "Comrade Minister\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "report"
    assert facts["title"] == "Single Information about a meeting in the Samaritan Church"
    assert facts["place_of_origin"] == "Berlin"


def test_einzelinformation_with_copy_number_and_rank(resources: Resources) -> None:
    text = ("Ministerium für Staatssicherheit\nHauptabteilung XX\nBerlin, den 12. März 1981\n"
            "Ausf.-Nr. 3\n\nEinzelinformation über eine Zusammenkunft in der Samariterkirche\n\n"
            "Am 8. März 1981 fand eine Zusammenkunft statt.\n\nVerteiler:\n"
            "Genosse Generalleutnant Kienberg\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "report"
    assert facts["title"] == "Einzelinformation über eine Zusammenkunft in der Samariterkirche"
    xml = text_xml(text, resources)
    assert '<ab type="registry" subtype="copy">Ausf.-Nr. 3</ab>' in xml
    assert 'Generalleutnant <persName ref="#per-paul-kienberg">Kienberg</persName>' in xml


def test_an_unknown_given_name_without_an_occupation_is_not_read(resources: Resources) -> None:
    text = ("MEMORANDUM\n\nWashington, 3 May 1962\n\nThe delegates met at Zorbu PLAZA in the "
            "evening.\n\nJ. Smith\n")
    assert "Zorbu PLAZA</persName>" not in text_xml(text, resources)


def test_dated_line_with_a_clock_and_its_time_zone(resources: Resources) -> None:
    text = ("THE WHITE HOUSE\nSITUATION ROOM\n\nOctober 14, 1973 -- 0700 EDT\n\n"
            "MEMORANDUM FOR: THE PRESIDENT\n\nFROM: Brent Scowcroft\n\n"
            "SUBJECT: Middle East Situation Report\n\n1. The Israeli forces held.\n")
    assert text_facts(text, resources)["date"] == "1973-10-14"


def test_intelligence_information_special_report_is_a_report(resources: Resources) -> None:
    text = ("CENTRAL INTELLIGENCE AGENCY\n\nINTELLIGENCE INFORMATION SPECIAL REPORT\n\n"
            "COUNTRY  USSR\nDATE OF INFO.  Mid-1962\nSUBJECT  MILITARY THOUGHT\n\n"
            "DATE 22 February 1963\n\n1. The article examines the initial period of a war.\n")
    assert text_facts(text, resources)["doc_type"] == "report"


def test_venona_release_issue_date_is_day_first(resources: Resources) -> None:
    text = VENONA.replace("REISSUE (T1407)", "Issued: 2/6/1978\n\nREISSUE (T1407)")
    assert '<date when="1978-06-02">2/6/1978</date>' in text_xml(text, resources)


def test_a_month_abbreviation_as_a_known_given_name(resources: Resources) -> None:
    text = ("MEMORANDUM\n\nPrague, 3 May 1968\n\nThe student leader Jan KAVAN called for a "
            "strike.\n")
    assert '<persName ref="#per-jan-kavan">Jan KAVAN</persName>' in text_xml(text, resources)
