"""What the fuzz run does with one input: convert a text, validate or render a TEI file, and
what it checks of the result."""

from __future__ import annotations

import re
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from bench.fuzz_mutate import LABEL_LINES
from tei.convert import convert_text, load_resources
from tei.convert.markup import normalise
from tei.convert.patterns import Patterns
from tei.convert.read import logical_lines
from tei.decoding import decode_text
from tei.diagnostics import InputError, Severity
from tei.render import render_edition
from tei.validate import Layer, Options, Validator

ROOT = Path(__file__).resolve().parents[1]
TEI_ALL = ROOT / "tests" / "reference" / "tei_all.rng"
_WORD = re.compile(r"\w+")
_MARKER = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\^\d{1,3}|(?i:\[\s*(?:stamp|seal)\s*:)")
"""What the converter turns into markup: footnote markers (`¹`, `^1`: `note/@n`) and the label
of a bracketed stamp (`[Stamp:`: the `stamp` element)."""


@dataclass(frozen=True)
class Outcome:
    """kind: ok, rejected (a diagnostic, as designed), crash, invalid, lost-words, hang."""

    kind: str
    detail: str
    seconds: float


def words(text: str) -> set[str]:
    """The casefolded words of a text, with markers (`_MARKER`) set apart from them."""
    return {w.casefold() for w in _WORD.findall(_MARKER.sub(" ", text))}


def lost_words(text: str, found: set[str]) -> set[str]:
    """Words of `text` not in `found`, but for parts of a word joined again (at a line-end
    hyphen, a stray bracket removed: `G[overn-` / `ment`), footnote markers and stamp labels
    (also glued to a word: `Bajpai¹`, `positio[Stamp: ...]`). The text is compared as the
    converter reads it (`normalise`: NFC, no invisible characters): a decomposed character
    or a zero-width space splits a `\\w+` word, and joining it again is no loss."""
    sequence = [w.casefold() for w in _WORD.findall(_MARKER.sub(" ", normalise(text)))]
    lost = set()
    for i, word in enumerate(sequence):
        joined = {"".join(sequence[start:end]) for start in range(max(0, i - 2), i + 1)
                  for end in range(i + 1, min(len(sequence), start + 3) + 1)}
        if word not in found and not joined & found:
            lost.add(word)
    return lost


def tei_words(root: etree._Element) -> set[str]:
    """Every word in the text and attribute values of a TEI document; a word that markup
    cuts in two (`s<persName>TALIN</persName>`) is read whole too, as a reader sees it."""
    found = words(" ".join(root.itertext())) | words("".join(root.itertext()))
    for element in root.iter():
        for value in element.attrib.values():
            found |= words(value)
    return found


LABEL_WORDS = words(" ".join(LABEL_LINES))
_LABEL_TABLES = ("page-fields", "page-keyword-fields", "heading-labels")


def dropped_by_rows(text: str, patterns: Patterns) -> set[str]:
    """Words that documented table rows drop: whole lines of page furniture, boilerplate
    and footnote-block headings, and the labels of fields (their values are kept). Rows
    are tried on the source lines and on the logical lines the converter reads (markup
    removed, wrapped lines joined: `<b>Home</b> > Archive > Wars` is a breadcrumb)."""
    dropped: set[str] = set()
    for line in [*text.splitlines(), *(line.text for line in logical_lines(text))]:
        line = line.strip()
        notes = patterns.match("footnotes", line)
        if patterns.match("page-furniture", line) or patterns.match("boilerplate", line) \
                or (notes and notes[0] == "heading"):
            dropped |= words(line)
            continue
        label = line.partition(":")[0]
        if any(patterns.label(table, label) for table in _LABEL_TABLES):
            dropped |= words(label)
    return dropped


class Targets:
    """The resources, validators and a scratch folder of one fuzz worker."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.resources = load_resources()
        self.strict = Validator(Options(layers=(Layer.GRAMMAR, Layer.RULES, Layer.TEI_ALL),
                                        tei_all=TEI_ALL))
        self.plain = Validator()
        warm_up = next((ROOT / "corpus" / "tei").glob("*.xml"))
        self.strict.validate_file(warm_up)  # compiles tei_all (seconds) before the clock runs
        self.scratch = Path(tempfile.mkdtemp(prefix="tei-fuzz-"))
        self.seed_lost: dict[str, set[str]] = {}

    def run(self, number: int, target: str, data: bytes, seed: str) -> Outcome:
        """Run one input (mutated from `seed`); any exception but InputError is a crash."""
        started = time.perf_counter()
        try:
            kind, detail = getattr(self, target)(number, data, seed)
        except InputError as exc:
            kind, detail = "rejected", exc.diagnostic.format()
        except Exception:  # reporting crashes is the point
            kind, detail = "crash", traceback.format_exc(limit=-6)
        return Outcome(kind, detail, time.perf_counter() - started)

    def convert(self, number: int, data: bytes, seed: str) -> tuple[str, str]:
        decoded = decode_text(data, f"fuzz-{number}.txt")
        xml = convert_text(decoded.text, f"fuzz-{number}", self.resources,
                           path=f"fuzz-{number}.txt").xml
        report = self.strict.validate_bytes(xml, Path(f"fuzz-{number}.xml"))
        errors = [f.diagnostic.format() for f in report.findings
                  if f.severity is Severity.ERROR]
        if errors:
            return "invalid", "\n".join(errors[:5])
        lost = lost_words(decoded.text, tei_words(etree.fromstring(xml))) - self._excused(seed)
        lost -= dropped_by_rows(decoded.text, self.resources.patterns)
        return ("lost-words", " ".join(sorted(lost)[:20])) if lost else ("ok", "")

    def _excused(self, seed: str) -> set[str]:
        """Words the unmutated seed already loses (page furniture dropped by design) and the
        words of the label lines that mutations insert."""
        if seed not in self.seed_lost:
            xml = convert_text(seed, "seed", self.resources).xml
            self.seed_lost[seed] = lost_words(seed, tei_words(etree.fromstring(xml)))
        return self.seed_lost[seed] | LABEL_WORDS

    def validate(self, number: int, data: bytes, _seed: str) -> tuple[str, str]:
        self.plain.validate_bytes(data, Path(f"fuzz-{number}.xml"))
        return "ok", ""

    def render(self, number: int, data: bytes, _seed: str) -> tuple[str, str]:
        path = self.scratch / "fuzz.xml"
        path.write_bytes(data)
        render_edition([path], self.scratch / "site", self.scratch / "text")
        return "ok", ""
