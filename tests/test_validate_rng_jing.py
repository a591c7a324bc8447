"""The pure-Python tei_all check reports what jing reports: the same (line, kind of message)
on other editions' files and on corpus files with typical editing mistakes.

Runs where jing is installed (CI installs it); skipped elsewhere.
"""

from __future__ import annotations

import copy as copy_module
import random
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from tei.validate.official import bundled_tei_all, load_grammar
from tei.validate.rng.check import Checker, Kind

ROOT = Path(__file__).resolve().parent.parent
# Other editions' TEI: the copies kept for the render tests, and (in a workspace that has
# them) the shared originals, which add the CMIF templates with their placeholder values.
FOREIGN = [ROOT / "tests" / "fixtures" / "render" / "foreign",
           ROOT.parent / "shared" / "foreign"]
TEI = "{http://www.tei-c.org/ns/1.0}"
JING = shutil.which("jing")
_JING_LINE = re.compile(r"^(.*):(\d+):\d+: error: (.*)$")
_JING_KINDS = [
    (re.compile(r'^element "[^"]+" (?:not allowed|missing required element)'), Kind.ELEMENT),
    (re.compile(r'^(?:found )?attribute "[^"]+",? (?:but )?(?:not|no attributes) allowed'),
     Kind.ATTRIBUTE),
    (re.compile(r"^value of attribute"), Kind.VALUE),
    (re.compile(r"missing required attribute"), Kind.MISSING_ATTRIBUTE),
    (re.compile(r"incomplete"), Kind.INCOMPLETE),
    (re.compile(r"^(?:text not allowed|character content)"), Kind.TEXT),
]

pytestmark = pytest.mark.skipif(JING is None, reason="jing is not installed (CI installs it)")


def _jing_kind(message: str) -> str:
    return next((str(kind) for pattern, kind in _JING_KINDS if pattern.search(message)),
                message)


def jing_errors(paths: list[Path]) -> dict[str, set[tuple[int, str]]]:
    """(line, kind) of each error jing reports, per file."""
    found: dict[str, set[tuple[int, str]]] = {str(path): set() for path in paths}
    output = subprocess.run([str(JING), str(bundled_tei_all()), *map(str, paths)],
                            capture_output=True, text=True, check=False).stdout
    for line in output.splitlines():
        match = _JING_LINE.match(line)
        assert match, line
        found[match.group(1)].add((int(match.group(2)), _jing_kind(match.group(3))))
    return found


def our_errors(paths: list[Path]) -> dict[str, set[tuple[int, str]]]:
    """(line, kind) of each error the tei-all engine reports, per file."""
    checker = Checker(load_grammar(bundled_tei_all()))
    parser = etree.XMLParser(collect_ids=False)
    return {str(path): {(error.line, str(error.kind))
                        for error in checker.check(etree.parse(str(path), parser))}
            for path in paths}


def test_other_editions_files_get_the_errors_jing_reports() -> None:
    paths = sorted({path.name: path for folder in FOREIGN
                    for path in [*folder.glob("*.xml"), *folder.glob("*/*.xml")]}.values())
    assert len(paths) >= 13
    jing = jing_errors(paths)
    assert sum(map(len, jing.values())) > 100
    assert our_errors(paths) == jing


def _elements(root: etree._Element) -> list[etree._Element]:
    return [e for e in root.iter(etree.Element) if e is not root]


def _misspell(root: etree._Element, rng: random.Random) -> None:
    element = rng.choice(_elements(root))
    element.tag = element.tag.lower() + ("x" if element.tag.islower() else "")


def _bad_date(root: etree._Element, rng: random.Random) -> None:
    dated = [e for e in root.iter(f"{TEI}date", f"{TEI}change")] or _elements(root)
    rng.choice(dated).set("when", "1950-13-25")


def _unknown_attribute(root: etree._Element, rng: random.Random) -> None:
    rng.choice(_elements(root)).set("colour", "red")


def _drop_element(root: etree._Element, rng: random.Random) -> None:
    element = rng.choice(_elements(root))
    element.getparent().remove(element)


def _drop_attribute(root: etree._Element, rng: random.Random) -> None:
    owners = [e for e in root.iter(etree.Element) if e.attrib]
    element = rng.choice(owners)
    del element.attrib[rng.choice(sorted(element.attrib))]


def _stray_text(root: etree._Element, rng: random.Random) -> None:
    parents = [e for e in root.iter(etree.Element) if len(e)]
    child = rng.choice(rng.choice(parents))
    child.tail = (child.tail or "") + "stray words"


def _swap(root: etree._Element, rng: random.Random) -> None:
    parents = [e for e in root.iter(etree.Element) if len(e) > 1]
    parent = rng.choice(parents)
    first = rng.randrange(len(parent) - 1)
    parent.insert(first, parent[first + 1])


def _duplicate(root: etree._Element, rng: random.Random) -> None:
    element = rng.choice(_elements(root))
    copy = copy_module.deepcopy(element)
    for node in copy.iter(etree.Element):
        node.attrib.pop("{http://www.w3.org/XML/1998/namespace}id", None)
    copy.tail = element.tail
    element.addnext(copy)


MUTATIONS: list[Callable[[etree._Element, random.Random], None]] = [
    _misspell, _bad_date, _unknown_attribute, _drop_element, _drop_attribute, _stray_text,
    _swap, _duplicate]


def mutated_corpus(folder: Path, count: int) -> list[Path]:
    """`count` corpus files, each with two to four random editing mistakes (seeded)."""
    originals = sorted((ROOT / "corpus" / "tei").glob("*.xml"))
    rng = random.Random(10)
    paths = []
    for number in range(count):
        tree = etree.parse(str(originals[number % len(originals)]))
        for _ in range(rng.randint(2, 4)):
            rng.choice(MUTATIONS)(tree.getroot(), rng)
        path = folder / f"mutated-{number:02d}.xml"
        path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
        paths.append(path)
    return paths


def test_mutated_corpus_files_get_the_errors_jing_reports(tmp_path: Path) -> None:
    paths = mutated_corpus(tmp_path, 50)
    jing = jing_errors(paths)
    assert sum(1 for errors in jing.values() if errors) >= 35  # most mutations are errors
    ours = our_errors(paths)
    assert {path: ours[path] for path in ours if ours[path] != jing[path]} == {
        path: jing[path] for path in ours if ours[path] != jing[path]}
