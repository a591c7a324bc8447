"""The edition's transforms on one Saxon processor (tei/render/saxon.py): a context given
again is parsed once, and each transform sees the context it is given."""

from __future__ import annotations

import shutil
from pathlib import Path

from lxml import etree

from tei.edition import load_edition
from tei.render import Renderer, context_xml
from tei.render.saxon import CORPUS_STYLESHEETS, DOCUMENT_STYLESHEETS
from tei.resources import xslt_dir
from tei.xmlio import parse_file

CABLE = Path(__file__).parent / "fixtures" / "render" / "r04_undated.xml"


def test_each_transform_sees_its_own_context_when_contexts_alternate() -> None:
    renderer = Renderer()
    source = renderer.load(parse_file(CABLE), str(CABLE))
    contexts = {stem: context_xml(load_edition(), {"id": stem, "page": f"{stem}.html"})
                for stem in ("a", "b")}
    order = ["a", "a", "b", "a", "b", "b"]
    records = [renderer.record(source, contexts[stem]) for stem in order]
    assert [etree.fromstring(record).get("id") for record in records] == order
    pages = [renderer.html(source, contexts[stem]) for stem in ("a", "b")]
    assert pages[0] != pages[1]


def test_a_documents_renderer_compiles_only_a_documents_stylesheets() -> None:
    assert set(Renderer.shared()._executables) == set(DOCUMENT_STYLESHEETS)
    assert set(Renderer.shared(CORPUS_STYLESHEETS)._executables) == set(CORPUS_STYLESHEETS)
    assert Renderer.shared(CORPUS_STYLESHEETS) is not Renderer.shared()


def test_a_renderer_of_some_stylesheets_is_locked_too(tmp_path: Path) -> None:
    shutil.copytree(xslt_dir(), tmp_path / "xslt")
    stylesheet = tmp_path / "xslt" / "document.xsl"
    stylesheet.write_text(stylesheet.read_text(encoding="utf-8").replace(
        '<xsl:apply-templates select="TEI" mode="tt:edition"/>',
        "<xsl:sequence select=\"array { [string-join((unparsed-text-available('/etc/passwd'), "
        "doc-available('file:///etc/hostname')) ! string(), ' '), '', '', false()] }\"/>", 1),
        encoding="utf-8")
    renderer = Renderer(tmp_path / "xslt", names=("document",))
    source = renderer.load(parse_file(CABLE), str(CABLE))
    context = context_xml(load_edition(), {"id": "a", "page": "a.html"})
    assert renderer.text(source, context) == "false false\n"
