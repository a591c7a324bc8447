"""The converter's test cases: the seed corpus with its gold facts, and the generalisation set."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tei.convert import Resources, convert_text
from tei.diagnostics import Diagnostic
from tei.xmlio import decode_text
from tests.tei_facts import facts

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "corpus" / "raw"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
TELEGRAMS = ROOT / "tests" / "fixtures" / "telegrams"


@dataclass(frozen=True)
class Case:
    """A source text and the facts expected from it."""

    stem: str
    source: Path
    expected: dict = field(compare=False, hash=False)

    @property
    def page_lines(self) -> list[str]:
        return self.expected.get("page_lines", [])


def _seed_cases() -> list[Case]:
    page_lines = json.loads((SEEDS / "page_lines.json").read_text(encoding="utf-8"))
    cases = []
    for gold in sorted(SEEDS.glob("0*.json")):
        expected = json.loads(gold.read_text(encoding="utf-8"))
        expected["page_lines"] = page_lines[gold.stem]
        cases.append(Case(gold.stem, RAW / f"{gold.stem}.txt", expected))
    return cases


def _fixture_source(gold: Path) -> Path:
    """A fixture's source: its `.txt`, or its `.html` when it is a whole saved web page."""
    page = gold.with_suffix(".html")
    return page if page.exists() else gold.with_suffix(".txt")


def _generalisation_cases() -> list[Case]:
    return [Case(path.stem, _fixture_source(path), json.loads(path.read_text("utf-8")))
            for path in sorted(TELEGRAMS.glob("*.json"))]


CASES = _seed_cases() + _generalisation_cases()

# Facts of the blind-written fixtures the converter does not meet yet, by fixture and check
# (a fact key, "persons", "words", ...). Each is a strict xfail: meeting one fails the test
# until it is taken off the list, so the list only shrinks.
KNOWN_GAPS: dict[str, list[str]] = json.loads(
    (ROOT / "tests" / "fixtures" / "known_gaps.json").read_text(encoding="utf-8"))["gaps"]


def gap_param(case: Case, check: str, *values: object) -> object:
    """A pytest parameter for `case` (and `values`), a strict xfail when it is a known gap."""
    import pytest

    marks = ([pytest.mark.xfail(strict=True, reason=f"known gap of {case.stem}: {check} "
                                "(tests/fixtures/known_gaps.json)")]
             if check in KNOWN_GAPS.get(case.stem, []) else [])
    ident = "-".join([case.stem, *(str(v) for v in values)])
    return pytest.param(case, *values, marks=marks, id=ident)


_CONVERTED: dict[str, tuple[bytes, tuple[Diagnostic, ...]]] = {}


def _converted(case: Case, res: Resources) -> tuple[bytes, tuple[Diagnostic, ...]]:
    if case.stem not in _CONVERTED:
        decoded = decode_text(case.source.read_bytes())
        conversion = convert_text(decoded.text, case.stem, res, path=str(case.source))
        _CONVERTED[case.stem] = conversion.xml, tuple(conversion.warnings)
    return _CONVERTED[case.stem]


def converted(case: Case, res: Resources) -> tuple[etree._Element, tuple[Diagnostic, ...]]:
    """TEI root and warnings of a case (converted once per process)."""
    xml, warnings = _converted(case, res)
    return etree.fromstring(xml), warnings


_FACTS: dict[str, dict[str, object]] = {}


def case_facts(case: Case, res: Resources) -> dict[str, object]:
    """The contract's facts of a case's TEI (found once per process; do not mutate them)."""
    if case.stem not in _FACTS:
        _FACTS[case.stem] = facts(converted(case, res)[0])
    return _FACTS[case.stem]


def xml_of(case: Case, res: Resources) -> bytes:
    """The TEI bytes of a case."""
    return _converted(case, res)[0]


# The last inline texts' TEI, for the resources they were converted with (held, so `is`
# tells them): a rule module converts one text for several tests (a fifth of its calls).
_INLINE: dict[str, bytes] = {}
_INLINE_RESOURCES: list[Resources] = []
_INLINE_KEPT = 256


def _inline_xml(text: str, res: Resources) -> bytes:
    if not _INLINE_RESOURCES or _INLINE_RESOURCES[0] is not res:
        _INLINE_RESOURCES[:] = [res]
        _INLINE.clear()
    if text not in _INLINE:
        if len(_INLINE) >= _INLINE_KEPT:
            del _INLINE[next(iter(_INLINE))]
        _INLINE[text] = convert_text(text, "t", res).xml
    return _INLINE[text]


def text_xml(text: str, res: Resources) -> str:
    """The TEI a text given inline in a test converts to."""
    return _inline_xml(text, res).decode()


def text_facts(text: str, res: Resources) -> dict[str, object]:
    """The contract's facts of the TEI a text given inline in a test converts to."""
    return facts(etree.fromstring(_inline_xml(text, res)))
