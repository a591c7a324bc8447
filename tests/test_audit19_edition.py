"""Audit of `tei.edition` (corpus/edition.toml) as a careless editor writes it: a table given
as a value, values of the wrong type, unknown tables and keys (typos), a publication date
that is no real date, a language tag or an address that every document or link would carry.
Each is a `[config]` error naming the file and the key's line, never an internal error or a
setting silently dropped, turned into text or written into every TEI file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.diagnostics import InputError
from tei.edition import Edition, load_edition
from tei.export.settings import load_settings


def _settings(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "edition.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(tmp_path: Path, text: str) -> tuple[str, int]:
    """The message and line of the config error `text` gives."""
    with pytest.raises(InputError) as caught:
        load_edition(_settings(tmp_path, text))
    diagnostic = caught.value.diagnostic
    assert diagnostic.rule == "config" and diagnostic.path == str(tmp_path / "edition.toml")
    return diagnostic.message, diagnostic.line


@pytest.mark.parametrize(("text", "words", "line"), [
    ("edition = 5\n", "[edition] must be a table", 1),
    ('[edition]\ntitle = "T"\n\n[source]\nrepository = []\n', "repository", 5),
    ('title = "T"\n[edition]\n', "title", 1),
    ('[edition]\ntitle = {a = 1}\n', "title", 2),
    ('[edition]\ntitle = true\n', "title", 2),
    ('[edition]\neditors = ["A", {x = 2}]\n', "editors", 2),
    ('[edition]\neditors = [["A"]]\n', "editors", 2),
    ('[edition]\ntitel = "T"\n', "titel", 2),
    ('[edtion]\ntitle = "T"\n', "edtion", 1),
    ('[export]\neditor = "E"\nsdate = "2001-01-01"\n', "sdate", 3),
    ('source = "R"\n', "[source] must be a table", 1),
])
def test_wrong_shapes_types_and_unknown_keys_are_config_errors(
        tmp_path: Path, text: str, words: str, line: int) -> None:
    message, found = _refused(tmp_path, text)
    assert words in message and found == line


@pytest.mark.parametrize(("text", "words"), [
    ('[edition]\npublished = "2026-13-45"\n', "published"),
    ('[edition]\npublished = "2026-02-30"\n', "published"),
    ('[edition]\nlanguage = "x y<"\n', "language"),
    ('[edition]\nlanguage = ""\n', "language"),
    ('[edition]\nbase_url = "javascript:alert(1)//"\n', "base_url"),
    ('[edition]\nlicence_url = "file:///etc/passwd"\n', "licence_url"),
])
def test_values_every_document_would_carry_are_checked_here(
        tmp_path: Path, text: str, words: str) -> None:
    """A bad date or language made every converted TEI file invalid (reported against those
    files, not the settings); a `javascript:` address went into every page's citation."""
    message, line = _refused(tmp_path, text)
    assert words in message and line == 2


def test_good_settings_of_every_kind_still_load(tmp_path: Path) -> None:
    edition = load_edition(_settings(tmp_path, (
        '[edition]\ntitle = "T"\neditors = "A"\npublisher = "P"\nlicence = "CC0"\n'
        'licence_url = "https://creativecommons.org/publicdomain/zero/1.0/"\n'
        'base_url = "HTTP://example.org/ed/"\nlanguage = "sr-Latn-RS"\nversion = 1.5\n'
        'published = 2026-01-31\npages = "pages"\n'
        '[export]\neditor = "E"\ndate = 2026-02-01\n[source]\nrepository = ""\n')))
    assert (edition.title, edition.editors, edition.version, edition.published,
            edition.language) == ("T", ("A",), "1.5", "2026-01-31", "sr-Latn-RS")


def test_an_empty_file_and_empty_tables_give_the_defaults(tmp_path: Path) -> None:
    defaults = Edition(pages=str(tmp_path / "pages"))
    assert load_edition(_settings(tmp_path, "")) == defaults
    assert load_edition(_settings(tmp_path, "[edition]\n[export]\n[source]\n")) == defaults


def test_the_export_settings_see_the_same_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="must be a table"):
        load_settings(_settings(tmp_path, "export = 3\n"))
