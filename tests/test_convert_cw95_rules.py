"""Rules for the Commonwealth and European official editions as real pages showed them (cw95):

- the publisher's chapter pages of the Documents diplomatiques français (peterlang.com): the
  volume line (`1949 – Tome I (1er janvier – 30 juin)`), `Series:`, `Edited By Ministère des
  Affaires étrangères`, `Extract` and the paywall notice at the foot are furniture (table
  `page-furniture`, row `publisher-chapter`), so the print's parties lines, telegram numbers,
  dateline and receipt under the numbered heading are read;
- a Commonwealth department's printed form head in ordinary case closed by a full stop
  (`Department of External Affairs.`), perhaps after a teaching transcript's label
  (`[Header] Department of External Affairs.`, naa.gov.au), over `CABLEGRAM.`: the sending
  department's letterhead (table `heading`, a `letterhead` row), so the form's name under it
  makes the document a telegram;
- New Zealand's number line with `No` and no stop, the grade and precedence after it
  (`No 433. CONFIDENTIAL PRIORITY`; table `heading-edition`'s `cable-number` row): the
  telegram's number; `No 433` alone stays no cable line;
- the Irish edition's note offering the reading of a misspelt word in quotes with a query
  (`2 'glean'?`; table `footnotes`, the numbered row): a note;
- after the held sample: a report's period or kind before its form in a DIFP heading
  (`Annual report on the work of the Irish Legation in Berlin for 1938-39 from Charles Bewley
  to Joseph P. Walshe (Dublin)1`; table `form-qualifiers`): the heading still opens with its
  form, so its parties are the sender and addressee;
- the envoys' Irish office words under a DIFP copy (`Aire Lán-Chómhachtach`, `Ard-Chonsal`;
  table `office-words`): an office, never a person nor a sender;
- the register: Sir Patrick Shaw, Hugh Templeton, Sir Brian Talboys, Frank Ryan, Eoin
  O'Duffy, Luis Bolín, Domingo de las Bárcenas; Salamanca, the Canary Islands, Hobart, Heard
  Island and Macquarie Island.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_publisher_chapter_furniture_dropped(resources: Resources) -> None:
    facts = text_facts(
        "Documents diplomatiques français\n1953 – Tome I (1er janvier – 30 juin)\nSeries:\n"
        "Edited By Ministère des Affaires étrangères\n"
        "88. M. Massigli, Ambassadeur de France à Londres, à M. Bidault, Ministre des Affaires "
        "étrangères\nExtract\nM. MASSIGLI, AMBASSADEUR DE FRANCE À LONDRES,\n"
        "À M. BIDAULT, MINISTRE DES AFFAIRES ÉTRANGÈRES.\nT. nos 1020-1022.\n"
        "Londres, 4 février 1953, 20 h.\nSecret.\n(Reçu : le 4, 22 h. 30)\n"
        "Le Foreign Office attend la réponse de Washington.\n"
        "You are not authenticated to view the full text of this chapter or article.\n"
        "Or login to access all content.\n", resources)
    assert (facts["doc_type"], facts["date"], facts["telegram_number"]) == (
        "telegram", "1953-02-04", "1020")


def test_department_form_head_with_full_stop(resources: Resources) -> None:
    facts = text_facts(
        "Department of External Affairs.\nCABLEGRAM.\nSECRET\nSent: 9th May 1955\n"
        "To:\nAustralian Embassy,\nWASHINGTON ………41\nSECRET.\nSeato.\n"
        "Please tell the State Department that we accept the date proposed.\n", resources)
    assert facts["doc_type"] == "telegram"


def test_transcript_header_label_before_form_head(resources: Resources) -> None:
    facts = text_facts(
        "Transcript\n[Page 1]\n[Header] Department of External Affairs.\nCABLEGRAM.\n"
        "SECRET\nSent: 9th May 1955\nTo:\nAustralian Embassy,\nWASHINGTON ………41\n"
        "Please tell the State Department that we accept the date proposed.\n", resources)
    assert facts["doc_type"] == "telegram"


def test_number_line_without_stop_after_no(resources: Resources) -> None:
    facts = text_facts(
        "Telegram from Ministry of Foreign Affairs to New Zealand Embassy in Tokyo\n\n"
        "Wellington, 2 March 1978\n\nNo 207. SECRET PRIORITY\n\nFisheries\n\n"
        "Please inform the Japanese authorities that we accept their proposal.\n", resources)
    assert facts["telegram_number"] == "207"


def test_quoted_reading_note(resources: Resources) -> None:
    facts = text_facts(
        "No. 51 NAI DFA Madrid Embassy IP 3/9\n\n"
        "Letter from Leopold H. Kerney to Joseph P. Walshe (Dublin)\n\n"
        "St Jean De Luz, 2 April 1937\n\n"
        "The authorities treat the matter with some levety2 and refer us to Burgos.\n\n"
        "[copy letter unsigned]\nAire Lán-Chómhachtach\n\n2 'levity'?\n", resources)
    assert facts["notes"] == 1


def test_irish_office_words_are_no_sender(resources: Resources) -> None:
    facts = text_facts(
        "No. 51 NAI DFA Madrid Embassy IP 3/9\n\n"
        "Letter from Leopold H. Kerney to Joseph P. Walshe (Dublin)\n\n"
        "St Jean De Luz, 2 April 1937\n\n"
        "The authorities treat the matter calmly and refer us to Burgos.\n\n"
        "[copy letter unsigned]\nAire Lán-Chómhachtach\n", resources)
    assert facts["sender"] == ["Leopold H. Kerney"]


def test_register_entries(resources: Resources) -> None:
    xml = text_xml(
        "Madrid, 23 April 1940\n\nDear Mr. Walshe,\n\nFrank Ryan is still held; Bolin and "
        "O'Duffy were seen in Salamanca and the Canaries. Hugh Templeton and Brian Talboys "
        "passed through Hobart on the way to Heard Island and Macquarie Island.\n", resources)
    for ref in ("per-frank-ryan", "per-luis-bolin", "per-eoin-oduffy", "per-hugh-templeton",
                "per-brian-talboys", "pla-salamanca", "pla-canary-islands", "pla-hobart",
                "pla-heard-island", "pla-macquarie-island"):
        assert f'ref="#{ref}"' in xml, ref


def test_annual_report_heading_parties(resources: Resources) -> None:
    facts = text_facts(
        "No. 301 NAI DFA 219/22\n\nAnnual report on the work of the Irish Legation in Berlin "
        "for 1937-38 from Charles Bewley to Joseph P. Walshe (Dublin)1\n(49/12)\n\n"
        "Berlin, 30 March 1938\n\nI beg to furnish the following report.\n", resources)
    assert (facts["sender"], facts["addressee"]) == (["Charles Bewley"], ["Joseph P. Walshe"])
