"""The CMIF file of a build written from cached entries: the bytes and diagnostics of
`cmif_bytes`, reading only the documents that changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

import tei.export.cmif as cmif
import tei.export.cmif_cache as cmif_cache
from tei.export.cmif import cmif_bytes
from tei.export.cmif_cache import CorrespondenceCache, environment
from tei.export.settings import load_settings
from tei.resources import register_dir
from tei.xmlio import NSMAP
from tests.test_export_cmif import SEEDS


def corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    for path in SEEDS:
        shutil.copy(path, folder)
    lonely = folder / "zz-lonely.xml"  # left out: it has no addressee
    tree = etree.parse(str(SEEDS[0]))
    received = tree.find(".//tei:correspAction[@type='received']", NSMAP)
    received.getparent().remove(received)
    tree.write(str(lonely))
    return sorted(folder.glob("*.xml"))


def write(paths: list[Path], site: Path) -> list:
    settings = load_settings()
    cache = CorrespondenceCache(site / ".cache.json", environment(settings, register_dir()))
    return cache.write(paths, site / "cmif.xml", settings, register_dir(), {})


def test_the_file_from_the_cache_is_the_file_written_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = corpus(tmp_path / "tei")
    site = tmp_path / "site"
    site.mkdir()
    expected = cmif_bytes(paths, load_settings(), cmif_cache.LazyRegister(register_dir()))
    assert write(paths, site) == expected[1]
    assert (site / "cmif.xml").read_bytes() == expected[0]
    edited = paths[1]
    edited.write_bytes(edited.read_bytes() + b"\n")
    described: list[Path] = []
    correspondence = cmif_cache.correspondence

    def logged(path: Path, *args: object) -> object:
        described.append(path)
        return correspondence(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(cmif_cache, "correspondence", logged)
    assert [d.rule for d in write(paths, site)] == ["cmif-skipped"]
    assert described == [edited]
    assert (site / "cmif.xml").read_bytes() == expected[0]


def test_no_letter_gives_the_file_written_whole(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    assert write([], site) == []
    assert (site / "cmif.xml").read_bytes() == cmif_bytes(
        [], load_settings(), cmif_cache.LazyRegister(register_dir()))[0]


def test_letters_breaking_the_rules_are_found_where_the_whole_file_has_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = corpus(tmp_path / "tei")
    timed = set(paths[1:3])  # two letters with a time of day and two refs: errors
    correspondence = cmif.correspondence

    def with_times(path: Path, *args: object) -> object:
        found = correspondence(path, *args)  # type: ignore[arg-type]
        for date in found.iterfind(".//tei:date", NSMAP) if path in timed else ():
            date.set("when", "1950-01-01T10:00:00")
        if path in timed:
            found.set("ref", "two addresses")
        return found

    monkeypatch.setattr(cmif, "correspondence", with_times)
    monkeypatch.setattr(cmif_cache, "correspondence", with_times)
    site = tmp_path / "site"
    site.mkdir()
    expected = cmif_bytes(paths, load_settings(), cmif_cache.LazyRegister(register_dir()))[1]
    assert [d.rule for d in expected].count("cmif-date") >= 2
    assert [d.rule for d in expected].count("cmif-uri") == 2
    assert write(paths, site) == expected
    assert not (site / "cmif.xml").exists()  # an error: nothing written
    assert [p.name for p in site.iterdir()] == [".cache.json"]  # nor left staged


def test_lazy_register_gives_the_register_entries() -> None:
    """(speed23) The register's entries as LazyRegister gives them from the on-disk cache:
    the same ids in the same order, each the same element as the register file holds."""
    from tei.export.authorities import load_entries

    whole = load_entries(register_dir())
    for _ in range(2):  # worked out, then read from the cache
        lazy = cmif.LazyRegister(register_dir())
        assert list(lazy) == list(whole)
        for ident in list(whole)[::97]:
            assert etree.tostring(lazy[ident], with_tail=False) == etree.tostring(
                whole[ident], with_tail=False)
        assert "no-such-entry" not in lazy
