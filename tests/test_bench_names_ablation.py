"""The register ablation of bench/names_ablation.py: persons taken out, places and
organisations kept; each setting takes out what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from bench import names_ablation
from bench.names_ablation import NS, ablated_register, dropper, forms

REGISTER = Path(names_ablation.ROOT) / "corpus" / "register"


def _count(path: Path, xpath: str) -> int:
    return len(etree.parse(str(path)).xpath(xpath, namespaces=NS))


class _Score:
    """The two functions of the shared scorer the droppers use (exact names, for tests)."""

    @staticmethod
    def gold_names(names: list[str] | None) -> list[str]:
        return list(names or [])

    @staticmethod
    def name_match(gold: str, found: set[str]) -> bool:
        return gold in found


def test_the_gold_persons_alone_are_taken_out(tmp_path: Path) -> None:
    drop = dropper("gold", [{"persons": ["Joseph Stalin", "Kim Il Sung"]}], 7, _Score())
    removed, total = ablated_register(tmp_path / "r", drop)
    assert removed == 2
    assert _count(tmp_path / "r" / "persons.xml", "//t:person") == total - 2
    names = {n for p in etree.parse(str(tmp_path / "r" / "persons.xml")).xpath(
        "//t:person", namespaces=NS) for n in forms(p)}
    assert "Joseph Stalin" not in names and "Mao Zedong" in names
    for kind, name in (("places", "place"), ("orgs", "org")):
        assert _count(tmp_path / "r" / f"{kind}.xml", f"//t:{name}") == \
            _count(REGISTER / f"{kind}.xml", f"//t:{name}")


@pytest.mark.parametrize(("setting", "low", "high"), [("full", 0, 0), ("half", 0.4, 0.6)])
def test_the_other_settings_take_out_none_or_about_half(setting: str, low: float,
                                                        high: float, tmp_path: Path) -> None:
    removed, total = ablated_register(tmp_path / "r", dropper(setting, [], 7, _Score()))
    assert low <= removed / total <= high


def test_the_half_setting_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    first = ablated_register(tmp_path / "a", dropper("half", [], 3, _Score()))
    again = ablated_register(tmp_path / "b", dropper("half", [], 3, _Score()))
    assert first == again
    assert (tmp_path / "a" / "persons.xml").read_bytes() == \
        (tmp_path / "b" / "persons.xml").read_bytes()
