"""Decoding sources: BOMs, UTF-8, BOM-less UTF-16/32, guessed legacy encodings, a forced
codec, binary files refused and characters XML cannot hold dropped."""

from __future__ import annotations

import codecs
import zipfile
from io import BytesIO

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from lxml import etree

from tei import decoding
from tei.decoding import DecodedText, check_encoding, decode_text, looks_like
from tei.diagnostics import InputError
from tei.guessing import guess_legacy

# Characters XML 1.0 can hold (and a source can carry): no C0 controls but tab, LF and CR,
# no surrogates, no U+FFFE/U+FFFF.
XML_CHARS = st.characters(blacklist_categories=("Cs",),
                          blacklist_characters=[chr(c) for c in range(32) if c not in (9, 10, 13)]
                          + ["\ufffe", "\uffff"])
XML_TEXT = st.text(XML_CHARS).filter(lambda s: not s.startswith("\ufeff"))
ASCII_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126) | st.sampled_from("\n\t"))
# Mostly ASCII; other characters have no NUL low byte in UTF-16 (U+0100, U+10000 are rare).
WIDE_TEXT = st.lists(ASCII_TEXT | st.text(XML_CHARS.filter(
    lambda c: 0 not in c.encode("utf-16-le")[::2]), max_size=1), min_size=4).map("".join)

MIXED = """ШИФРТЕЛЕГРАММА
Из БЕРЛИНА получена 21 ч. 00 м. 5 июля 1951 г.
CIPHERED TELEGRAM No. 4471
From BERLIN received 2100 5 July 1951
МОСКВА, МИД СССР - товарищу Вышинскому.
Сегодня верховный комиссар передал ноту западных держав.
To Comrade Vyshinsky. The note of the Western powers was handed over today.
ЧУЙКОВ
Отпечатано 3 экз.
"""
FEW = """CIPHERED TELEGRAM No. 88
From MOSCOW received 0530 18 October
To Comrade Gromyko (Громыко), NEW YORK.
The Politburo approved the draft reply to the Americans.
Copies to: Molotov, Beria, Malenkov.
Signed: Filippov (Сталин).
Copies printed: 5. Verified.
"""
ENGLISH = [
    "CABLE No. 9\nTo Comrade Molotov\nThe d\u00e9marche failed.\n",
    "The \u201cWestern powers\u201d handed over Kirkpatrick\u2019s note \u2013 nothing more.\n",
    "Naïve señor Müller’s façade, Zürich.\nIt took ½ hour at the café; £5 paid.\n",
    "MÜNCHEN, ÉTAT, « Le Monde », Molière, São Paulo, Curaçao, coöperation.\n",
    "Le ministre a reçu l’ambassadeur à Paris. Après la réunion: « Nous n’acceptons pas ».\n",
]


@given(XML_TEXT)
def test_utf8_with_or_without_bom_decodes_to_itself(text: str) -> None:
    data = text.encode()
    assume(looks_like(data) is None)
    assert decode_text(data) == DecodedText(text, "utf-8")
    assert decode_text(codecs.BOM_UTF8 + data) == DecodedText(text, "utf-8-sig")


@given(XML_TEXT, st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]))
def test_utf16_and_utf32_with_bom_decode_to_itself(text: str, codec: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[codec]
    decoded = decode_text(bom + text.encode(codec))
    assert (decoded.text, decoded.warnings) == (text, [])


@given(WIDE_TEXT, st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]))
def test_mostly_ascii_utf16_and_utf32_without_bom_decode_to_itself(text: str, codec: str) -> None:
    assume(text and sum(c.isascii() for c in text) >= 0.75 * len(text))
    assume(not text.startswith("\ufeff"))
    assert decode_text(text.encode(codec)) == DecodedText(text, codec)


def test_russian_utf16_without_bom_is_recognised() -> None:
    text = MIXED.replace("CIPHERED", "ШИФР").replace("To Comrade", "Товарищу")
    assert decode_text(text.encode("utf-16-le")) == DecodedText(text, "utf-16-le")
    assert decode_text(text.encode("utf-16-be")) == DecodedText(text, "utf-16-be")


@pytest.mark.parametrize("text", ENGLISH)
def test_cp1252_english_is_not_misread(text: str) -> None:
    decoded = decode_text(text.encode("cp1252"), "legacy.txt")
    assert (decoded.text, decoded.encoding) == (text, "cp1252")
    assert decoded.warnings[0].endswith("decoded as Windows-1252")


