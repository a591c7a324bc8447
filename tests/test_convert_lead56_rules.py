"""Rules from the unseen-layout probe of session 40 (lead56: a Brazilian archive's record
page over a translated telegram; the probe's other layouts, a documents edition's numbered
cable and a mailing list's digest quoting a telegram, met the rules already):

- a Portuguese or Spanish archive portal's menu words alone on their lines (`Acervo`,
  `Arquivos pessoais`, `Pesquisar`, `Buscar`) are furniture (`page-furniture`,
  `navigation`);
- the record's Portuguese fields: `Resumo:` (and `Resumen:`, `Riassunto:`) the summary,
  `Qtd. de documentos:` record data, `Tradução (inglês)` the label over the document,
  `Como citar este documento` and `Termos de uso` the page's foot (`page-fields`);
- a Portuguese or Spanish title naming the form, the writer after `de` and the addressee
  after `a`, `ao`, `para` or `al` (`Telegrama de Oswaldo Aranha a Getúlio Vargas sobre ...`)
  gives both parties (`title-shapes`, `given`);
- one word after an office's comma closing an address line is the office's seat (`To the
  President of the Republic, Petrópolis.`), a person only when the register knows it as one
  (`To the Prime Minister, Nehru.`) (`address`, group `seat`).
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_RECORD = """Arquivo Histórico
Acervo
Arquivos pessoais
Pesquisar
Arquivo Oswaldo Aranha
Classificação: OA cp 1939.03.09/1
Título: {title}
Data: 09/03/1939
Local: Washington
Idioma: Português (tradução inglesa)
Qtd. de documentos: 1 (3 fl.)
Resumo: Aranha relata a Vargas suas conversas com Sumner Welles sobre os créditos.
Tradução (inglês)

TELEGRAM

Washington, 9 March 1939

The agreements on credits were signed this morning. Sumner Welles assured me that the
Export-Import Bank would act quickly.

OSWALDO ARANHA

Como citar este documento
Termos de uso
"""


@pytest.mark.parametrize("title", [
    "Telegrama de Oswaldo Aranha a Getúlio Vargas sobre os acordos de Washington",
    "Telegrama de Oswaldo Aranha para Getúlio Vargas."])
def test_a_portuguese_record_page_gives_title_parties_summary_and_reference(
        resources: Resources, title: str) -> None:
    text = _RECORD.format(title=title)
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["sender"] == ["Oswaldo Aranha"] and facts["addressee"] == ["Getúlio Vargas"]
    assert facts["date"] == "1939-03-09" and facts["doc_type"] == "telegram"
    assert facts["archive_idno"] == "OA cp 1939.03.09/1"
    assert facts["summary"].startswith("Aranha relata a Vargas")
    body = text_xml(text, resources).split("<body>", 1)[1]
    for page in ("Acervo", "Pesquisar", "Qtd.", "Tradução", "Como citar", "Termos de uso"):
        assert page not in body


def test_a_title_without_the_addressees_preposition_names_no_addressee(
        resources: Resources) -> None:
    facts = text_facts(_RECORD.format(title="Telegrama de Oswaldo Aranha sobre os créditos"),
                       resources)
    assert facts["sender"] == ["Oswaldo Aranha"] and facts["addressee"] == []


@pytest.mark.parametrize(("address", "addressee"), [
    ("To the President of the Republic, Petrópolis.", []),
    ("To the Prime Minister, Nehru.", ["Jawaharlal Nehru"])])
def test_one_word_after_the_offices_comma_is_its_seat_unless_a_known_person(
        resources: Resources, address: str, addressee: list[str]) -> None:
    text = (f"TELEGRAM\n\nRio de Janeiro, 28 January 1942\n\n{address}\n\n"
            "The Conference closed this afternoon.\n\nOSWALDO ARANHA\n")
    assert text_facts(text, resources)["addressee"] == addressee
    assert "per-petropolis" not in text_xml(text, resources)
