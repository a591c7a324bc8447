"""Generated documents in other editions' markup (elements we know and elements we do not,
nested anyhow, with attribute values we can and cannot use): every one is brought in, valid
against our grammar and rules (checked inside `build`), with every word kept."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tei import resources
from tei.convert.register_files import load_register
from tei.edition import Edition
from tei.importing.document import Target, build, words
from tei.importing.document import _text_words as source_words
from tei.importing.names import Linker
from tei.xmlio import NSMAP

TEI = "http://www.tei-c.org/ns/1.0"
ELEMENTS = ["p", "hi", "rs", "del", "add", "subst", "unknown", "note", "list", "item", "label",
            "choice", "sic", "corr", "div", "head", "opener", "closer", "dateline", "salute",
            "signed", "pb", "lb", "gap", "seg", "persName", "placeName", "date", "time", "ab",
            "address", "addrLine", "postscript", "quote", "foreign", "space", "ref", "anchor",
            "floatingText", "body", "front", "back", "listPerson", "person"]
ATTRIBUTES = {"rend": ["italic", "strong", "blink"], "type": ["person", "place", "x", "from"],
              "when": ["1951-07-05", "1951-02-30", "later"], "reason": ["stain", "omitted"],
              "xml:lang": ["la", "?"], "target": ["#nowhere", "https://example.org"]}
WORD = st.sampled_from(["alpha", "beta", "Wien", "Moskau", "1951", "Stalin", " ", ", ", "\n"])


@st.composite
def element(draw: st.DrawFn, depth: int = 0) -> etree._Element:
    name = draw(st.sampled_from(ELEMENTS))
    built = etree.Element(f"{{{TEI}}}{name}")
    for attribute in draw(st.lists(st.sampled_from(sorted(ATTRIBUTES)), max_size=2)):
        key = "{http://www.w3.org/XML/1998/namespace}lang" if attribute == "xml:lang" \
            else attribute
        built.set(key, draw(st.sampled_from(ATTRIBUTES[attribute])))
    built.text = "".join(draw(st.lists(WORD, max_size=3)))
    if depth < 3:
        for child in draw(st.lists(element(depth + 1), max_size=3)):
            child.tail = "".join(draw(st.lists(WORD, max_size=2)))
            built.append(child)
    return built


@cache
def linker_register() -> object:
    return load_register(resources.register_dir())


def document(body: list[etree._Element]) -> bytes:
    root = etree.fromstring(
        f'<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
        "<publicationStmt><p>Public domain.</p></publicationStmt><sourceDesc><p>S</p>"
        "</sourceDesc></fileDesc></teiHeader><text><body/></text></TEI>")
    root.find(".//tei:body", NSMAP).extend(body)
    return etree.tostring(root)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(element(), min_size=1, max_size=4))
def test_generated_markup_is_brought_in_valid_with_every_word(body: list) -> None:
    data = document(body)
    linker = Linker(linker_register())
    target = Target("generated", "../../schemas/telegrams", Edition(), "0" * 64)
    imported = build(data, "generated.xml", target, linker)
    source = etree.fromstring(data).find("tei:text", NSMAP)
    result = etree.fromstring(imported.xml).find("tei:text", NSMAP)
    assert "".join(source_words(source)) == "".join(words("".join(result.itertext())))
