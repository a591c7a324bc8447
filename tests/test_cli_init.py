"""`tei init` and the commands run inside the new edition: a site and TEI files that carry
the new edition's names and nothing of ours, and published files whose schemas resolve."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from tei.cli import app
from tei.edition import Edition
from tei.render import render_edition
from tests.conftest import FIXTURES, ROOT

TEXTS = ("gen02_soviet_cable_incoming_first", "gen07_embassy_telegram_superscript_footnotes",
         "gen35_uk_discovery_record_despatch")
OURS = ("Cold War Telegrams", "Telegrams Digital Edition", "Wilson Center Digital Archive")
TITLE, PUBLISHER = "Letters of the Legation", "Example University Press"
TEI = "{http://www.tei-c.org/ns/1.0}"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(map(str, args)))
    return result.exit_code, result.stdout, result.stderr


def new_edition(folder: Path, *options: str) -> Path:
    """`tei init` a project in `folder` and copy the sample texts into its corpus/raw/."""
    code, out, err = run("init", folder, "--title", TITLE, "--publisher", PUBLISHER,
                         "--editor", "Ann Smith", "--repository", "Example State Archive",
                         *options)
    assert (code, err) == (0, ""), err
    assert out.startswith(f"created 19 files in {folder}.")
    for stem in TEXTS:
        shutil.copy(FIXTURES / "telegrams" / f"{stem}.txt", folder / "corpus" / "raw")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new edition, built with `tei build` run from a folder below the project."""
    folder = new_edition(tmp_path_factory.mktemp("init") / "my-edition")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder / "corpus" / "raw")
        code, out, err = run("build")
    assert code == 0, err
    assert out.endswith(f"open {(folder / 'site' / 'index.html').as_uri()}  "
                        "(text edition in ../../text/)\n")
    return folder


def written(folder: Path) -> dict[Path, str]:
    """Every file of the project (init's, the build's TEI, site and text edition), by path;
    the members of the site's zips as `<zip>/<member>` (the marshalled bookkeeping keeps
    its strings as UTF-8 among bytes that are not: decoded with replacements)."""
    files: dict[Path, str] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name == ".tei.lock":
            continue
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                files |= {path / name: archive.read(name).decode("utf-8")
                          for name in archive.namelist()}
        else:
            files[path] = path.read_bytes().decode("utf-8", errors="replace")
    return files


def test_the_new_edition_carries_its_names_and_nothing_of_ours(built: Path) -> None:
    files = written(built)
    assert len([p for p in files if p.suffix == ".html"]) >= 3 + 5
    assert {"cmif.xml", "telegrams.rng"} <= {p.name for p in files}
    for path, text in files.items():
        assert not [ours for ours in OURS if ours in text], path
    pages = [text for path, text in files.items() if path.suffix == ".html"]
    assert all(f"{TITLE}, edited by Ann Smith, published by {PUBLISHER}." in page
               for page in pages)
    for path in [*(built / "corpus" / "tei").glob("*.xml"), *(built / "site" / "tei").glob("*")]:
        root = etree.parse(path).getroot()
        assert root.findtext(f".//{TEI}publicationStmt/{TEI}publisher") == PUBLISHER, path
        assert root.find(f".//{TEI}licence").get("target") == \
            "https://creativecommons.org/licenses/by/4.0/"
    cmif = etree.parse(built / "site" / "cmif.xml").getroot()
    assert cmif.findtext(f".//{TEI}titleStmt/{TEI}title") == \
        f"{TITLE}: correspondence metadata (CMIF)"
    assert cmif.findtext(f".//{TEI}titleStmt/{TEI}editor") == "Ann Smith"


def test_the_new_edition_has_starter_apparatus_pages_in_its_site(built: Path) -> None:
    pages = sorted(p.name for p in (built / "site" / "pages").iterdir())
    assert pages == ["about.html", "downloads.html", "editorial-principles.html",
                     "how-to-cite.html"]
    about = (built / "site" / "pages" / "about.html").read_text()
    assert f"<em>{TITLE}</em>" in about and "Example State Archive" in about
    assert "<dd>Ann Smith</dd>" in about and "Version 0.1, published" in about


