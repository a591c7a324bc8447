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
    ("https://dodis.ch/18245",
     "Repository: Swiss Federal Archives, E2001E#1967/113#1234*\nLanguage: French\n",
     "Swiss Federal Archives", "E2001E#1967/113#1234*"),
    ("https://recordsearch.naa.gov.au/item/3107381",
     "Original Archive: National Archives of Australia, A1838, 3107/38/1\n",
     "National Archives of Australia", "A1838, 3107/38/1"),
    ("https://dodis.ch/18246",
     "Archive: Archive of the President of the Russian Federation\nLanguage: Russian\n",
     "Archive of the President of the Russian Federation", None),
    ("https://dodis.ch/18247", "Repository: APRF, fond 45, opis 1, delo 335\n", "APRF",
     "fond 45, opis 1, delo 335"),
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


_CYPHER = ("SECRET\n\nCYPHER TELEGRAM\n\nFrom : INDEMBASSY, PEKING.\nTo   : FOREIGN, NEW DELHI.\n\n"
           "No. 412.\n\nDated the 14th October, 1959.\n\n"
           "Chen Yi received me this afternoon at my request. I conveyed to him the Prime "
           "Minister's concern at the incident near the pass.\n\nPARTHASARATHI\n\n{receipt}\n"
           "Copies to: P.M., F.S.\n")
_COMMONWEALTH = ("CYPHER TELEGRAM\n\nFrom: United Kingdom High Commissioner in New Zealand\n"
                 "To: Commonwealth Relations Office\n\nNo. 88\n\nDated 2nd July, 1951.\n\n"
                 "The Prime Minister asked me today to say that his Government agrees with the "
                 "proposal.\n\nNYE\n\n{receipt}\n")


@pytest.mark.parametrize(("layout", "receipt", "when"), [
    (_CYPHER, "Recd. at 2330 hrs. IST on 14-10-59.", "1959-10-14T23:30:00"),
    (_COMMONWEALTH, "Received at 1415 hours on 3.7.1951", "1951-07-03T14:15:00"),
    (_COMMONWEALTH, "Rec'd 0900 hrs (GMT) on 3-7-51.", "1951-07-03T09:00:00"),
])
def test_a_receipt_by_the_24_hour_clock_and_a_numeric_date_dates_the_receipt(
        layout: str, receipt: str, when: str, resources: object) -> None:
    """A cypher telegram's receipt at its foot: the hour (maybe with its time zone) and a
    numeric date, a two-digit year after hyphens included, date the received action."""
    root = etree.fromstring(text_xml(layout.format(receipt=receipt), resources).encode())
    received = root.find(".//t:correspAction[@type='received']/t:date", _NS)
    assert received is not None and received.get("when") == when


def test_a_hyphenated_short_year_after_a_slash_is_no_date(resources: object) -> None:
    """`ciph/12-1-63` in a registry note is a file's code, not a date (a two-digit year after
    hyphens is a date only where no slash runs into it)."""
    xml = text_xml("Moscow, 30 November 1963\n\nThe text of the letter follows.\n\n"
                   "handwritten: 1062/15124 ciph/12-1-63\n", resources)
    assert "1963-01-12" not in xml


_US_CABLE = ("FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC 4127\nSUBJECT: CALL ON GROMYKO\n\n"
             "1. DURING CALL ON GROMYKO, AMBASSADOR {verb} QUESTION OF TIMING.\n\nSTOESSEL\n")
_CYPHER_CAPITALS = ("CYPHER TELEGRAM\n\nFrom: United Kingdom High Commissioner in India\n"
                    "To: Commonwealth Relations Office\n\nNo. 412\n\n"
                    "MY TELEGRAM NO. 410. WHEN I SAW HIM THIS MORNING HIGH COMMISSIONER {verb} "
                    "THAT THE TALKS SHOULD GO ON.\n\nNYE\n")


@pytest.mark.parametrize("layout", [_US_CABLE, _CYPHER_CAPITALS])
@pytest.mark.parametrize("verb", ["RAISED", "POSED", "ARGUED", "REITERATED", "COUNTERED"])
def test_a_verb_of_report_after_a_title_in_capitals_is_no_name(
        layout: str, verb: str, resources: object) -> None:
    xml = text_xml(layout.format(verb=verb), resources)
    assert f">{verb}</persName>" not in xml and f"per-{verb.lower()}" not in xml


_AAD_RECORD = ("{series}\nDraft Date: 14 MAR 1975\nDocument Number: 1975MOSCOW03512\n"
               "Film Number: D750089-0123\nFrom: MOSCOW\nTo: SECSTATE WASHDC\n"
               "Subject: GROMYKO ON CSCE TIMING\nOriginal Classification: CONFIDENTIAL\n"
               "Message Text:\n1. DURING MARCH 13 CALL ON GROMYKO, AMBASSADOR RAISED QUESTION OF "
               "CSCE STAGE III TIMING.\n\n2. GROMYKO ADDED THAT BREZHNEV ATTACHED GREAT "
               "IMPORTANCE TO THE CONFERENCE.\nSTOESSEL\n")


@pytest.mark.parametrize("series", ["Electronic Telegrams, 1/1/1975 - 12/31/1975",
                                    "P-Reel Printouts, created 1/1/1974 - 12/31/1974"])
def test_a_database_series_line_is_no_title(series: str, resources: object) -> None:
    """A database's series line (its name and the span of its records' dates) over a record
    copied without its search page is a collection's name, not the document's title."""
    root = etree.fromstring(text_xml(_AAD_RECORD.format(series=series), resources).encode())
    title = "".join(root.find(".//t:titleStmt/t:title", _NS).itertext())
    assert "12/31/" not in title and "Telegrams" not in title and "Printouts" not in title


@pytest.mark.parametrize(("code", "name"), [("fr", "French"), ("ru", "Russian"),
                                            ("en", "English")])
def test_the_header_names_the_editions_language(tmp_path: object, code: str,
                                                name: str) -> None:
    """`langUsage` names the language the edition transcribes (`edition.toml`'s `language`,
    the root's `xml:lang`); it said English whatever the edition's language was."""
    from tei.convert import load_resources

    settings = tmp_path / "edition.toml"
    settings.write_text(f'[edition]\ntitle = "Dépêches"\nlanguage = "{code}"\n', encoding="utf-8")
    text = "Paris, le 3 mars 1953\n\nLe texte de la dépêche.\n\nBidault\n"
    root = etree.fromstring(text_xml(text, load_resources(edition_file=settings)).encode())
    language = root.find(".//t:langUsage/t:language", _NS)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == code
    assert (language.get("ident"), language.text) == (code, name)
