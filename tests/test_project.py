"""`tei.project`: the edition project a command works on, found from the working folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei import resources
from tei.diagnostics import InputError
from tei.project import EDITION_FILE, find_root, open_project, sync_schemas


def project(folder: Path, patterns: bool = False) -> Path:
    """A minimal edition project in `folder` (with its own pattern tables if asked)."""
    (folder / "corpus").mkdir(parents=True)
    (folder / EDITION_FILE).write_text('[edition]\ntitle = "T"\n')
    if patterns:
        (folder / "corpus" / "patterns").mkdir()
    return folder


def test_the_project_is_found_from_a_folder_below_it(tmp_path: Path) -> None:
    root = project(tmp_path / "ed")
    below = root / "corpus" / "raw" / "deep"
    below.mkdir(parents=True)
    assert find_root(below) == root.resolve()
    assert find_root(tmp_path) is None


def test_below_the_project_its_paths_are_relative_to_the_working_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path / "ed")
    (root / "sub").mkdir()
    monkeypatch.chdir(root / "sub")
    found = open_project()
    assert (found.root, found.edition_file, found.register) == (
        Path(".."), Path("../corpus/edition.toml"), Path("../corpus/register"))
    assert found.path("site") == Path("../site")


def test_the_register_is_the_editions_the_patterns_the_tools_unless_it_has_its_own(
        tmp_path: Path) -> None:
    plain = open_project(project(tmp_path / "a"))
    assert plain.register == tmp_path / "a" / "corpus" / "register"
    assert plain.patterns == resources.patterns_dir()
    own = open_project(project(tmp_path / "b", patterns=True))
    assert own.patterns == tmp_path / "b" / "corpus" / "patterns"


def test_an_edition_file_names_its_project(tmp_path: Path) -> None:
    root = project(tmp_path / "ed")
    assert open_project(root / EDITION_FILE).root == root
    loose = tmp_path / "settings.toml"
    loose.write_text("")
    assert open_project(loose).root == tmp_path


def test_outside_any_project_the_bundled_data_is_used(tmp_path: Path) -> None:
    found = open_project(start=tmp_path)
    assert (found.root, found.edition_file, found.register, found.path("site")) == (
        None, resources.edition_config(), resources.register_dir(), Path("site"))
    assert sync_schemas(found) == []


def test_a_named_edition_that_is_none_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        open_project(tmp_path / "nowhere")
    assert caught.value.diagnostic.rule == "config"
    assert "corpus/edition.toml" in caught.value.diagnostic.message


def test_the_schemas_are_copied_once_and_kept_in_step(tmp_path: Path) -> None:
    found = open_project(project(tmp_path / "ed"))
    written = sync_schemas(found)
    assert sorted(p.name for p in written) == ["telegrams.rng", "telegrams.sch",
                                               "telegrams.xsd", "xml.xsd"]
    assert sync_schemas(found) == []
    (found.schemas / "telegrams.rng").write_text("<old/>")
    assert sync_schemas(found) == [found.schemas / "telegrams.rng"]
    assert (found.schemas / "telegrams.rng").read_bytes() == \
        (resources.schemas_dir() / "telegrams.rng").read_bytes()
