"""Rules for WCDA translations of East-bloc documents (wcda77):

- the Serbo-Croatian `s.r.` (svojeručno, signed by hand) after the signer's name, as the
  Czech `v.r.` and the Hungarian `s.k.` were (`Mićunović, s.r.`): the line is the signature,
  the name the sender (`signature_shape._SIGNED`);
- the Romanian copy's mark for the signature before the name, `ss.`, `ss/` or `(ss)` (semnat:
  signed): the signature (`parts.SIGNED_MARK`, `signature_shape._SIGNED`);
- a source line's translator named after its reference by a label inside the sentence
  (`... k. 12-14. English translation: Paweł Machcewicz.`, `...; Trans. Jovana Ilić.`)
  (table `citation`, row `translator`);
- a number line with a comma before its date, the Albanian `dt.` (datë) or the Romanian `din`
  (of) before the day, a Romanian number's thousands stop (`No. 14, dt. 15.I.1958`, `Nr.
  20.351 din 22.08.1968`): the telegram's number (table `heading`, row `cable-number`);
- a typed signature in brackets with the capitals and small letters of Central European names
  (`(Ödön Rácz)`, `(Ľ. Ďurček)`: `parts._FULL_NAME`, `parts.PARENTHESISED_NAME`);
- `Noted by:` and the keeper's label left in the original's language before his name
  (`Sporządził: J. Czesak`, `Zapsal: Jiří Kříž`, `Zabeležio: ...`): the signature
  (`parts.SIGNED_MARK`);
- a minutes' subject line under its form's name ending with the meeting's day after `of`
  (`MINUTES` / `of the meeting of the Executive Committee of the CC of the RCP of 21 August
  1968`): the date (table `heading`, row `date`);
- an index heading of a Russian surname in the Library of Congress's romanization with `E`,
  `Ia` or `Iu` for an initial Е, Я, Ю (`Epishev, A. A. (Aleksei Alekseevich), 1908-1985`):
  the register person spelled `Ye`, `Ya`, `Yu` (`index_terms._surname_spellings`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PAGE = ("Skip to content\nWilson Center Digital Archive\nSearch\n{date}\n{title}\nCitation\n"
        "Share\nSummary\nThe embassy reports on a conversation.\nDocument Information\nSource\n"
        "{source}\nOriginal Language\n{language}\nRecord ID\n112006\nEnglish Translation\n"
        "{body}\n")
TELEGRAM = ("TELEGRAM\n{number}\nFrom: Moscow\n\n"
            "Gromyko received me today and asked about the visit of Comrade Brezhnev.\n\n"
            "{signature}")


def _telegram(number: str = "No. 412", signature: str = "Mićunović", *,
              source: str = "DAMSP, PA, 1962, SSSR, f. 45, 412345. Translated by Jovana Ilić.",
              language: str = "Serbo-Croatian") -> str:
    return PAGE.format(date="April 12, 1962", title="Telegram from the Embassy in Moscow",
                       source=source, language=language,
                       body=TELEGRAM.format(number=number, signature=signature))


def test_serbo_croatian_signed_by_hand_mark_after_the_name(resources: Resources) -> None:
    facts = text_facts(_telegram(signature="Veljko Mićunović, s.r."), resources)
    assert facts["signed"] == "Veljko Mićunović, s.r."
    assert facts["sender"] == ["Veljko Mićunović"]


def test_romanian_signed_marks_before_the_name(resources: Resources) -> None:
    for mark in ("ss.", "ss/", "(ss)"):
        facts = text_facts(_telegram(signature=f"{mark} Corneliu Mănescu", language="Romanian"),
                           resources)
        assert facts["signed"] == f"{mark} Corneliu Mănescu", mark
        assert facts["sender"] == ["Corneliu Mănescu"], mark


def test_translator_labelled_inside_the_source_line(resources: Resources) -> None:
    for reference, credit in (("AAN, KC PZPR, sygn. XI A/1234, k. 12-14", "English translation:"),
                              ("AAN, KC PZPR, XI A/1234, k. 12-14", "Trans.")):
        source = f"{reference}. {credit} Paweł Machcewicz."
        facts = text_facts(_telegram(source=source, language="Polish"), resources)
        assert facts["translator"] == "Paweł Machcewicz", source
        assert facts["archive_idno"] == reference, source


def test_number_line_with_dt_or_din_before_the_day(resources: Resources) -> None:
    for line, number in (("No. 14, dt. 15.I.1958", "14"), ("Nr. 20.351 din 22.08.1968", "20.351")):
        facts = text_facts(_telegram(number=line), resources)
        assert facts["telegram_number"] == number, line


NOTE = ("March 04, 1968\n\nNote on the Conversation with the DPRK Ambassador\n\nNOTE\n\n"
        "The ambassador of the DPRK visited me at his own request.\n\nWarsaw, 4 March 1968\n\n"
        "{signature}\n")


def test_bracketed_signature_with_diacritics(resources: Resources) -> None:
    for signature, name in (("Legation Secretary:\n(Ödön Rácz)", "Ödön Rácz"),
                            ("[signature]\n(Ľ. Ďurček)", "Ďurček")):
        facts = text_facts(NOTE.format(signature=signature), resources)
        assert facts["signed"] and name in str(facts["signed"]), signature
        assert any(name in sender for sender in facts["sender"]), signature


def test_keeper_labels_noted_by_and_in_the_original_language(resources: Resources) -> None:
    for signature in ("Noted by: I. Đorđević", "Sporządził: J. Czesak", "Zapsal: Jiří Kříž"):
        facts = text_facts(NOTE.format(signature=signature), resources)
        assert facts["signed"] == signature, signature
        assert facts["sender"] == [signature.split(": ")[1]], signature


MINUTES = ("MINUTES\nof the meeting of the Executive Committee of the CC of the RCP of 21 "
           "August 1968\n\nParticipating: Comrades Nicolae Ceaușescu, Ion Gheorghe Maurer.\n\n"
           "Comrade Nicolae Ceaușescu: The troops of the five countries entered Czechoslovakia.\n")


def test_minutes_subject_line_dated_after_of(resources: Resources) -> None:
    facts = text_facts(MINUTES, resources)
    assert facts["date"] == "1968-08-21"
    assert facts["doc_type"] == "record of conversation"


def test_index_heading_lc_initial_e_is_the_register_ye(resources: Resources) -> None:
    text = PAGE.format(date="April 13, 1962", title="Note on a Conversation with Ambassador "
                       "Yepishev", source="AJ, KPR I-3-a/101-45. Translated by Jovana Ilić.",
                       language="Serbo-Croatian",
                       body="NOTE\n\nThe ambassador handed over a letter.\n\nBelgrade, "
                       "13 April 1962\n").replace(
        "Record ID", "Associated People & Organizations\nEpishev, A. A. (Aleksei "
        "Alekseevich), 1908-1985\nRecord ID")
    xml = text_xml(text, resources)
    assert 'ref="#per-alexei-yepishev">Epishev, A. A.' in xml
