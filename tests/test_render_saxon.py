"""The edition's transforms on one Saxon processor (tei/render/saxon.py): a context given
again is parsed once, and each transform sees the context it is given."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.edition import load_edition
from tei.render import Renderer, context_xml
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
