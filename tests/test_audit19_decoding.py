"""Audit of `tei.decoding` (every source text `tei convert`, `tei build` and `tei register
suggest` read): a 5 MB one-line text took 132 s and 400 MB to convert on a busy 2-core host
(50 MB: some 20 minutes and 4 GB, a hang to the user). A source over MAX_SOURCE_BYTES is
refused at once (`[too-large]`), naming its size; the batch goes on."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tei.decoding import MAX_SOURCE_BYTES, decode_text
from tei.diagnostics import InputError
from tests.cases import RAW

GOOD = RAW / "003_982820db07093d93.txt"


@pytest.mark.parametrize("data", [
    b"x" * (MAX_SOURCE_BYTES + 1),  # one line
    b"1. a word\n" * (MAX_SOURCE_BYTES // 10 + 1),  # many lines
    "\ufeffa\n".encode("utf-16") * (MAX_SOURCE_BYTES // 6 + 1),  # UTF-16 with its BOM
])
def test_a_source_over_the_limit_is_refused_at_once(data: bytes) -> None:
    started = time.process_time()
    with pytest.raises(InputError, match="split it into its documents") as caught:
        decode_text(data, "big.txt")
    assert caught.value.diagnostic.rule == "too-large"
    assert f"{len(data):,} bytes" in caught.value.diagnostic.message
    assert time.process_time() - started < 1


def test_a_source_at_the_limit_is_decoded() -> None:
    assert len(decode_text(b"x" * MAX_SOURCE_BYTES, "big.txt").text) == MAX_SOURCE_BYTES


def test_a_huge_file_fails_alone_in_a_batch_and_on_stdin(tmp_path: Path) -> None:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD.read_bytes())
    (folder / "huge.txt").write_bytes(b"word " * (MAX_SOURCE_BYTES // 5 + 1))
    run = subprocess.run([sys.executable, "-m", "tei", "convert", str(folder), "-o",
                          str(tmp_path / "tei"), "-q"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 1 and "[too-large]" in run.stderr
    assert "1 written, 0 unchanged, 1 failed" in run.stderr
    piped = subprocess.run([sys.executable, "-m", "tei", "convert", "-"], capture_output=True,
                           input=(folder / "huge.txt").read_bytes(), timeout=120)
    assert piped.returncode == 1 and b"<stdin>:1:1: error:" in piped.stderr
    assert b"Traceback" not in piped.stderr


def test_a_source_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """The size is read from the file's status: a 64 MB source (sparse here) is refused
    without its 64 MB coming into memory."""
    import tracemalloc

    from tei.xmlio import read_bytes

    source = tmp_path / "huge.txt"
    with source.open("wb") as file:
        file.truncate(64 * 2**20)
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            read_bytes(source, MAX_SOURCE_BYTES)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    diagnostic = caught.value.diagnostic
    assert diagnostic.rule == "too-large" and "huge.txt" in diagnostic.path
    assert peak < 2**20
