"""Names the register lacks, found by their position in running text: after verbs of
speech and action, after titles and plural titles, after honorifics with a particle, in
several languages; and the words such rules must not take for names."""

from __future__ import annotations

import re

import pytest

from tei.convert import convert_text


def _tagged(sentence: str, resources) -> list[str]:
    text = f"TELEGRAM\n\nMoscow, 4 May 1956\n\n{sentence}\n\nKOVACS\n"
    body = convert_text(text, "t", resources).xml.decode().split("<body>")[1]
    return [n for n in re.findall(r'<persName ref="[^"]*">([^<]*)<', body) if n != "KOVACS"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Shepilkov received me at 11 p.m.", "Shepilkov"),
    ("Yesterday Schuurmans handed me a copy.", "Schuurmans"),
    ("Rakovszky spoke for two hours.", "Rakovszky"),
    ("Lambton reported from Peiping.", "Lambton"),
    ("Bajpaiwala called me to the Ministry.", "Bajpaiwala"),
])
def test_a_name_before_a_verb_of_speech_or_action_is_a_person(sentence: str, name: str,
                                                              resources) -> None:
    assert _tagged(sentence, resources) == [name]


@pytest.mark.parametrize("sentence", [
    "Having received the message, we left.", "Following instructions, I called.",
    "FonOff expressed willingness.", "Tomorrow agreed points will be read.",
])
def test_participles_adverbs_and_offices_before_a_verb_are_no_names(sentence: str,
                                                                    resources) -> None:
    assert _tagged(sentence, resources) == []


@pytest.mark.parametrize(("sentence", "names"), [
    ("He met Secretaries Quonset and Ruskin.", ["Quonset", "Ruskin"]),
    ("Ambassadors Tarnowsky and Pelletier called.", ["Tarnowsky", "Pelletier"]),
    ("Camarades Tsedenbaal et Batmunk ont dit", ["Tsedenbaal", "Batmunk"]),
    ("Rozdělovník: soudruh Novotnák", ["Novotnák"]),
    ("We saw Herr von Brentanow today.", ["von Brentanow"]),  # (fam12) the particle is the name's
    ("Monsieur de Murvillé a répondu", ["de Murvillé"]),
    ("Genossen Ulbrichtow und Grotewohlt sprachen", ["Ulbrichtow", "Grotewohlt"]),
    ("Mayor Brandtke called in my colleagues.", ["Brandtke"]),
    ("Chancellor Erhardt's statement surprised them.", ["Erhardt"]),
    ("Minister-Counsellor Leeson called.", ["Leeson"]),
])
def test_titles_plural_titles_and_particles_stand_before_names(sentence: str,
                                                               names: list[str],
                                                               resources) -> None:
    assert _tagged(sentence, resources) == names


@pytest.mark.parametrize("sentence", [
    "He had a letter from Chancellor March 18.",
    "WHEN HE IS ELECTED CHANCELLOR NEXT WEEK.",
])
def test_a_title_before_a_month_or_a_noun_title_in_capitals_names_no_one(
        sentence: str, resources) -> None:
    assert _tagged(sentence, resources) == []


def test_a_title_in_capitals_names_no_one_after_it_the_shah_alone_is_the_sovereign(
        resources) -> None:
    """`SHAH ASKS ...`: no `ASKS`; the title alone is the Shah of the year (sovereign_titles)."""
    assert _tagged("SHAH ASKS THAT WE TAKE ANOTHER LOOK.", resources) == ["SHAH"]


def test_an_office_symbol_glued_to_a_surname_is_cut_before_lookup(resources) -> None:
    text = "TELEGRAM\n\nMoscow, 4 May 1956\n\nParticipants: Mr. AkalovskiyACDA/IR\n\nKOVACS\n"
    result = convert_text(text, "t", resources)
    assert any("'Akalovskiy' is not in the register" in w.message for w in result.warnings)


@pytest.mark.parametrize(("sentence", "names"), [
    ("He talked to me in the presence of Mikoyanov and Gromykin.", ["Mikoyanov", "Gromykin"]),
    ("He told us about his talks with Nasserin and Nehrov.", ["Nasserin", "Nehrov"]),
    ("Drafted by Herterson and Vigderman, cleared with Kohlerer.",
     ["Herterson", "Vigderman", "Kohlerer"]),
    ("Il a parlé en présence de Gromykin et Mikoyanov.", ["Gromykin", "Mikoyanov"]),
    ("Er sprach in Anwesenheit von Ulbrichtow und Grotewohlt.", ["Ulbrichtow", "Grotewohlt"]),
    ("Habló en presencia de Roaldo y Dorticós.", ["Roaldo", "Dorticós"]),
    ("en présence de Camarade Zhou Enlai", ["Zhou Enlai"]),
])
def test_a_name_phrase_opens_a_list_of_names(sentence: str, names: list[str],
                                             resources) -> None:
    assert _tagged(sentence, resources) == names


@pytest.mark.parametrize("sentence", [
    "We had a meeting with NATO yesterday.", "He held talks with Katangese leaders.",
    "in the presence of the Foreign Minister", "after talks with Moscow",
])
def test_capitals_adjectives_places_and_titles_after_a_name_phrase_are_no_names(
        sentence: str, resources) -> None:
    assert _tagged(sentence, resources) == []