def test_the_default_repository_only_fills_in_for_documents_that_name_none(
        built: Path) -> None:
    def repository(stem: str) -> str | None:
        tree = etree.parse(built / "corpus" / "tei" / f"{stem}.xml")
        return tree.findtext(f".//{TEI}msIdentifier/{TEI}repository")

    assert repository(TEXTS[0]) == "Example State Archive"
    assert repository(TEXTS[2]) == "The National Archives, Kew"


def test_outside_any_project_our_archive_is_not_claimed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled settings name the archive our own corpus came from: a document converted
    outside any project names its own archive or none, never ours."""
    shutil.copy(FIXTURES / "telegrams" / f"{TEXTS[0]}.txt", tmp_path)
    monkeypatch.chdir(tmp_path)
    code, _, err = run("convert", f"{TEXTS[0]}.txt", "-o", "out", "-q")
    assert code == 0, err
    tree = etree.parse(tmp_path / "out" / f"{TEXTS[0]}.xml")
    assert tree.findtext(f".//{TEI}msIdentifier/{TEI}repository") == "unknown"


def test_a_file_from_outside_the_project_is_not_given_its_repository(
        built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(misses44) Converted while the working folder is in a project, a text kept outside
    it (a page saved elsewhere) names its own archive or none: the project's repository is
    the archive of its own texts."""
    shutil.copy(FIXTURES / "telegrams" / f"{TEXTS[0]}.txt", tmp_path)
    monkeypatch.chdir(built / "corpus")
    code, _, err = run("convert", tmp_path / f"{TEXTS[0]}.txt", "-o", tmp_path / "out", "-q")
    assert code == 0, err
    tree = etree.parse(tmp_path / "out" / f"{TEXTS[0]}.xml")
    assert tree.findtext(f".//{TEI}msIdentifier/{TEI}repository") == "unknown"


def test_the_corpus_names_the_projects_schemas_by_a_relative_path(built: Path) -> None:
    first = (built / "corpus" / "tei" / f"{TEXTS[0]}.xml").read_text().splitlines()[1]
    assert first.startswith('<?xml-model href="../../schemas/telegrams.rng"')
    assert (built / "schemas" / "telegrams.rng").read_bytes() == \
        (ROOT / "schemas" / "telegrams.rng").read_bytes()


def test_the_site_links_its_cmif_file_and_schema(built: Path) -> None:
    index = (built / "site" / "index.html").read_text()
    assert '<a href="cmif.xml" data-format="cmif">' in index
    assert '<a href="schemas/telegrams.rng" data-format="schema">' in index
    page = (built / "site" / "documents" / f"{TEXTS[0]}.html").read_text()
    assert '<a href="../cmif.xml" data-format="cmif">' in page


