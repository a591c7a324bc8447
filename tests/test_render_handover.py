"""What Python hands Saxon besides the context (tei/render/saxon.py): the neighbours of the
pager, the document's own facts and the entities whose record entries are known
(tei/render/entity_facts.py) give the same outputs as the context alone."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.edition import load_edition
from tei.render import context_xml, layout
from tei.render.context import Link
from tei.render.entity_facts import EntityFacts
from tei.render.saxon import Renderer
from tei.xmlio import parse_file

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "render").glob("*.xml"))
PREV, NEXT = Link("a.html", "Before <&> “it”", "1 May 1950"), Link("b.html", "After", "")


def test_the_pager_from_the_neighbours_is_the_pager_of_the_page() -> None:
    renderer = Renderer.shared()
    source = renderer.load(parse_file(FIXTURES[0]), str(FIXTURES[0]))
    for prev, next_ in ((PREV, NEXT), (None, NEXT), (PREV, None)):
        page = renderer.html(source, context_xml(load_edition(), {"id": "d", "page": "d.html"},
                                                 prev, next_))
        assert renderer.pager(prev, next_) in page
    assert renderer.pager(None, None) == ""


def test_the_documents_facts_as_strings_give_the_same_page_and_record() -> None:
    renderer = Renderer.shared()
    edition = load_edition()
    for path in FIXTURES:
        source = renderer.load(parse_file(path), str(path))
        for published in (True, False):
            facts = layout.document(path.stem, published)
            named = context_xml(edition, facts, PREV, NEXT)
            shared = context_xml(edition, None, PREV, NEXT)
            assert renderer.html(source, shared, facts) == renderer.html(source, named)
            assert renderer.record(source, shared, facts) == renderer.record(source, named)


def test_a_record_with_known_entities_is_completed_to_the_full_record() -> None:
    renderer, facts = Renderer.shared(), EntityFacts()
    context = context_xml(load_edition(), {"id": "d", "page": "d.html"})
    stubs = 0
    for path in FIXTURES * 2:  # the second round knows every entity of the first
        tree = parse_file(path)
        source = renderer.load(tree, str(path))
        keys = facts.keys(tree)
        known = facts.known(keys)
        record = etree.fromstring(renderer.record(source, context, known=known))
        stubs += sum(entry.get("kind") is None for entry in record.iterfind("entity"))
        facts.complete(record, keys)
        assert etree.tostring(record) == etree.tostring(
            etree.fromstring(renderer.record(source, context)))
    assert stubs > 0


def test_an_entity_whose_id_is_repeated_is_never_a_stub() -> None:
    tree = etree.ElementTree(etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>'
        '<person xml:id="p1"/><person xml:id="p1"/><person xml:id="p2"/>'
        "</listPerson></standOff></TEI>", etree.XMLParser(collect_ids=False)))
    assert set(EntityFacts.keys(tree)) == {"p2"}
