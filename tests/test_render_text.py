"""The plain-text edition: header block, brackets restored, furniture set apart, endnotes,
72 columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.render import render_edition

FIXTURES = Path(__file__).parent / "fixtures" / "render"
RULE = "-" * 72


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("text")
    paths = sorted(FIXTURES.glob("*.xml")) + sorted((FIXTURES / "foreign").glob("*.xml"))
    assert render_edition(paths, None, folder).diagnostics == []
    return {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}


def test_lines_fit_72_columns_unless_one_word_is_longer(texts: dict[str, str]) -> None:
    for stem, text in texts.items():
        for line in text.splitlines():
            assert len(line) <= 72 or max(map(len, line.split())) > 50, (stem, line)
            assert line == line.rstrip(), (stem, line)
        assert text.endswith("\n") and not text.endswith("\n\n")


def test_header_block_names_title_date_parties_and_source(texts: dict[str, str]) -> None:
    header = texts["r01_cable"].split(RULE)[0].splitlines()
    assert header[:3] == ["Ciphered Telegram No. 21405, Mao Zedong to Filippov [Stalin]",
                          "=" * 60, ""]
    assert "Date:         3 July 1951" in header
    assert "From:         Mao Zedong, Beijing" in header
    assert "To:           Joseph Stalin" in header
    assert "Source:       https://digitalarchive.wilsoncenter.org/document/113361" in header
    assert "Language:     translated from Russian" in header


def test_brackets_are_restored_for_supplied_text_and_gaps(texts: dict[str, str]) -> None:
    cable, letter, memo = texts["r01_cable"], texts["r02_letter"], texts["r03_memo"]
    assert "To Comrade FILIPPOV [Stalin]" in cable
    assert "divergences [from this proposal]\namong the enemy [...] but" in cable
    assert "[signature] (Makarov)" in cable
    assert "[attached handwritten letter]." in letter
    assert "is [illegible] in the" in letter
    assert "Yili [Ili] county" in memo
    assert "from [name not declassified], who" in memo and "crossings [sic] twice" in memo
    assert "\nII. THE BORDER\n" in memo
    assert memo.endswith("\n[...]\n")


def test_registry_furniture_is_set_apart_behind_a_bar(texts: dict[str, str]) -> None:
    body = texts["r01_cable"].split(RULE)[1]
    assert "\n  | SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY\n" \
           "  | CIPHERED TELEGRAM No. 21405\n" in body
    assert "  | [Stamp: SUBJECT TO RETURN\n  | to the IV Unit OS VKP(b) CC]\n" in body
    assert "  | Verified: Section Chief Colonel\n  | [signature] (Makarov)\n" in body
    assert "\n  | Sent 3 July, repeated to the IV Unit\n\nMAO ZEDONG\n" in body
    assert "  | " not in texts["r02_letter"]


def test_a_stamp_outside_the_form_is_bracketed_alone(tmp_path: Path) -> None:
    (tmp_path / "stamped.xml").write_text(
        "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>T"
        "</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/>"
        "</sourceDesc></fileDesc></teiHeader><text><body><p>Seen: <stamp>TOP SECRET</stamp>"
        " and filed.</p></body></text></TEI>", encoding="utf-8")
    assert render_edition([tmp_path / "stamped.xml"], None, tmp_path).diagnostics == []
    assert "\nSeen: [Stamp: TOP SECRET] and filed.\n" in (tmp_path / "stamped.txt").read_text()


def test_embedded_documents_are_indented_and_quoted_as_in_the_source(texts: dict[str, str]) -> None:
    cable = texts["r01_cable"]
    assert '    1. "Both sides must simultaneously issue an order for a ceasefire.' in cable
    assert "       38th parallel for a distance of 10 English miles.\"\n" in cable
    assert "\n    To Comrades Gao Gang and Kim Il Sung:\n" in texts["r02_letter"]


def test_notes_are_numbered_endnotes(texts: dict[str, str]) -> None:
    body, notes = texts["r01_cable"].split(RULE + "\nNotes\n")
    assert "main points:[^1]" in body and "this point.[^2]" in body
    assert notes.split("\n\n") == [
        "\n[^1] The five points were sent to the negotiators at Kaesong the same\n     day.",
        "[^2] See the telegram from Kim Il Sung of the same day.\n"]


def test_other_editions_markup_is_read_sensibly(texts: dict[str, str]) -> None:
    frus = texts["frus-frus1952-54Guat-d193"]
    assert "\n2. [name not declassified] firmly told that time is come" in frus
    assert "From:         CIA Station in Guatemala, Guatemala City" in frus
    dantiscus = texts["tei-corresp-sig-example13_correspDesc-pointing-to-participDesc"]
    assert "operanturum" in dantiscus and "placida et mitti" in dantiscus
    assert "From:         Bona Sforza, Cracovia" in dantiscus
    schnitzler = texts["schnitzler-briefe-L02618"]
    assert "Frankfurter Zeitung Paris, 3.\xa0November." in schnitzler
    assert "Type:         Letter" in schnitzler
