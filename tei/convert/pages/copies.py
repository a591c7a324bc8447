"""Marks a copy puts on a page, read off before the text is split into lines: a mail
client's quote marks (`> ` on every line), a fixed left margin, trailing spaces, the header
of a forwarded mail (its opening line and `From:` / `Date:` / `Subject:` / `To:` fields,
table `forwarded-mail`), and a PDF's or word processor's characters: zero-width spaces
and byte-order marks (nothing), soft hyphens (a
hyphen at a line's end, else nothing), ligatures (`ﬁ`) and full-width letters and digits
(`１９５０`), an OCR's lookalikes in a word of capitals (`VlKTOR`, `T0P`: ocr_capitals.py),
and (repost69) a word processor's comments and their marks (`word_comments.py`).
What goes is replaced by blank lines or nothing, so that every line keeps its
number; the document's words all stay."""

from __future__ import annotations

import re
import unicodedata

from tei.convert.ocr_capitals import read_capitals
from tei.convert.pages.crest_dates import labelled_record_dates
from tei.convert.pages.excerpt_foot import without_excerpt_foot
from tei.convert.pages.margin_marks import without_margin_marks
from tei.convert.pages.padded_fields import padded_fields
from tei.convert.pages.word_comments import without_comments
from tei.convert.patterns import Patterns

_QUOTED = re.compile(r"^>[ \t]?")
_MARGIN = re.compile(r"^[ ]*")
_MAIL_LINES = 20  # a forwarded mail's header: its opening line and at most this many fields
# Zero-width marks only: markup.py's pattern also drops control characters, which must
# reach the XML-character check first so that it counts and reports them.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_SOFT_HYPHEN = re.compile(r"\u00ad(?:[ \t]*+(?=\n))?")
_COMPATIBLE = re.compile(r"[\ufb00-\ufb06\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]++")


def read_off_copy_marks(text: str, patterns: Patterns) -> str:
    """`text` without the marks a mail or a margin put on every line, nor a forwarded
    mail's header."""
    text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    text = plain_characters(text)
    lines = _without_mail_headers([line.rstrip(" \t") for line in text.split("\n")],
                                 patterns)
    while _all_quoted(lines):
        lines = [_QUOTED.sub("", line) for line in lines]
    lines = labelled_record_dates(without_comments(without_excerpt_foot(lines, patterns)))
    return "\n".join(padded_fields(_without_margin(without_margin_marks(lines)), patterns))


def _all_quoted(lines: list[str]) -> bool:
    """Whether every line with words is quoted (`> ...`; `>` alone is a quoted blank)."""
    filled = [line for line in lines if line.strip()]
    return bool(filled) and all(line.startswith(">") for line in filled)


def _without_margin(lines: list[str]) -> list[str]:
    """The lines without the spaces every line with words opens with."""
    filled = [line for line in lines if line.strip()]
    margin = min((len(_MARGIN.match(line).group()) for line in filled), default=0)
    return [line[margin:] for line in lines] if margin else lines


def _without_mail_headers(lines: list[str], patterns: Patterns) -> list[str]:
    """Each forwarded mail's header (an opening line of table `forwarded-mail`, then its
    field lines up to the first blank line) made blank lines."""
    out = list(lines)
    for i, line in enumerate(lines):
        found = patterns.match("forwarded-mail", line.strip()) if line else None
        if not found or found[0] != "opening":
            continue
        end = i + 1
        while end < len(lines) and end - i <= _MAIL_LINES and _mail_field(lines[end], patterns):
            end += 1
        if end > i + 1:
            out[i:end] = [""] * (end - i)
    return out


def _mail_field(line: str, patterns: Patterns) -> bool:
    found = patterns.match("forwarded-mail", line.strip()) if line.strip() else None
    return found is not None and found[0] == "field"


def plain_characters(text: str) -> str:
    """`text` without zero-width marks and soft hyphens (a hyphen at a line's end), with
    ligatures and full-width letters and digits as the plain ones, and (ocr64) an OCR's
    lookalikes in a word of capitals as the capitals (`VlKTOR`, `T0P`: ocr_capitals.py)."""
    if text.isascii():
        return read_capitals(text)
    return read_capitals(
        _SOFT_HYPHEN.sub(_soft_hyphen, _COMPATIBLE.sub(_compatible, _INVISIBLE.sub("", text))))


def _soft_hyphen(match: re.Match[str]) -> str:
    """A soft hyphen at a line's end is the hyphen of a word broken there."""
    end = match.end()
    return "-" if end < len(match.string) and match.string[end] == "\n" else ""


def _compatible(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())
