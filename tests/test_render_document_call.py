"""A document's outputs in one transform (xslt/document.xsl, `Renderer.outputs`): the same
record, text blocks and page as each of the three stylesheets run alone, also for texts whose
characters the HTML serialiser would escape (the header is written unescaped and split by
its lengths in characters)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from saxonche import PySaxonProcessor, PyXdmValue

from tei.edition import load_edition
from tei.render import context_xml, layout
from tei.render.saxon import Renderer
from tei.resources import xslt_dir
from tei.xmlio import parse_bytes, parse_file

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "render").glob("*.xml"))
HOSTILE = "A &amp; B &lt;c&gt; \u00a0nbsp \u0085 C1 &#13; cr \U0001d11e \u2028 ]]&gt; \"'"
TEI = f"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title>{HOSTILE}</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc>
<p>{HOSTILE}</p></sourceDesc></fileDesc><profileDesc><abstract><p>{HOSTILE}</p></abstract>
</profileDesc></teiHeader><text><body><p>{HOSTILE}</p><p>1 2 3 4 5 6 7</p></body></text></TEI>"""
ALONE = {"record": "index/record.xsl", "text": "text/document.xsl", "page": "html/document.xsl"}


def _alone(name: str, text: str, context: str, facts: dict[str, str]) -> str:
    """The output of stylesheet `name` compiled and run on its own processor."""
    processor = PySaxonProcessor(license=False)
    executable = processor.new_xslt30_processor().compile_stylesheet(
        stylesheet_file=str(xslt_dir() / ALONE[name]))
    executable.set_property("!encoding", "utf-8")
    executable.set_parameter("context", processor.parse_xml(xml_text=context))
    strings = [processor.make_string_value(facts[key]) for key in ("id", "page", "tei", "text")]
    document = PyXdmValue(processor)
    for item in strings:  # kept alive (in `strings`) while the executable runs
        document.add_xdm_item(item)
    if name != "text":
        executable.set_parameter("document", document)
    return executable.transform_to_string(xdm_node=processor.parse_xml(xml_text=text)) or ""


@pytest.mark.parametrize("name", [path.name for path in FIXTURES] + ["hostile"])
def test_one_call_gives_what_each_stylesheet_gives_alone(name: str) -> None:
    tree = (parse_bytes(TEI.encode(), "hostile") if name == "hostile"
            else parse_file(Path(__file__).parent / "fixtures" / "render" / name))
    text = etree.tostring(tree, encoding="unicode")
    renderer = Renderer.shared()
    facts = layout.document("d")
    context = context_xml(load_edition(), None)
    made = renderer.outputs(renderer.load(tree, name), context, facts)
    assert made.record == _alone("record", text, context, facts)
    assert made.blocks == _alone("text", text, context, facts)
    assert made.page == _alone("page", text, context, facts)
    assert made.page.startswith("<!DOCTYPE HTML><html")
    parts = renderer.outputs(renderer.load(tree, name), context, facts, parts=("text",))
    assert (parts.record, parts.blocks, parts.page) == ("", made.blocks, "")
