"""Rules for archival scans' OCR of several countries (ocr66):

- a heading line letter-spaced word by word, its word gaps lost (`T E L E G R A M A    R E C E
  B I D O`), is read by the `heading` table as two or three words (`spaced_lines`), its
  letters kept; a grade line (table `page-stamps`, row `grade`) never runs on into the next;
- the Portuguese ministry's year without its thousand after a Roman month (`16-XII-961`);
  a received form's clock then day (`Recebido às 03,45 de 17`); `c/c:` copies;
- the German Foreign Office's clock of 1914 (`6 Uhr 39 Min. Nm.`), its `Telegramm.` alone,
  its folio and journal marks (`Bl. 214`, `A. 14212`) and the number alone under the receipt
  (`Nr. 178.`); a marginal note's label in other archives' words (`[Randbemerkung:] ...`);
- a Venona release's `No:` label padded to its number with the date in a third cell, and
  its `T.N.:` translator's note;
- the French archives' series shelfmark (`Europe 1944-1960, Grande-Bretagne, vol. 112`);
- the CIA information report of the 1950s as OCR runs its two columns together: labels
  without colons padded to their values, the right-hand labels alone, the classification
  with its grade letter-spaced, the espionage notice and the agency distribution grid;
- an Israeli cable's opening line naming both parties (`To the Minister, from Harman.`);
- (seen on the held samples) the Italian cipher office's `N. 9120/c.` form line, its
  `Spedito:` label, the Italian political series with one `busta`, the NSA's `SRDJ` numbers;
- register: July-crisis diplomats and statesmen, Ephraim Evron, Daman,
  Diu, the Portuguese names of India and New Delhi, `Moslem Brotherhood`.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.spaced_lines import spaced_readings
from tests.cases import text_facts, text_xml

PORTUGUESE = (
    "                 MINISTÉRIO DOS NEGÓCIOS ESTRANGEIROS\n"
    "              T E L E G R A M A    R E C E B I D O\n\n"
    "  De: Embaixada em Londres\n"
    "  N.º 212\n"
    "  Data: 4-V-962\n"
    "  Recebido às 02,10 de 5\n\n"
    "  Lord Home recebeu-me esta tarde e prometeu responder à nota sobre Angola.\n\n"
    "                                              FRANCO NOGUEIRA\n\n"
    "  c/c: Presidência do Conselho\n"
)

GERMAN = (
    "PA AA, R 19870                                                         Bl. 12\n"
    "                                                              A. 14001\n\n"
    "          Telegramm.\n\n"
    "Wien, den 24. Juli 1914.  6 Uhr 39 Min. Nm.\n"
    "Ankunft:           24. Juli 1914.  9 Uhr 5 Min. Nm.\n"
    "                                                  Nr. 98.\n\n"
    "    Graf Berchtold ließ mich heute zu sich bitten.\n\n"
    "                                                   Tschirschky.\n\n"
    "  [Randbemerkung:] S. M. vorgelegt.\n"
)


def test_a_letter_spaced_line_is_read_as_two_or_three_words() -> None:
    readings = list(spaced_readings("T E L E G R A M A R E C E B I D O"))
    assert "TELEGRAMA RECEBIDO" in readings
    assert not list(spaced_readings("N O T E"))  # too short to be read so
    assert not list(spaced_readings("Telegrama recebido"))


def test_a_letter_spaced_form_heading_opens_the_form(resources: Resources) -> None:
    facts = text_facts(PORTUGUESE, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "212"
    assert facts["place_of_origin"] == "London"
    assert "T E L E G R A M A" in text_xml(PORTUGUESE, resources)  # the letters are kept


def test_a_roman_month_with_a_three_digit_year_and_the_clock_then_day(
        resources: Resources) -> None:
    facts = text_facts(PORTUGUESE, resources)
    assert facts["date"] == "1962-05-04"
    assert facts["date_received"] == "1962-05-05T02:10"


def test_the_copies_line_is_a_registry_note(resources: Resources) -> None:
    facts = text_facts(PORTUGUESE, resources)
    assert facts["registry_notes"] == ["c/c: Presidência do Conselho"]
    assert facts["signed"] == "FRANCO NOGUEIRA"


def test_the_german_clock_of_1914_and_the_file_marks(resources: Resources) -> None:
    facts = text_facts(GERMAN, resources)
    assert facts["date"] == "1914-07-24"
    assert facts["date_received"] == "1914-07-24T21:05"
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "98"
    assert facts["place_of_origin"] == "Vienna"
    assert 'when="1914-07-24T18:39:00"' in text_xml(GERMAN, resources)


def test_a_marginal_note_under_the_signature_is_a_registry_line(resources: Resources) -> None:
    facts = text_facts(GERMAN, resources)
    assert facts["sender"] == ["Heinrich von Tschirschky"]
    assert facts["registry_notes"] == ["[Randbemerkung:] S. M. vorgelegt."]


def test_the_number_alone_under_the_receipt_is_the_telegrams(resources: Resources) -> None:
    text = ("Telegramm.\n\nLondon, den 29. Juli 1914.\n\nNr. 178.\n\n"
            "Sir E. Grey ließ mich soeben wieder zu sich bitten.\n\nLichnowsky.\n")
    assert text_facts(text, resources)["telegram_number"] == "178"


def test_a_venona_number_padded_to_a_third_cell_and_a_translators_note(
        resources: Resources) -> None:
    text = ("VENONA\n\nFrom:   NEW YORK\n\nTo:     MOSCOW\n\n"
            "No:     1085                                           28 July 1944\n\n"
            "To VIKTOR[i].\n\nTWAIN met the source[a] on 25 July.\n\n"
            "                                                              MAJ\n\n"
            "Notes:   [a] Unidentified.\n"
            "T.N.:    [b] Literally \"vypiska\".\n\n"
            "Comments:\n     [i]    VIKTOR:  Lt. Gen. P. M. FITIN.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "1085"
    assert facts["date"] == "1944-07-28"
    assert facts["notes"] == 3
    assert facts["signed"] == "MAJ"


def test_the_french_archives_series_shelfmark(resources: Resources) -> None:
    text = ("T É L É G R A M M E   A U   D É P A R T\n\n"
            "Paris, le 24 août 1954, à 21 h 30\n\nAMBAFRANCE LONDRES\nN° 4187 à 4189\n\n"
            "Pour l'Ambassadeur. Vous voudrez bien voir Sir Anthony Eden.\n\n"
            "MENDÈS FRANCE\n\nEurope 1944-1960, Grande-Bretagne, vol. 112\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "Europe 1944-1960, Grande-Bretagne, vol. 112"
    assert facts["telegram_number"] == "4187 à 4189"


def test_the_cia_information_report_of_the_1950s_in_two_columns(resources: Resources) -> None:
    text = (
        "            CLASSIFICATION  S E C R E T / SECURITY INFORMATION\n"
        "                    CENTRAL INTELLIGENCE AGENCY              REPORT NO.\n"
        "                                                             CD NO.\n"
        "                     INFORMATION REPORT\n"
        "COUNTRY      Iran                                     DATE DISTR.   2 March 1953\n"
        "PLACE                                                 NO. OF ENCLS.\n"
        "DATE OF                                               SUPPLEMENT TO\n"
        "INFO.        25 February 1953                         REPORT NO.\n\n"
        "1.  On 25 February 1953 Mossadeq told deputies in Tehran that he did not fear"
        " the Tudeh Party.\n\n"
        "2.  Mossadeq said that Ambassador Henderson had been informed.\n\n"
        "STATE  | X | NAVY | X | NSRB |   | DISTRIBUTION |   |   |   |\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1953-03-02"
    assert facts["doc_type"] == "report"
    assert facts["numbered_points"] == 2
    assert facts["registry_notes"] == ["STATE X NAVY X NSRB DISTRIBUTION"]
    assert facts["signed"] is None


def test_an_opening_line_naming_both_parties(resources: Resources) -> None:
    text = ("From:    Washington                      Date:  2.6.67\n"
            "To:      Jerusalem                       No.:   329\n\n"
            "To the Minister, from Harman.\n\n"
            "1. I met this evening with Secretary Rusk.\n\n"
            "                                                   Harman\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Avraham Harman"]
    assert facts["addressee"] == []


def test_the_register_knows_the_july_crisis_and_goa(resources: Resources) -> None:
    text = ("Vienna, July 24, 1914.\n\nCount Tisza and Prince Kudashev saw Bethmann Hollweg"
            " and M. Poincare; the União Indiana massed troops before Damão and Diu.\n\n"
            "TSCHIRSCHKY\n")
    xml = text_xml(text, resources)
    for ref in ("per-istvan-tisza", "per-nikolai-kudashev", "per-theobald-von-bethmann-hollweg",
                "per-raymond-poincare", "pla-india", "pla-daman", "pla-diu",
                "per-heinrich-von-tschirschky"):
        assert f'"#{ref}"' in xml, ref


def test_the_italian_cipher_office_form_and_the_nsa_series(resources: Resources) -> None:
    italian = ("                                   Affari Politici 1950-57, Francia, b. 412\n"
               "           MINISTERO DEGLI AFFARI ESTERI\n\n"
               "           TELEGRAMMA  IN  ARRIVO   N. 9120/c.\n\n"
               "Mittente:  QUARONI  -  Parigi              Spedito: 3 marzo 1957 ore 20\n"
               "Destinatario: MINISTERO ESTERI - ROMA      Pervenuto: 4 marzo 1957 ore 7,15\n\n"
               "Ho visto stamane il Ministro degli Esteri.\n\n"
               "                                                        QUARONI\n")
    facts = text_facts(italian, resources)
    assert facts["archive_idno"] == "Affari Politici 1950-57, Francia, b. 412"
    assert facts["telegram_number"] == "9120/c"
    assert facts["date"] == "1957-03-03"
    assert facts["date_received"] == "1957-03-04T07:15"
    assert "N No." not in str(facts["title"])
    magic = ("                                                   SRDJ 012345\n\n"
             "From: Berlin (Oshima)                               3 May 1943\n"
             "To:   Tokyo\n#543\n\nI called on Ribbentrop today.\n")
    assert text_facts(magic, resources)["archive_idno"] == "SRDJ 012345"
