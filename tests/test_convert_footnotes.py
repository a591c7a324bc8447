"""The trailing block of notes (`footnotes.split_footnotes`): its labels, a label inside it,
and a date alone under it; texts invented."""

from __future__ import annotations

from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import xp

DECRYPT = ("From: NEW YORK\nTo: MOSCOW\nNo.: 912\n2 July 1944\n\nTo VIKTOR[i].\n\n"
           "TVEN[ii] met [a] the engineer on 30 June.\n\nMAJ[iii]\n\n{notes}")
COMMENTS = ("Notes: [a] Inserted by the translator.\nComments:\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n"
            "[ii] TVEN: Semen Markovich SEMENOV.\n[iii] MAJ: Stepan APRESYAN.\n\n12 May 1953\n")


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def test_notes_under_comments_with_a_lettered_note_and_a_date_under_them(resources) -> None:
    """`Notes: [a] ...` is a note on its label line, `Comments:` a label inside the block, the
    release's date under the notes the text's closing line; each note at its anchor."""
    root = _root(DECRYPT.format(notes=COMMENTS), resources)
    notes = {n.get("n"): " ".join(n.itertext()) for n in xp(root, "//tei:body//tei:note")}
    assert set(notes) == {"a", "i", "ii", "iii"}
    assert notes["a"] == "Inserted by the translator."
    body = " ".join(xp(root, "//tei:body")[0].itertext())
    assert "Comments" not in body and "Notes:" not in body
    assert xp(root, "//tei:closer/tei:dateline[. = '12 May 1953']")


def test_a_date_under_lines_that_are_no_notes_is_no_part_of_a_block(resources) -> None:
    root = _root(DECRYPT.format(notes="Comments:\n\n12 May 1953\n"), resources)
    assert "Comments" in " ".join(xp(root, "//tei:body")[0].itertext())
    assert not xp(root, "//tei:body//tei:note[@n='i']")
