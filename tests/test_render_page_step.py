"""The page step's small parts (the whole step: tests/test_render_manifest.py)."""

from __future__ import annotations

from pathlib import Path

from tei.render import layout, manifest, page_step
from tei.render.passes import DocumentTask


def test_a_withheld_tei_copy_is_not_linked() -> None:
    published, withheld = layout.document("d1"), layout.document("d1", published=False)
    assert published["id"] == withheld["id"] == "d1"
    assert "tei" in published and "tei" not in withheld
    assert published.keys() - {"tei"} == withheld.keys()


def test_a_page_is_current_only_in_the_same_context_and_still_there() -> None:
    page = DocumentTask(Path("d1.xml"), "d1", "<context/>", None, None)
    entry = manifest.Entry("x", "1950", "T", "1950", True, page=manifest.digest("<context/>"))
    assert page_step.page_current(entry, page, {"d1"})
    assert not page_step.page_current(entry, page, set())
    assert not page_step.page_current(None, page, {"d1"})
    other = DocumentTask(Path("d1.xml"), "d1", "<context n='2'/>", None, None)
    assert not page_step.page_current(entry, other, {"d1"})
