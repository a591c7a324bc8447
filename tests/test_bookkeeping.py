"""The build's bookkeeping files: read back only in the environment they were written in."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tei import bookkeeping
from tei.bookkeeping import load_records, save_records


def test_records_round_trip_in_their_environment_only(tmp_path: Path) -> None:
    file = tmp_path / ".ledger"
    save_records(file, "v1", "files", {"b": [2], "a": [1, "é"]})
    assert load_records(file, "v1", "files") == {"a": [1, "é"], "b": [2]}
    assert load_records(file, "v2", "files") == {}
    assert load_records(file, "v1", "documents") == {}
    assert list(load_records(file, "v1", "files")) == ["a", "b"]  # sorted


def test_a_file_whose_digest_does_not_match_is_never_unmarshalled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / ".ledger"
    save_records(file, "v1", "files", {"a": [1]})
    content = file.read_bytes()
    file.write_bytes(content[:-1] + bytes([content[-1] ^ 1]))
    monkeypatch.setattr(bookkeeping.marshal, "loads", lambda data: pytest.fail("unmarshalled"))
    assert load_records(file, "v1", "files") == {}


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"environment":"v1","files":[1]}',
                                     b"\xff\xfe", *(hashlib.sha256(payload).digest() + payload
                                                    for payload in (b"\xff\xfe", b"[\x02"))])
def test_a_damaged_or_missing_file_means_no_records(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / ".ledger"
    assert load_records(file, "v1", "files") == {}
    file.write_bytes(content)
    assert load_records(file, "v1", "files") == {}