def test_export_in_the_project_defaults_to_its_folders_and_settings(
        built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(built / "corpus")
    code, out, _ = run("export", "corpus")
    assert (code, out) == (0, "wrote ../export/telegrams-corpus.xml (3 documents)\n")
    corpus = (built / "export" / "telegrams-corpus.xml").read_text()
    assert f'<title type="main">{TITLE}</title>' in corpus
    assert not [ours for ours in OURS if ours in corpus]


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    code, out, err = run("init", tmp_path)
    assert (code, out) == (2, "")
    assert err == (f"{tmp_path}:1:1: error: the folder is not empty: give a new or empty "
                   "folder, or --force to add the missing files (existing files are kept) "
                   "[init-not-empty]\n")
    code, out, _ = run("init", tmp_path, "--force")
    assert code == 0 and (tmp_path / "notes.txt").read_text() == "mine"
    assert (tmp_path / "corpus" / "edition.toml").is_file()


def test_a_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("init", tmp_path / "ed", "--date", "soon")
    assert code == 2 and "'soon' is not a date (YYYY-MM-DD)" in err
    assert not (tmp_path / "ed").exists()


def test_a_named_edition_that_is_none_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("build", "--edition", tmp_path)
    assert code == 2
    assert err == (f"tei: {tmp_path}:1:1: error: no edition settings here: give an edition "
                   "TOML file or a project folder holding corpus/edition.toml [config]\n")


def copy_with_its_schemas(published: Path, site: Path, outside: Path) -> Path:
    """Copy a TEI file of the site to `outside`, with each schema its `xml-model` names by a
    relative path placed where that path leads from the copy; return the copy."""
    copy = outside / "downloads" / "tei" / published.name
    copy.parent.mkdir(parents=True)
    shutil.copy(published, copy)
    for href in model_hrefs(copy):
        target = (copy.parent / href).resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(site / "schemas" / Path(href).name, target)
    return copy


def model_hrefs(path: Path) -> list[str]:
    """The hrefs of the `xml-model` declarations before the root."""
    before = etree.parse(path).getroot().itersiblings(preceding=True)
    return [pi.get("href") for pi in before
            if isinstance(pi, etree._ProcessingInstruction) and pi.target == "xml-model"][::-1]


def test_a_downloaded_file_validates_against_the_schema_its_xml_model_names(
        tmp_path: Path) -> None:
    site = tmp_path / "site"
    render_edition(sorted((ROOT / "corpus" / "tei").glob("*.xml")), site, None)
    copy = copy_with_its_schemas(next((site / "tei").glob("*.xml")), site, tmp_path / "out")
    hrefs = model_hrefs(copy)
    assert hrefs == ["../schemas/telegrams.rng", "../schemas/telegrams.sch"]
    grammar = etree.RelaxNG(etree.parse(copy.parent / hrefs[0]))
    assert grammar.validate(etree.parse(copy)), grammar.error_log
    assert (copy.parent / hrefs[1]).is_file()


def test_with_a_base_url_published_files_name_the_schemas_on_the_published_site(
        tmp_path: Path) -> None:
    site = tmp_path / "site"
    edition = Edition(title=TITLE, base_url="https://example.org/letters")
    render_edition([ROOT / "corpus" / "tei" / "000_eccd84356cefffd4.xml"], site, None,
                   edition=edition)
    published = site / "tei" / "000_eccd84356cefffd4.xml"
    assert model_hrefs(published) == ["https://example.org/letters/schemas/telegrams.rng",
                                      "https://example.org/letters/schemas/telegrams.sch"]
    assert (site / "schemas" / "telegrams.rng").is_file()
    page = (site / "documents" / "000_eccd84356cefffd4.html").read_text()
    assert "https://example.org/letters/documents/000_eccd84356cefffd4.html (accessed" in page


@pytest.mark.parametrize("name", ["plain", "two words", "it's", "new\nline", "tab\tand\\slash'",
                                  "line\u2028sep", "byte\udcff"])
def test_the_next_steps_print_the_folder_as_one_shell_word_on_one_line(
        tmp_path: Path, name: str) -> None:
    """A folder name with a line break or a quote is printed as one line and one word that
    bash reads back as the same folder, so the suggested `cd` goes where init wrote."""
    import subprocess

    from tei.cli.init import shell_word

    folder = tmp_path / name
    code, out, err = run("init", folder)
    assert (code, err) == (0, ""), err
    first, cd_line = out.splitlines()[:2]
    assert first.startswith("created 19 files in ") and first.endswith(". Next:")
    assert cd_line == f"  cd {shell_word(folder)}"
    listed = subprocess.run(["bash", "-c", f"{cd_line} && ls corpus/edition.toml"],
                            capture_output=True, check=False)
    assert listed.returncode == 0, listed.stderr


def test_a_folder_name_with_a_byte_that_is_no_utf8_gives_a_readable_title(
        tmp_path: Path) -> None:
    """The default title is taken from the folder's name; an undecodable byte becomes U+FFFD
    instead of stopping init with an encoding error."""
    code, _, err = run("init", tmp_path / "letters-\udcff")
    assert (code, err) == (0, "")
    settings = (tmp_path / "letters-\udcff" / "corpus" / "edition.toml").read_text("utf-8")
    assert 'title = "Letters \ufffd"' in settings


@pytest.mark.parametrize("option", ["--title", "--editor", "--publisher", "--repository"])
def test_a_text_option_with_a_control_character_is_a_usage_error(
        tmp_path: Path, option: str) -> None:
    """A control character in a name would make the edition's XML files not well formed."""
    code, _, err = run("init", tmp_path / "x", option, "Ann\x01Smith")
    assert code == 2 and "control character" in " ".join(err.replace("│", " ").split())
    assert not (tmp_path / "x").exists()
