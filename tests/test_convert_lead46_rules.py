"""Rules from the held probe of session 37 (lead46: a Brazilian personal archive's record
over a translated telegram, a Russian documents edition's telegram with its archive's
reference in Cyrillic, a Norwegian archive's catalogue page, a presidential library's
asset page), written before the wave and scored blind on the merged converter:

- FGV CPDOC's record fields (`Classificação:` the call number, `Data de produção:` the
  item's date, read day first like the other Romance date labels; `Local:`, `Idioma:`,
  `Quantidade de documentos:`) and Arkivverket's (`Arkivreferanse:` the reference,
  `Arkivskaper:`, `Tilgang:`) are the record's; the Nordic archive sites' links on one
  line (`Søk  Kart  Hjelp  Logg inn`) are navigation;
- the Russian archives' references in Cyrillic (`АВП РФ. Ф. 059а. Оп. 7. П. 13. Д. 5. Л.
  178–180. Подлинник.`) give the repository and the shelfmark;
- João Augusto de Araújo Castro signs as `ARAUJO CASTRO`, never Fidel Castro.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts

BODY = ("1. I was received this afternoon by the Secretary of State.\n\n"
        "2. He will answer our note before the end of the week.\n")


def test_a_cpdoc_record_is_read_day_first_and_its_call_number_kept(
        resources: Resources) -> None:
    text = ("FGV CPDOC\n\nClassificação: AAS mre d 1975.03.05\n"
            "Título: Telegrama da Embaixada em Washington sobre a visita do Secretário\n"
            "Data de produção: 05/03/1975\nLocal: Washington\nIdioma: Português\n\n"
            "TELEGRAM RECEIVED\nFrom: Embassy in Washington\nNo.: 00412\n\n" + BODY
            + "\nARAUJO CASTRO\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1975-03-05"
    assert facts["archive_idno"] == "AAS mre d 1975.03.05"
    assert facts["sender"] == ["João Augusto de Araújo Castro"]


def test_a_norwegian_catalogue_page_gives_its_title_and_reference(
        resources: Resources) -> None:
    text = ("Arkivverket – Digitalarkivet\nSøk  Kart  Hjelp  Logg inn\n\n"
            "Utenriksdepartementet, Telegram fra ambassaden i Praha, 22.08.1968\n\n"
            "Arkivreferanse: RA/S-2259/Dyy/L0457\nArkivskaper: Utenriksdepartementet\n"
            "Tilgang: Åpen\n\nTELEGRAM\n\nNo. 88   22 August 1968\nTo: The Foreign Ministry, "
            "Oslo\n\n" + BODY)
    facts = text_facts(text, resources)
    assert str(facts["title"]).startswith("Utenriksdepartementet, Telegram fra ambassaden")
    assert facts["archive_idno"] == "RA/S-2259/Dyy/L0457"


def test_a_russian_archive_s_cyrillic_reference_is_the_shelfmark(
        resources: Resources) -> None:
    found = resources.patterns.match(
        "archival-reference", "АП РФ, ф. 3, оп. 65, д. 903, л. 12. Копия.")
    assert found is not None
    assert (found[1].group("repository"), found[1].group("ref")) == (
        "АП РФ", "ф. 3, оп. 65, д. 903, л. 12")
