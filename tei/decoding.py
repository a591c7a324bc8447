"""Source bytes to text: BOM, strict UTF-8, BOM-less UTF-16/32, a guessed legacy encoding, or
the encoding the user names.

Binary files (PDF, images, archives, office files, executables, bytes with NULs or many
control characters) are refused with an InputError; characters that XML 1.0 cannot hold are
dropped with a warning. Guessing (charset-normalizer) only runs on bytes that are not UTF.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from tei.diagnostics import Diagnostic, InputError, Severity, error
from tei.guessing import LEGACY, guess_legacy

__all__ = ["DecodedText", "check_encoding", "decode_text", "looks_like"]


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text read from a source, the codec used and the warnings about the decoding."""

    text: str
    encoding: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        """The warning messages alone."""
        return [d.message for d in self.diagnostics]


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1c-\x1f]")
_BREAK = re.compile(r"\r\n?|\n")
_SAMPLE = 4096
_MAGIC = (
    (b"%PDF-", "a PDF file; extract its text first, e.g. with pdftotext"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "a legacy Microsoft Office file (.doc, .xls, .ppt); save it as plain text (.txt) first"),
    (b"\x1f\x8b", "a gzip-compressed file; decompress it first (gunzip)"),
    (b"BZh", "a bzip2-compressed file; decompress it first (bunzip2)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file; decompress it first (unxz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"\x7fELF", "an executable program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_OCR = "; run OCR on it first (e.g. tesseract) and convert the text"
_ZIP_KINDS = (
    (b"mimetypeapplication/vnd.oasis.opendocument",
     "an OpenDocument file (.odt); save it as plain text (.txt) first"),
    (b"mimetypeapplication/epub", "an EPUB book; save it as plain text (.txt) first"),
    (b"word/", "a Word document (.docx); save it as plain text (.txt) first"),
    (b"xl/", "an Excel workbook (.xlsx); export its text first"),
    (b"ppt/", "a PowerPoint file (.pptx); export its text first"),
)


def looks_like(data: bytes) -> str | None:
    """What a known binary format's signature says `data` is, or None."""
    head = data[:16]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        window = data[:_SAMPLE]
        return next((kind for mark, kind in _ZIP_KINDS if mark in window),
                    "a ZIP archive; unpack it first")
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "a WebP image" + _OCR
    if head.startswith(b"MZ") and len(data) >= 64:
        offset = int.from_bytes(data[60:64], "little")
        if data[offset:offset + 4] == b"PE\x00\x00":
            return "a Windows executable (.exe, .dll)"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind + _OCR if kind.endswith("image") else kind
    return None


def check_encoding(name: str) -> str:
    """The codec's canonical name; raise LookupError when `name` is no text encoding."""
    info = codecs.lookup(name)  # LookupError: unknown encoding
    b"".decode(info.name)  # LookupError for bytes-to-bytes codecs such as base64
    return info.name


def decode_text(data: bytes, path: str = "<stdin>", encoding: str | None = None) -> DecodedText:
    """Decode a source: with `encoding` when given, else BOM, UTF-8, UTF-16/32, or a guess.

    Raises InputError (naming `path`) for binary data and for bytes the named or BOM-declared
    encoding cannot decode.
    """
    kind = looks_like(data)
    if kind:
        raise _binary(path, f"looks like {kind}")
    if encoding:
        codec = check_encoding(encoding)
        codec = "utf-8-sig" if codec == "utf-8" else codec
        text = _decode_strict(data, codec, path).removeprefix("\ufeff")
        decoded = DecodedText(text, codec)
    else:
        decoded = _detect(data, path)
    return _xml_safe(decoded, path)


def _detect(data: bytes, path: str) -> DecodedText:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return DecodedText(_decode_strict(data, codec, path), codec)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    else:
        if "\x00" not in text:
            return DecodedText(text, "utf-8")
        return _wide(data) or DecodedText(text, "utf-8")
    wide = _wide(data)
    if wide:
        return wide
    if b"\x00" in data:
        raise _binary(path, "looks like a binary file (it contains NUL bytes), not plain text")
    codec = guess_legacy(data)
    try:
        text, note = data.decode(codec), ""
    except UnicodeDecodeError:  # only when no candidate fits and Windows-1252 is the fallback
        text = data.decode(codec, errors="replace")
        note = f", {text.count(chr(0xFFFD))} undecodable bytes replaced by U+FFFD"
    prefix = data[:bad].decode("utf-8")
    line, col = _line_col(prefix, len(prefix))
    message = (f"not valid UTF-8 (byte 0x{data[bad]:02x} at offset {bad}): guessed its "
               f"encoding (name it with --encoding if the text looks wrong){note} and "
               f"decoded as {LEGACY.get(codec, codec)}")
    warning = Diagnostic(path, line, col, Severity.WARNING, message, "encoding")
    return DecodedText(text, codec, [warning])


def _wide(data: bytes) -> DecodedText | None:
    """UTF-16 or UTF-32 without BOM, told by where mostly-ASCII text has its NUL bytes."""
    sample = data[:_SAMPLE - _SAMPLE % 4]

    def zeros(start: int, step: int) -> float:
        units = sample[start::step]
        return units.count(0) / len(units) if units else 0.0

    candidates = []
    if len(data) % 4 == 0 and len(sample) >= 4:
        if zeros(3, 4) == 1 and zeros(2, 4) > 0.9 and zeros(0, 4) < 0.05:
            candidates.append("utf-32-le")
        if zeros(0, 4) == 1 and zeros(1, 4) > 0.9 and zeros(3, 4) < 0.05:
            candidates.append("utf-32-be")
    if len(data) % 2 == 0 and len(sample) >= 2:
        if zeros(1, 2) > 0.25 and zeros(0, 2) < 0.05:
            candidates.append("utf-16-le")
        if zeros(0, 2) > 0.25 and zeros(1, 2) < 0.05:
            candidates.append("utf-16-be")
    for codec in candidates:
        try:
            return DecodedText(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    return None


def _decode_strict(data: bytes, codec: str, path: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        prefix = data[:exc.start].decode(codec, errors="replace").removeprefix("\ufeff")
        line, col = _line_col(prefix, len(prefix))
        raise error(path, f"cannot be decoded as {codec}: byte 0x{data[exc.start]:02x} "
                    f"({exc.reason}); name the right encoding with --encoding", line, col,
                    rule="encoding") from None


def _xml_safe(decoded: DecodedText, path: str) -> DecodedText:
    """Drop characters XML 1.0 cannot hold, with one warning; refuse text that is binary."""
    text = decoded.text
    first = _NOT_XML.search(text)
    if first is None:
        return decoded
    if "\x00" in text:
        line, col = _line_col(text, text.index("\x00"))
        raise _binary(path, "looks like a binary file (it contains NUL characters), not plain "
                      f"text (first at line {line}, column {col})")
    controls = len(_BINARY_CONTROLS.findall(text))
    if controls >= 8 and controls > len(text) / 50:
        raise _binary(path, f"looks like a binary file ({controls} control characters), not "
                      "plain text")
    ends = [found.end() for found in _BREAK.finditer(text)]
    lines: list[int] = []
    counts: Counter[str] = Counter()
    for found in _NOT_XML.finditer(text):
        counts[found.group()] += 1
        line = bisect_right(ends, found.start()) + 1
        if not lines or lines[-1] != line:
            lines.append(line)
    total = counts.total()
    chars = ", ".join(f"U+{ord(c):04X}" + (f" ×{n}" if n > 1 else "")
                      for c, n in sorted(counts.items()))
    where = ", ".join(map(str, lines[:5])) + (f" and {len(lines) - 5} more" if len(lines) > 5
                                                 else "")
    message = (f"dropped {total} character{'s' if total > 1 else ''} that XML cannot hold "
               f"({chars}) on line{'s' if len(lines) > 1 else ''} {where}")
    line, col = _line_col(text, first.start())
    warning = Diagnostic(path, line, col, Severity.WARNING, message, "xml-char")
    return DecodedText(_NOT_XML.sub("", text), decoded.encoding,
                       [*decoded.diagnostics, warning])


def _line_col(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column of character `pos` (CR, LF and CRLF end lines)."""
    breaks = list(_BREAK.finditer(text, 0, pos))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, pos - start + 1


def _binary(path: str, message: str) -> InputError:
    return error(path, message, rule="binary-input")
