"""`tei.export.archive`: the zip to share, unpacked and checked outside the repository."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tei.export.archive import archive_entries, readme, zip_bytes
from tei.export.files import model_hrefs
from tei.export.settings import load_settings
from tei.resources import register_dir
from tei.validate import Options, validate_paths
from tei.validate.schematron import SchematronRules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "tei").glob("*.xml"))


@pytest.fixture(scope="module")
def archive() -> bytes:
    settings = load_settings()
    return zip_bytes(archive_entries(SEEDS, settings, register_dir()), settings.date)


@pytest.fixture()
def unpacked(archive: bytes, tmp_path: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        opened.extractall(tmp_path)
    return tmp_path


def test_the_zip_holds_documents_register_schemas_and_readme(archive: bytes) -> None:
    names = zipfile.ZipFile(io.BytesIO(archive)).namelist()
    assert names == sorted(names)
    assert {f"corpus/tei/{p.name}" for p in SEEDS} <= set(names)
    assert {"README.txt", "corpus/register/persons.xml", "schemas/telegrams.rng",
            "schemas/telegrams.sch", "schemas/telegrams.xsd", "schemas/xml.xsd"} <= set(names)


def test_unpacked_documents_equal_the_originals_and_pass_tei_validate(unpacked: Path) -> None:
    documents = sorted((unpacked / "corpus" / "tei").glob("*.xml"))
    assert [(p.name, p.read_bytes()) for p in documents] == \
        [(p.name, p.read_bytes()) for p in SEEDS]
    report = validate_paths(documents, Options())
    assert len(report.files) == len(SEEDS) and not report.failed()


def test_every_xml_model_resolves_inside_the_zip_and_its_schema_accepts_the_file(
        unpacked: Path) -> None:
    documents = sorted((unpacked / "corpus" / "tei").glob("*.xml"))
    checked = 0
    for path in documents:
        tree = etree.parse(str(path))
        for href in model_hrefs(tree.getroot()):
            schema = (path.parent / href).resolve()
            assert schema.is_relative_to(unpacked.resolve()) and schema.is_file()
            if schema.suffix == ".rng":
                grammar = etree.RelaxNG(etree.parse(str(schema)))
                assert grammar.validate(tree), grammar.error_log
            else:
                assert SchematronRules(schema).check(tree, path) == []
            checked += 1
    assert checked == 2 * len(SEEDS)


def test_every_xml_file_in_the_zip_is_the_repositorys_file_checked_against_tei_all(
        unpacked: Path) -> None:
    """Byte for byte: test_convert_register and test_export_corpus check those against tei_all."""
    files = sorted((unpacked / "corpus").rglob("*.xml"))
    originals = sorted([*SEEDS, *register_dir().glob("*.xml")])
    assert [(p.name, p.read_bytes()) for p in files] == \
        [(p.name, p.read_bytes()) for p in originals]


def test_the_zip_is_byte_identical_on_rerun(archive: bytes) -> None:
    settings = load_settings()
    assert zip_bytes(archive_entries(SEEDS, settings, register_dir()), settings.date) == archive


def test_the_readme_gives_licence_and_citation() -> None:
    settings = load_settings()
    text = readme(settings, 5)
    assert settings.edition.licence_url in text and "Citation" in text
    assert f"{settings.edition.title}. {settings.date}." in text
