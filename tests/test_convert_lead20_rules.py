"""Rules from the lead's probe of 2026-12-02 (lead20, an invented Swiss legation telegram on a
documents database's page): an archive field at the page's foot (`Repository:`, `Original
Archive:`) opens the foot's fields as `Rights` does, and its value names the repository and,
after a comma, the shelfmark when the name holds no digit and the next token does."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_xml

_NS = {"t": "http://www.tei-c.org/ns/1.0"}
_BODY = (
    "Stalin's funeral was held on 9 March. Minister Zehnder attended with the other heads of\n"
    "mission. Malenkov spoke first, then Beria and Molotov. The crowds in Red Square were\n"
    "controlled with great care.\n\n"
    "In conversation afterwards Vyshinsky told me that the Soviet Government wished to continue\n"
    "the policy of peace. I replied that the Federal Council followed events with attention.\n\n")


def _identifier(text: str, resources: object) -> tuple[str, list[str], str]:
    root = etree.fromstring(text_xml(text, resources).encode())
    ident = root.find(".//t:msIdentifier", _NS)
    return (ident.findtext("t:repository", "", _NS),
            [i.text for i in ident.iterfind("t:idno[@type='shelfmark']", _NS)],
            "".join(root.find(".//t:body", _NS).itertext()))


@pytest.mark.parametrize(("page", "foot", "repository", "shelfmark"), [
    ("dodis.ch/18245",
     "Repository: Swiss Federal Archives, E2001E#1967/113#1234*\nLanguage: French\n",
     "Swiss Federal Archives", "E2001E#1967/113#1234*"),
    ("https://recordsearch.naa.gov.au/item/3107381",
     "Original Archive: National Archives of Australia, A1838, 3107/38/1\n",
     "National Archives of Australia", "A1838, 3107/38/1"),
    ("dodis.ch/18246",
     "Archive: Archive of the President of the Russian Federation\nLanguage: Russian\n",
     "Archive of the President of the Russian Federation", None),
])
def test_an_archive_field_at_the_foot_gives_repository_and_shelfmark(
        page: str, foot: str, repository: str, shelfmark: str | None,
        resources: object) -> None:
    text = (f"{page}\nTelegram No. 57 from the Swiss Legation in Moscow to the Political "
            "Division, Bern\nMoscow, 14 March 1953\n\n"
            f"{_BODY}Zehnder\n\n{foot}")
    found, shelfmarks, body = _identifier(text, resources)
    assert found == repository
    assert shelfmarks == ([shelfmark] if shelfmark else [])
    assert "Archive" not in body and "Language" not in body
