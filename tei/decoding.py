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

__all__ = ["DecodedText", "check_encoding", "decode_text", "drop_non_xml", "looks_like",
           "too_large"]


# The longest source read as one document (the longest real one we hold is 12 KB; the
# converter takes some 25 s and 80 MB a megabyte on a busy 2-core host).
MAX_SOURCE_BYTES = 2 * 2**20


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
# Every byte but the C0 controls that XML 1.0 cannot hold.
_TEXT_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\r")
_BREAK = re.compile(r"\r\n?|\n")
_SAMPLE = 4096
_OCR = "; run OCR on it first (e.g. tesseract) and convert the text it gives"
_SAVE = "; save it as plain text (.txt) first"
_MAGIC = (
    (b"%PDF-", "a PDF file; extract its text first, e.g. with pdftotext"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image" + _OCR),
    (b"\xff\xd8\xff", "a JPEG image" + _OCR),
    (b"GIF87a", "a GIF image" + _OCR),
    (b"GIF89a", "a GIF image" + _OCR),
    (b"II*\x00", "a TIFF image" + _OCR),
    (b"MM\x00*", "a TIFF image" + _OCR),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office file (.doc, .xls, .ppt)"
     + _SAVE),
    (b"\x1f\x8b", "a gzip-compressed file; decompress it first (gunzip)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file; decompress it first (unxz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"\x7fELF", "an executable program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_ZIP_KINDS = (
    (b"mimetypeapplication/vnd.oasis.opendocument", "an OpenDocument file (.odt)" + _SAVE),
    (b"mimetypeapplication/epub", "an EPUB book" + _SAVE),
    (b"word/", "a Word document (.docx)" + _SAVE),
    (b"xl/", "an Excel workbook (.xlsx); export its text first"),
    (b"ppt/", "a PowerPoint file (.pptx); export its text first"),
)
_PREFIXES = (*(magic for magic, _ in _MAGIC), b"PK\x03\x04", b"PK\x05\x06", b"BZh", b"RIFF", b"MZ")
_NAMES = {"\x07": "bell", "\x08": "backspace", "\x0b": "vertical tab", "\x0c": "form feed",
          "\x1a": "end-of-file mark", "\x1b": "escape", "\ufffe": "noncharacter",
          "\uffff": "noncharacter"}
_WIDE_HINT = ("; if it is UTF-16 or UTF-32 text without a byte-order mark, name the encoding "
              "with --encoding")


def looks_like(data: bytes) -> str | None:
    """What a known binary format's signature says `data` is, or None."""
    head = data[:16]
    if not head.startswith(_PREFIXES):
        return None
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        window = data[:_SAMPLE]
        return next((kind for mark, kind in _ZIP_KINDS if mark in window),
                    "a ZIP archive; unpack it first")
    if head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return "a bzip2-compressed file; decompress it first (bunzip2)"
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "a WebP image" + _OCR
    if head.startswith(b"MZ") and len(data) >= 64:
        offset = int.from_bytes(data[60:64], "little")
        if data[offset:offset + 4] == b"PE\x00\x00":
            return "a Windows executable (.exe, .dll)"
    return next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)


def check_encoding(name: str) -> str:
    """The codec's canonical name; raise LookupError when `name` is no text encoding."""
    info = codecs.lookup(name)  # LookupError: unknown encoding
    b"x".decode(info.name, "ignore")  # LookupError for bytes-to-bytes codecs such as base64
    return info.name


def too_large(path: str, size: int) -> InputError:
    """The error for a source of `size` bytes, over MAX_SOURCE_BYTES."""
    return error(path, f"the source is {size:,} bytes; one document is read only up to "
                 f"{MAX_SOURCE_BYTES // 2**20} MB (about 1,000 typed pages: more would take "
                 "minutes and gigabytes); split it into its documents", rule="too-large")


def decode_text(data: bytes, path: str = "<stdin>", encoding: str | None = None) -> DecodedText:
    """Decode a source: with `encoding` when given, else BOM, UTF-8, UTF-16/32, or a guess.

    Raises InputError (naming `path`) for binary data, for more than MAX_SOURCE_BYTES and for
    bytes the named or BOM-declared encoding cannot decode.
    """
    if len(data) > MAX_SOURCE_BYTES:
        raise too_large(path, len(data))
    kind = looks_like(data)
    if kind:
        raise _binary(path, f"looks like {kind}")
    if encoding:
        codec = check_encoding(encoding)
        text = _decode_strict(data, "utf-8-sig" if codec == "utf-8" else codec, path, codec)
        return _xml_safe(DecodedText(text.removeprefix("\ufeff"), codec), path)
    return _plain_utf8(data) or _xml_safe(_detect(data, path), path)


def _plain_utf8(data: bytes) -> DecodedText | None:
    """UTF-8 (BOM or not) with nothing XML cannot hold: the common case, checked in C."""
    if data.translate(None, _TEXT_BYTES):
        return None  # NULs or other C0 controls
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not data.isascii() and ("\ufffe" in text or "\uffff" in text):
        return None
    if text.startswith("\ufeff"):
        return DecodedText(text[1:], "utf-8-sig")
    return DecodedText(text, "utf-8")


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
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise _binary(path, "looks like a binary file, not plain text (it contains NUL bytes, "
                      f"the first on line {line}){_WIDE_HINT}")
    guess = guess_legacy(data)
    codec = codecs.lookup(guess).name
    try:
        text, note = data.decode(codec), ""
    except UnicodeDecodeError:  # only when no candidate fits and Windows-1252 is the fallback
        text = data.decode(codec, errors="replace")
        count = text.count("\ufffd")
        note = f", {count} undecodable byte{'s' if count > 1 else ''} replaced by U+FFFD"
    prefix = data[:bad].decode("utf-8")
    line, col = _line_col(prefix, len(prefix))
    message = (f"not valid UTF-8 (byte 0x{data[bad]:02x} at offset {bad}): guessed its "
               f"encoding (name it with --encoding if the text looks wrong){note} and "
               f"decoded as {LEGACY[guess]}")
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
        # Code points stop at U+10FFFF: the top byte is NUL, the next at most 0x10 (mostly NUL).
        for codec, top, plane in (("utf-32-le", 3, 2), ("utf-32-be", 0, 1)):
            if (zeros(top, 4) == 1 and max(sample[plane::4]) <= 0x10
                    and zeros(plane, 4) > 0.5):
                candidates.append(codec)
    if len(data) % 2 == 0 and len(sample) >= 2:
        for codec, high, low in (("utf-16-le", 1, 0), ("utf-16-be", 0, 1)):
            # Mostly ASCII: many high bytes are NUL; one script (Cyrillic, ...): few values.
            nul = zeros(high, 2)
            text_like = nul > 0.25 or (nul > 0.02 and len(set(sample[high::2])) <= 4)
            if text_like and zeros(low, 2) <= min(0.1, nul / 3):
                candidates.append(codec)
    for codec in candidates:
        try:
            return DecodedText(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    return None


def _decode_strict(data: bytes, codec: str, path: str, label: str = "") -> str:
    """`data` decoded with `codec`; else an InputError at the line and column of the first
    bad byte."""
    if codec == "utf-8-sig":  # its decoder counts error offsets after the BOM
        data, codec = data.removeprefix(codecs.BOM_UTF8), "utf-8"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        prefix = data[:exc.start].decode(codec, errors="replace").removeprefix("\ufeff")
        line, col = _line_col(prefix, len(prefix))
        raise error(path, f"cannot be decoded as {label or codec}: byte 0x{data[exc.start]:02x} "
                    f"({exc.reason}); name the right encoding with --encoding", line, col,
                    rule="encoding") from None


def _xml_safe(decoded: DecodedText, path: str) -> DecodedText:
    """Drop characters XML 1.0 cannot hold, with one warning; refuse text that is binary."""
    text = decoded.text
    if _NOT_XML.search(text) is None:
        return decoded
    if "\x00" in text:
        line, col = _line_col(text, text.index("\x00"))
        raise _binary(path, "looks like a binary file, not plain text (it contains NUL "
                      f"characters, the first at line {line}, column {col}){_WIDE_HINT}")
    controls = len(_BINARY_CONTROLS.findall(text))
    if controls >= 8 and controls > len(text) / 50:
        raise _binary(path, f"looks like a binary file, not plain text ({controls} control "
                      "characters)")
    clean, warning = drop_non_xml(text, path)
    return DecodedText(clean, decoded.encoding,
                       [*decoded.diagnostics, *([warning] if warning else [])])


def drop_non_xml(text: str, path: str) -> tuple[str, Diagnostic | None]:
    """`text` without the characters XML 1.0 cannot hold, and a warning (rule `xml-char`)
    naming them and the line and column of the first, or None when there were none."""
    first = _NOT_XML.search(text)
    if first is None:
        return text, None
    ends = [found.end() for found in _BREAK.finditer(text)]
    lines: list[int] = []
    counts: Counter[str] = Counter()
    for found in _NOT_XML.finditer(text):
        counts[found.group()] += 1
        line = bisect_right(ends, found.start()) + 1
        if not lines or lines[-1] != line:
            lines.append(line)
    total = counts.total()
    chars = ", ".join(f"U+{ord(c):04X}" + (f" {_NAMES[c]}" if c in _NAMES else "")
                      + (f" ×{n}" if n > 1 else "") for c, n in sorted(counts.items()))
    where = ", ".join(map(str, lines[:5])) + (f" and {len(lines) - 5} more" if len(lines) > 5
                                                 else "")
    message = (f"dropped {total} character{'s' if total > 1 else ''} that XML cannot hold "
               f"({chars}) on line{'s' if len(lines) > 1 else ''} {where}")
    line, col = _line_col(text, first.start())
    warning = Diagnostic(path, line, col, Severity.WARNING, message, "xml-char")
    return _NOT_XML.sub("", text), warning


def _line_col(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column of character `pos` (CR, LF and CRLF end lines)."""
    breaks = list(_BREAK.finditer(text, 0, pos))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, pos - start + 1


def _binary(path: str, message: str) -> InputError:
    return error(path, message, rule="binary-input")
