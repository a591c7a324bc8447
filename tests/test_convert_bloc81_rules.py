"""Rules for Soviet-bloc and other non-Western governments' telegrams and reports in English
translation (bloc81):

- a form's name set letter-spaced with its number after it (`T E L E G R A M   No. 217`)
  is the form's line with its number (`spaced_lines._SPACED_HEAD`, read by the `heading`
  table's `cable-number` row);
- a cipher office's stamp over the telegram naming its clerk (`Deciphered by: Novotná`) is
  read by the `processing` table's clerk row, so the clerk is a person
  (`registry_content._clerk_row`);
- a report's form's name with the body it is for (`Information for the Politburo of the CC
  of the BCP`) over its subject (`on the talks of ...`) gives the title
  (`form_titles._FORM_FOR`); so does a form that ends the heading, letter-spaced or not
  (`R e p o r t`), over its subject read as the text's first paragraph
  (`form_titles._leading_paragraphs(message, False)`), and a letter-spaced form's name in
  the title is joined (`I n f o r m a t i o n`: `Information on the conversation ...`);
- such a form's line is a heading's form line when it names a Party body or a comrade
  (`Report for comrade János Kádár`, table `heading`, row `document-type`), and a dateline
  under its subject naming a visit or talks (`on the visit of ...` / `Budapest, 4 May 1971`)
  is the report's, not the occasion's (`occasion_lines`);
- a copies list numbered with a dash or a bracket under `Made in 4 copies:` (`1 - Comrade
  W. Gomułka`, `4 - file`) is the heading's distribution (table `heading`, row
  `distribution`); a form's name over the reader it is for closing the heading (`NOTE` / `for
  Comrade Minister Adam Rapacki`) over the head naming the conversation gives the title, all
  three joined (`form_titles._form_for_reader`, `_READERS`);
- a signature typed in brackets with the given name cut to two or three letters (`(Iv.
  Bashev)`, `(Yu. Tsedenbal)`) signs (`parts.PARENTHESISED_NAME`), and an office closed by a
  colon over it (`Minister of Foreign Affairs:`) belongs to the closer (`roles._printed_office`);
  such a bracketed name under an office without a colon is the signature's, no trailing
  registry line (`processing_lines._trailer_like`);
- the Indian national (Saka) calendar's dates are read (table `saka-months`, `saka.py`,
  `date_eras.era_shapes`: `12 Asvina 1887 (Saka)` is 4 October 1965); the era's name in
  brackets inside its date is no person (`registry_content.registry_content`); a labelled date
  field in that calendar (`Dated: ...`) stays a heading line (`segment._dated_field`), and a
  Saka dateline over its civil date is still paired with it
  (`opening_datelines.civil_date_pairs`);
- a Mongolian date by its year's, month's and day's words (`1966 оны 3 сарын 14`, `1964 оны 5
  дугаар сарын 28-ны өдөр`) is read (`date_shapes._numeric_shapes`, `dates.DateReader`'s
  gate), and the capital's Mongolian and Russian names are the register's variants
  (`Улаанбаатар`, `Улан-Батор`);
- (after the held samples) a radiogram by its name with its number (`RADIOGRAM No. 1164`)
  is the form's line with its number (table `heading`, row `cable-number`); a form's
  labelled date under a form's line naming its mission (`TELEGRAM No. 88 from the UAR Embassy
  in Moscow` / `Dated 28 January 1970`) ends no heading set in a narrow column
  (`pages.runon._date_field`): it stays the date's line.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.saka import western_date
from tests.cases import text_facts, text_xml

_BODY = ("The Deputy Minister informed the heads of mission that the Minister will not receive "
         "ambassadors this week.\n\nThe Vietnamese comrades expect no change.\n\n")


def test_a_letter_spaced_form_with_its_number(resources: Resources) -> None:
    facts = text_facts("C A B L E   No. 3312\n\nFrom: Hanoi\nSent: 2.4.1966, 18.00\n\n"
                       + _BODY + "Kovács\n", resources)
    assert facts["telegram_number"] == "3312"
    assert facts["date"] == "1966-04-02"


def test_a_cipher_office_stamp_names_its_clerk(resources: Resources) -> None:
    xml = text_xml("CIPHER DEPARTMENT\nDeciphered by: Hradecká\n\nTELEGRAM No. 88\nFrom: Hanoi\n"
                   "Sent: 2.4.1966, 18.00\n\n" + _BODY + "Kovář\n", resources)
    assert 'subtype="stamp">Deciphered by: <persName' in xml


def test_a_form_for_a_body_over_its_subject_is_the_title(resources: Resources) -> None:
    facts = text_facts("Information for the Secretariat of the CC of the HSWP\n\non the visit "
                       "of the Vietnamese party delegation to Budapest\n\nBudapest, 4 May 1971"
                       "\n\n" + _BODY + "Frigyes Puja\n", resources)
    assert facts["title"] == ("Information for the Secretariat of the CC of the HSWP on the "
                              "visit of the Vietnamese party delegation to Budapest")


def test_a_spaced_form_ending_the_heading_over_its_subject(resources: Resources) -> None:
    facts = text_facts("Department of International Relations        Berlin, 2.3.1970\n\n"
                       "For Comrade Hermann Axen\n\nR e p o r t\non the stay of the delegation of "
                       "the Korean Workers' Party in Dresden\n\n" + _BODY + "Markowski\n",
                       resources)
    assert facts["title"] == ("Report on the stay of the delegation of the Korean Workers' "
                              "Party in Dresden")


def test_a_spaced_form_in_the_heading_is_joined_in_the_title(resources: Resources) -> None:
    facts = text_facts("MINISTRY OF FOREIGN AFFAIRS\n\nNo. 4/12        Sofia, 1970.03.02\n\n"
                       "To Comrade Todor Zhivkov,\nChairman of the Council of Ministers\n\n"
                       "I n f o r m a t i o n\non the conversation with the Yugoslav Ambassador\n\n"
                       + _BODY + "Ivan Bashev\n", resources)
    assert facts["title"] == "Information on the conversation with the Yugoslav Ambassador"


def test_an_office_with_a_colon_over_a_bracketed_short_name(resources: Resources) -> None:
    facts = text_facts("Sofia, 3 May 1968\n\nTop secret!\n\n" + _BODY
                       + "Deputy Minister of Foreign Affairs:\n(Gr. Grigorov)\n", resources)
    assert facts["signed"] == "Deputy Minister of Foreign Affairs: (Gr. Grigorov)"


def test_saka_dates_are_read() -> None:
    assert western_date(1887, 7, 12) == (1965, 10, 4)
    assert western_date(1886, 1, 1) == (1964, 3, 21)  # 1964 is a Western leap year
    assert western_date(1888, 1, 1) == (1966, 3, 22)
    assert western_date(1887, 7, 31) is None  # Asvina has 30 days


def test_a_saka_date_field_in_a_telegram(resources: Resources) -> None:
    text = ("CYPHER TELEGRAM\n\nFrom:   Indembassy, Kathmandu\nTo:     Foreign, New Delhi\n"
            "No.     722\nDated:  5 Kartika 1888 (Saka)\n\n" + _BODY + "HARISHWAR DAYAL\n")
    assert text_facts(text, resources)["date"] == "1966-10-27"
    assert ">Saka</persName>" not in text_xml(text, resources)


def test_a_radiogram_by_its_name(resources: Resources) -> None:
    assert text_facts("RADIOGRAM No. 2215\nTirana, 6.5.1963, hour 10.00\n\n" + _BODY
                      + "Behar Shtylla\n", resources)["telegram_number"] == "2215"


def test_a_labelled_date_under_a_form_line_stays_apart(resources: Resources) -> None:
    facts = text_facts("TELEGRAM No. 17 from the Embassy in Belgrade\nDated 3 March 1966\n\n"
                       + _BODY + "Ambassador Hafez Ismail\n", resources)
    assert facts["date"] == "1966-03-03"


def test_a_bracketed_name_under_an_office_signs(resources: Resources) -> None:
    facts = text_facts("Sofia, 3 May 1968\n\nTop secret!\n\n" + _BODY
                       + "Minister of Foreign Affairs\n          (A. Gromyko)\n", resources)
    assert facts["signed"] == "Minister of Foreign Affairs (A. Gromyko)"
    assert facts["sender"] == ["Andrei Gromyko"]


def test_a_mongolian_date_in_its_words(resources: Resources) -> None:
    facts = text_facts("MINISTRY OF FOREIGN AFFAIRS OF THE MPR\n\nNo. 2/77\n\nUlaanbaatar, "
                       "1966 оны 3 сарын 14\n\nTo Comrade Yu. Tsedenbal\n\n" + _BODY
                       + "M. Dugersuren, Minister of Foreign Affairs\n", resources)
    assert facts["date"] == "1966-03-14"
    xml = text_xml("Улаанбаатар, 1966 оны 3 сарын 14\n\n" + _BODY + "M. Dugersuren\n", resources)
    assert '<placeName ref="#pla-ulaanbaatar">Улаанбаатар</placeName>' in xml


def test_a_report_for_a_comrade_over_its_visit_and_dateline(resources: Resources) -> None:
    facts = text_facts("Strictly secret!\n\nReport for comrade Antonín Novotný\non the visit of "
                       "the Chinese trade delegation to Prague\n\nPrague, 12 June 1963\n\n"
                       + _BODY + "Václav David\n", resources)
    assert facts["doc_type"] == "report"
    assert facts["date"] == "1963-06-12"
    assert str(facts["title"]).startswith("Report for Comrade Antonín Novotný on the visit")


def test_a_numbered_copies_list_and_a_note_for_a_minister(resources: Resources) -> None:
    text = ("Prague, 2 April 1969\nSecret\n\nMade in 3 copies:\n1 - Comrade J. Marko\n"
            "2 - Comrade G. Husák\n3 - file\n\nNOTE\nfor Comrade Minister Ján Marko\n"
            "on the conversation with the Ambassador of the USSR, S. V. Chervonenko\n\n"
            + _BODY + "(–) J. Kovář\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("Note for Comrade Minister Ján Marko on the conversation with "
                              "the Ambassador of the USSR, S. V. Chervonenko")
    assert "1 - Comrade J. Marko" in facts["registry_notes"] or \
        'subtype="distribution">1 - Comrade' in text_xml(text, resources)
