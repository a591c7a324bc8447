"""`tei.scaffold`: the files of a new edition project, filled and escaped for their formats."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.convert.register_files import load_register
from tei.diagnostics import InputError
from tei.edition import load_edition
from tei.scaffold import NewEdition, create_edition, default_title, edition_files
from tei.xmlio import parse_bytes

EDITION = NewEdition("Letters of Ann", "2030-01-02", ("Ann Smith", "Bo Li"), "Example Press",
                     base_url="https://example.org/letters/", repository="Example Archive",
                     language="fr")
# Text that TOML, YAML and XML can all hold (no control characters, no surrogates).
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30)


def test_a_new_edition_has_every_file_an_edition_needs() -> None:
    assert sorted(map(str, edition_files(EDITION))) == [
        ".github/workflows/edition.yml", ".gitignore", ".pre-commit-config.yaml",
        "README.md", "corpus/edition.toml", "corpus/pages/README.md", "corpus/pages/about.md",
        "corpus/pages/downloads.md", "corpus/pages/editorial-principles.md",
        "corpus/pages/how-to-cite.md", "corpus/raw/README.md",
        "corpus/register/README.md", "corpus/register/orgs.xml",
        "corpus/register/persons.xml", "corpus/register/places.xml",
        "schemas/telegrams.rng", "schemas/telegrams.sch", "schemas/telegrams.xsd",
        "schemas/xml.xsd"]


def test_the_settings_carry_the_new_editions_values(tmp_path: Path) -> None:
    create_edition(tmp_path / "ed", EDITION)
    edition = load_edition(tmp_path / "ed" / "corpus" / "edition.toml")
    assert (edition.title, edition.editors, edition.publisher, edition.licence,
            edition.licence_url, edition.base_url, edition.repository, edition.language) == (
        "Letters of Ann", ("Ann Smith", "Bo Li"), "Example Press", "CC BY 4.0",
        "https://creativecommons.org/licenses/by/4.0/", "https://example.org/letters/",
        "Example Archive", "fr")
    data = tomllib.loads((tmp_path / "ed" / "corpus" / "edition.toml").read_text())
    assert data["export"] == {"editor": "Ann Smith, Bo Li", "date": "2030-01-02"}


def test_defaults_name_the_publisher_after_the_title_and_leave_the_repository_open() -> None:
    values = NewEdition("T", "2030-01-02", licence="Custom").values()
    assert (values["publisher"], values["editor"], values["licence_url"],
            values["repository"]) == ("T", "T", "", "")


@given(title=TEXT, editor=TEXT, publisher=TEXT)
def test_any_names_survive_the_settings_the_register_and_the_workflow(
        title: str, editor: str, publisher: str) -> None:
    files = edition_files(NewEdition(title, "2030-01-02", (editor,), publisher, tool=title))
    settings = tomllib.loads(files[Path("corpus/edition.toml")].decode())["edition"]
    assert (settings["title"], settings["editors"], settings["publisher"]) == (
        title, [editor], publisher)
    register = parse_bytes(files[Path("corpus/register/persons.xml")], "persons.xml")
    assert register.getroot().findtext(".//{*}publicationStmt/{*}p") == \
        f"Authority register of {title}."
    hooks = yaml.safe_load(files[Path(".pre-commit-config.yaml")])["repos"][0]["hooks"]
    assert hooks[0]["additional_dependencies"] == [title]


def test_the_register_starts_empty_and_valid(tmp_path: Path, tei_all: etree.RelaxNG) -> None:
    create_edition(tmp_path / "ed", EDITION)
    folder = tmp_path / "ed" / "corpus" / "register"
    assert load_register(folder).lookup("Mao Zedong") is None
    for name in ("persons.xml", "places.xml", "orgs.xml"):
        assert tei_all.validate(etree.parse(folder / name)), tei_all.error_log


@given(tool=TEXT)
def test_the_workflow_installs_the_tool_then_builds_and_validates(tool: str) -> None:
    files = edition_files(NewEdition("T", "2030-01-02", tool=tool))
    steps = yaml.safe_load(files[Path(".github/workflows/edition.yml")])["jobs"]["edition"][
        "steps"]
    runs = [step.get("run", "") for step in steps]
    assert runs[2:5] == ['python -m pip install "$TEI_TOOL"', "tei build",
                         "tei validate corpus/tei --format github"]
    assert steps[2]["env"] == {"TEI_TOOL": tool}


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(InputError) as caught:
        create_edition(tmp_path, EDITION)
    assert caught.value.diagnostic.rule == "init-not-empty"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ed").write_text("mine")
    with pytest.raises(InputError) as caught:
        create_edition(tmp_path / "ed", EDITION)
    assert caught.value.diagnostic.rule == "init-not-folder"


def test_force_adds_the_missing_files_and_keeps_every_existing_one(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("my own readme")
    created = create_edition(tmp_path, EDITION, force=True)
    assert created.kept == [readme] and readme.read_text() == "my own readme"
    assert len(created.written) == len(edition_files(EDITION)) - 1
    again = create_edition(tmp_path, EDITION, force=True)
    assert again.written == [] and len(again.kept) == len(edition_files(EDITION))


@pytest.mark.parametrize(("name", "title"), [
    ("my-edition", "My Edition"), ("letters_of_x", "Letters Of X"), ("ed", "Ed")])
def test_the_default_title_comes_from_the_folder(name: str, title: str) -> None:
    assert default_title(Path(name)) == title
