"""Mutations for the fuzz run: plain-text telegrams (lines, labels, characters, bytes) and
TEI files (elements, attributes, text, bytes), each chosen by a seeded random generator."""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable

# Lines the page readers and recognisers react to, so mutations reach their branches.
LABEL_LINES = (
    "Original Language:", "Original Language: Russian", "Original Language: xx",
    "Source:", "URL:", "URL: http://example.org/a b", "Citation:", "Summary:",
    "Date:", "Date: 31 February 1951", "From:", "To:", "[Stamp:", "[Stamp: Secret]",
    "[Page 3]", "[...]", "Top Secret", "TELEGRAM", "No. 112", "Moscow, 12 July 1951",
    "July 12, 1951, 6 p.m.", "Received July 11, 1951, 1 a.m.", "1.", "(a)", "II.",
    "---", "Signed:", "Translated by", "Keywords:", "[1] A note.", "^1", "¹",
    "Secretary of State", "Dear Sir,", "Yours sincerely,", "Record of conversation",
    "  ", "\t", "=" * 40, "Document Information", "Rights:", "Original Archive:",
)
ODD_CHARS = ("\ufeff", "\ufffe", "\uffff", "\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f",
             "\u0085", "\u2028", "\u2029", "\u200b", "\u202e", "\r", "\r\n", "\t", "\ud7ff",
             "\U0001f600", "&", "<", ">", "]]>", '"', "'", "\\", "{", "}", "--", "?>", "</",
             "ﬁ", "Ⅻ", "١٢", "٫", "\u0301", "ß", "İ", "ǅ")
BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
TEI_SNIPPETS = (
    "<p>x</p>", "<div>", "</div>", "<note>n</note>", "<stamp>s</stamp>", "<gap/>",
    '<date when="1951-13-45">d</date>', '<persName ref="#nobody">P</persName>',
    '<pb n="1"/>', '<ref target="not a uri">r</ref>', "<!-- c -->", "<?pi x?>",
    "<![CDATA[x]]>", '<hi rend="bold">h</hi>', "<lb/>", "<foo xmlns='urn:x'/>",
    '<!DOCTYPE TEI [<!ENTITY a "b">]>', "&a;", "&#x1;", "<", "&",
)


def _lines(rng: random.Random, text: str) -> list[str]:
    return text.split("\n") or [""]


def delete_lines(rng: random.Random, text: str) -> str:
    lines = _lines(rng, text)
    start = rng.randrange(len(lines))
    del lines[start:start + rng.randint(1, 5)]
    return "\n".join(lines)


def duplicate_lines(rng: random.Random, text: str) -> str:
    lines = _lines(rng, text)
    start = rng.randrange(len(lines))
    chunk = lines[start:start + rng.randint(1, 4)]
    at = rng.randrange(len(lines) + 1)
    return "\n".join(lines[:at] + chunk + lines[at:])


def swap_lines(rng: random.Random, text: str) -> str:
    lines = _lines(rng, text)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def insert_label(rng: random.Random, text: str) -> str:
    lines = _lines(rng, text)
    lines.insert(rng.randrange(len(lines) + 1), rng.choice(LABEL_LINES))
    return "\n".join(lines)


def insert_chars(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    chars = "".join(rng.choice(ODD_CHARS) for _ in range(rng.randint(1, 4)))
    return text[:at] + chars + text[at:]


def delete_span(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + text[at + rng.randint(1, 200):]


def change_case(rng: random.Random, text: str) -> str:
    lines = _lines(rng, text)
    i = rng.randrange(len(lines))
    lines[i] = rng.choice((str.upper, str.lower, str.title, str.swapcase))(lines[i])
    return "\n".join(lines)


def truncate(rng: random.Random, text: str) -> str:
    return text[:rng.randrange(len(text) + 1)]


def indent(rng: random.Random, text: str) -> str:
    lines = _lines(rng, text)
    i = rng.randrange(len(lines))
    lines[i] = rng.choice(("    ", "\t", " " * 20)) + lines[i]
    return "\n".join(lines)


TEXT_MUTATIONS: tuple[Callable[[random.Random, str], str], ...] = (
    delete_lines, duplicate_lines, swap_lines, insert_label, insert_label, insert_chars,
    delete_span, change_case, truncate, indent,
)


def splice(rng: random.Random, text: str, other: str) -> str:
    """The start of one text with the end of another."""
    a, b = _lines(rng, text), _lines(rng, other)
    return "\n".join(a[:rng.randrange(len(a) + 1)] + b[rng.randrange(len(b) + 1):])


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """A byte-level change: flip, insert or delete bytes, or put a byte-order mark first."""
    buffer = bytearray(data)
    choice = rng.randrange(4)
    at = rng.randrange(len(buffer) + 1)
    if choice == 0 and buffer:
        buffer[min(at, len(buffer) - 1)] = rng.randrange(256)
    elif choice == 1:
        buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    elif choice == 2:
        del buffer[at:at + rng.randint(1, 16)]
    else:
        buffer[0:0] = rng.choice(BOMS)
    return bytes(buffer)


def mutate_text(rng: random.Random, text: str, others: list[str]) -> bytes:
    """One to four text mutations, sometimes a splice, sometimes a byte-level change."""
    for _ in range(rng.randint(1, 4)):
        text = rng.choice(TEXT_MUTATIONS)(rng, text)
    if rng.random() < 0.1:
        text = splice(rng, text, rng.choice(others))
    data = text.encode("utf-8")
    return mutate_bytes(rng, data) if rng.random() < 0.15 else data


def mutate_tei(rng: random.Random, data: bytes) -> bytes:
    """A TEI file with markup, text or bytes changed."""
    text = data.decode("utf-8", errors="replace")
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(text) + 1)
        kind = rng.randrange(4)
        if kind == 0:
            text = text[:at] + rng.choice(TEI_SNIPPETS) + text[at:]
        elif kind == 1:
            text = text[:at] + text[at + rng.randint(1, 80):]
        elif kind == 2:
            text = text[:at] + rng.choice(ODD_CHARS) + text[at:]
        else:
            end = text.find(">", at)
            text = text[:at] + text[end + 1:] if end >= 0 else text
    data = text.encode("utf-8")
    return mutate_bytes(rng, data) if rng.random() < 0.1 else data
