"""Rules from the lead's probes of unseen layouts (lead77):

- an archive the sigla rows do not know, cited by its own sigla and then its units after
  commas, two of them a fonds, file, folder, box, volume or carton with its number
  (`DAMSPS, PA, 1968, fascikla 142, dosije 3, br. 431207`), or by its name in words ending
  in `Archives` with its sigla in brackets (`Service of Diplomatic and Historical Archives
  (YDIA), 1974, folder 23/2`), or as one path after its sigla (`ISA/RG 130/MFA/4321/7`) is
  the document's archival reference (table `archival-reference`); a place or a
  classification before one `file 3` is not, nor a division's registry number ending in a
  day (`ON/14/15/III/63`);
- an archive's name on the page's first line among its institution's parts after commas
  (`Hellenic Ministry of Foreign Affairs, Diplomatic and Historical Archive`, the Mexican
  ministry's `Acervo Histórico Diplomático, ...`) is the repository (table `archive-name`);
- a translation's credit naming the edition's own people (`English translation by the
  editors.`) is still the credit, which no longer ends the page's furniture above the
  heading (table `citation`, `pages.summary.is_credit`);
- a given name right before a register person's surname in another transliteration
  (`Georgiy Arbatov`, `GEORGIY ARBATOV`, `Yevgeniy Primakov`; the register's Georgy and
  Yevgeny) or as the register writes it without the middle initial (`John Hearne` of John
  J. Hearne) is part of the person's name, no local person of its own (table
  `spelling-given-key`, `given_runs._given_spelt_otherwise`); another given name is not;
  an academy's member before a name (`Academician Primakov`) is a title (table
  `honorifics`), no given name of someone else;
- a document's own heading naming a joint communiqué or statement, or a body's resolution
  (`Resolution of the CC CPSU`) types it a memorandum, a German `Bericht`
  or an `Appraisal` a report, a `Telegraphic Message` a telegram (table `doc-types`); a bare
  `communiqué` in a subject line types nothing;
- a post's volume of telegrams cited series first (`Telegramas recebidos, Embaixada em
  Havana, 1962, maço 14`, as the Itamaraty's archive shelves them) is the reference (table
  `archival-reference`), no dateline of Havana;
- a form's number mark in small letters (`Cipher telegram no. 2817`) is no part of the
  built title's form name (`form_titles._NUMBER_MARK`).
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_CABLE = ("{top}\n\nCIPHER TELEGRAM\n\nFrom: Embassy, Ankara\nNo.: 77\n"
          "Date: 3.IV.1969\nTo: Ministry of Foreign Affairs, Warsaw\n\n"
          "The Turkish side will answer the note next week.\n\nKowalczyk\n")


@pytest.mark.parametrize(("top", "repository", "idno"), [
    ("AMSZPL, Dep. IV, 1969, teczka 41, sygn. 12/77", "AMSZPL",
     "Dep. IV, 1969, teczka 41, sygn. 12/77"),
    ("Polish Diplomatic Archives (AMSZ), 1969, box 4, folder 2",
     "Polish Diplomatic Archives (AMSZ)", "1969, box 4, folder 2"),
    ("File: AMSZ/DEP IV/41/12", None, "AMSZ/DEP IV/41/12"),
])
def test_an_unknown_archives_reference_over_the_heading_is_the_idno(
        top: str, repository: str | None, idno: str, resources: Resources) -> None:
    """A path keeps its sigla in the shelfmark (the repository is then the edition's)."""
    facts = text_facts(_CABLE.format(top=top), resources)
    assert facts["archive_idno"] == idno
    assert repository is None or facts["repository"] == repository
    assert facts["telegram_number"] == "77"
    assert facts["date"] == "1969-04-03"


@pytest.mark.parametrize("top", ["WARSAW, 3 April 1969, file 3", "SECRET, Copy No. 2, file 12",
                                 "ON/14/15/III/63"])
def test_one_unit_after_a_place_or_a_grade_or_a_registry_day_is_no_reference(
        top: str, resources: Resources) -> None:
    assert text_facts(_CABLE.format(top=top), resources)["archive_idno"] is None


def test_an_archives_name_among_its_institutions_parts_is_the_repository(
        resources: Resources) -> None:
    facts = text_facts(_CABLE.format(
        top="Ministry of Foreign Affairs of Poland, Archive of Diplomatic Documents"), resources)
    assert facts["repository"] == (
        "Ministry of Foreign Affairs of Poland, Archive of Diplomatic Documents")
    assert facts["telegram_number"] == "77"


def test_a_credit_to_the_editors_keeps_the_heading_under_it(resources: Resources) -> None:
    facts = text_facts(
        "Acervo Histórico Diplomático, Secretaría de Relaciones Exteriores, México\n"
        "English translation by the editors.\n\nCoded cable number 288\nLima, 2 May 1965\n\n"
        "For the Secretary, from the Ambassador.\n\nThe junta met this morning.\n\n"
        "Respectfully,\nVicente Sánchez Gavito\n", resources)
    assert facts["translator"] == "the editors"
    assert facts["telegram_number"] == "288"
    assert facts["date"] == "1965-05-02"
    assert facts["place_of_origin"] == "Lima"


def test_a_small_number_mark_is_no_part_of_the_built_titles_form(resources: Resources) -> None:
    facts = text_facts("Cipher telegram no. 4410\nBelgrade, 9 May 1974, 10.20\n\n"
                       "Embassy Belgrade to Ministry, Athens\n\nThe talks went on today.\n\n"
                       "Papadakis\n", resources)
    assert facts["title"].startswith("Cipher Telegram No. 4410")


def test_a_given_name_in_another_transliteration_is_the_register_persons(
        resources: Resources) -> None:
    text = ("INFORMATION NOTE\n\nOn the talks in Dartmouth\n\n"
            "Academician Yevgeniy Primakov and Anatoliy Dobrynin spoke first.\n\n"
            "DIRECTOR GEORGIY ARBATOV\n20 May 1986\n")
    xml = text_xml(text, resources)
    assert '<persName ref="#per-yevgeny-primakov">Yevgeniy Primakov</persName>' in xml
    assert '<persName ref="#per-anatoly-dobrynin">Anatoliy Dobrynin</persName>' in xml
    assert text_facts(text, resources)["sender"] == ["Georgy Arbatov"]


def test_another_given_name_before_the_surname_stays_out(resources: Resources) -> None:
    xml = text_xml("Note\n\nAcademician Boris Primakov spoke first.\n\nIvanov\n", resources)
    assert "per-yevgeny-primakov" not in xml


@pytest.mark.parametrize(("head", "kind"), [
    ("Joint Communiqué", "memorandum"), ("Resolution of the CC CPSU", "memorandum"),
    ("Bericht", "report"), ("Appraisal", "report"), ("Telegraphic Message", "telegram")])
def test_a_documents_own_heading_names_its_form(head: str, kind: str,
                                                resources: Resources) -> None:
    facts = text_facts(f"{head}\n\nPrague, 3 June 1971\n\nThe talks went on.\n\nNovak\n",
                       resources)
    assert facts["doc_type"] == kind


def test_a_posts_volume_of_telegrams_cited_series_first_is_the_reference(
        resources: Resources) -> None:
    facts = text_facts("Cables recibidos, Embajada en Washington, 1965, caja 3\n\n"
                       "TELEGRAM No. 88\nWashington, 2 May 1965\n\nThe talks went on.\n\n"
                       "Mora\n", resources)
    assert facts["archive_idno"] == "Cables recibidos, Embajada en Washington, 1965, caja 3"
    assert facts["telegram_number"] == "88"
