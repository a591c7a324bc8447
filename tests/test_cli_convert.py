"""The `tei convert` command as users run it: exit codes, messages, files, stdin."""

from __future__ import annotations

import json
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
    assert "tei convert: 5 files: 5 written, 0 unchanged, 0 failed; 3 warnings" in err
    assert "000_eccd84356cefffd4.txt:9:1: warning: unmatched ']' removed [stray-bracket]" in err
    assert ("001_65185c955372595c.txt:1:1: warning: the source gives no title; one was built "
            "from the document's type, number and parties [missing-title]") in err
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


RUSSIAN = ("CIPHERED TELEGRAM No. 4471\nTo Comrade Vyshinsky.\nТоварищу Вышинскому.\n"
           "The note of the Western powers was handed over today.\n")


def _body(xml: str) -> str:
    """The TEI's text (the register's Russian name forms stand in its standOff too)."""
    return xml.split("<text>", 1)[1]


def test_encoding_is_guessed_or_forced_for_files_and_stdin(tmp_path: Path) -> None:
    source = tmp_path / "cyrillic.txt"
    source.write_bytes(RUSSIAN.encode("cp1251"))
    guessed = tei("convert", str(source), "-o", str(tmp_path))
    assert guessed.returncode == 0, guessed.stderr
    assert "cyrillic.txt:3:1: warning: not valid UTF-8" in guessed.stderr.decode()
    assert "decoded as Windows-1251 [encoding]" in guessed.stderr.decode()
    assert "Вышинскому" in _body((tmp_path / "cyrillic.xml").read_text("utf-8"))
    # a wrong forced codec is written; the right one replaces it although the source is the same
    assert tei("convert", str(source), "-o", str(tmp_path), "--encoding", "latin-1").returncode == 0
    assert "Вышинскому" not in _body((tmp_path / "cyrillic.xml").read_text("utf-8"))
    forced = tei("convert", str(source), "-o", str(tmp_path), "--encoding", "cp1251")
    assert forced.returncode == 0 and "[encoding]" not in forced.stderr.decode()
    assert "1 written" in forced.stderr.decode()
    assert "Вышинскому" in _body((tmp_path / "cyrillic.xml").read_text("utf-8"))
    piped = tei("convert", "-", "--stem", "ru", "--encoding", "koi8-r",
                stdin=RUSSIAN.encode("koi8_r"))
    assert piped.returncode == 0 and "Вышинскому" in _body(piped.stdout.decode())
    assert b"[encoding]" not in piped.stderr


def test_bad_encodings_are_usage_errors_and_bad_bytes_name_line_and_column(
        tmp_path: Path) -> None:
    source = tmp_path / "latin.txt"
    source.write_bytes(b"CABLE No. 3\nTo Comrade Zorin.\nThe d\xe9marche failed.\n")
    for name in ("no-such-codec", "base64"):
        unknown = tei("convert", str(source), "-o", str(tmp_path), "--encoding", name)
        assert unknown.returncode == 2
        assert f"unknown text encoding '{name}'" in unknown.stderr.decode()
        assert "Traceback" not in unknown.stderr.decode()
    bad = tei("convert", str(source), "-o", str(tmp_path), "--encoding", "utf-8")
    assert bad.returncode == 1
    assert (f"{source}:3:6: error: cannot be decoded as utf-8: byte 0xe9 (invalid continuation "
            "byte); name the right encoding with --encoding [encoding]") in bad.stderr.decode()
    piped = tei("convert", "-", "--encoding", "ascii", stdin=source.read_bytes())
    assert piped.returncode == 1
    assert "<stdin>:3:6: error: cannot be decoded as ascii" in piped.stderr.decode()


def test_binary_files_fail_alone_in_a_batch(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text("CABLE No. 7\nTo Comrade Stalin\nText.\n")
    (folder / "b_scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (folder / "c_photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "d_dirty.txt").write_bytes(b"CABLE No. 8\nTo Comrade Beria\nText\x07 \xef\xbf\xbe.\n")
    (folder / "e_cyrillic.txt").write_bytes(RUSSIAN.encode("koi8_r"))
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        run = tei("convert", str(folder), "-o", str(out), "-j", jobs)
        err = run.stderr.decode()
        assert run.returncode == 1
        assert (f"{folder / 'b_scan.txt'}:1:1: error: looks like a PDF file; extract its text "
                "first, e.g. with pdftotext [binary-input]") in err
        assert f"{folder / 'c_photo.txt'}:1:1: error: looks like a PNG image" in err
        assert (f"{folder / 'd_dirty.txt'}:3:5: warning: dropped 2 characters that XML cannot "
                "hold (U+0007 bell, U+FFFE noncharacter) on line 3 [xml-char]") in err
        assert "5 files: 3 written, 0 unchanged, 2 failed" in err
        assert "Traceback" not in err and "internal error" not in err
        assert sorted(p.name for p in out.glob("*.xml")) == ["a_good.xml", "d_dirty.xml",
                                                             "e_cyrillic.xml"]
        assert "Вышинскому" in _body((out / "e_cyrillic.xml").read_text("utf-8"))


def test_missing_facts_are_warned_tabled_and_reported(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "bare.txt").write_text("The situation is calm.\n\nNothing else to report.\n")
    (source / "cable.txt").write_text(
        "CIPHERED TELEGRAM No. 12\nFrom: Moscow\nDate: 5 May 1951\n"
        "To Comrade Stalin\n\nAll is well.\n\nZHOU ENLAI\n")
    report = tmp_path / "report.json"
    run = tei("convert", str(source), "-o", str(tmp_path / "out"), "--report", str(report))
    assert run.returncode == 0, run.stderr
    err = run.stderr.decode()
    assert "bare.txt:1:1: warning: no sending date was found [missing-date]" in err
    assert "bare.txt:1:1: warning: no document form was recognised" in err
    assert "cable.txt:1:1: warning: no sending date" not in err
    assert ("tei convert: missing facts: 2 of 2 with a built title, 1 of 2 without a "
            "recognised form, 1 of 2 without a date, 1 of 2 without a sender, "
            "1 of 2 without an addressee") in err
    data = json.loads(report.read_text())
    assert data["total"] == 2 and data["missing"]["date"] == 1
    cable = next(d for d in data["documents"] if d["source"].endswith("cable.txt"))
    assert cable["facts"]["date"] == {"value": "1951-05-05", "status": "found",
                                      "where": "Found in the cable heading."}
    assert cable["facts"]["telegram"]["value"] == "12"
    assert cable["facts"]["place"]["value"] == "Moscow"
    bare = next(d for d in data["documents"] if d["source"].endswith("bare.txt"))
    assert bare["facts"]["title"]["status"] == "built"
    again = tei("convert", str(source), "-o", str(tmp_path / "out"), "--report", str(report))
    assert "0 written, 2 unchanged" in again.stderr.decode()
    assert json.loads(report.read_text())["documents"] == data["documents"][:0] + [
        {**d, "outcome": "unchanged", "diagnostics": []} for d in data["documents"]]
