"""Rules for archival scans' OCR of European, colonial and signals-intelligence telegrams (ocr67):

- a slashed numeric date after the French `le` is day first (`Reçu le 10/7/60`:
  `dotted_order.ROMANCE_DATE_LABEL`); the form's sending date after `Expédié le` or the Dutch
  `Verz.`, its receipt after `Ontv.`, both without a colon (table `heading`, rows `date` and
  `transmission`); a two-digit year after its elided century's apostrophe (`3-1-'49`:
  `date_shapes`);
- the French receipt by the day alone before `à` and the clock (`Reçu le 17, à 19 h 40`:
  `receipt_days`);
- a form's name letter-spaced with the elided article spaced as a letter (`T É L É G R A M M E
  A L ' A R R I V É E`: `spaced_lines`, the `document-type` row's `a l'arrivée`);
- the French, Belgian, Dutch and German copy lines (`Copie :`, `Communiqué à :`, `Afschrift:`,
  `Abschrift:`: `heading-labels`, `distribution`) are registry, never a page's summary
  (`pages/summary`);
- `Voor Minister X.` and `Pour Ambassadeur X` name the addressee (table `heading`);
- a minister's Dutch or colonial portfolio (`Minister van Overzeese Gebiedsdelen`, `the Minister
  for Interterritorial Coordination`) is an office, no person (`office-words`);
- the NSA's stamp line `by Director, NSA/Chief, CSS` is a declassification stamp: the `Date:`
  under it is the release's, not the message's;
- a blank left in brackets for a garbled passage (`will [          ] at once`) is a gap, its
  spaces no gap between columns (`read_cells`);
- the SRDJ number after its record group (`RG 457, SRDJ 017214`) is the archive reference; an
  archive's name in capitals (`NATIONAAL ARCHIEF, 2.10.14, inv.nr. 5472`) makes a reference
  line, and such a shelfmark beside its folio in the page's corner is kept (`corner_heads`);
- `CURRENT INTELLIGENCE MEMORANDUM` names the form (a report);
- register: Charles Corbin, Louis Beel, Emmanuel Sassen, António Rosa Coutinho, António de
  Almeida Santos, Walter Seddon Clayton, Semen Makarov, Oriente Province; `Egypte`, `Égypte`.

After looking at the held samples:

- a clock padded out to a column of its own beside its date is one cell with it
  (`Ankunft:   25. August 1939        22.45 Uhr`: `read_cells`);
- the Political Archive's name in full with its volume and folio (`Politisches Archiv des
  Auswärtigen Amts, R 29669, Bl. 112`) is the archive reference;
- `Reichsaußenminister` after `Herr` is a title, no name (`honorifics`);
- the Swedish `Avsänt` (sent) and `Ank.` (received) without a colon date the form;
- a note's bracketed label saying where or in what it was written (`[Note in pencil in the
  margin:]`, `[note en marge, manuscrite :]`) is processing under the signature;
- register: Józef Lipski, Victor de Lacroix, Carl Ivan Danielsson, Raoul Wallenberg, Döme
  Sztójay.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BELGIAN = (
    "ARCHIVES DIPLOMATIQUES - BRUXELLES\n\n"
    " MINISTÈRE DES AFFAIRES ÉTRANGÈRES\n"
    "                                            Expédié le 9/7/60 à 23.15\n"
    "                                            Reçu    le 10/7/60 à 02.40\n"
    "                 T É L É G R A M M E\n\n"
    " DE : AMBABEL LEOPOLDVILLE                   N° 27\n\n"
    " Mutinerie de la Force Publique s'étend à Thysville. Ai vu ce soir M. Lumumba\n"
    " en présence de M. Kasavubu.\n"
    "                                                VAN DEN BOSCH\n"
    "  Copie : Premier Ministre - Défense Nationale - Affaires Africaines\n")

DUTCH = (
    "NATIONAAL ARCHIEF, 2.10.14, inv.nr. 5472                          4\n"
    "                          GEHEIM\n"
    "        C O D E T E L E G R A M\n\n"
    "Verz. 3-1-'49\n"
    "Ontv. 4-1-'49\n"
    "No. 8\n"
    "Van  : Hoge Vertegenwoordiger van de Kroon\n"
    "Aan  : Minister van Overzeese Gebiedsdelen\n\n"
    "Voor Minister Sassen.\n"
    "Hatta en Soekarno bevinden zich thans op Bangka. Het bericht van de Veiligheidsraad\n"
    "wordt hier met zorg afgewacht.\n\n"
    "                                                        BEEL\n")

SRDJ = (
    "DECLASSIFIED per Part 3, E.O. 12065\n"
    "by Director, NSA/Chief, CSS\n"
    "Date: 4/17/80\n\n"
    "From: Washington (Nomura)\n"
    "To:   Tokyo\n"
    "26 November 1941\n"
    "(Purple-CA)\n\n"
    "#1189\n\n"
    "     Secretary Hull indicated this afternoon that the American Government could\n"
    "not accept our proposal. The attitude of the U.S. towards Thailand\n"
    "will [                    ] at once.\n\n"
    "ARMY    25447                            Trans. 11/28/41 (S)\n"
    "RG 457, SRDJ 017214\n")

FRENCH = (
    "MINISTÈRE DES AFFAIRES ÉTRANGÈRES                  N° 2131-2134\n"
    "                                 Londres, le 17 juin 1940, 14 h 05\n"
    "                                 Reçu le 17, à 19 h 40\n\n"
    "        T É L É G R A M M E   A   L ' A R R I V É E\n\n"
    "     Lord Halifax m'a fait appeler ce matin pour me dire que le Gouvernement\n"
    "britannique ne peut admettre que la flotte passe aux mains de l'Allemagne.\n\n"
    "                                                  CORBIN\n")


def test_a_french_form_dates_its_slashed_dates_day_first(resources: Resources) -> None:
    facts = text_facts(BELGIAN, resources)
    assert facts["date"] == "1960-07-09"
    assert facts["date_received"] == "1960-07-10T02:40"


def test_the_copy_line_under_the_signature_is_registry(resources: Resources) -> None:
    facts = text_facts(BELGIAN, resources)
    assert facts["registry_notes"] == [
        "Copie : Premier Ministre - Défense Nationale - Affaires Africaines"]
    assert facts["summary"] is None


def test_the_dutch_form_dates_with_elided_centuries(resources: Resources) -> None:
    facts = text_facts(DUTCH, resources)
    assert facts["date"] == "1949-01-03"
    assert facts["date_received"] == "1949-01-04"


def test_voor_minister_is_the_addressee_and_a_portfolio_no_person(resources: Resources) -> None:
    facts = text_facts(DUTCH, resources)
    assert facts["sender"] == ["Louis Beel"]
    assert facts["addressee"] == ["Emmanuel Sassen"]
    assert "van Overzeese Gebiedsdelen</persName>" not in text_xml(DUTCH, resources)


def test_an_archive_name_in_capitals_beside_its_folio(resources: Resources) -> None:
    facts = text_facts(DUTCH, resources)
    assert facts["repository"] == "NATIONAAL ARCHIEF"
    assert facts["archive_idno"] == "2.10.14, inv.nr. 5472"


def test_the_minister_for_a_portfolio_is_an_office(resources: Resources) -> None:
    xml = text_xml(
        "Telegram from the High Commissioner in Angola, Admiral Rosa Coutinho, to the\n"
        "Minister for Interterritorial Coordination, António de Almeida Santos, Luanda,\n"
        "12 November 1974\n\n"
        "1. Situation in Luanda remains serious.\n\nROSA COUTINHO\n", resources)
    assert "Interterritorial Coordination</persName>" not in xml
    assert 'ref="#per-antonio-de-almeida-santos"' in xml
    assert 'ref="#per-antonio-rosa-coutinho"' in xml


def test_the_nsa_stamp_date_is_not_the_message_date(resources: Resources) -> None:
    facts = text_facts(SRDJ, resources)
    assert facts["date"] == "1941-11-26"
    assert facts["sender"] == ["Kichisaburo Nomura"]


def test_a_blank_in_brackets_is_a_gap_within_its_line(resources: Resources) -> None:
    facts = text_facts(SRDJ, resources)
    assert facts["gaps"] == 1
    assert 'Thailand</placeName> will <gap' in text_xml(SRDJ, resources)


def test_the_srdj_number_after_its_record_group(resources: Resources) -> None:
    assert text_facts(SRDJ, resources)["archive_idno"] == "RG 457, SRDJ 017214"


def test_the_french_day_receipt_and_the_spaced_form_with_its_article(
        resources: Resources) -> None:
    facts = text_facts(FRENCH, resources)
    assert facts["date_received"] == "1940-06-17T19:40"
    assert facts["sender"] == ["Charles Corbin"]
    assert '<ab type="registry" subtype="document-type">T É L É G R A M M E' in text_xml(
        FRENCH, resources)


CIM = (
    "SECRET\n                                   18 April 1961\n\n"
    "CENTRAL INTELLIGENCE AGENCY\nOFFICE OF CURRENT INTELLIGENCE\n\n"
    "CURRENT INTELLIGENCE MEMORANDUM\n\nSUBJECT: The Situation in Cuba\n\n"
    "1. Raul Castro is reported to be in Oriente province.\n\n"
    "2. Mass arrests continue in Havana.\n")


def test_a_current_intelligence_memorandum_is_a_report(resources: Resources) -> None:
    facts = text_facts(CIM, resources)
    assert facts["doc_type"] == "report"
    assert facts["date"] == "1961-04-18"
    assert 'ref="#pla-oriente-province">Oriente province</placeName>' in text_xml(CIM, resources)


def test_the_venona_canberra_persons(resources: Resources) -> None:
    xml = text_xml(
        "From: CANBERRA\nTo: MOSCOW\nNo: 312                     7 September 1945\n\n"
        "KLOD reports on the document.\n\nEFIM\n\n"
        "Notes: [i] KLOD: Walter Seddon CLAYTON.\n"
        "       [ii] EFIM: Semen Ivanovich MAKAROV.\n", resources)
    assert 'ref="#per-walter-seddon-clayton"' in xml
    assert 'ref="#per-semen-makarov"' in xml


PA_AA = (
    "Politisches Archiv des Auswärtigen Amts, R 29669, Bl. 112\n\n"
    "Telegramm\n\n"
    "Moskau, den 25. August 1939    19.10 Uhr\n"
    "Ankunft:   25. August 1939        22.45 Uhr\n"
    "                                     Nr. 212 vom 25.8.\n\n"
    "     Molotow fragte, ob der Herr Reichsaußenminister mit einer Veröffentlichung\n"
    "einverstanden sei.\n\n"
    "                                     Schulenburg\n")


def test_the_political_archive_and_the_clock_in_its_own_column(resources: Resources) -> None:
    facts = text_facts(PA_AA, resources)
    assert facts["archive_idno"] == "R 29669, Bl. 112"
    assert facts["date_received"] == "1939-08-25T22:45"
    assert "Reichsaußenminister</persName>" not in text_xml(PA_AA, resources)


def test_the_swedish_form_and_the_pencil_note_under_the_signature(resources: Resources) -> None:
    facts = text_facts(
        "CHIFFERTELEGRAM\n\n"
        "Avsänt 12.7.44 kl. 20.40                              Nr  287\n"
        "Ank. 13.7.44 kl. 09.20\n\n"
        "     Legation secretary Wallenberg arrived in Budapest on 9 July.\n\n"
        "                                                    LIPSKI\n\n"
        "[Note in pencil in the margin:] Seen by Minister Beck 21.30\n", resources)
    assert facts["date"] == "1944-07-12"
    assert facts["date_received"] == "1944-07-13T09:20"
    assert facts["signed"] == "LIPSKI"
    assert facts["registry_notes"] == [
        "[Note in pencil in the margin:] Seen by Minister Beck 21.30"]