@pytest.mark.parametrize(("codec", "name"), [("cp1251", "Windows-1251"), ("koi8_r", "KOI8-R")])
@pytest.mark.parametrize("text", [MIXED, FEW], ids=["mixed-lines", "few-words"])
def test_russian_legacy_encodings_are_guessed(text: str, codec: str, name: str) -> None:
    decoded = decode_text(text.encode(codec), "cable.txt")
    assert (decoded.text, decoded.encoding) == (text, codecs.lookup(codec).name)
    [warning] = decoded.diagnostics
    assert warning.message.endswith(f"decoded as {name}")
    assert "not valid UTF-8" in warning.message and "--encoding" in warning.message
    first = next(i for i, line in enumerate(text.splitlines(), 1) if not line.isascii())
    assert (warning.path, warning.line, warning.rule) == ("cable.txt", first, "encoding")


@pytest.mark.parametrize("word", ["Громыко", "товарищ", "Москва", "секретно", "Вышинский"])
@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_one_cyrillic_word_in_english_is_enough(word: str, codec: str) -> None:
    text = f"CABLE No. 12\nTo Comrade Zorin.\nThe answer of {word} follows tomorrow.\n"
    assert decode_text(text.encode(codec)).encoding == codecs.lookup(codec).name


def test_guessing_runs_only_when_bytes_are_not_utf(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes) -> str:
        raise AssertionError("guessed although the bytes are UTF")

    monkeypatch.setattr(decoding, "guess_legacy", refuse)
    for data in ("Nº é “x”".encode(), codecs.BOM_UTF8 + b"x", "Nº é\n".encode("utf-16-le"),
                 codecs.BOM_UTF16_BE + "Nº".encode("utf-16-be")):
        assert decode_text(data).warnings == []


