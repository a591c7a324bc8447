"""The `tei convert` command as users run it: exit codes, messages, files, stdin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cases import RAW


def tei(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tei", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_converts_a_folder_and_summarises(tmp_path: Path) -> None:
    run = tei("convert", str(RAW), "-o", str(tmp_path))
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == sorted(
        f"{p.stem}.xml" for p in RAW.glob("*.txt"))
    err = run.stderr.decode()
    assert "tei convert: 5 files: 5 written, 0 unchanged, 0 failed; 1 warning" in err
    assert "000_eccd84356cefffd4.txt:9:1: warning: unmatched ']' removed [stray-bracket]" in err
    again = tei("convert", str(RAW), "-o", str(tmp_path), "--quiet")
    assert "0 written, 5 unchanged" in again.stderr.decode()
    assert "stray-bracket" not in again.stderr.decode()


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("CABLE No. 7\nTo Comrade Stalin\nText.\n")
    (tmp_path / "in" / "empty.txt").write_text("\n\n")
    run = tei("convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    err = run.stderr.decode()
    assert run.returncode == 1
    assert f"{tmp_path / 'in' / 'empty.txt'}:1:1: error: the source text is empty [empty]" in err
    assert "1 written, 0 unchanged, 1 failed" in err
    assert (tmp_path / "out" / "good.xml").is_file()
    assert "Traceback" not in err


def test_refuses_to_overwrite_hand_edits_unless_forced(tmp_path: Path) -> None:
    source = RAW / "003_982820db07093d93.txt"
    assert tei("convert", str(source), "-o", str(tmp_path)).returncode == 0
    target = tmp_path / "003_982820db07093d93.xml"
    target.write_text(target.read_text().replace("Kornushina", "Kornushyna"))
    refused = tei("convert", str(source), "-o", str(tmp_path))
    assert refused.returncode == 1
    assert "not overwritten: it has been edited since it was converted" in refused.stderr.decode()
    assert "Kornushyna" in target.read_text()
    assert tei("convert", str(source), "-o", str(tmp_path), "--force").returncode == 0
    assert "Kornushyna" not in target.read_text()


def test_stdin_to_stdout() -> None:
    run = tei("convert", "-", "--stem", "cable42",
              stdin=(RAW / "001_65185c955372595c.txt").read_bytes())
    assert run.returncode == 0
    assert b'xml:id="doc-cable42"' in run.stdout


def test_non_utf8_input_is_read_as_cp1252_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "legacy.txt"
    text = "CABLE No. 9\nTo Comrade Molotov\nThe d\xe9marche failed.\n"
    source.write_bytes(text.encode("cp1252"))
    run = tei("convert", str(source), "-o", str(tmp_path))
    assert run.returncode == 0
    assert "decoded as Windows-1252 [encoding]" in run.stderr.decode()
    assert "démarche" in (tmp_path / "legacy.xml").read_text("utf-8")


def test_parallel_conversion_gives_the_same_files(tmp_path: Path) -> None:
    assert tei("convert", str(RAW), "-o", str(tmp_path / "a")).returncode == 0
    assert tei("convert", str(RAW), "-o", str(tmp_path / "b"), "-j", "2").returncode == 0
    for first in (tmp_path / "a").glob("*.xml"):
        assert first.read_bytes() == (tmp_path / "b" / first.name).read_bytes()


def test_usage_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    missing = tei("convert", str(tmp_path / "nothing.txt"))
    assert missing.returncode == 2
    assert "no such file or folder" in missing.stderr.decode()
    bad_option = tei("convert", "--no-such-option")
    assert bad_option.returncode == 2
    assert "Traceback" not in bad_option.stderr.decode()


def test_version_and_help() -> None:
    assert tei("--version").stdout.decode().startswith("tei ")
    help_text = tei("convert", "--help").stdout.decode()
    assert "Examples" in help_text and "tei convert corpus/raw -o corpus/tei" in help_text
