"""The build's bookkeeping files: read back only in the environment they were written in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.bookkeeping import load_records, save_records


def test_records_round_trip_in_their_environment_only(tmp_path: Path) -> None:
    file = tmp_path / ".ledger.json"
    save_records(file, "v1", "files", {"b": [2], "a": [1, "é"]})
    assert load_records(file, "v1", "files") == {"a": [1, "é"], "b": [2]}
    assert load_records(file, "v2", "files") == {}
    assert load_records(file, "v1", "documents") == {}
    assert file.read_bytes() == '{"environment":"v1","files":{"a":[1,"é"],"b":[2]}}\n'.encode()


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"environment":"v1","files":[1]}',
                                     b"\xff\xfe"])
def test_a_damaged_or_missing_file_means_no_records(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / ".ledger.json"
    assert load_records(file, "v1", "files") == {}
    file.write_bytes(content)
    assert load_records(file, "v1", "files") == {}