def test_bytes_no_candidate_decodes_are_replaced_with_a_warning(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert guess_legacy(b"") == "cp1252"
    monkeypatch.setattr(decoding, "guess_legacy", lambda data: "cp1252")
    decoded = decode_text(b"abc \x81 d\xe9f")  # 0x81 is undefined in Windows-1252
    assert decoded.text == "abc \ufffd déf"
    assert "1 undecodable byte replaced by U+FFFD" in decoded.warnings[0]


@given(st.binary(), st.sampled_from([None, "utf-8", "utf-16", "cp1251", "latin-1"]))
def test_any_bytes_give_xml_safe_text_or_an_input_error(data: bytes, codec: str | None) -> None:
    try:
        decoded = decode_text(data, "any.txt", codec)
    except InputError as exc:
        assert exc.diagnostic.path == "any.txt"
        assert exc.diagnostic.rule in ("binary-input", "encoding")
        return
    etree.Element("p").text = decoded.text  # lxml refuses what XML 1.0 cannot hold


def test_forced_encoding_decodes_without_warning() -> None:
    decoded = decode_text(MIXED.encode("koi8_r"), "x.txt", "koi8-r")
    assert decoded == DecodedText(MIXED, "koi8-r")
    assert decode_text(codecs.BOM_UTF8 + b"abc", "x.txt", "UTF8").text == "abc"
    assert decode_text(b"\xff\xfea\x00", "x.txt", "utf-16").text == "a"


@pytest.mark.parametrize(("data", "codec", "where"), [
    (b"line one\nline two\nbad \xff here\n", "utf-8", (3, 5)),
    (codecs.BOM_UTF8 + b"ok\r\n\xc3(", "utf-8", (2, 1)),
    (b"a\x00b\x00\n\x00\x00\xd8", "utf-16-le", (2, 1)),
    (b"ok\n\x98", "cp1251", (2, 1)),
])
def test_forced_encoding_names_line_and_column_of_the_first_bad_byte(
        data: bytes, codec: str, where: tuple[int, int]) -> None:
    with pytest.raises(InputError) as failed:
        decode_text(data, "old.txt", codec)
    diagnostic = failed.value.diagnostic
    assert (diagnostic.path, (diagnostic.line, diagnostic.col)) == ("old.txt", where)
    assert diagnostic.message.startswith(f"cannot be decoded as {check_encoding(codec)}: byte 0x")
    assert diagnostic.rule == "encoding"


def test_a_bom_that_lies_is_an_error_not_a_crash() -> None:
    with pytest.raises(InputError, match="cannot be decoded as utf-16") as failed:
        decode_text(codecs.BOM_UTF16_LE + "ok\n".encode("utf-16-le") + b"\x00\xdc", "x.txt")
    assert failed.value.diagnostic.line == 2


@pytest.mark.parametrize("name", ["no-such-codec", "base64", "rot13", "zlib", ""])
def test_unknown_or_non_text_encodings_are_refused(name: str) -> None:
    with pytest.raises(LookupError):
        check_encoding(name)
    assert check_encoding("KOI8-R") == "koi8-r" and check_encoding("Windows-1251") == "cp1251"


def _zip(*names: str) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return buffer.getvalue()


def _pe() -> bytes:
    header = bytearray(b"MZ" + b"\x90" * 62)
    header[60:64] = (64).to_bytes(4, "little")
    return bytes(header) + b"PE\x00\x00" + b"\x00" * 32


@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file; extract its text first, e.g. with "
                                             "pdftotext"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image; run OCR on it first"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    (b"GIF89a\x01\x00", "a GIF image"),
    (b"II*\x00\x08\x00", "a TIFF image"),
    (b"MM\x00*\x00\x00", "a TIFF image"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"),
    (_zip("[Content_Types].xml", "word/document.xml"), "a Word document (.docx)"),
    (_zip("mimetype", "content.xml").replace(b"mimetypex", b"mimetypeapplication/vnd.oasis"
                                             b".opendocument.text"), "an OpenDocument file"),
    (_zip("data.txt"), "a ZIP archive; unpack it first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "a legacy Microsoft Office file"),
    (b"\x1f\x8b\x08\x00\x00\x00", "a gzip-compressed file"),
    (b"\x7fELF\x02\x01\x01\x00", "an executable program (ELF)"),
    (_pe(), "a Windows executable"),
    (b"text\x00with\x00NULs and no pattern of UTF-16 at all", "a binary file"),
    (bytes(range(1, 32)) * 4 + b"some text", "a binary file"),
])
def test_binary_files_are_refused_naming_what_they_look_like(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as refused:
        decode_text(data, "scan.txt")
    diagnostic = refused.value.diagnostic
    assert (diagnostic.path, diagnostic.rule) == ("scan.txt", "binary-input")
    assert diagnostic.message.startswith(f"looks like {kind}")
    with pytest.raises(InputError, match="looks like"):  # a forced codec changes nothing
        decode_text(data, "scan.txt", "latin-1")


def test_rtf_is_text_the_converter_reads() -> None:
    """(formats68) An RTF file is 7-bit text: decoded, its control words read by the
    converter (`pages/rtf.py`)."""
    assert decode_text(b"{\\rtf1\\ansi Hello\\par}").text == "{\\rtf1\\ansi Hello\\par}"


def test_text_that_merely_starts_like_a_signature_is_text() -> None:
    for text in ("MZ is the code of Mozambique.\n", "BZhukov cabled.\n", "PK for Pakistan\n",
                 "RIFF raids\n", "GIF is an image format.\n"):
        assert decode_text(text.encode()).text == text


def test_characters_xml_cannot_hold_are_dropped_with_one_warning() -> None:
    text = "CABLE No. 7\fpage two\nbell\x07 here\n\ufffe and \uffff\nok\x1b[0m\n"
    decoded = decode_text(text.encode(), "dirty.txt")
    assert decoded.text == "CABLE No. 7page two\nbell here\n and \nok[0m\n"
    [warning] = decoded.diagnostics
    assert (warning.path, warning.line, warning.col, warning.rule) == ("dirty.txt", 1, 12,
                                                                       "xml-char")
    assert warning.message == (
        "dropped 5 characters that XML cannot hold (U+0007 bell, U+000C form feed, U+001B "
        "escape, U+FFFE noncharacter, U+FFFF noncharacter) on lines 1, 2, 3, 4")


def test_dropping_also_follows_a_guessed_decoding_and_lone_surrogates() -> None:
    decoded = decode_text("d\u00e9marche\x0c\n".encode("cp1252"))
    assert decoded.text == "d\u00e9marche\n" and len(decoded.warnings) == 2
    safe = decoding._xml_safe(DecodedText("a\ud800b\n" * 7, "utf-8"), "x.txt")
    assert safe.text == "ab\n" * 7
    assert safe.warnings == ["dropped 7 characters that XML cannot hold (U+D800 ×7) on lines "
                             "1, 2, 3, 4, 5 and 2 more"]
