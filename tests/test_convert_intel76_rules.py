"""Rules for intelligence documents in forms not sampled before (intel76):

- the Directorate of Intelligence's `Intelligence Memorandum` alone on its line is the
  form's name (table `heading`, row `document-type`), a report (table `doc-types`);
- a report's own title stands on the line(s) under its form's name, in mixed case, wrapped
  after a comma, a linking word or a hyphen (`form_titles.report_title`); a field line in
  capitals (`COUNTRY Egypt`) is none;
- a heading's month alone (the cover's `July 1971`) yields to the day in that month a later
  heading line gives (`14 July 1971`; `heading_places._open_date`);
- in archivists' notes on KGB files a cover name glossed in brackets in the text
  (`Colonel Arkady Sukhanov (cover name KHAROV)`, `SEMYON (Lieutenant-Colonel Oleg
  Gavrilenko)`; table `cover-gloss-prose`) is a pseudonym of that person, not a person of
  its own (`cover_context._prose_glosses`), and so is one said to be a person named in full
  (`LAURI is Eino Tapani Rautio,`);
- `INFORMATION` or `ACTION` alone over a `MEMORANDUM FOR:` line is the memorandum's category
  (the NSC staff's), no form of its own (`doc_types._without_memo_category`);
- Tampere, Turku and Oulu are places of the register.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

MEMORANDUM = ("Approved For Release 2006/11/03 : CIA-RDP85T00875R001500140021-8\n"
              "Secret\n\nDIRECTORATE OF INTELLIGENCE\n\nIntelligence Memorandum\n\n"
              "Soviet Port Calls in the Red Sea,\nJanuary-March 1970\n\n"
              "Secret\nER IM 70-41\nApril 1970\n\n"
              "CENTRAL INTELLIGENCE AGENCY\nDirectorate of Intelligence\n\n9 April 1970\n\n"
              "INTELLIGENCE MEMORANDUM\n\n"
              "1. Soviet warships called at Hodeida and Berbera in February.\n\n"
              "2. A tanker was seen at Aden in March.\n")


def test_intelligence_memorandum_title_and_day(resources: Resources) -> None:
    facts = text_facts(MEMORANDUM, resources)
    assert facts["doc_type"] == "report"
    assert facts["title"] == "Soviet Port Calls in the Red Sea, January-March 1970"
    assert facts["date"] == "1970-04-09"


def test_field_line_under_form_is_no_title(resources: Resources) -> None:
    text = ("CENTRAL INTELLIGENCE AGENCY\nIntelligence Memorandum\nCOUNTRY Egypt\n"
            "SUBJECT Port Said\n\n1. Ships were seen at Port Said.\n")
    assert "Egypt" not in str(text_facts(text, resources)["title"])


NOTES = ("Mitrokhin Archive\nFolder 41\nHelsinki Residency. 1971-1972\n\n"
         "On 2 March 1972 the Helsinki resident, Colonel Arkady Nikolayevich Sukhanov "
         "(cover name KHAROV), reported to the Centre on the KGB agent TOIVO in Tampere, Turku "
         "and Oulu. TOIVO is Eino Tapani Rautio, a journalist.\n\n"
         "TOIVO met the operative officer SEMYON (Lieutenant-Colonel Oleg "
         "Dmitrievich Gavrilenko) in Turku. KHAROV approved.\n")


def test_cover_names_glossed_in_brackets(resources: Resources) -> None:
    xml = text_xml(NOTES, resources)
    assert 'ref="#per-arkady-nikolayevich-sukhanov">KHAROV<' in xml
    assert 'ref="#per-oleg-dmitrievich-gavrilenko">SEMYON<' in xml
    assert 'ref="#per-eino-tapani-rautio">TOIVO<' in xml
    assert "#per-kharov" not in xml and "#per-semyon" not in xml
    assert all(f'ref="#pla-{town}"' in xml for town in ("tampere", "turku", "oulu"))


def test_information_category_over_memorandum_for(resources: Resources) -> None:
    text = ("THE WHITE HOUSE\nWASHINGTON\n\nSECRET                         January 11, 1979\n\n"
            "INFORMATION\n\nMEMORANDUM FOR:     ZBIGNIEW BRZEZINSKI\n"
            "FROM:               WHITE HOUSE SITUATION ROOM\nSUBJECT:            Iran\n\n"
            "Tehran: The Embassy reports a quiet day.\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"
