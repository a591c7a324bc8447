"""The same document, reached by other paths, gives the same facts: saved with CR LF line
ends, or with the page's address on a line above it (a reader's copy). Every case of the
test set is tried; files whose format must open the file (YAML front matter, a web reader's
header, a CSV export's column row, an XML export's declaration) are not given a line above
them."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.pages.html_document import is_page
from tei.xmlio import decode_text
from tests.cases import CASES, Case
from tests.cases import case_facts as cached_facts
from tests.tei_facts import facts

_ADDRESS = "https://example.org/documents/1"


def case_facts(text: str, resources) -> dict[str, object]:
    return facts(etree.fromstring(convert_text(text, "t", resources).xml))


def source_text(case: Case) -> str:
    return decode_text(case.source.read_bytes()).text


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.stem)
def test_cr_lf_line_ends_give_the_same_facts(case: Case, resources) -> None:
    crlf = source_text(case).replace("\n", "\r\n")
    assert case_facts(crlf, resources) == cached_facts(case, resources)


def _opens_its_file(text: str) -> bool:
    """YAML front matter, a web reader's header, a CSV export's column row, an XML
    declaration, a whole saved web page, a web archive's capture under its bar (the bar
    names the captured page's address itself: wcda64) (nothing may stand above it)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return first.startswith(("---", "Title:", '"', "<?xml", "archive.ph", "archive.today",
                             "The Wayback Machine - ")) or is_page(text)


@pytest.mark.parametrize("case", [case for case in CASES
                                  if not _opens_its_file(source_text(case))],
                         ids=lambda case: case.stem)
def test_the_pages_address_above_it_changes_only_the_source_url(case: Case, resources) -> None:
    text = source_text(case)
    plain = cached_facts(case, resources)
    addressed = case_facts(f"{_ADDRESS}\n\n{text}", resources)
    assert addressed["source_url"] == (plain["source_url"] or _ADDRESS)
    expected = {k: v for k, v in plain.items() if k != "source_url"}
    if not plain["source_url"] and addressed["repository"] == "unknown" \
            and plain["repository"] == resources.edition.repository:
        expected["repository"] = "unknown"  # the edition's archive only by default: another
        # host's page is not its (the page named none; see `[source] hosts`)
    assert {k: v for k, v in addressed.items() if k != "source_url"} == expected
