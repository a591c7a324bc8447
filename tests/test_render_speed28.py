"""speed28's shortcut gives what the check it spares gives: the validation's grammar verdict
(`FileReport.grammatical`, the digest of the bytes our RELAX NG accepted as one tree) is set
exactly when the render's own grammar check (`publish._grammar`) accepts the same file, a
render handed that digest publishes the TEI copy without asking the grammar again while the
file holds those bytes, and `tei build` hands it over."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tei.build import Layout, build
from tei.render import publish
from tei.render.passes import DocumentTask, first_pass
from tei.validate import Validator
from tei.validate.grammar import MAX_CHILDREN
from tei.xmlio import parse_bytes
from tests.cases import RAW

CORPUS_TEI = Path(__file__).resolve().parent.parent / "corpus" / "tei"
RENDER = Path(__file__).parent / "fixtures" / "render"
CABLE = (RENDER / "r01_cable.xml").read_bytes()


def _edited(data: bytes, inserted: str) -> bytes:
    """The document with `inserted` written after its message's opener."""
    return data.replace(b"</opener>", b"</opener>" + inserted.encode(), 1)


WIDE = "<p>" + "<lb/>" * (MAX_CHILDREN + 1) + "</p>"
VARIANTS = {  # what is inserted, whether the grammar accepts the document
    "as it is": ("", True),
    "an element the grammar lacks": ("<p><unknownThing>x</unknownThing></p>", False),
    "an attribute the grammar lacks": ('<p bogus="y">x</p>', False),
    "a wide element (checked in slices)": (WIDE, True),
}


def _documents() -> list[tuple[str, bytes]]:
    documents = [(path.name, path.read_bytes()) for path in sorted(CORPUS_TEI.glob("*.xml"))]
    documents += [(path.name, path.read_bytes()) for path in sorted(RENDER.glob("*.xml"))]
    documents += [(name, _edited(CABLE, inserted)) for name, (inserted, _) in VARIANTS.items()]
    return documents


@pytest.mark.parametrize("name", VARIANTS)
def test_the_variants_are_what_they_say(name: str) -> None:
    inserted, accepted = VARIANTS[name]
    tree = parse_bytes(_edited(CABLE, inserted), name)
    assert bool(publish._grammar().validate(tree)) is accepted


@pytest.mark.parametrize(("name", "data"), _documents(), ids=lambda v: v if isinstance(v, str)
                         else "")
def test_the_verdict_is_the_renders_grammar_check(name: str, data: bytes, tmp_path: Path
                                                  ) -> None:
    path = tmp_path / "doc.xml"
    path.write_bytes(data)
    report = Validator().validate_file(path)
    accepted = bool(publish._grammar().validate(parse_bytes(data, name)))
    wide = WIDE.encode() in data
    assert report.grammatical == (hashlib.sha256(data).hexdigest() if accepted and not wide
                                  else "")


def _task(path: Path, site: Path, grammatical: str) -> DocumentTask:
    return DocumentTask(path, path.stem, "<context/>", site, None, "../schemas/",
                        grammatical=grammatical, draft="")


class _Asked(Exception):
    """The grammar was asked."""


def test_a_verdict_for_the_same_bytes_spares_the_check(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r01_cable.xml"
    path.write_bytes(CABLE)
    unchecked = publish.tei_copy(parse_bytes(CABLE, "cable"), "../schemas/")
    assert unchecked is not None

    def grammar() -> None:
        raise _Asked

    monkeypatch.setattr(publish, "_grammar", grammar)
    copies = {}

    def copied(tree, schemas="", *, checked=False):  # type: ignore[no-untyped-def]
        copies["copy"] = original(tree, schemas, checked=checked)
        return copies["copy"]

    original = publish.tei_copy
    monkeypatch.setattr("tei.render.passes.tei_copy", copied)
    digest = hashlib.sha256(CABLE).hexdigest()
    with pytest.raises(_Asked):  # no verdict: the grammar is asked
        first_pass(_task(path, tmp_path / "site", ""))
    with pytest.raises(_Asked):  # a verdict on other bytes: asked again
        path.write_bytes(CABLE.replace(b"</body>", b"<p>edited since</p></body>", 1))
        first_pass(_task(path, tmp_path / "site", digest))
    path.write_bytes(CABLE)
    first_pass(_task(path, tmp_path / "site", digest))
    assert copies["copy"] == unchecked


def test_the_build_hands_the_verdicts_to_the_render(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    layout = Layout(tmp_path / "raw", tmp_path / "tei", tmp_path / "site", tmp_path / "text")
    shutil.copytree(RAW, layout.raw)

    def grammar() -> None:
        raise _Asked

    monkeypatch.setattr(publish, "_grammar", grammar)
    result = build(layout)
    assert result.ok
    published = sorted(path.stem for path in (layout.site / "tei").glob("*.xml"))
    assert published == sorted(path.stem for path in layout.tei.glob("*.xml"))
