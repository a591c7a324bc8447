"""`tei.edition`: the edition settings, their defaults and a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.diagnostics import InputError
from tei.edition import Edition, load_edition


def settings(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "edition.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_edition(tmp_path / "none.toml") == Edition()
    assert (Edition().language, Edition().editors) == ("en", ())


def test_editors_and_language_are_read(tmp_path: Path) -> None:
    path = settings(tmp_path, '[edition]\ntitle = "T"\neditors = ["A", "B"]\n'
                              'language = "fr"\n[source]\nrepository = "R"\n')
    edition = load_edition(path)
    assert (edition.title, edition.editors, edition.language, edition.repository) == (
        "T", ("A", "B"), "fr", "R")


def test_one_editor_may_be_given_as_a_string(tmp_path: Path) -> None:
    assert load_edition(settings(tmp_path, '[edition]\neditors = "A"\n')).editors == ("A",)


def test_a_broken_file_is_a_config_diagnostic(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_edition(settings(tmp_path, "[edition\n"))
    assert caught.value.diagnostic.rule == "config"


def test_the_bundled_settings_name_our_edition() -> None:
    edition = load_edition()
    assert edition.title and edition.language == "en" and edition.repository


def test_version_publication_date_and_pages_are_read(tmp_path: Path) -> None:
    path = settings(tmp_path, '[edition]\nversion = "2.1"\npublished = 2026-01-31\n'
                              'pages = "apparatus"\n')
    edition = load_edition(path)
    assert (edition.version, edition.published) == ("2.1", "2026-01-31")
    assert edition.pages == str(tmp_path / "apparatus")


def test_the_pages_folder_defaults_to_pages_beside_the_settings(tmp_path: Path) -> None:
    assert load_edition(settings(tmp_path, "[edition]\n")).pages == str(tmp_path / "pages")


def test_a_publication_date_that_is_not_iso_is_a_config_diagnostic(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_edition(settings(tmp_path, '[edition]\npublished = "30 Nov 2026"\n'))
    assert caught.value.diagnostic.rule == "config"
    assert "YYYY-MM-DD" in caught.value.diagnostic.message


@pytest.mark.parametrize(("value", "hosts"), [('["a.org", "b.net"]', ("a.org", "b.net")),
                                              ('"a.org"', ("a.org",))])
def test_the_archive_s_hosts_are_read(tmp_path: Path, value: str, hosts: tuple) -> None:
    path = settings(tmp_path, f'[source]\nrepository = "R"\nhosts = {value}\n')
    assert load_edition(path).repository_hosts == hosts


def test_a_host_that_is_not_text_is_a_config_diagnostic(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_edition(settings(tmp_path, '[source]\nhosts = [1, true]\n'))
    assert caught.value.diagnostic.rule == "config"
