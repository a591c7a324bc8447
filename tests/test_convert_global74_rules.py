"""Header facts of Japanese, Israeli and Brazilian foreign-ministry documents (global74):

- a Japanese date line in the era with the Western year in brackets takes the clock's
  half-day (`7:15 p.m.`) and the sending post after it (`Showa 34 (1959), March 3, 7:15 p.m.
  Washington`, `... 22:15 (New York)`): the sending date and the place of origin (table
  `heading`, row `date`; `heading_places`);
- the Israel State Archives' physical file by its series sigla with box and file, after
  `File:` and with the old record-group reference in brackets (`File: MFA 2475/11 (formerly
  Hets 93.03/4)`), is the shelfmark (table `archival-reference`);
- CPDOC's name alone at a catalogue record's top (`CPDOC - Centro de Pesquisa e Documentação
  de História Contemporânea do Brasil`, `FGV CPDOC`) is the repository (table
  `archive-name`), and a labelled reference under the archives' names (`Classificação: AAS
  mre pr 1974.03.15`) is the record's first field, so the personal archive's name over it is
  no title (`pages.record_top.archive_lines_over_fields`);
- the Brazilian ministry's information for the President (`INFORMATION FOR THE PRESIDENT OF
  THE REPUBLIC`, `Informação para o Senhor Presidente da República`, `Exposição de Motivos`)
  is a memorandum (tables `heading`, row `document-type`, and `doc-types`), and its number
  line with the division's code in brackets (`Information No. 47/1974 (G/DAM-I)`) gives its
  own (outgoing) number, not a telegram's;
- a savingram's or saving telegram's form line with its number (`SAVINGRAM No. 14`), the
  Argentine `Cifrado No. 1234` and the translated `Telegram received No. 315` give the
  telegram's number (the form-name `cable-number` row of `heading`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_CABLE = ("Today I met with Assistant Secretary Parsons and explained our position on the "
          "treaty.\n\n(End)\n")


def test_an_era_date_line_gives_the_clock_and_the_post(resources: Resources) -> None:
    for line, place in (("Showa 34 (1959), March 3, 7:15 p.m.  Washington", "Washington"),
                        ("Showa 35 (1960) January 12, 22:15 (New York)", "New York")):
        facts = text_facts(f"Telegram No. 412\n\n{line}\n\nSecret\n\n{_CABLE}", resources)
        assert facts["place_of_origin"] == place
        assert facts["telegram_number"] == "412"
    facts = text_facts("Telegram No. 412\n\nShowa 34 (1959), March 3, 7:15 p.m.  Washington"
                       f"\n\nSecret\n\n{_CABLE}", resources)
    assert facts["date"] == "1959-03-03"


def test_an_israeli_series_file_is_the_shelfmark(resources: Resources) -> None:
    text = ("Israel State Archives\n\nFile: MFA 2475/11 (formerly Hets 93.03/4)\n\n"
            "CABLE No. 218\n\nFrom: Eban, Washington\nTo: Sharett, Jerusalem\n"
            "Sent: 3.2.54, 23:10\n\n1. Met Byroade this morning.\n\n2. Please instruct.\n\n"
            "Eban\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "MFA 2475/11 (formerly Hets 93.03/4)"
    assert facts["telegram_number"] == "218"


def test_a_cpdoc_record_without_a_title_field(resources: Resources) -> None:
    text = ("CPDOC - Centro de Pesquisa e Documentação de História Contemporânea do Brasil\n"
            "Arquivo Antonio Azeredo da Silveira\n"
            "Classificação: AAS mre pr 1974.03.15\n"
            "Série: mre pr - Ministério das Relações Exteriores, Presidência da República\n"
            "Qtd. de documentos: 3 (7 fl.)\n\n[English translation]\n\n"
            "INFORMATION FOR THE PRESIDENT OF THE REPUBLIC\n\n"
            "Information No. 47/1974 (G/DAM-I)\nBrasília, March 15, 1974\nConfidential\n\n"
            "Mr. President,\n\nI had a private meeting with Secretary Kissinger during the "
            "conference at Mexico City. He said that President Nixon hoped to receive Your "
            "Excellency in Washington before the end of the year.\n\nRespectfully,\n\n"
            "Antonio F. Azeredo da Silveira\n")
    facts = text_facts(text, resources)
    assert "Arquivo" not in facts["title"]
    assert facts["repository"].startswith("CPDOC")
    assert facts["archive_idno"] == "AAS mre pr 1974.03.15"
    assert facts["doc_type"] == "memorandum"
    assert facts["outgoing_number"] == "47/1974"
    assert facts["telegram_number"] is None


def test_an_exposicao_de_motivos_is_a_memorandum(resources: Resources) -> None:
    text = ("EXPOSIÇÃO DE MOTIVOS\n\nExposição de Motivos nº 112 (DAM-I)\n"
            "Brasília, 2 de abril de 1975\n\nExcelentíssimo Senhor Presidente da República,"
            "\n\nTenho a honra de submeter a Vossa Excelência o projeto de acordo.\n\n"
            "Antonio F. Azeredo da Silveira\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["outgoing_number"] == "112"
    assert "<div type=\"memorandum\"" in text_xml(text, resources)


def test_a_savingram_s_form_line_gives_its_number(resources: Resources) -> None:
    body = ("\n\nFrom: Hicomind, Karachi\nTo: Foreign, New Delhi\nDated the 5th March, 1960\n\n"
            "The Foreign Minister received me today and spoke at length about the canal waters."
            "\n\nHICOMIND\n")
    for line in ("SAVINGRAM No. 14", "Saving Telegram No. 14"):
        facts = text_facts(line + body, resources)
        assert facts["telegram_number"] == "14"
        assert facts["doc_type"] == "telegram"


def test_an_argentine_cifrado_gives_its_number(resources: Resources) -> None:
    text = ("Cifrado No. 1234\nBuenos Aires, 12 de marzo de 1982\nRecibido: 13/3/82 - 09.40\n\n"
            "The Minister received me today and spoke at length about the situation in the "
            "South Atlantic and the proposals of the Government.\n\nEmbajador\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "1234"
    assert facts["date_received"] == "1982-03-13T09:40"
