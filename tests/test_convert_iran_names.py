"""Iranian politicians, Tudeh Party leaders, the Soviet ambassadors in Tehran and Havana
(register entries from the blind sample wc22), in the spellings translations give them."""

from __future__ import annotations

import pytest


def ids(resources, text: str) -> list[tuple[str, str]]:
    return [(m.form, m.entry.id) for m in resources.register.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ambassador Sadtchikov called on Qavam os-Saltaneh", [
        ("Sadtchikov", "per-ivan-sadchikov"), ("Qavam os-Saltaneh", "per-ahmad-qavam")]),
    ("the cabinet of Hakimi and Princess Ashraf", [
        ("Hakimi", "per-ebrahim-hakimi"), ("Princess Ashraf", "per-ashraf-pahlavi")]),
    ("Ayatollah Kashani and Minister Fatemi", [
        ("Ayatollah Kashani", "per-abol-ghasem-kashani"), ("Fatemi", "per-hossein-fatemi")]),
    ("Kianuri, Iskenderi and Tabari met Radmanesh", [
        ("Kianuri", "per-nureddin-kianouri"), ("Iskenderi", "per-iraj-eskandari"),
        ("Tabari", "per-ehsan-tabari"), ("Radmanesh", "per-reza-radmanesh")]),
    ("Premier Basargan received Borzorg Alavi in Khuzistan and Gurgan", [
        ("Basargan", "per-mehdi-bazargan"), ("Borzorg Alavi", "per-bozorg-alavi"),
        ("Khuzistan", "pla-khuzestan"), ("Gurgan", "pla-gorgan")]),
])
def test_iranian_names_of_the_period_resolve(resources, text, expected) -> None:
    assert ids(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ambassador Alexeyev replaced Kudriavtsev", [
        ("Alexeyev", "per-aleksandr-alekseev"), ("Kudriavtsev", "per-sergei-kudryavtsev")]),
    ("S. M. Kudryavtsev and Aleksandr Alekseyev", [
        ("S. M. Kudryavtsev", "per-sergei-kudryavtsev"),
        ("Aleksandr Alekseyev", "per-aleksandr-alekseev")]),
])
def test_the_soviet_ambassadors_in_havana_resolve(resources, text, expected) -> None:
    assert ids(resources, text) == expected
