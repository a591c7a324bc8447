"""The search index updated in place: only the shards a change touches are written, and the
result is the index written whole for the same documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tei.render import search_update
from tei.render.layout import SEARCH_INDEX
from tei.render.search import SearchDocument, pack, term_counts
from tei.render.search_update import fingerprint, write_index

WORDS = st.sampled_from(["cease", "fire", "ceasefire", "mao", "zedong", "note", "the", "ab",
                         "\u4e2d", "1951", "peking", "delegation"])
TEXTS = st.lists(WORDS, max_size=12).map(" ".join)
NAMES = (("Mao Zedong", "Mao Tse-tung"),)


def document(number: int, text: str) -> SearchDocument:
    return SearchDocument(f"documents/{number}.html", f"Title {number}", "", text[:10], "1951",
                          "Telegram", (), (), pack(text, NAMES, term_counts([text, *NAMES[0]])))


class Folder:
    """A site folder written through `write`, which logs what it writes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.written: list[str] = []

    def write(self, relative: str, data: bytes) -> None:
        self.written.append(relative)
        (self.root / relative).parent.mkdir(parents=True, exist_ok=True)
        (self.root / relative).write_bytes(data)

    def index(self, documents: list[SearchDocument]) -> dict[str, bytes]:
        files = write_index(self.root, documents, self.write)
        return {relative: (self.root / relative).read_bytes() for relative in files}


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(TEXTS, min_size=1, max_size=120), changes=st.dictionaries(
    st.integers(0, 119), TEXTS, max_size=4))
def test_an_update_gives_the_index_written_whole(
        tmp_path_factory: pytest.TempPathFactory, texts: list[str],
        changes: dict[int, str]) -> None:
    site = Folder(tmp_path_factory.mktemp("site"))
    site.index([document(n, text) for n, text in enumerate(texts)])
    for n, text in changes.items():
        if n < len(texts):
            texts[n] = text
    updated = site.index([document(n, text) for n, text in enumerate(texts)])
    whole = Folder(tmp_path_factory.mktemp("whole")).index(
        [document(n, text) for n, text in enumerate(texts)])
    assert updated == whole


def test_one_change_writes_its_shards_only(tmp_path: Path) -> None:
    texts = ["the delegation notes ceasefire"] * 200
    site = Folder(tmp_path)
    site.index([document(n, text) for n, text in enumerate(texts)])
    site.written.clear()
    texts[120] = "the delegation notes peking"
    site.index([document(n, text) for n, text in enumerate(texts)])
    assert sorted(site.written) == sorted([
        "search/docs-0.js", "search/text-2.js", "search/terms-ce.js", "search/terms-pe.js",
        SEARCH_INDEX])


def test_nothing_changed_writes_the_manifest_only(tmp_path: Path) -> None:
    documents = [document(n, "the note") for n in range(3)]
    site = Folder(tmp_path)
    site.index(documents)
    site.written.clear()
    site.index(documents)
    assert site.written == [SEARCH_INDEX]


def test_a_lost_snapshot_writes_the_whole_index(tmp_path: Path) -> None:
    site = Folder(tmp_path)
    site.index([document(n, "the note") for n in range(3)])
    for snapshot in (tmp_path / search_update.SNAPSHOTS).iterdir():
        snapshot.write_bytes(b'{"documents/0.html": "broken"}')
    site.written.clear()
    site.index([document(0, "peking")] + [document(n, "the note") for n in range(1, 3)])
    assert "search/terms-th.js" in site.written and "search/text-0.js" in site.written


REGISTER = (("Mao Zedong", "Mao Tse-tung"), ("Zhou Enlai", "Chou En-lai"),
            ("Peking Delegation",), ("Joseph Stalin", "Filippov"))
NAMED = st.tuples(TEXTS, st.lists(st.sampled_from(REGISTER), max_size=2, unique=True))


def named(number: int, text: str, names: list[tuple[str, ...]]) -> SearchDocument:
    terms = term_counts([text, *(name for group in names for name in group)])
    return SearchDocument(f"documents/{number}.html", f"Title {number}", "", text[:10],
                          "1951", "Telegram", (), (), pack(text, names, terms))


@settings(max_examples=40, deadline=None)
@given(documents=st.lists(NAMED, min_size=1, max_size=30), changes=st.dictionaries(
    st.integers(0, 29), NAMED, max_size=3))
def test_an_update_that_changes_names_and_aliases_gives_the_index_written_whole(
        tmp_path_factory: pytest.TempPathFactory, documents: list,
        changes: dict[int, tuple[str, list[tuple[str, ...]]]]) -> None:
    site = Folder(tmp_path_factory.mktemp("site"))
    site.index([named(n, *document) for n, document in enumerate(documents)])
    for n, document in changes.items():
        if n < len(documents):
            documents[n] = document
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_update, "_write_all", None)  # an update never writes it whole
        updated = site.index([named(n, *document) for n, document in enumerate(documents)])
    whole = Folder(tmp_path_factory.mktemp("whole")).index(
        [named(n, *document) for n, document in enumerate(documents)])
    assert updated == whole


class Counted(Sequence[SearchDocument]):
    """Documents counting how often each is taken (as the pipeline reads them from disk)."""

    def __init__(self, documents: list[SearchDocument]) -> None:
        self.documents = documents
        self.taken: Counter[int] = Counter()

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        numbers = range(len(self))[index]
        if isinstance(numbers, range):
            self.taken.update(numbers)
            return [self.documents[n] for n in numbers]
        self.taken[numbers] += 1
        return self.documents[numbers]


def test_each_document_is_taken_twice_for_a_whole_index_and_once_when_unchanged(
        tmp_path: Path) -> None:
    folder = Folder(tmp_path)
    documents = [document(n, f"cease fire {n}") for n in range(7)]
    first = Counted(documents)
    folder.index(first)  # type: ignore[arg-type]
    assert set(first.taken.values()) == {2}
    again = Counted(documents)
    folder.index(again)  # type: ignore[arg-type]
    assert set(again.taken.values()) == {1}


def test_identities_given_spare_a_reading_and_give_the_same_index(tmp_path: Path) -> None:
    documents = [document(n, f"cease fire {n}") for n in range(7)]
    whole = Folder(tmp_path / "whole").index(documents)
    counted = Counted(documents)
    identities = ([d.href for d in documents], [fingerprint(d) for d in documents])
    given_ = write_index(tmp_path / "given", counted, Folder(tmp_path / "given").write,
                         identities)
    assert set(counted.taken.values()) == {1}
    assert {f: (tmp_path / "given" / f).read_bytes() for f in given_} == whole


def test_snapshots_are_kept_a_shard_of_documents_a_file(tmp_path: Path) -> None:
    site = Folder(tmp_path)
    site.index([document(n, "the note") for n in range(search_update.SNAPSHOT_SIZE * 2 + 1)])
    files = sorted(path.name for path in (tmp_path / search_update.SNAPSHOTS).iterdir())
    assert files == ["0.json", "1.json", "2.json"]
