"""speed25's shortcuts give what the work they spare gives: the TEI copy read from the
serialised root when nothing is foreign (`publish._plainly_tei`) equals the copy made by the
query over every node, and a folder's real path kept by `output_files._real_folder` follows the
folder when its path is made to lead elsewhere; a cached record's fields are
`dataclasses.asdict`'s; folding with the runs kept is folding afresh."""

from __future__ import annotations

import base64
import copy
import dataclasses
import json
import os
from pathlib import Path

import pytest
from lxml import etree

from tei.render import output_files, passes, publish, search
from tei.render.search import SearchDocument
from tei.xmlio import parse_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "render"
TELEGRAMS = Path(__file__).parent / "fixtures" / "telegrams"
CABLE = (FIXTURES / "r04_undated.xml").read_text(encoding="utf-8")


def queried_copy(tree: etree._ElementTree) -> bytes:
    """The copy as made before the shortcut: a deep copy, the query, the removals."""
    root = copy.deepcopy(tree.getroot())
    if publish._has_foreign(root):
        for node in list(root.iter()):
            if publish._foreign(node):
                publish._remove(node)
            else:
                publish._drop_foreign_attributes(node)
    etree.cleanup_namespaces(root)
    return etree.tostring(root, encoding="UTF-8")


def body(copy_: bytes) -> bytes:
    """The copy without its prolog and final line break."""
    return copy_[copy_.index(b"<TEI"):].removesuffix(b"\n")


INSERTED = [
    "",  # nothing foreign
    '<p><xhtml:b xmlns:xhtml="http://www.w3.org/1999/xhtml">x</xhtml:b>kept</p>',
    '<p><hi xmlns:h="http://www.w3.org/1999/xhtml" h:onclick="x()">kept</hi></p>',
    '<p><hi>kept<?evil x?></hi></p>',
    '<p><b xmlns="">x</b>kept</p>',  # an element in no namespace
    '<p><hi xmlns:unused="urn:x">kept</hi></p>',  # a declaration nothing uses
    '<p>xmlns and &lt;? in text</p>',  # the words alone: sent to the query, same copy
    '<!-- xmlns <? in a comment --><p>kept</p>',
    '<p><hi xml:lang="fr">gardé</hi></p>',  # the XML namespace needs no declaration
]


@pytest.mark.parametrize("inserted", INSERTED)
def test_the_copy_is_the_queried_copy(inserted: str) -> None:
    text = CABLE.replace("<p><persName", inserted + "<p><persName", 1).encode("utf-8")
    expected = queried_copy(parse_bytes(text, "doc.xml"))
    assert body(publish.clean_copy(parse_bytes(text, "doc.xml"))) == expected


def test_fixtures_copies_are_the_queried_copies() -> None:
    paths = sorted(FIXTURES.glob("*.xml"))
    assert paths
    for path in paths:
        data = path.read_bytes()
        assert body(publish.clean_copy(parse_bytes(data, path.name))) == queried_copy(
            parse_bytes(data, path.name)), path.name


def test_plainly_tei_only_without_other_declarations() -> None:
    tei = b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>'
    assert publish._plainly_tei(tei)
    assert not publish._plainly_tei(tei.replace(b"<text/>", b'<b xmlns=""/>'))
    assert not publish._plainly_tei(tei.replace(b"<text/>", b"<?pi x?>"))
    assert not publish._plainly_tei(b'<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"/>')


def test_a_kept_real_path_follows_a_moved_link(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    link = tmp_path / "site"
    link.symlink_to(first)
    assert output_files._real_folder(str(link)) == str(first)
    assert output_files.inside(link, "documents/a.html") == first / "documents" / "a.html"
    link.unlink()
    link.symlink_to(second)
    assert output_files._real_folder(str(link)) == str(second)
    assert output_files.inside(link, "documents/a.html") == second / "documents" / "a.html"
    link.unlink()
    os.rename(second, link)  # the path is now the folder itself
    assert output_files._real_folder(str(link)) == str(link)


def test_cached_fields_are_asdicts() -> None:
    search = SearchDocument("documents/a.html", "T", "1 May 1945", "S", "1945", "cable",
                            ("A", "B"), (), b"\x00\xff packed")
    record = passes.DocumentRecord("a", "1945-05-01", "T", "1 May 1945", "S", "<record/>",
                                   search, False)
    expected = dataclasses.asdict(record)
    expected["search"]["packed"] = base64.b64encode(search.packed).decode("ascii")
    assert json.dumps(passes._fields(record), sort_keys=True) == json.dumps(expected,
                                                                           sort_keys=True)
    assert [f.name for f in dataclasses.fields(passes.DocumentRecord)] == list(
        passes.DocumentRecord.__slots__)


def test_folding_with_kept_runs_is_folding_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Молотов’s “note” — Ångström, Ǆ, ﬁne, Straße, e\u0301", "Молотов and Молотов",
             "x\u00adx \u1e9b\u0323 ß"]
    afresh = []
    for text in texts:
        search._MARKLESS.clear()
        afresh.append(search.fold(text))
    assert [search.fold(text) for text in texts] == afresh  # now from the kept runs
    monkeypatch.setattr(search, "_MARKLESS_KEPT", 2)
    search._MARKLESS.clear()
    assert [search.fold(text) for text in texts] == afresh
    assert len(search._MARKLESS) <= 2
