"""`tei.export.settings`: the [export] table, the date override and bad dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.diagnostics import InputError
from tei.export.settings import load_settings


def test_the_bundled_settings_have_an_editor_and_a_fixed_date() -> None:
    settings = load_settings()
    assert settings.editor and settings.date == "2026-11-30"


def test_without_an_export_table_the_publisher_is_the_editor(tmp_path: Path) -> None:
    config = tmp_path / "edition.toml"
    config.write_text('[edition]\ntitle = "T"\npublisher = "P"\nbase_url = "https://x.org/"\n')
    settings = load_settings(config, "2001-02-03")
    assert (settings.editor, settings.date, settings.edition.base_url) == \
        ("P", "2001-02-03", "https://x.org/")


def test_a_configured_date_that_is_no_date_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "edition.toml"
    config.write_text('[export]\ndate = "2001-13-01"\n')
    with pytest.raises(InputError, match="is not a date") as caught:
        load_settings(config)
    assert caught.value.diagnostic.path == str(config)
