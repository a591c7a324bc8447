"""The zones one source text is split into (heading, message, footnotes, processing
lines) and the facts its page readers found: the segment stage's result."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.convert.classified_tail import unclassified
from tei.convert.forms import Form
from tei.convert.read import Line

# a translation's credit run on after an archival reference (`. Translated by`, `; translation`)
# (bloc70) or the original's language before it (`... br. 434012. Original in Serbo-Croatian;
# translated by Jovana Ilić.`): the credit names the language (row `citation`/`translator`)
# (letters79) or a Czech edition's verb before the name (`. Přeložil Karel Sieber.`)
_CREDIT = re.compile(r"[.;,]\s++(?=(?:[Oo]btained\s++and\s++)?[Tt]ranslat(?:ed|ion)\b"
                     r"|Original\s++in\s++[A-Z][\w-]++\s*+[;,.]\s*+(?:[Oo]btained\s++and\s++)?"
                     r"[Tt]ranslat(?:ed|ion)\b"
                     r"|(?:Z\s++[a-zěščřžýáíéůú]++\s++)?[Pp][řr]eložil[ai]?\s)")
# (bloc69) the Russian editions' description of the copy after the reference, in English
# (`RGASPI, f. 495, op. 74, d. 317, l. 6. Original. Typescript with ...`, `. Copy.`,
# `. Certified copy.`), as the Cyrillic row cuts `Подлинник`, `Копия`: no part of the shelfmark
# (searched from the last digit on: no number may follow the description)
# (letters79) and the Czech editions' (`. Originál, strojopis, rusky ...`, `. Kopie.`, `. Opis.`)
_COPY_KIND = re.compile(r"\.\s++(?=(?:Original|(?:Certified\s++|Authenticated\s++)?[Cc]opy|"
                        r"Typescript|Manuscript|Autograph|Draft|Originál|Kopie|Opis|Průpis"
                        r"|Strojopis|Rukopis|Koncept)\b)")
# (cw68) a UK National Archives department's O read as nought by OCR (`D0 142/433`)
_OCR_DEPARTMENT = re.compile(r"^(FC|[FCDW])0(?=\s?\d{1,4}/)")


@dataclass
class Segments:
    """The zones of one source text, and the facts its page readers found."""

    page_date: Line | None = None
    page_title: Line | None = None
    fields: dict[str, list[Line]] = field(default_factory=dict)
    keywords: dict[str, list[Line]] = field(default_factory=dict)
    funder: str = ""
    funder_line: int = 0  # the source line of the page's funding line
    licence: list[Line] = field(default_factory=list)
    related: list[Line] = field(default_factory=list)
    board: list[Line] = field(default_factory=list)  # a message board's lines over its quote
    references: list[str] = field(default_factory=list)
    archives: dict[str, str] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)
    layouts: list[str] = field(default_factory=list)
    form: Form | None = None
    heading: list[Line] = field(default_factory=list)
    trailing_heading: list[Line] = field(default_factory=list)
    message: list[Line] = field(default_factory=list)
    footnotes: list[Line] = field(default_factory=list)
    processing: list[Line] = field(default_factory=list)
    summary: Line | None = None

    @property
    def is_page(self) -> bool:
        """True for an archive page dump (it has a page title or labelled fields)."""
        return bool(self.page_title or self.fields or self.keywords or self.page_date)

    def add_reference(self, found: re.Match[str]) -> None:
        """An archival reference (group `ref`) and the archive it names (group
        `repository`, where the table row has one); (ocr60) the item within its series
        (group `item`) after a comma, as the archive cites it (`A1838, 3004/11 PART 4`);
        (bloc66) a translation's credit run on after it is a credit, not the reference's.
        A row without the group (an editor's new row), or whose group took no text, gives
        its whole match (lead69: it had raised AttributeError)."""
        item = (found.groupdict().get("item") or "").strip()
        own = (found.groupdict().get("ref") or found.group(0)).strip()
        ref = f"{own}, {item}" if item else own
        cut = _CREDIT.search(ref)  # (bloc66) `KC PZPR, XI A/10, k. 231. Translated by X`
        credit, ref = (ref[cut.end():], ref[:cut.start()]) if cut else ("", ref)
        kind = _COPY_KIND.search(ref, _after_last_digit(ref))  # (bloc69) `. Original.`
        ref = ref[:kind.start()] if kind else ref
        ref = unclassified(ref)  # (repost75) a FRUS source note's `. Secret; Niact. ...`
        ref = _OCR_DEPARTMENT.sub(r"\1O", ref)
        archive = (found.groupdict().get("repository") or "").strip()
        self.references.append(ref)
        if archive and archive != ref:
            self.archives[ref] = archive
        if credit:  # the translation's credit run on after the reference
            self.fields.setdefault("credits", []).append(Line(0, credit))


def _after_last_digit(text: str) -> int:
    """The index after the last decimal digit of `text` (0 when it has none)."""
    return next((i + 1 for i in range(len(text) - 1, -1, -1) if text[i].isdecimal()), 0)
