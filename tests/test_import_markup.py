"""Other editions' markup made ours (`tei.importing.markup`) and their divisions put in our
order (`tei.importing.structure`)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.convert.register import Register
from tei.importing.markup import Mapper, document_type, temporal
from tei.importing.names import DocumentNames, Linker
from tei.importing.structure import division
from tei.importing.tree import make, unwrap

TEI = "http://www.tei-c.org/ns/1.0"


def mapper() -> Mapper:
    return Mapper(DocumentNames(Linker(Register([])), {}, "From a test."))


def xml(nodes: list) -> str:
    """Nodes as one string of XML without namespace declarations."""
    parts = [n if isinstance(n, str) else etree.tostring(n, encoding="unicode") for n in nodes]
    return "".join(parts).replace(f' xmlns="{TEI}"', "")


def mapped(source: str, m: Mapper | None = None) -> str:
    m = m or mapper()
    return xml(m.nodes(etree.fromstring(f'<p xmlns="{TEI}">{source}</p>')))


@pytest.mark.parametrize(("value", "ok"), [
    ("1951-07-05", True), ("1951-07", True), ("1951", True), ("--07-05", True),
    ("21:00:00", True), ("1951-07-05T21:00:00", True), ("1958-06-29T11:35:00-04:00", True),
    ("1951-02-30", False), ("1951-13", False), ("21:00", False), ("--02-30", False),
    ("July 1951", False), ("", False),
])
def test_temporal_values(value: str, ok: bool) -> None:
    assert temporal(value) is ok


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))
def test_every_real_date_is_temporal_and_the_day_after_its_months_end_is_not(day: date) -> None:
    assert temporal(day.isoformat())
    end = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    assert not temporal(f"{end.year:04d}-{end.month:02d}-{end.day + 1:02d}")


@pytest.mark.parametrize(("source", "expected"), [
    ('<hi rend="strong">Dulles</hi>', '<p><hi rend="bold">Dulles</hi></p>'),
    ('<hi rend="#italic">x</hi>', '<p><hi rend="italic">x</hi></p>'),
    ('<hi rend="blink">x</hi>', "<p>x</p>"),
    ("<emph>x</emph>", '<p><hi rend="italic">x</hi></p>'),
    ('<foreign>x</foreign>', "<p>x</p>"),
    ('<foreign xml:lang="la">x</foreign>', '<p><foreign xml:lang="la">x</foreign></p>'),
    ('<gap reason="stain">lost</gap>', '<p><gap reason="illegible"><desc>lost</desc></gap></p>'),
    ('<supplied reason="paper damaged">s</supplied>',
     '<p><supplied reason="omitted">s</supplied></p>'),
    ('<date when="1951-02-30" n="2">30 Feb</date>', '<p><date n="2">30 Feb</date></p>'),
    ('<time when="10:00:00">ten</time>', '<p><time when="10:00:00">ten</time></p>'),
    ('a<space unit="chars"/>b', "<p>a b</p>"),
    ("<del>old</del><add>new</add>", "<p>oldnew</p>"),
    ('<anchor type="commentary" xml:id="a1"/>', '<p><anchor xml:id="a1" type="note"/></p>'),
    ('<note type="commentary">n</note>', '<p><note type="editorial">n</note></p>'),
    ('<ref target="https://example.org">r</ref>', '<p><ref target="https://example.org">r</ref></p>'),
    ('<choice><corr>point</corr><sic>piont</sic></choice>',
     "<p><choice><sic>piont</sic><corr>point</corr></choice></p>"),
    ('<choice><abbr>Dr.</abbr><expan>Doctor</expan></choice>', "<p>Dr.Doctor</p>"),
    ('<list><label>2.</label><item>b</item></list>', "<p>2. b</p>"),
])
def test_phrase_markup(source: str, expected: str) -> None:
    assert mapped(source) == expected


def test_what_changed_is_counted() -> None:
    m = mapper()
    mapped('<hi rend="blink">x</hi><emph>y</emph><seg type="x">z</seg>', m)
    assert dict(m.counts) == {"hi without a usable rend -> its content": 1, "emph -> hi": 1,
                              "seg without a usable type -> its content": 1}
    assert dict(m.dropped) == {"hi/@rend": 1, "seg/@type": 1}


def test_a_list_stays_a_list_in_a_division() -> None:
    m = mapper()
    source = etree.fromstring(f'<list xmlns="{TEI}" type="ordered"><label>1.</label>'
                              "<item>a</item></list>")
    assert xml(m.nodes(source)) == '<list type="numbered"><item>1. a</item></list>'


def parts(source: str) -> str:
    m = mapper()
    root = etree.fromstring(f'<div xmlns="{TEI}">{source}</div>')
    return xml(division(m.children(root), m))


@pytest.mark.parametrize(("source", "expected"), [
    ("<p>a</p>", "<p>a</p>"),
    ("", "<p/>"),
    ("<head>H</head>", "<head>H</head><p/>"),
    ("loose <hi rend='italic'>words</hi>", '<p>loose <hi rend="italic">words</hi></p>'),
    ("<note>n</note><head>H</head><p>a</p>", "<head><note>n</note>H</head><p>a</p>"),
    ("<dateline>D</dateline><p>a</p><signed>S</signed>",
     "<opener><dateline>D</dateline></opener><p>a</p><closer><signed>S</signed></closer>"),
    ("<p>a</p><opener><salute>Dear</salute></opener><p>b</p>",
     "<p>a</p><p>Dear</p><p>b</p>"),
    ("<closer>Yours</closer><p>b</p>", "<p>Yours</p><p>b</p>"),
    ("<pb/><p>a</p><pb/><p>b</p>", "<p><pb/>a</p><pb/><p>b</p>"),
    ("<pb/><list><item>a</item></list>", "<list><item><pb/>a</item></list>"),
    ("<div><p>a</p></div><div><p>b</p></div>", "<p>a</p><p>b</p>"),
    ("<p>a</p><postscript><p>PS</p></postscript>", "<p>a</p><postscript><p>PS</p></postscript>"),
    ("<address><addrLine>x</addrLine>y</address><p>a</p>",
     "<opener><address><addrLine>x</addrLine><addrLine>y</addrLine></address></opener><p>a</p>"),
])
def test_divisions_are_put_in_our_order(source: str, expected: str) -> None:
    assert parts(source) == expected


@pytest.mark.parametrize(("words", "kind"), [
    ("telegramm", "telegram"), ("192. Telegram From the CIA", "telegram"),
    ("karte postkarte", "letter"), ("Memo of a talk", "letter"),
])
def test_document_types(words: str, kind: str) -> None:
    assert document_type(words) == kind


def test_unwrap_keeps_text_children_and_tail_in_order() -> None:
    parent = make("p", ["a", make("hi", ["b", make("lb"), "c"], rend="bold"), "d", make("lb"),
                        "e"])
    unwrap(parent[0])
    assert xml([parent]) == "<p>ab<lb/>cd<lb/>e</p>"
