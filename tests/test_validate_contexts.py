"""Which nodes a Schematron rule context can match: read conservatively, and the rules fire
on the same nodes, once each, whether their pattern visits one kind of node or all."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.validate.contexts import MAX_NAMES, NodeKind, common_kind, context_kind, selection
from tests.test_validate_engine import run_rules


@pytest.mark.parametrize(("pattern", "kind"), [
    ("/tei:TEI", NodeKind.ELEMENT),
    ("tei:persName[not(ancestor::tei:standOff)] | tei:placeName", NodeKind.ELEMENT),
    ("*[@xml:id]", NodeKind.ELEMENT),
    ("//Q{urn:t}a | child::b | element()", NodeKind.ELEMENT),
    ("a[. = ']/@x | text()']", NodeKind.ELEMENT),
    ("@ref | @target | attribute::who | t:a/@*", NodeKind.ATTRIBUTE),
    ("text()[contains(., '[')][ancestor::tei:text]", NodeKind.TEXT),
    ("t:a/text()", NodeKind.TEXT),
    ("/", None),
    ("node()", None),
    ("a | @b", None),
    ("key('k', 'v')", None),
    ("a except b", None),
    ("processing-instruction() | comment()", None),
    ("self::a", None),
    ("", None),
])
def test_context_kinds_are_read_conservatively(pattern: str, kind: NodeKind | None) -> None:
    assert context_kind(pattern) is kind


def test_a_pattern_has_a_kind_only_when_all_its_contexts_share_it() -> None:
    assert common_kind(["t:a", "*[@n]"]) is NodeKind.ELEMENT
    assert common_kind(["t:a", "@n"]) is None
    assert common_kind(["t:a", "node()"]) is None


@pytest.mark.parametrize(("patterns", "select"), [
    (["/t:r", "t:a[@n] | child::t:b", "t:r/*/t:a"],
     "descendant::t:a | descendant::t:b | descendant::t:r"),
    (["t:a", "*[@n]"], "descendant::*"),
    ([f"t:a{n}" for n in range(MAX_NAMES + 1)], "descendant::*"),
    (["@n | @m"], "descendant::*/@*"),
    (["t:a/text()"], "//(t:a/text())"),
    (["t:a//text()[contains(., '|')] | /t:r/text()", "text()"],
     "/t:r/text() | //(t:a//text()[contains(., '|')] | text())"),
    (["t:a/text()[. = current()]"], "descendant::text()"),
    (["t:a", "node()"], None),
    ([], None),
])
def test_a_pattern_selects_the_nodes_its_contexts_may_match(patterns: list[str],
                                                            select: str | None) -> None:
    assert selection(patterns) == select


@given(st.text(alphabet="ab@/|[]()'*: text", max_size=30))
def test_any_context_text_gives_a_kind_or_none(pattern: str) -> None:
    assert context_kind(pattern) in {*NodeKind, None}


def test_patterns_of_each_kind_fire_once_per_node_in_document_order(tmp_path: Path) -> None:
    body = """<pattern><rule context="/"><report id="doc" test="true()">doc</report></rule>
      <rule context="t:a"><report id="any" test="true()">any <name/></report></rule></pattern>
      <pattern><rule context="t:a[@n]"><report id="el" test="true()">el <value-of
      select="@n"/></report></rule><rule context="t:a"><report id="el2" test="true()">el2
      </report></rule></pattern><pattern><rule context="@n"><report id="att" test="true()">att
      <value-of select="."/></report></rule></pattern><pattern><rule context="text()"><report
      id="txt" test="normalize-space()">txt <value-of select="."/></report></rule></pattern>
      <pattern><rule context="t:a"><let name="unused" value="1"/></rule></pattern>"""
    found = run_rules(tmp_path, body, '<r xmlns="urn:t"><a n="1">x<a/></a><a n="2"/></r>')
    assert [(rule, message) for rule, _, _, message in found] == [
        ("doc", "doc"), ("any", "any a"), ("any", "any a"), ("any", "any a"),
        ("el", "el 1"), ("el2", "el2"), ("el", "el 2"),
        ("att", "att 1"), ("att", "att 2"), ("txt", "txt x")]
