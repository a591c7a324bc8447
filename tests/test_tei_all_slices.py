"""`tests.tei_all_slices`: a long list checked a slice at a time still finds a bad entry."""

from __future__ import annotations

from lxml import etree

from tests.tei_all_slices import SLICE, slices, tei_all_errors

_HEAD = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>R'
         '</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p>'
         '</sourceDesc></fileDesc></teiHeader><standOff><listPerson><head>Persons</head>')


def _register(count: int, bad: int | None = None) -> etree._ElementTree:
    persons = "".join(f'<person xml:id="p{n}"><persName>{n}</persName>'
                      f'{"<bogus/>" if n == bad else ""}</person>' for n in range(count))
    return etree.fromstring(f"{_HEAD}{persons}</listPerson></standOff></TEI>").getroottree()


def test_every_entry_is_in_one_slice_and_each_slice_keeps_the_lists_head() -> None:
    pieces = list(slices(_register(2 * SLICE + 5)))
    assert len(pieces) == 3
    ids = [i for piece in pieces for i in piece.xpath("//@xml:id")]
    assert ids == [f"p{n}" for n in range(2 * SLICE + 5)]
    assert all(piece.xpath("//*[local-name()='head']") for piece in pieces)


def test_a_short_file_is_checked_whole() -> None:
    tree = _register(3)
    assert list(slices(tree)) == [tree]


def test_a_bad_entry_in_the_last_slice_is_found(tei_all: etree.RelaxNG) -> None:
    assert tei_all_errors(tei_all, _register(2 * SLICE + 5)) == ""
    assert "bogus" in tei_all_errors(tei_all, _register(2 * SLICE + 5, bad=2 * SLICE + 3))
