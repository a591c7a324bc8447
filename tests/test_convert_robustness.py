"""The same document, reached by other paths, gives the same facts: saved with CR LF line
ends and with the page's address on a line above it (a reader's copy). The seeds and every
third case of the test set are tried (the cases are many and alike; a known gap always),
both changes at once in one conversion (when the facts differ, each change is tried alone
to name the one at fault); files whose format must open the file (YAML
front matter, a web reader's header, a CSV export's column row, an XML export's declaration, a raw
mail's headers) are not given a line above them; a case listed with `address_above` in
tests/fixtures/known_gaps.json is a strict xfail."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.pages.html_document import is_page
from tei.xmlio import decode_text
from tests.cases import CASES, KNOWN_GAPS, Case, gap_param
from tests.cases import case_facts as cached_facts
from tests.tei_facts import facts

_ADDRESS = "https://example.org/documents/1"
# (formats68) a raw mail's transport header opening an .eml or mbox file
_MAIL_HEADER = re.compile(r"^(?:From \S+ |(?:Received|Return-Path|Delivered-To|MIME-Version|"
                          r"Message-ID|DKIM-Signature|X-[\w-]+):)")


def case_facts(text: str, resources) -> dict[str, object]:
    return facts(etree.fromstring(convert_text(text, "t", resources).xml))


def source_text(case: Case) -> str:
    return decode_text(case.source.read_bytes()).text


def _opens_its_file(text: str) -> bool:
    """YAML front matter, a web reader's header, a CSV export's column row, an XML
    declaration, a whole saved web page, a web archive's capture under its bar (the bar
    names the captured page's address itself: wcda64) (nothing may stand above it)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return first.startswith(("---", "Title:", '"', "<?xml", "archive.ph", "archive.today",
                             "The Wayback Machine - ")) or is_page(text) \
        or _MAIL_HEADER.match(first) is not None


def _expected(plain: dict[str, object], addressed: dict[str, object], above: bool,
              resources) -> dict[str, object]:
    """The facts of the case as given, as they must read with the address above (`above`)
    when `addressed` are the facts found then."""
    if not above:
        return plain
    expected = {**plain, "source_url": plain["source_url"] or _ADDRESS}
    if not plain["source_url"] and addressed["repository"] == "unknown" \
            and plain["repository"] == resources.edition.repository:
        expected["repository"] = "unknown"  # the edition's archive only by default: another
        # host's page is not its (the page named none; see `[source] hosts`)
    return expected


def _at_fault(text: str, plain: dict[str, object], resources) -> str:
    """Which change alone gives other facts than `plain` (asked only when both together do)."""
    crlf = case_facts(text.replace("\n", "\r\n"), resources)
    addressed = case_facts(f"{_ADDRESS}\n\n{text}", resources)
    faults = [name for name, found, above in (("CR LF line ends", crlf, False),
                                              ("the address above", addressed, True))
              if found != _expected(plain, found, above, resources)]
    return f"facts changed by: {', '.join(faults) or 'the two changes together'}"


@pytest.mark.parametrize("case", [
    gap_param(case, "address_above") for n, case in enumerate(CASES)
    if n < 5 or n % 3 == 1 or "address_above" in KNOWN_GAPS.get(case.stem, [])])
def test_cr_lf_line_ends_and_the_pages_address_above_change_only_the_source_url(
        case: Case, resources) -> None:
    text = source_text(case)
    plain = cached_facts(case, resources)
    above = not _opens_its_file(text)
    variant = (f"{_ADDRESS}\n\n{text}" if above else text).replace("\n", "\r\n")
    found = case_facts(variant, resources)
    assert found == _expected(plain, found, above, resources), _at_fault(text, plain, resources)
